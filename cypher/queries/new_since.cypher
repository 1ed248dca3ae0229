// name: new_since
// description: What is new since a date: documents published, entities first seen, and facts dated since then.
// param: since (date string, e.g. 2025-01-01)
MATCH (d:Document)
WHERE d.published >= left($since, coalesce(size(d.published), 0))
RETURN 'document' AS kind, d.published AS date, coalesce(d.title, d.id) AS what, d.id AS doc_id
UNION ALL
MATCH (n:Entity)
WHERE n.first_seen >= left($since, coalesce(size(n.first_seen), 0))
RETURN 'entity' AS kind, n.first_seen AS date,
       [l IN labels(n) WHERE l <> 'Entity'][0] + ': ' + n.name AS what, null AS doc_id
UNION ALL
MATCH (h:Entity)-[r]->(t:Entity)
OPTIONAL MATCH (d:Document {id: r.doc_id})
WITH h, r, t, coalesce(r.date, d.published) AS date
WHERE date >= left($since, coalesce(size(date), 0))
RETURN 'fact' AS kind, date, h.name + ' ' + type(r) + ' ' + t.name AS what, r.doc_id AS doc_id
