// (b2) drop the documents' mentions; returns the entities whose aggregates must be recomputed
UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})<-[m:MENTIONED_IN]-(e:Entity)
WITH m, e.id AS entity_id
DELETE m
RETURN DISTINCT entity_id
