SELECT UPPER(name) AS u FROM (SELECT * FROM t WHERE id > 10) WHERE name <> 'x'
