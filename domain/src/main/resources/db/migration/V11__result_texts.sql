-- Schema 11: the texts a scenario's results repeat are kept once. Readiness reasons, risk factors
-- and price bases are a few dozen texts of 70 to 300 characters each over 300,000 results of a
-- 100,000-server estate (two thirds of what the results held): reading them row by row was most
-- of the time of every report. A result now refers to each by its number in result_text, which
-- belongs to the scenario and goes with it.
CREATE TABLE result_text (
    scenario_id   BIGINT NOT NULL,
    id            INT NOT NULL,
    text          CHARACTER VARYING(1000000000) NOT NULL,
    CONSTRAINT pk_result_text PRIMARY KEY (scenario_id, id),
    CONSTRAINT fk_result_text FOREIGN KEY (scenario_id) REFERENCES scenario (id) ON DELETE CASCADE
);
ALTER TABLE scenario_result ADD COLUMN readiness_reasons_text INT;
ALTER TABLE scenario_result ADD COLUMN price_basis_text INT;
ALTER TABLE scenario_result ADD COLUMN risk_factors_text INT;

/* [jooq ignore start] */
INSERT INTO result_text (scenario_id, id, text)
SELECT scenario_id, ROW_NUMBER() OVER (PARTITION BY scenario_id ORDER BY text), text FROM (
    SELECT scenario_id, CAST(readiness_reasons AS CHARACTER VARYING(1000000000)) AS text FROM scenario_result
        WHERE readiness_reasons IS NOT NULL
    UNION SELECT scenario_id, price_basis FROM scenario_result WHERE price_basis IS NOT NULL
    UNION SELECT scenario_id, CAST(risk_factors AS CHARACTER VARYING(1000000000)) FROM scenario_result
        WHERE risk_factors IS NOT NULL) texts;
CREATE INDEX ix_result_text_migration ON result_text (scenario_id, text);
UPDATE scenario_result r SET
    readiness_reasons_text = (SELECT x.id FROM result_text x WHERE x.scenario_id = r.scenario_id
        AND x.text = CAST(r.readiness_reasons AS CHARACTER VARYING(1000000000))),
    price_basis_text = (SELECT x.id FROM result_text x WHERE x.scenario_id = r.scenario_id AND x.text = r.price_basis),
    risk_factors_text = (SELECT x.id FROM result_text x WHERE x.scenario_id = r.scenario_id
        AND x.text = CAST(r.risk_factors AS CHARACTER VARYING(1000000000)));
DROP INDEX ix_result_text_migration;
/* [jooq ignore stop] */

ALTER TABLE scenario_result DROP COLUMN readiness_reasons;
ALTER TABLE scenario_result DROP COLUMN price_basis;
ALTER TABLE scenario_result DROP COLUMN risk_factors;
