// name: differing-fatality-tolls
// description: Events whose claimants give different death tolls, with each source's range.
// params: limit int 100
MATCH (s:Source)<-[:BY]-(c:Claim)-[:ABOUT]->(e:Event)
WHERE c.fatalitiesLow IS NOT NULL OR c.fatalitiesHigh IS NOT NULL
WITH e, collect(DISTINCT [c.fatalitiesLow, c.fatalitiesHigh]) AS ranges,
     collect({source: s.name, stance: c.stance, low: c.fatalitiesLow, high: c.fatalitiesHigh}) AS tolls
WHERE size(ranges) > 1
RETURN e.id AS event, e.type AS type, e.summary AS summary, toString(e.date) AS date, e.status AS status, tolls
ORDER BY date DESC, event
LIMIT $limit
