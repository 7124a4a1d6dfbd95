-- Schema 10: a move group's members are kept in the group's row, as their server ids in ascending
-- order separated by commas, instead of a row each in move_group_member. The groups are only
-- ever read and replaced whole, and a row per member with its two indexes made storing the
-- groups of 10,000 servers take a second.
ALTER TABLE move_group ADD COLUMN members CHARACTER VARYING(1000000000) DEFAULT '' NOT NULL;
UPDATE move_group g SET members = COALESCE((SELECT LISTAGG(CAST(m.server_id AS VARCHAR), ',')
    WITHIN GROUP (ORDER BY m.server_id) FROM move_group_member m WHERE m.group_id = g.id), '');
DROP TABLE move_group_member;
