// Look-ups by name and by normalised identity key, and full-text search over names and aliases.
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX faction_name IF NOT EXISTS FOR (n:Faction) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX source_name IF NOT EXISTS FOR (n:Source) ON (n.name);
CREATE INDEX actor_keys IF NOT EXISTS FOR (n:Actor) ON (n.keys);
CREATE INDEX faction_keys IF NOT EXISTS FOR (n:Faction) ON (n.keys);
CREATE INDEX place_keys IF NOT EXISTS FOR (n:Place) ON (n.keys);
CREATE INDEX source_keys IF NOT EXISTS FOR (n:Source) ON (n.keys);
CREATE INDEX event_type_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.date);
CREATE INDEX event_status IF NOT EXISTS FOR (n:Event) ON (n.status);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Actor|Faction|Place|Source) ON EACH [n.name, n.searchText];
