// name: certifications
// description: CPOB/GMP and other certifications: who certified which organisation or facility, to which standard.
// param: standard (standard name, e.g. CPOB) default null
// param: name (name or alias of the certified organisation or facility, e.g. Kalbe Farma) default null
MATCH (c:Organization)-[r:CERTIFIED]->(t:Entity)
WHERE ($standard IS NULL OR toLower(coalesce(r.standard, '')) CONTAINS toLower($standard))
  AND ($name IS NULL
       OR toLower(t.name) = toLower($name)
       OR any(a IN t.aliases WHERE toLower(a) = toLower($name)))
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN c.name AS certifier,
       t.name AS certified,
       [l IN labels(t) WHERE l <> 'Entity'][0] AS certified_type,
       [(op:Organization)-[:OPERATES]->(t) | op.name] AS operated_by,
       r.standard AS standard,
       coalesce(r.date, d.published) AS date,
       r.evidence AS evidence,
       r.doc_id AS doc_id
ORDER BY date DESC, certified
