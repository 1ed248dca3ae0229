// name: timeline
// description: Everything recorded about one entity, in date order (relationship date, else the document's).
// param: name (name or alias of the entity, e.g. Kalbe Farma)
MATCH (n:Entity)
WHERE toLower(n.name) = toLower($name) OR any(a IN n.aliases WHERE toLower(a) = toLower($name))
MATCH (n)-[r]-(:Entity)
OPTIONAL MATCH (d:Document {id: r.doc_id})
WITH startNode(r) AS h, r, endNode(r) AS t, coalesce(r.date, d.published) AS date
RETURN DISTINCT date,
       h.name AS subject,
       type(r) AS relation,
       t.name AS object,
       r.evidence AS evidence,
       r.doc_id AS doc_id
ORDER BY date, relation, subject, object
