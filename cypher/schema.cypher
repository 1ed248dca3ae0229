// Neo4j schema for the graphbuild graph model (docs/ONTOLOGY.md).
// Idempotent: every statement is IF NOT EXISTS, so it is safe to run on every load.
// Run with: cypher-shell -f cypher/schema.cypher   (or: graphbuild load, which applies it)

// Unique ids: the key every MERGE uses, so each also serves as the lookup index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT facility_id IF NOT EXISTS FOR (n:Facility) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT regulation_id IF NOT EXISTS FOR (n:Regulation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;

// Name lookups per label (saved queries match on name, case-insensitively, or on aliases).
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX location_name IF NOT EXISTS FOR (n:Location) ON (n.name);
CREATE INDEX facility_name IF NOT EXISTS FOR (n:Facility) ON (n.name);
CREATE INDEX product_name IF NOT EXISTS FOR (n:Product) ON (n.name);
CREATE INDEX regulation_name IF NOT EXISTS FOR (n:Regulation) ON (n.name);
CREATE INDEX agreement_name IF NOT EXISTS FOR (n:Agreement) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX program_name IF NOT EXISTS FOR (n:Program) ON (n.name);

// Date filters ("what is new since"): ISO strings compare correctly as strings.
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);
CREATE INDEX entity_first_seen IF NOT EXISTS FOR (n:Entity) ON (n.first_seen);

// Full-text search over names and aliases of every entity type.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Organization|Person|Location|Facility|Product|Regulation|Agreement|Event|Program)
ON EACH [n.name, n.aliases];

// Reloading a document deletes what it contributed: find its relationships by doc_id.
CREATE INDEX rel_visited_doc_id IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.doc_id);
CREATE INDEX rel_certified_doc_id IF NOT EXISTS FOR ()-[r:CERTIFIED]-() ON (r.doc_id);
CREATE INDEX rel_licensed_doc_id IF NOT EXISTS FOR ()-[r:LICENSED]-() ON (r.doc_id);
CREATE INDEX rel_approved_doc_id IF NOT EXISTS FOR ()-[r:APPROVED]-() ON (r.doc_id);
CREATE INDEX rel_revoked_doc_id IF NOT EXISTS FOR ()-[r:REVOKED]-() ON (r.doc_id);
CREATE INDEX rel_registered_with_doc_id IF NOT EXISTS FOR ()-[r:REGISTERED_WITH]-() ON (r.doc_id);
CREATE INDEX rel_subsidiary_of_doc_id IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() ON (r.doc_id);
CREATE INDEX rel_part_of_doc_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.doc_id);
CREATE INDEX rel_operates_doc_id IF NOT EXISTS FOR ()-[r:OPERATES]-() ON (r.doc_id);
CREATE INDEX rel_holds_position_doc_id IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.doc_id);
CREATE INDEX rel_located_in_doc_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.doc_id);
CREATE INDEX rel_partners_with_doc_id IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.doc_id);
CREATE INDEX rel_signed_doc_id IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.doc_id);
CREATE INDEX rel_covers_doc_id IF NOT EXISTS FOR ()-[r:COVERS]-() ON (r.doc_id);
CREATE INDEX rel_organized_doc_id IF NOT EXISTS FOR ()-[r:ORGANIZED]-() ON (r.doc_id);
CREATE INDEX rel_attended_doc_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.doc_id);
CREATE INDEX rel_held_in_doc_id IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.doc_id);
CREATE INDEX rel_met_with_doc_id IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.doc_id);
CREATE INDEX rel_member_of_doc_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.doc_id);
CREATE INDEX rel_develops_doc_id IF NOT EXISTS FOR ()-[r:DEVELOPS]-() ON (r.doc_id);
CREATE INDEX rel_markets_doc_id IF NOT EXISTS FOR ()-[r:MARKETS]-() ON (r.doc_id);
