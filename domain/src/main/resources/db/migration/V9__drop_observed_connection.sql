-- Schema 9: schema 8 moved every row of observed_connection into observed_connection_block.
DROP TABLE observed_connection;
