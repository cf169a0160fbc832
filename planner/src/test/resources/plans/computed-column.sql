SELECT id, ts FROM e WHERE id > 2
