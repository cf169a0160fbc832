SELECT k, AVG(v) AS a, AVG(price) AS p FROM o GROUP BY k
