// Links just written in this transaction that close a cycle of answers, or whose answer ended
// before its act could have begun (by the dates' bounds).
UNWIND $links AS link
MATCH (answer:Node:Event {id: link.from}), (act:Node:Event {id: link.to})
WITH link, answer, act,
     EXISTS { (act)-[:RETALIATED_AGAINST*1..]->(answer) } AS cycle,
     coalesce(answer.dateLatest < act.dateEarliest, false) AS early
WHERE cycle OR early
RETURN link.path AS path, answer.id AS answer, act.id AS act, cycle, early,
       answer.date AS answerDate, act.date AS actDate
