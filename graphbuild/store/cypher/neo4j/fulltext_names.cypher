CREATE FULLTEXT INDEX graphbuild_entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases]
