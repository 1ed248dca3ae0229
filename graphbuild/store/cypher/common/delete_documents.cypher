UNWIND $ids AS doc_id
MATCH (d:Document {id: doc_id})
DETACH DELETE d
