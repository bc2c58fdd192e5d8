// Graph writer: ids on entity relations (MERGE on the pattern, DELETE /api/relations/{id} by id), tombstones the
// writer checks so deleted events and relations are not re-created by later ingests, analyst claim corrections.
CREATE CONSTRAINT leads_id IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT deputy_of_id IF NOT EXISTS FOR ()-[r:DEPUTY_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT splinter_of_id IF NOT EXISTS FOR ()-[r:SPLINTER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT affiliate_of_id IF NOT EXISTS FOR ()-[r:AFFILIATE_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT allied_with_id IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rival_of_id IF NOT EXISTS FOR ()-[r:RIVAL_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT loyal_to_id IF NOT EXISTS FOR ()-[r:LOYAL_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT operates_in_id IF NOT EXISTS FOR ()-[r:OPERATES_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT commands_id IF NOT EXISTS FOR ()-[r:COMMANDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT deleted_event_id IF NOT EXISTS FOR (n:DeletedEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT relation_tombstone_id IF NOT EXISTS FOR (n:RelationTombstone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_correction_id IF NOT EXISTS FOR (n:ClaimCorrection) REQUIRE n.id IS UNIQUE;
CREATE INDEX claim_article IF NOT EXISTS FOR (n:Claim) ON (n.articleId);
// The writers' lock: graph writes after entity resolution run one at a time, so look-up based identity and event
// coreference never see a half-written article and concurrent writers cannot deadlock on shared nodes.
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (n:WriteLock) REQUIRE n.id IS UNIQUE;
MERGE (:WriteLock {id: 'graph-writers'});
