SELECT name, COUNT(*) AS cnt FROM t GROUP BY name
