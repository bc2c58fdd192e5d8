// name: disputed-killings
// description: Disputed killings in a place (or any place inside it) in a year, with who denies and who asserts each one. place is an id or a name.
// params: place string
// params: year string null
MATCH (p:Place)
WHERE p.id = $place OR toLower(p.name) = toLower($place)
MATCH (e:Event {type: 'KILLING', status: 'DISPUTED'})-[:AT]->(:Place)-[:IN*0..12]->(p)
WHERE $year IS NULL OR toString(e.date) STARTS WITH $year
WITH DISTINCT e
RETURN e.id AS event, e.summary AS summary, toString(e.date) AS date,
       COLLECT { MATCH (s:Source)<-[:BY]-(:Claim {stance: 'DENIES'})-[:ABOUT]->(e)
                 RETURN DISTINCT s.name } AS deniedBy,
       COLLECT { MATCH (s:Source)<-[:BY]-(:Claim {stance: 'ASSERTS'})-[:ABOUT]->(e) RETURN DISTINCT s.name } AS assertedBy
ORDER BY date, event
