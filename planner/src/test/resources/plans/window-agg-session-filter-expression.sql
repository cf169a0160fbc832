SELECT window_start, window_end, k, SUM(v * 2) FROM TABLE(SESSION(TABLE w PARTITION BY k, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) WHERE v > 1 GROUP BY window_start, window_end, k
