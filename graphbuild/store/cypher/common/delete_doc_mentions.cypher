// (b2) drop the documents' mentions; the same statement marks the entities stale, so a crash
// can never leave an entity with outdated aggregates (or no mentions) unmarked
UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})<-[m:MENTIONED_IN]-(e:Entity)
SET e.stale = true
DELETE m
