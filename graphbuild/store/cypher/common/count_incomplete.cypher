// documents a crashed run left half-written (their orphans may still be in the graph)
MATCH (d:Document)
WHERE NOT coalesce(d.complete, false)
RETURN count(d) AS n
