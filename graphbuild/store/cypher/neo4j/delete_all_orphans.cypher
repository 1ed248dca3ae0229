// repair after a crash between deleting mentions and recomputing
MATCH (e:Entity)
WHERE NOT EXISTS { (e)-[:MENTIONED_IN]->() }
DETACH DELETE e
