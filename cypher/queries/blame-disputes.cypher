// name: blame-disputes
// description: Events where sources blame a faction or actor and someone denies: who blames whom, and who denies. party is an optional id or name of the blamed side.
// params: party string null
// params: limit int 100
MATCH (b)<-[:BLAMES]-(c:Claim)-[:ABOUT]->(e:Event)
WHERE $party IS NULL OR b.id = $party OR toLower(b.name) = toLower($party)
MATCH (c)-[:BY]->(s:Source)
WITH e, collect(DISTINCT s.name + ' blames ' + b.name) AS blames
WHERE EXISTS { MATCH (:Claim {stance: 'DENIES'})-[:ABOUT]->(e) }
RETURN e.id AS event, e.type AS type, e.summary AS summary, toString(e.date) AS date, blames,
       COLLECT { MATCH (d:Source)<-[:BY]-(:Claim {stance: 'DENIES'})-[:ABOUT]->(e) RETURN DISTINCT d.name } AS deniedBy
ORDER BY date DESC, event
LIMIT $limit
