// every relationship and MENTIONED_IN edge leaving a page of entities
UNWIND $ids AS entity_id
MATCH (h:Entity {id: entity_id})-[r]->(t)
RETURN h.id AS source, type(r) AS type, t.id AS target, properties(r) AS props
