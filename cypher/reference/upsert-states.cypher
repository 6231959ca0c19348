// Reference states from ISO 3166-1; report-specific aliases added later are kept.
UNWIND $states AS state
MERGE (s:Node {id: state.id})
SET s:Actor:State,
    s.iso2 = state.iso2,
    s.iso3 = state.iso3,
    s.isoNumeric = state.isoNumeric,
    s.name = state.name,
    s.wikidataId = state.wikidataId,
    s.aliases = reduce(acc = coalesce(s.aliases, []), alias IN state.aliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
