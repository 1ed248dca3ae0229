CREATE INDEX FOR ()-[r:{{type}}]-() ON (r.doc_id)
