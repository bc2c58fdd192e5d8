// name: most-contradicted-sources
// description: Sources whose assertions other sources deny most often: how many of the events they assert are denied, and by whom.
// params: limit int 25
MATCH (s:Source)<-[:BY]-(:Claim {stance: 'ASSERTS'})-[:ABOUT]->(e:Event)<-[:ABOUT]-(:Claim {stance: 'DENIES'})-[:BY]->(o:Source)
WHERE o <> s
WITH s, count(DISTINCT e) AS contradictedEvents, collect(DISTINCT o.name) AS deniedBy
RETURN s.id AS source, s.name AS name, s.kind AS kind, contradictedEvents, deniedBy[..10] AS deniedBy
ORDER BY contradictedEvents DESC, name
LIMIT $limit
