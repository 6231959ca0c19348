/** The operations the bench times, shared with the latency profile. */
export const CHAIN_QUERY = `query($id: ID!) { chain(eventId: $id, depth: 5) {
  startedBy steps { event { id title date { edtf } } } links { lagDays { min max } proportion { kind } link { id basis } } } }`;
export const DYAD_QUERY = `query($a: ID!, $b: ID!) { dyadTimeline(a: $a, b: $b) { steps { event { id title date { edtf } } } links { link { id } } } }`;
export const NESTED_QUERY = `{ events(first: 20, filter: {types: [EXPULSION]}, orderBy: {field: DATE, direction: DESC}) { edges { node {
  id title date { edtf } actors { name } targets { name } answers { to { title } } answeredBy { from { title } } } } } }`;

/** Reaches no resolver: what the HTTP stack and GraphQL cost on their own. */
export const FLOOR_QUERY = '{ __typename }';
