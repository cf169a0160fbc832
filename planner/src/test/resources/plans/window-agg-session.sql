SELECT k, window_start, window_end, COUNT(*) FROM TABLE(SESSION(TABLE w PARTITION BY k, DESCRIPTOR(ts), INTERVAL '30' SECOND)) GROUP BY k, window_start, window_end
