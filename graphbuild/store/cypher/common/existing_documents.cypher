// which of a batch's documents the graph already holds (only those have a contribution to replace)
UNWIND $ids AS doc_id
MATCH (d:Document {id: doc_id})
RETURN d.id AS id
