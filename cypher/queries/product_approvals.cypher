// name: product_approvals
// description: Product registrations, approvals and revocations: which regulator, what status, when.
// param: product (name or alias of the product, e.g. NBP) default null
// param: since (date string, e.g. 2025-01-01) default null
MATCH (reg:Organization)-[r:APPROVED]->(p:Product)
WHERE $product IS NULL
   OR toLower(p.name) = toLower($product)
   OR any(a IN p.aliases WHERE toLower(a) = toLower($product))
OPTIONAL MATCH (d:Document {id: r.doc_id})
WITH p, reg, r, coalesce(r.date, d.published) AS date
WHERE $since IS NULL OR date >= left($since, coalesce(size(date), 0))
RETURN p.name AS product, reg.name AS regulator, 'approved' AS action, null AS status,
       date, r.evidence AS evidence, r.doc_id AS doc_id
UNION ALL
MATCH (p:Product)-[r:REGISTERED_WITH]->(reg:Organization)
WHERE $product IS NULL
   OR toLower(p.name) = toLower($product)
   OR any(a IN p.aliases WHERE toLower(a) = toLower($product))
OPTIONAL MATCH (d:Document {id: r.doc_id})
WITH p, reg, r, coalesce(r.date, d.published) AS date
WHERE $since IS NULL OR date >= left($since, coalesce(size(date), 0))
RETURN p.name AS product, reg.name AS regulator, 'registered' AS action, r.status AS status,
       date, r.evidence AS evidence, r.doc_id AS doc_id
UNION ALL
MATCH (reg:Organization)-[r:REVOKED]->(p:Product)
WHERE $product IS NULL
   OR toLower(p.name) = toLower($product)
   OR any(a IN p.aliases WHERE toLower(a) = toLower($product))
OPTIONAL MATCH (d:Document {id: r.doc_id})
WITH p, reg, r, coalesce(r.date, d.published) AS date
WHERE $since IS NULL OR date >= left($since, coalesce(size(date), 0))
RETURN p.name AS product, reg.name AS regulator, 'revoked' AS action, r.what AS status,
       date, r.evidence AS evidence, r.doc_id AS doc_id
