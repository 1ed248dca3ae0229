// name: country_partnerships
// description: Partnerships between countries, directly or through organisations located in them.
// param: country (name or alias of a country, e.g. Jepang) default null
MATCH (a:Entity)-[r:PARTNERS_WITH]->(b:Entity)
OPTIONAL MATCH (a)-[:LOCATED_IN*0..2]->(ca:Location {category: 'country'})
OPTIONAL MATCH (b)-[:LOCATED_IN*0..2]->(cb:Location {category: 'country'})
WITH a, r, b, ca, cb
WHERE ca IS NOT NULL AND cb IS NOT NULL AND ca <> cb
  AND ($country IS NULL
       OR toLower(ca.name) = toLower($country)
       OR any(x IN ca.aliases WHERE toLower(x) = toLower($country))
       OR toLower(cb.name) = toLower($country)
       OR any(x IN cb.aliases WHERE toLower(x) = toLower($country)))
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN DISTINCT ca.name AS country_a,
       cb.name AS country_b,
       a.name AS party_a,
       b.name AS party_b,
       r.topic AS topic,
       coalesce(r.date, d.published) AS date,
       r.evidence AS evidence,
       r.doc_id AS doc_id
ORDER BY date DESC, country_a, country_b
