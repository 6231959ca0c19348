UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE NOT n:MergeAudit OR $admin
RETURN id, n {.*, labels: labels(n)} AS node, {} AS fetched
