// Bench only: the bare driver ceiling of the import. The same measures as the import writes, ready
// made, created with their state relationships and nothing else (no check, no source, no link).
// States are matched as :State so the planner needs no Eager between the CREATE and the MATCH.
UNWIND $rows AS row
CREATE (m:Node:Event {
  id: row.id,
  type: row.type,
  title: row.title,
  description: row.description,
  secret: row.secret,
  count: row.count,
  cameoCode: row.cameoCode,
  goldstein: row.goldstein,
  cameoDefaulted: row.cameoDefaulted,
  goldsteinDefaulted: row.goldsteinDefaulted,
  ploverCategory: row.ploverCategory,
  ploverMode: row.ploverMode,
  date: row.date,
  dateEarliest: row.dateEarliest,
  dateLatest: row.dateLatest,
  datePrecision: row.datePrecision,
  dateApproximate: row.dateApproximate,
  dateUncertain: row.dateUncertain,
  importHash: row.importHash
})
WITH m, row
MATCH (actor:Node:State {id: row.actor})
CREATE (m)-[:INITIATED_BY]->(actor)
WITH m, row
UNWIND row.targets AS targetId
MATCH (target:Node:State {id: targetId})
CREATE (m)-[:TARGETED]->(target)
