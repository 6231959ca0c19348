MATCH (audit:MergeAudit)
WITH audit ORDER BY audit.mergedAt DESC, audit.id
SKIP $offset
LIMIT $limit
RETURN audit {.*, labels: labels(audit)} AS audit
