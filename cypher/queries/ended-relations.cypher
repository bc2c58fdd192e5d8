// name: ended-relations
// description: Relations the articles say are over (former leaders, ended alliances, defections), with since / until where known; optionally of one type.
// params: type string null
// params: limit int 200
MATCH (a)-[r:LEADS|MEMBER_OF|DEPUTY_OF|SPLINTER_OF|AFFILIATE_OF|ALLIED_WITH|RIVAL_OF|LOYAL_TO|OPERATES_IN|COMMANDS]->(b)
WHERE (r.ended = true OR r.until IS NOT NULL) AND ($type IS NULL OR type(r) = $type)
RETURN a.id AS fromId, a.name AS from, type(r) AS relation, b.id AS toId, b.name AS to,
       toString(r.since) AS since, toString(r.until) AS until
ORDER BY relation, from, to
LIMIT $limit
