// name: co_mentioned
// description: Entities mentioned in the same documents as an entity (or the most co-mentioned pairs overall).
// param: name (name or alias of the entity, e.g. BPOM) default null
// param: limit (integer, e.g. 20) default 25
MATCH (n:Entity)-[:MENTIONED_IN]->(d:Document)<-[:MENTIONED_IN]-(o:Entity)
WHERE n <> o
  AND (($name IS NULL AND n.id < o.id)
       OR toLower(n.name) = toLower($name)
       OR any(a IN n.aliases WHERE toLower(a) = toLower($name)))
WITH n, o, count(DISTINCT d) AS documents, collect(DISTINCT d.id) AS doc_ids
RETURN n.name AS entity,
       o.name AS co_mentioned,
       [l IN labels(o) WHERE l <> 'Entity'][0] AS type,
       documents,
       doc_ids
ORDER BY documents DESC, entity, co_mentioned
LIMIT $limit
