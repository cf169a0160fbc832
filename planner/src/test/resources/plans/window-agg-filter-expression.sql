SELECT window_start, window_end, SUM(v * 2) FROM TABLE(TUMBLE(TABLE w, DESCRIPTOR(ts), INTERVAL '10' SECOND)) WHERE k <> 'x' GROUP BY window_start, window_end
