// name: visits
// description: Who visited whom or where, and when, with the evidence sentence.
// param: visitor (name or alias of the visitor, e.g. Taruna Ikrar) default null
// param: since (date string, e.g. 2025-01-01) default null
MATCH (v:Entity)-[r:VISITED]->(t:Entity)
WHERE $visitor IS NULL
   OR toLower(v.name) = toLower($visitor)
   OR any(a IN v.aliases WHERE toLower(a) = toLower($visitor))
OPTIONAL MATCH (d:Document {id: r.doc_id})
WITH v, r, t, coalesce(r.date, d.published) AS date
WHERE $since IS NULL OR date >= left($since, coalesce(size(date), 0))
RETURN v.name AS visitor,
       t.name AS visited,
       [l IN labels(t) WHERE l <> 'Entity'][0] AS visited_type,
       date,
       r.evidence AS evidence,
       r.doc_id AS doc_id
ORDER BY date DESC, visitor, visited
