SELECT t.id, o.v FROM t LEFT JOIN o ON t.name = o.k AND o.v > t.id
