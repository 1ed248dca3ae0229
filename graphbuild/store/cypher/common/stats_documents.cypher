MATCH (d:Document)
RETURN d.complete AS complete, count(d) AS n, max(d.loaded_at) AS last_loaded_at
