SELECT t.name, s.total FROM t JOIN (SELECT k, SUM(v) AS total FROM o GROUP BY k) AS s ON t.name = s.k
