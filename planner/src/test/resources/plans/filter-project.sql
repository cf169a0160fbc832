SELECT id, id * 2 AS twice FROM t WHERE MOD(id, 100) = 0
