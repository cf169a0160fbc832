SELECT k, g, SUM(price) AS s FROM o WHERE v > 0 GROUP BY k, g
