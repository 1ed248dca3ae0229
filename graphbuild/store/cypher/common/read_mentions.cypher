// (f1) what an entity's aggregates are computed from: its MENTIONED_IN records, identical
// per-document records grouped on the server (hub entities cost a few rows, not one per document)
UNWIND $ids AS entity_id
MATCH (e:Entity {id: entity_id})-[m:MENTIONED_IN]->(:Document)
RETURN e.id AS id, m.name AS name, m.category AS category, m.degrees AS degrees, m.surfaces AS surfaces,
       count(*) AS n, min(m.date) AS first_date, max(m.date) AS last_date
