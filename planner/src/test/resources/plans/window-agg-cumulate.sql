SELECT window_start, window_end, window_time, COUNT(DISTINCT k) FROM TABLE(CUMULATE(TABLE w, DESCRIPTOR(ts), INTERVAL '1' MINUTE, INTERVAL '1' HOUR)) GROUP BY window_start, window_end, window_time
