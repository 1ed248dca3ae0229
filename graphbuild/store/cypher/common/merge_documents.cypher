// (a) mark the batch's documents incomplete and refresh their metadata
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.complete = false, d.title = row.title, d.source = row.source, d.url = row.url,
    d.published = row.published, d.authors = row.authors
