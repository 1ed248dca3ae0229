// name: mentions
// description: Documents that mention an entity, with how often, the surface forms and evidence sentences.
// param: name (name or alias of the entity, e.g. BPOM)
MATCH (n:Entity)
WHERE toLower(n.name) = toLower($name) OR any(a IN n.aliases WHERE toLower(a) = toLower($name))
MATCH (n)-[m:MENTIONED_IN]->(d:Document)
OPTIONAL MATCH (n)-[r]-(:Entity)
WHERE r.doc_id = d.id
WITH n, m, d, collect(DISTINCT r.evidence) AS evidence
RETURN n.name AS entity,
       d.id AS doc_id,
       d.title AS title,
       d.published AS published,
       m.count AS mentions,
       m.surfaces AS surfaces,
       evidence[0..3] AS evidence
ORDER BY published DESC, doc_id
