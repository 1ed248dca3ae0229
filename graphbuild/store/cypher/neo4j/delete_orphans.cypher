// entities no document mentions any more
UNWIND $ids AS entity_id
MATCH (e:Entity {id: entity_id})
WHERE NOT EXISTS { (e)-[:MENTIONED_IN]->() }
DETACH DELETE e
