package com.migrationhub.samples;

import java.util.List;

/**
 * A business application of the client and what the estate says about it: the people and budget
 * behind it (which differ per generated estate) and the migration wave it was put in, if any.
 *
 * @param name the application's name as the business knows it
 * @param code three letters that appear in its servers' names
 * @param businessUnit the part of the company that owns it
 * @param family 'W' Windows only, 'L' Linux only, 'M' a mix
 * @param roleCodes the roles its servers play, repeated to weight them ("DB" is the database tier)
 * @param preferredOs the systems its vendor certifies; empty when any of the family will do
 * @param owner the application owner
 * @param costCenter the cost center its servers are charged to
 * @param wave the planned migration wave ("Wave 3"), or "" when not planned yet
 * @param weight its relative share of the estate's servers
 */
record BusinessApplication(String name, String code, String businessUnit, char family, List<String> roleCodes,
        List<GuestOs> preferredOs, String owner, String costCenter, String wave, int weight) {
}
