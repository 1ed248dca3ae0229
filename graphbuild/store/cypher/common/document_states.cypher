MATCH (d:Document)
RETURN d.id AS id, d.sha256 AS sha256, d.complete AS complete, d.extractor_version AS extractor_version
