// Moves every relationship of the duplicate to the kept actor (a relationship the kept one already
// has is not doubled), repoints claims, keeps the duplicate's names as aliases, records an audit
// node, then deletes the duplicate. $(type) is the type of a relationship already in the graph.
// States are never merged away, and only actors of one kind merge (checked again here, in the write).
MATCH (keep:Node:Actor {id: $keepId}), (dup:Node:Actor {id: $duplicateId})
WHERE keep <> dup AND NOT dup:State
  AND [label IN labels(keep) WHERE label IN ['Organization', 'Person', 'Group', 'State']]
    = [label IN labels(dup) WHERE label IN ['Organization', 'Person', 'Group', 'State']]
CALL (keep, dup) {
  MATCH (dup)-[r]->(other)
  WHERE other <> keep
  WITH r, other, type(r) AS relType, properties(r) AS props
  DELETE r
  MERGE (keep)-[moved:$(relType)]->(other)
  ON CREATE SET moved = props
  RETURN count(*) AS outgoing
}
CALL (keep, dup) {
  MATCH (other)-[r]->(dup)
  WHERE other <> keep
  WITH r, other, type(r) AS relType, properties(r) AS props
  DELETE r
  MERGE (other)-[moved:$(relType)]->(keep)
  ON CREATE SET moved = props
  RETURN count(*) AS incoming
}
CALL (keep, dup) {
  MATCH (c:Claim {subjectId: dup.id})
  SET c.subjectId = keep.id
  RETURN count(c) AS claims
}
SET keep.aliases = reduce(acc = coalesce(keep.aliases, []),
      alias IN coalesce(dup.aliases, []) + CASE WHEN dup.name IS NULL THEN [] ELSE [dup.name] END |
      CASE WHEN alias IN acc OR alias = keep.name THEN acc ELSE acc + alias END),
    keep.wikidataId = coalesce(keep.wikidataId, dup.wikidataId)
CREATE (audit:Node:MergeAudit {
  id: $auditId, keptId: keep.id, mergedId: dup.id, mergedName: dup.name, mergedSnapshot: $snapshot,
  reason: $reason, mergedBy: $by, mergedAt: datetime(), movedRelationships: outgoing + incoming, movedClaims: claims
})
CREATE (audit)-[:KEPT]->(keep)
DETACH DELETE dup
RETURN audit {.*, labels: labels(audit)} AS audit
