SELECT t.name, o.v FROM t JOIN o ON t.name = o.k
