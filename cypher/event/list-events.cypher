// Events in time order with their participants, claims (with sources) and retaliation links:
// one round trip whatever the GraphQL selection.
MATCH (e:Event)
WHERE ($type IS NULL OR e.type = $type)
  AND ($ids IS NULL OR e.id IN $ids)
WITH e
ORDER BY e.dateEarliest ASC, e.id ASC
SKIP $offset
LIMIT $limit
CALL (e) {
  RETURN
    [(e)-[:INITIATED_BY]->(a) | a {.*, labels: labels(a)}] AS actors,
    [(e)-[:TARGETED]->(t) | t {.*, labels: labels(t)}] AS targets,
    [(e)-[:EXPELLED]->(x) | x {.*, labels: labels(x)}] AS expelled,
    [(c:Claim)-[:ABOUT]->(e) | c {.*, source: [(c)-[:STATED_IN]->(s) | s {.*,
        outlet: [(s)-[:PUBLISHED_BY]->(o) | o {.*}][0],
        partOf: [(s)-[:PART_OF]->(p:Source) | p {.*, outlet: [(p)-[:PUBLISHED_BY]->(po) | po {.*}][0]}][0]}][0]}] AS claims,
    [(e)-[:REPORTED_BY]->(s) | s {.*,
        outlet: [(s)-[:PUBLISHED_BY]->(o) | o {.*}][0],
        partOf: [(s)-[:PART_OF]->(p:Source) | p {.*}][0]}] AS sources,
    [(e)-[r:RETALIATED_AGAINST]->(other:Event) | {link: r {.*}, event: other {.id, .type, .title, .date}}] AS answers,
    [(other:Event)-[r:RETALIATED_AGAINST]->(e) | {link: r {.*}, event: other {.id, .type, .title, .date}}] AS answeredBy
}
RETURN e {.*, actors: actors, targets: targets, expelled: expelled, claims: claims, sources: sources,
          answers: answers, answeredBy: answeredBy} AS event
