// One page of events matching the filter, in the requested order; ties broken by id.
MATCH (e:Event)
// @include event/event-filter.cypher
// One key column per kind of value, so no value is converted: dates sort as dates.
WITH e, CASE $orderBy
    WHEN 'DISCLOSED' THEN coalesce(e.disclosedEarliest, e.dateEarliest)
  END AS dateKey,
  CASE $orderBy WHEN 'TITLE' THEN toLower(e.title) END AS textKey,
  CASE $orderBy WHEN 'COUNT' THEN e.count WHEN 'GOLDSTEIN' THEN e.goldstein END AS numberKey
ORDER BY
  CASE WHEN $descending THEN dateKey END DESC,
  CASE WHEN $descending THEN textKey END DESC,
  CASE WHEN $descending THEN numberKey END DESC,
  CASE WHEN NOT $descending THEN dateKey END ASC,
  CASE WHEN NOT $descending THEN textKey END ASC,
  CASE WHEN NOT $descending THEN numberKey END ASC,
  e.id ASC
SKIP $offset
LIMIT $limit
RETURN e {.*, labels: labels(e)} AS node, {} AS fetched
