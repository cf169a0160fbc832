SELECT cnt, COUNT(*) AS n FROM (SELECT name, COUNT(*) AS cnt FROM t GROUP BY name) GROUP BY cnt
