UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, e.importHash AS hash
