// (d) one MENTIONED_IN per (entity, document), carrying the per-document entity record
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity_id})
MATCH (d:Document {id: row.doc_id})
CREATE (e)-[m:MENTIONED_IN]->(d)
SET m += row.props
