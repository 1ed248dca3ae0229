// (c) one statement per label, so a uniqueness constraint backs every MERGE; the entity is
// marked stale (aggregates to recompute) in the same statement that creates or touches it
UNWIND $rows AS row
MERGE (e:Entity:{{label}} {id: row.id})
ON CREATE SET e.name = row.name
SET e.stale = true
