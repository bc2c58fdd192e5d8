// name: actor-ego-network
// description: An actor's ego network: every entity relation (leads, member of, rival of, ...) and every event the actor took part in or is blamed for. actor is an id or a name.
// params: actor string
// params: limit int 200
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
CALL (a) {
  MATCH (a)-[r:LEADS|MEMBER_OF|DEPUTY_OF|SPLINTER_OF|AFFILIATE_OF|ALLIED_WITH|RIVAL_OF|LOYAL_TO|OPERATES_IN|COMMANDS]-(x)
  RETURN type(r) AS relation, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction,
         x.id AS otherId, x.name AS other, [l IN labels(x) WHERE l IN ['Actor', 'Faction', 'Place']][0] AS otherKind,
         coalesce(r.ended, false) OR r.until IS NOT NULL AS ended
  UNION ALL
  MATCH (e:Event)-[r:PERPETRATED_BY|TARGETED|INVOLVED]->(a)
  RETURN type(r) AS relation, 'in' AS direction, e.id AS otherId, e.summary AS other, 'Event' AS otherKind,
         false AS ended
  UNION ALL
  MATCH (e:Event)<-[:ABOUT]-(:Claim)-[:BLAMES]->(a)
  RETURN DISTINCT 'BLAMED_FOR' AS relation, 'out' AS direction, e.id AS otherId, e.summary AS other,
         'Event' AS otherKind, false AS ended
}
RETURN a.id AS actorId, a.name AS actor, relation, direction, otherId, other, otherKind, ended
ORDER BY relation, other, otherId
LIMIT $limit
