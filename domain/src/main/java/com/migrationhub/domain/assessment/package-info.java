/**
 * Assessment engines: per server, whether it can move to each cloud as it is
 * ({@link com.migrationhub.domain.assessment.readiness}), which 7R strategy suits it
 * ({@link com.migrationhub.domain.assessment.strategy}) and how risky the move is
 * ({@link com.migrationhub.domain.assessment.risk}), all reasoning on the operating system's
 * lifecycle ({@link com.migrationhub.domain.assessment.os}).
 *
 * <p>The knowledge is data, not code: the support matrix, the cloud limits, the strategy rules and
 * the risk weights are files under {@code mhub/rules/} in the assets module, each row with its
 * public source. Each file has a loader ({@code readShipped()} for the shipped copy,
 * {@code read(InputStream, String)} for a project's own), and a file that cannot be read fails
 * with a {@link com.migrationhub.domain.assessment.RulesException} naming the file, the line and
 * the text. The engines take the assessment date as an input and never read the clock.
 */
package com.migrationhub.domain.assessment;
