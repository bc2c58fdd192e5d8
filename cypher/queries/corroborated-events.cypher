// name: corroborated-events
// description: Events corroborated by independent sources (status CORROBORATED), with each asserting source and the outlet it spoke in; optionally of one type.
// params: type string null
// params: limit int 100
MATCH (e:Event {status: 'CORROBORATED'})
WHERE $type IS NULL OR e.type = $type
RETURN e.id AS event, e.type AS type, e.summary AS summary, toString(e.date) AS date,
       COLLECT { MATCH (s:Source)<-[:BY]-(c:Claim {stance: 'ASSERTS'})-[:ABOUT]->(e)
                 OPTIONAL MATCH (c)-[:IN_ARTICLE]->(a:Article)
                 RETURN DISTINCT s.name + ' (' + coalesce(a.outlet, 'unknown outlet') + ')' } AS assertedBy
ORDER BY date DESC, event
LIMIT $limit
