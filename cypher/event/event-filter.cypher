WHERE ($types IS NULL OR e.type IN $types)
  AND ($actor IS NULL OR EXISTS { (e)-[:INITIATED_BY]->(:Node {id: $actor}) })
  AND ($target IS NULL OR EXISTS { (e)-[:TARGETED|EXPELLED]->(:Node {id: $target}) })
  AND ($party IS NULL OR EXISTS { (e)-[:INITIATED_BY|TARGETED|EXPELLED]->(:Node {id: $party}) })
  AND ($from IS NULL OR e.dateLatest IS NULL OR e.dateLatest >= date($from))
  AND ($to IS NULL OR e.dateEarliest IS NULL OR e.dateEarliest <= date($to))
  AND ($dated IS NULL OR (e.date IS NOT NULL) = $dated)
  AND ($secret IS NULL OR e.secret = $secret)
  AND ($source IS NULL OR EXISTS {
        (e)<-[:ABOUT]-(:Claim)-[:STATED_IN]->(s:Source)
        WHERE s.id = $source OR EXISTS { (s)-[:PART_OF]->(:Node:Source {id: $source}) } })
  AND ($text IS NULL OR toLower(e.title) CONTAINS $text OR toLower(coalesce(e.description, '')) CONTAINS $text
       OR toLower(coalesce(e.statedReason, '')) CONTAINS $text)
