// name: stance-by-outlet
// description: Claims by stance per outlet: how much each outlet's articles assert, hedge and deny.
MATCH (c:Claim)-[:IN_ARTICLE]->(a:Article)
RETURN coalesce(a.outlet, '(unknown outlet)') AS outlet, count(DISTINCT a) AS articles, count(c) AS claims,
       count(CASE WHEN c.stance = 'ASSERTS' THEN 1 END) AS asserts,
       count(CASE WHEN c.stance = 'HEDGES' THEN 1 END) AS hedges,
       count(CASE WHEN c.stance = 'DENIES' THEN 1 END) AS denies
ORDER BY claims DESC, outlet
