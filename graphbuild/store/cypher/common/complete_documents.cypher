// (g) last step: the documents are whole again
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.complete = true, d.loaded_at = row.loaded_at, d.extractor_version = row.extractor_version,
    d.sha256 = row.sha256
