// Whether the key typed into the page may decide and ingest (the editor role).
import { gql } from './api.js';

const VIEWER = `query Viewer { viewer { canEdit } }`;

export async function isEditor() {
  const { viewer } = await gql(VIEWER);
  return viewer.canEdit;
}
