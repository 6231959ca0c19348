// Candidate answers among $eventIds: a measure by B against A that follows a measure by A against B
// within the window, where no link (stated, confirmed, proposed or rejected) joins them yet. Actors and targets
// count for a state when they are that state or belong to it: the measures' dyads
// (cypher/graph-write/refresh-dyads.cypher), each (actor state, target state) pair's measures found
// by one seek of the IN_DYAD (key, day) index. answeredBefore: measures of the answering state
// against the act's state dated between the two, of the kinds that answer in full ($answeringTypes:
// a summons in between leaves the act open). actFollows: such measures in the window before the act
// (the act may itself be an answer). answerAddresses: the addresses of the answer's sources, whose
// words (an article's address is often its headline) may say it answers.
MATCH (answer:Node:Event)
WHERE answer.id IN $eventIds
  AND answer.type IN $types AND answer.dateEarliest IS NOT NULL AND answer.dateLatest IS NOT NULL
WITH answer,
  COLLECT { MATCH (answer)-[:IN_DYAD]->(d:Dyad) RETURN DISTINCT d.actor AS s ORDER BY s } AS answerActors,
  COLLECT { MATCH (answer)-[:IN_DYAD]->(d:Dyad) RETURN DISTINCT d.target AS s ORDER BY s } AS answerTargets
WHERE size(answerActors) > 0 AND size(answerTargets) > 0
WITH answer, answerActors, answerTargets,
  COLLECT {
    MATCH (answer)-[:REPORTED_BY]->(source:Source) WHERE source.url IS NOT NULL
    RETURN DISTINCT source.url AS url ORDER BY url LIMIT $maxAddresses
  } AS answerAddresses
CALL (answer, answerActors, answerTargets) {
  UNWIND answerTargets AS actActor
  UNWIND answerActors AS actTarget
  MATCH (act:Event)-[r:IN_DYAD]->()
  WHERE r.key = actActor + '>' + actTarget
    AND r.day >= answer.dateEarliest - duration({days: $windowDays}) AND r.day <= answer.dateLatest
  RETURN DISTINCT act
}
WITH answer, answerActors, answerTargets, answerAddresses, act
WHERE act.type IN $types AND act <> answer
  AND act.dateEarliest >= answer.dateEarliest - duration({days: $windowDays})
  AND act.dateEarliest <= answer.dateLatest
  AND act.dateLatest IS NOT NULL
  AND NOT EXISTS { (answer)-[:RETALIATED_AGAINST|INFERRED_RETALIATION]-(act) }
WITH answer, answerActors, answerTargets, answerAddresses, act,
  COLLECT { MATCH (act)-[:IN_DYAD]->(d:Dyad) RETURN DISTINCT d.actor AS s ORDER BY s } AS actActors,
  COLLECT { MATCH (act)-[:IN_DYAD]->(d:Dyad) RETURN DISTINCT d.target AS s ORDER BY s } AS actTargets
WITH answer, answerActors, answerTargets, answerAddresses, act, actActors, actTargets,
  [s IN actActors WHERE s IN answerTargets] AS provokers
RETURN answer.id AS answerId, act.id AS actId,
  answer.type AS answerType, act.type AS actType,
  answer.count AS answerCount, act.count AS actCount,
  toString(answer.dateEarliest) AS answerEarliest, toString(answer.dateLatest) AS answerLatest,
  toString(act.dateEarliest) AS actEarliest, toString(act.dateLatest) AS actLatest,
  answerActors, answerTargets, size(actTargets) AS actTargetCount,
  COLLECT { MATCH (answer)-[:RESULTED_FROM]->(cause) RETURN cause.id } AS answerCauses,
  COLLECT { MATCH (act)-[:RESULTED_FROM]->(cause) RETURN cause.id } AS actCauses,
  answer.statedReason AS answerReason, act.statedReason AS actReason, provokers, answerAddresses,
  COLLECT {
    UNWIND answerActors AS earlierActor
    UNWIND provokers AS earlierTarget
    MATCH (earlier:Event)-[r:IN_DYAD]->()
    WHERE r.key = earlierActor + '>' + earlierTarget
      AND r.day > act.dateLatest AND r.day < answer.dateEarliest
      AND earlier.type IN $answeringTypes
      AND earlier.dateEarliest > act.dateLatest AND earlier.dateEarliest < answer.dateEarliest
      AND earlier.dateLatest < answer.dateEarliest
    RETURN DISTINCT earlier.id AS id ORDER BY id
  } AS answeredBefore,
  COLLECT {
    UNWIND answerActors AS beforeActor
    UNWIND provokers AS beforeTarget
    MATCH (before:Event)-[r:IN_DYAD]->()
    WHERE r.key = beforeActor + '>' + beforeTarget
      AND r.day >= act.dateEarliest - duration({days: $windowDays}) AND r.day <= act.dateEarliest
      AND before.type IN $answeringTypes AND before <> answer
      AND before.dateEarliest >= act.dateEarliest - duration({days: $windowDays})
      AND before.dateEarliest <= act.dateEarliest AND before.dateLatest <= act.dateEarliest
    RETURN DISTINCT before.id AS id ORDER BY id
  } AS actFollows,
  coalesce(answer.title, '') + ' ' + coalesce(answer.description, '') + ' ' + coalesce(answer.statedReason, '') + ' ' +
    reduce(text = '', quote IN COLLECT { MATCH (c:Claim {subjectId: answer.id}) WHERE c.quote IS NOT NULL RETURN c.quote } | text + ' ' + quote) AS answerText
