// (b1) every relationship stated by a document has both endpoints MENTIONED_IN it
UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
WHERE r.doc_id = doc_id
DELETE r
