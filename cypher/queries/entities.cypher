// name: entities
// description: Find entities by type and by a part of their name or aliases, with how many documents mention them.
// param: text (part of a name or alias, e.g. kalbe) default null
// param: type (entity label, e.g. Organization) default null
// param: limit (integer, e.g. 50) default 100
MATCH (n:Entity)
WHERE ($type IS NULL OR $type IN labels(n))
  AND ($text IS NULL
       OR toLower(n.name) CONTAINS toLower($text)
       OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($text)))
OPTIONAL MATCH (n)-[:MENTIONED_IN]->(d:Document)
WITH n, count(DISTINCT d) AS documents
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS type,
       n.name AS name,
       n.aliases AS aliases,
       n.category AS category,
       documents,
       n.first_seen AS first_seen,
       n.last_seen AS last_seen,
       n.id AS id
ORDER BY documents DESC, name
LIMIT $limit
