// Which of these ids name an event.
MATCH (event:Node:Event)
WHERE event.id IN $ids
RETURN event.id AS id
