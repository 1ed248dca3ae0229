// name: organisation_profile
// description: One organisation at a glance: parent, units, subsidiaries, facilities, partners, people, products.
// param: name (name or alias of the organisation, e.g. Kalbe Farma)
MATCH (o:Organization)
WHERE toLower(o.name) = toLower($name) OR any(a IN o.aliases WHERE toLower(a) = toLower($name))
OPTIONAL MATCH (o)-[:PART_OF|SUBSIDIARY_OF]->(parent:Organization)
WITH o, collect(DISTINCT parent.name) AS parents
OPTIONAL MATCH (unit:Organization)-[:PART_OF]->(o)
WITH o, parents, collect(DISTINCT unit.name) AS units
OPTIONAL MATCH (sub:Organization)-[:SUBSIDIARY_OF]->(o)
WITH o, parents, units, collect(DISTINCT sub.name) AS subsidiaries
OPTIONAL MATCH (o)-[:OPERATES]->(f:Facility)
WITH o, parents, units, subsidiaries, collect(DISTINCT f.name) AS facilities
OPTIONAL MATCH (o)-[:PARTNERS_WITH|LICENSED]-(partner:Entity)
WITH o, parents, units, subsidiaries, facilities, collect(DISTINCT partner.name) AS partners
OPTIONAL MATCH (person:Person)-[pos:HOLDS_POSITION]->(o)
WITH o, parents, units, subsidiaries, facilities, partners,
     collect(DISTINCT person.name + coalesce(' (' + pos.title + ')', '')) AS people
OPTIONAL MATCH (o)-[:DEVELOPS|MARKETS]->(product:Product)
WITH o, parents, units, subsidiaries, facilities, partners, people, collect(DISTINCT product.name) AS products
OPTIONAL MATCH (o)-[:LOCATED_IN]->(place:Location)
RETURN o.name AS name,
       o.category AS category,
       o.aliases AS aliases,
       collect(DISTINCT place.name) AS located_in,
       parents, units, subsidiaries, facilities, partners, people, products
