CREATE INDEX `graphbuild_{{type_name}}_doc_id` IF NOT EXISTS
FOR ()-[r:{{type}}]-() ON (r.doc_id)
