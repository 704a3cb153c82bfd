CREATE TABLE half_done (x INTEGER);
INSERT INTO table_that_does_not_exist VALUES (1);
