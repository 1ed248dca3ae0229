// (f1) the per-document records an entity's aggregates are computed from
UNWIND $ids AS entity_id
MATCH (e:Entity {id: entity_id})-[m:MENTIONED_IN]->(d:Document)
RETURN e.id AS id, d.id AS doc_id, m.name AS name, m.category AS category, m.degrees AS degrees,
       m.surfaces AS surfaces, m.date AS date
