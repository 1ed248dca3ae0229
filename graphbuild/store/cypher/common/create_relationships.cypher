// (e) one statement per type; one relationship per (type, head, tail, doc_id)
UNWIND $rows AS row
MATCH (h:Entity {id: row.head})
MATCH (t:Entity {id: row.tail})
CREATE (h)-[r:{{type}}]->(t)
SET r += row.props
