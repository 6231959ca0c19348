// Whether the key typed into the page may decide and ingest (the editor role).
import { gql } from './api.js';

// The API has no query for one's own roles; draftReport is for editors only and writes nothing,
// so drafting a few words answers the question.
const PROBE = `mutation RoleProbe { draftReport(input: { text: "Role check.", published: "2000-01-01" }) }`;
const REFUSED = ['FORBIDDEN', 'UNAUTHENTICATED'];

export async function isEditor() {
  try {
    await gql(PROBE);
    return true;
  } catch (error) {
    if (error.codes?.some((code) => REFUSED.includes(code))) return false;
    throw error;
  }
}
