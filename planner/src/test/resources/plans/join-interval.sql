SELECT a.k, b.v FROM w AS a JOIN w AS b ON a.k = b.k AND a.ts BETWEEN b.ts - INTERVAL '1' MINUTE AND b.ts
