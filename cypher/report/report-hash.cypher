// The stored hash, and how many of the report's claims are really there, stated in a source.
OPTIONAL MATCH (r:Node:Report {id: $id})
RETURN r.contentHash AS hash,
       COUNT { MATCH (c:Claim {reportId: $id})-[:STATED_IN]->(:Source) WHERE c.id IN $claimIds } AS claims
