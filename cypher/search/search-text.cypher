// Ranked full-text search over the riposte_text index (names, aliases, titles, descriptions, reasons, quotes).
CALL db.index.fulltext.queryNodes('riposte_text', $query) YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
WITH node, score
ORDER BY score DESC, node.id ASC
LIMIT $limit
RETURN node {.*, labels: labels(node)} AS node, score, {} AS fetched
