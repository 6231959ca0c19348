UNWIND $ids AS id
MATCH (e:Node:Event {id: id})
RETURN id, e.importHash AS hash
