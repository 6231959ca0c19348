// How many sources, voices (outlets; the source itself when its outlet is unknown or it is a comment) and
// independent origins back each subject: the sources its claims are stated in and, for an event, the
// sources that report it (a table row names its source by REPORTED_BY, with no claim). A source or
// outlet that cites another counts as the origins it relays (followed to the end of the CITES chain), so
// copies count once. All origins are counted; at most $limit of them are returned.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Claim {subjectId: id})-[:STATED_IN]->(s:Source)
  RETURN s
  UNION
  MATCH (:Node {id: id})-[:REPORTED_BY]->(s:Source)
  RETURN s
}
WITH id, collect(s) AS sources
CALL (sources) {
  UNWIND sources AS s
  OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(outlet:Organization)
  WITH s, coalesce(outlet, s) AS voice, [x IN [s, outlet] WHERE x IS NOT NULL] AS starts
  CALL (starts) {
    UNWIND starts AS start
    MATCH (start)-[:CITES]->{1,6}(root)
    WHERE NOT (root)-[:CITES]->()
    RETURN collect(DISTINCT root) AS roots
  }
  WITH s, voice, CASE WHEN size(roots) = 0 THEN [voice] ELSE roots END AS origins
  UNWIND origins AS origin
  RETURN count(DISTINCT s) AS sourceCount, count(DISTINCT voice) AS voiceCount,
         collect(DISTINCT origin {.*, labels: labels(origin)}) AS originNodes
}
RETURN id, {sources: sourceCount, voices: voiceCount, originCount: size(originNodes),
           origins: originNodes[0..$limit]} AS corroboration
