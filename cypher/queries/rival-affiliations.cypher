// name: rival-affiliations
// description: Actors tied (member, leader, deputy, commander, loyal) to two factions that are rivals of each other.
MATCH (a:Actor)-[:MEMBER_OF|LEADS|DEPUTY_OF|COMMANDS|LOYAL_TO]->(f1:Faction)-[:RIVAL_OF]-(f2:Faction),
      (a)-[:MEMBER_OF|LEADS|DEPUTY_OF|COMMANDS|LOYAL_TO]->(f2)
WHERE f1.id < f2.id
RETURN DISTINCT a.id AS actorId, a.name AS actor, f1.name AS faction, f2.name AS rivalFaction
ORDER BY actor, faction, rivalFaction
