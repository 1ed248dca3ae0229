// name: licensing
// description: Licensing deals: licensor, licensee, product, the agreement signed and its date.
// param: company (name or alias of licensor or licensee, e.g. Kalbe Farma) default null
// param: since (date string, e.g. 2025-01-01) default null
MATCH (licensor:Organization)-[r:LICENSED]->(licensee:Organization)
WHERE $company IS NULL
   OR toLower(licensor.name) = toLower($company)
   OR any(a IN licensor.aliases WHERE toLower(a) = toLower($company))
   OR toLower(licensee.name) = toLower($company)
   OR any(a IN licensee.aliases WHERE toLower(a) = toLower($company))
OPTIONAL MATCH (d:Document {id: r.doc_id})
WITH licensor, r, licensee, coalesce(r.date, d.published) AS date
WHERE $since IS NULL OR date >= left($since, coalesce(size(date), 0))
OPTIONAL MATCH (signer:Organization)-[:SIGNED]->(ag:Agreement)
WHERE signer = licensor OR signer = licensee
OPTIONAL MATCH (ag)-[:COVERS]->(p:Product)
WITH licensor, r, licensee, date, collect(DISTINCT ag.name) AS agreements, collect(DISTINCT p.name) AS covered
RETURN licensor.name AS licensor,
       licensee.name AS licensee,
       r.product AS product,
       covered AS agreement_products,
       agreements,
       date,
       r.evidence AS evidence,
       r.doc_id AS doc_id
ORDER BY date DESC, licensor, licensee
