// bounded deletes keep each transaction small on big graphs
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
