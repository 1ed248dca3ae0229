// keyset pagination over the id index: constant cost per page
MATCH (n:{{label}})
WHERE n.id > $after
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY n.id
LIMIT $limit
