-- Schema 12: what each cloud and region would cost a month had the scenario sized every server as
-- on premises (its allocated vCPUs and memory), worked out when the scenario is run, from the
-- same servers as its results: the saving from right-sizing that reports show. "cloud region=cents"
-- lines, in cents of the scenario's currency. Null for scenarios run before schema 12 and for those
-- that size as on premises themselves; a report then works it out again.
ALTER TABLE scenario ADD COLUMN as_on_premises CLOB;
