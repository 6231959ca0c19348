MATCH (audit:MergeAudit)
RETURN count(audit) AS total
