// name: connection
// description: The shortest chain of relationships connecting two entities (documents excluded).
// param: source (name or alias of the first entity, e.g. Taruna Ikrar)
// param: target (name or alias of the second entity, e.g. CSPC Pharmaceutical Group)
MATCH (a:Entity)
WHERE toLower(a.name) = toLower($source) OR any(x IN a.aliases WHERE toLower(x) = toLower($source))
MATCH (b:Entity)
WHERE toLower(b.name) = toLower($target) OR any(x IN b.aliases WHERE toLower(x) = toLower($target))
WITH a, b
WHERE a <> b
MATCH p = shortestPath((a)-[:VISITED|CERTIFIED|LICENSED|APPROVED|REVOKED|REGISTERED_WITH|SUBSIDIARY_OF|PART_OF|OPERATES|HOLDS_POSITION|LOCATED_IN|PARTNERS_WITH|SIGNED|COVERS|ORGANIZED|ATTENDED|HELD_IN|MET_WITH|MEMBER_OF|DEVELOPS|MARKETS*..6]-(b))
RETURN a.name AS source,
       b.name AS target,
       length(p) AS hops,
       [n IN nodes(p) | n.name] AS path,
       [r IN relationships(p) | startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name] AS steps,
       [r IN relationships(p) | r.evidence] AS evidence
ORDER BY hops
LIMIT 1
