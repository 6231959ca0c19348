// Candidate answers among $eventIds: a measure by B against A that follows a measure by A against B
// within the window, where no link (stated, confirmed, proposed or rejected) joins them yet. Actors and targets
// count for a state when they are that state or belong to it. answeredBefore: measures of the
// answering state against the act's state dated between the two, of the kinds that answer in full
// ($answeringTypes: a summons in between leaves the act open). actFollows: such measures in the
// window before the act (the act may itself be an answer).
MATCH (answer:Node:Event)
WHERE answer.id IN $eventIds
  AND answer.type IN $types AND answer.dateEarliest IS NOT NULL AND answer.dateLatest IS NOT NULL
WITH answer,
  COLLECT { MATCH (answer)-[:INITIATED_BY]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(s:State) RETURN DISTINCT s.id } AS answerActors,
  COLLECT { MATCH (answer)-[:TARGETED|EXPELLED]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(s:State) RETURN DISTINCT s.id } AS answerTargets
WHERE size(answerActors) > 0 AND size(answerTargets) > 0
MATCH (act:Event)
WHERE act.type IN $types AND act <> answer
  AND act.dateEarliest >= answer.dateEarliest - duration({days: $windowDays})
  AND act.dateEarliest <= answer.dateLatest
  AND act.dateLatest IS NOT NULL
  AND NOT EXISTS { (answer)-[:RETALIATED_AGAINST|INFERRED_RETALIATION]-(act) }
WITH answer, answerActors, answerTargets, act,
  COLLECT { MATCH (act)-[:INITIATED_BY]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(s:State) RETURN DISTINCT s.id } AS actActors,
  COLLECT { MATCH (act)-[:TARGETED|EXPELLED]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(s:State) RETURN DISTINCT s.id } AS actTargets
WHERE any(s IN actActors WHERE s IN answerTargets) AND any(s IN actTargets WHERE s IN answerActors)
RETURN answer.id AS answerId, act.id AS actId,
  answer.type AS answerType, act.type AS actType,
  answer.count AS answerCount, act.count AS actCount,
  toString(answer.dateEarliest) AS answerEarliest, toString(answer.dateLatest) AS answerLatest,
  toString(act.dateEarliest) AS actEarliest, toString(act.dateLatest) AS actLatest,
  answerActors, answerTargets, size(actTargets) AS actTargetCount,
  COLLECT { MATCH (answer)-[:RESULTED_FROM]->(cause) RETURN cause.id } AS answerCauses,
  COLLECT { MATCH (act)-[:RESULTED_FROM]->(cause) RETURN cause.id } AS actCauses,
  answer.statedReason AS answerReason, [s IN actActors WHERE s IN answerTargets] AS provokers,
  COLLECT {
    MATCH (earlier:Event)-[:INITIATED_BY]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(s:State)
    WHERE earlier.type IN $answeringTypes AND s.id IN answerActors
      AND earlier.dateEarliest > act.dateLatest AND earlier.dateEarliest < answer.dateEarliest
      AND earlier.dateLatest < answer.dateEarliest
      AND EXISTS { (earlier)-[:TARGETED|EXPELLED]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(t:State) WHERE t.id IN actActors AND t.id IN answerTargets }
    RETURN DISTINCT earlier.id
  } AS answeredBefore,
  COLLECT {
    MATCH (before:Event)-[:INITIATED_BY]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(s:State)
    WHERE before.type IN $answeringTypes AND s.id IN answerActors AND before <> answer
      AND before.dateEarliest >= act.dateEarliest - duration({days: $windowDays})
      AND before.dateEarliest <= act.dateEarliest AND before.dateLatest <= act.dateEarliest
      AND EXISTS { (before)-[:TARGETED|EXPELLED]->()-[:BELONGS_TO|PART_OF|NATIONAL_OF|MEMBER_OF]->{0,3}(t:State) WHERE t.id IN actActors AND t.id IN answerTargets }
    RETURN DISTINCT before.id
  } AS actFollows,
  coalesce(answer.title, '') + ' ' + coalesce(answer.description, '') + ' ' + coalesce(answer.statedReason, '') + ' ' +
    reduce(text = '', quote IN COLLECT { MATCH (c:Claim {subjectId: answer.id}) WHERE c.quote IS NOT NULL RETURN c.quote } | text + ' ' + quote) AS answerText
