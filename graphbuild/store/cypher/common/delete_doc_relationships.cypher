// (b1) one statement per type: the relationships the documents stated, found through the
// type's doc_id index (not by walking the documents' entities: a hub entity has thousands)
UNWIND $ids AS doc_id
MATCH ()-[r:{{type}} {doc_id: doc_id}]->()
DELETE r
