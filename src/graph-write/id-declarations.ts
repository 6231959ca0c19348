import type { Problem } from '../domain/problems';

/** The kind labels: every node carries exactly one of them (an actor also carries :Actor). */
export const NODE_KINDS = [
  'State',
  'Organization',
  'Person',
  'Group',
  'Event',
  'Source',
  'Claim',
  'Report',
  'MergeAudit',
] as const;

export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * An id a write is about to create or update, with the kind it must name and, for what a report
 * owns (its claims and the parts of its source), the owning report. Shared things (sources,
 * entities, events) have no owner.
 */
export interface NodeDeclaration {
  id: string;
  path: string;
  kind: NodeKind;
  owner: string | null;
}

export interface RelationDeclaration {
  id: string;
  path: string;
  type: string;
  from: string;
  to: string;
}

export interface IdConflictRow {
  path: string;
  id: string;
  kinds: string[];
  owner: string | null;
  type: string | null;
  ends: [string, string] | null;
}

const article = (word: string) => (/^[AEIOU]/.test(word) ? `an ${word}` : `a ${word}`);

/** One located problem per declared id that already names something else. */
export function conflictProblems(rows: IdConflictRow[], declared: Map<string, NodeDeclaration>): Problem[] {
  return rows.map(({ path, id, kinds, owner, type, ends }) => {
    if (type !== null && ends !== null) {
      return { path, message: `"${id}" already names ${type} from "${ends[0]}" to "${ends[1]}"` };
    }
    const wanted = declared.get(path);
    const what = kinds.length === 0 ? 'a node of no known kind' : kinds.map(article).join(' and ');
    if (wanted && kinds.length === 1 && kinds[0] === wanted.kind) {
      return {
        path,
        message: owner
          ? `"${id}" already names ${article(wanted.kind)} of ${owner}`
          : `"${id}" already names ${article(wanted.kind)} that no report owns`,
      };
    }
    return {
      path,
      message: `"${id}" already names ${what}${owner ? ` of ${owner}` : ''}, not ${article(wanted?.kind ?? 'node')}`,
    };
  });
}
