// first step of a removal: a crash part-way leaves the documents visibly incomplete
UNWIND $ids AS doc_id
MATCH (d:Document {id: doc_id})
SET d.complete = false
