// name: sources-ranked-by-denials
// description: Sources ranked by how many events they deny, with the share of their claims that are denials.
// params: limit int 25
MATCH (s:Source)<-[:BY]-(c:Claim)
WITH s, count(c) AS claims, count(CASE WHEN c.stance = 'DENIES' THEN 1 END) AS denials
WHERE denials > 0
RETURN s.id AS source, s.name AS name, s.kind AS kind, denials, claims,
       round(toFloat(denials) / claims, 3) AS denialShare
ORDER BY denials DESC, name
LIMIT $limit
