// name: most-cited-sources
// description: Sources with the most claims, with how many articles cite them and their asserts / hedges / denies.
// params: limit int 25
MATCH (s:Source)<-[:BY]-(c:Claim)
OPTIONAL MATCH (c)-[:IN_ARTICLE]->(a:Article)
RETURN s.id AS source, s.name AS name, s.kind AS kind, count(DISTINCT c) AS claims,
       count(DISTINCT a) AS articles,
       count(DISTINCT CASE WHEN c.stance = 'ASSERTS' THEN c END) AS asserts,
       count(DISTINCT CASE WHEN c.stance = 'HEDGES' THEN c END) AS hedges,
       count(DISTINCT CASE WHEN c.stance = 'DENIES' THEN c END) AS denies
ORDER BY claims DESC, name
LIMIT $limit
