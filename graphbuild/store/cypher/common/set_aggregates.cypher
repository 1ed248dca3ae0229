// (f2) write the recomputed aggregates back; the entity is fresh again
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.aliases = row.aliases, e.category = row.category, e.degrees = row.degrees,
    e.first_seen = row.first_seen, e.last_seen = row.last_seen
REMOVE e.stale
