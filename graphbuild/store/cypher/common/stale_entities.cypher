// (f0) entities whose aggregates a write (or a killed write) left to recompute
MATCH (e:Entity)
WHERE e.stale = true
RETURN e.id AS id
