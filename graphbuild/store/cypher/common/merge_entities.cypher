// (c) one statement per label, so a uniqueness constraint backs every MERGE
UNWIND $rows AS row
MERGE (e:Entity:{{label}} {id: row.id})
ON CREATE SET e.name = row.name
