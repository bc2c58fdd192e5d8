// name: splinters-of
// description: Factions that split from a faction (directly or from its splinters, up to four generations), with their lineage and leaders (former leaders marked). faction is an id or a name.
// params: faction string
MATCH (parent:Faction)
WHERE parent.id = $faction OR toLower(parent.name) = toLower($faction)
MATCH lineage = (child:Faction)-[:SPLINTER_OF*1..4]->(parent)
RETURN child.id AS faction, child.name AS name, length(lineage) AS generation,
       [n IN reverse(nodes(lineage)) | n.name] AS lineage,
       COLLECT { MATCH (a:Actor)-[r:LEADS]->(child)
                 RETURN a.name + CASE WHEN r.ended = true OR r.until IS NOT NULL THEN ' (former)' ELSE '' END } AS leaders
ORDER BY generation, name
