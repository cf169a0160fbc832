SELECT t.id, e.id FROM t RIGHT JOIN e ON t.id + 1 = e.id
