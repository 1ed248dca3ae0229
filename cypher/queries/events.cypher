// name: events
// description: Events with their organisers, attendees (and roles), place and date.
// param: name (name or alias of the event, or part of it, e.g. Forum Bisnis) default null
// param: since (date string, e.g. 2025-01-01) default null
MATCH (e:Event)
WHERE $name IS NULL
   OR toLower(e.name) CONTAINS toLower($name)
   OR any(a IN e.aliases WHERE toLower(a) CONTAINS toLower($name))
OPTIONAL MATCH (org:Entity)-[:ORGANIZED]->(e)
WITH e, collect(DISTINCT org.name) AS organisers
OPTIONAL MATCH (who:Entity)-[att:ATTENDED]->(e)
WITH e, organisers, collect(DISTINCT who.name + coalesce(' (' + att.role + ')', '')) AS attendees
OPTIONAL MATCH (e)-[:HELD_IN|LOCATED_IN]->(place:Location)
WITH e, organisers, attendees, collect(DISTINCT place.name) AS places
OPTIONAL MATCH (e)-[r]-(:Entity)
WITH e, organisers, attendees, places, min(r.date) AS rel_date
WITH e, organisers, attendees, places, coalesce(rel_date, e.first_seen) AS date
WHERE $since IS NULL OR date >= left($since, coalesce(size(date), 0))
RETURN e.name AS event, date, places, organisers, attendees
ORDER BY date DESC, event
