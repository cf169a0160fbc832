SELECT t.id, o.g FROM t FULL JOIN o ON t.id = o.g WHERE o.v > 3
