// name: positions
// description: People and their positions: the latest title each person holds per organisation (or place).
// param: organisation (name or alias of the organisation, e.g. BPOM) default null
// param: person (name or alias of the person, e.g. Taruna Ikrar) default null
MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Entity)
WHERE ($organisation IS NULL
       OR toLower(o.name) = toLower($organisation)
       OR any(a IN o.aliases WHERE toLower(a) = toLower($organisation)))
  AND ($person IS NULL
       OR toLower(p.name) = toLower($person)
       OR any(a IN p.aliases WHERE toLower(a) = toLower($person)))
OPTIONAL MATCH (d:Document {id: r.doc_id})
WITH p, o, r, coalesce(r.date, d.published) AS date
ORDER BY date DESC
WITH p, o, collect({title: r.title, date: date, evidence: r.evidence, doc_id: r.doc_id}) AS held
RETURN o.name AS organisation,
       p.name AS person,
       held[0].title AS title,
       held[0].date AS as_of,
       [h IN held WHERE h.title <> held[0].title | h.title] AS earlier_titles,
       held[0].evidence AS evidence,
       held[0].doc_id AS doc_id
ORDER BY organisation, person
