// name: rival-affiliations
// description: Actors tied (member, leader, deputy, commander, loyal) to two factions that are rivals of each other.
// Starts from the actors tied to two or more nodes (a degree check, no expansion), pairs each one's own factions and
// keeps the rival pairs: the cost follows the actors, not members x rivals of the hub factions.
MATCH (a:Actor)
WHERE COUNT { (a)-[:MEMBER_OF|LEADS|DEPUTY_OF|COMMANDS|LOYAL_TO]->() } > 1
MATCH (a)-[:MEMBER_OF|LEADS|DEPUTY_OF|COMMANDS|LOYAL_TO]->(f:Faction)
WITH a, collect(DISTINCT f) AS factions
WHERE size(factions) > 1
UNWIND factions AS f1
UNWIND factions AS f2
WITH a, f1, f2
WHERE f1.id < f2.id AND EXISTS { (f1)-[:RIVAL_OF]-(f2) }
RETURN DISTINCT a.id AS actorId, a.name AS actor, f1.name AS faction, f2.name AS rivalFaction
ORDER BY actor, faction, rivalFaction
