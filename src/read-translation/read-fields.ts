import { LIST_CAP } from '../graph/pagination';
import type { Direction } from '../graph/graph-read.repository';
import { RelationType } from '../domain/vocabulary';

export type FieldArgs = Record<string, unknown>;

/**
 * How a list field of the API reads, mirroring its resolver: where the field's own selection goes.
 * - `node`: the neighbours themselves;
 * - `link`: a retaliation link, whose far end is the neighbour and whose near end is the parent;
 * - `claimsAbout`: claims about the parent, each with its source;
 * - `sourceClaims`: claims stated in the parent source (their source is the parent);
 * - `relations`: structural relations, each type both ways, the other end as `other`.
 */
export type FieldRead =
  | { shape: 'node'; direction: Direction; type: string; limit: number }
  | { shape: 'link'; direction: Direction; limit: number }
  | { shape: 'claimsAbout'; limit: number }
  | { shape: 'sourceClaims'; limit: number }
  | { shape: 'relations'; types: RelationType[] };

/** Structural relations an actor can have, navigable both ways (the `relations` field). */
export const STRUCTURAL: readonly RelationType[] = [
  RelationType.PART_OF,
  RelationType.BELONGS_TO,
  RelationType.ACCREDITED_TO,
  RelationType.HOLDS_ROLE,
  RelationType.MEMBER_OF,
  RelationType.NATIONAL_OF,
  RelationType.CITES,
];

/** A `first` argument as its resolver would accept it; null when it would refuse it. */
function first(args: FieldArgs): number | null {
  const value = args['first'];
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= LIST_CAP
    ? value
    : null;
}

const neighbours =
  (direction: Direction, type: string, sized: boolean) =>
  (args: FieldArgs): FieldRead | null => {
    const limit = sized ? first(args) : LIST_CAP;
    return limit === null ? null : { shape: 'node', direction, type, limit };
  };

const sizedBy =
  <S extends 'link' | 'claimsAbout' | 'sourceClaims'>(make: (limit: number) => FieldRead & { shape: S }) =>
  (args: FieldArgs): FieldRead | null => {
    const limit = first(args);
    return limit === null ? null : make(limit);
  };

const claimsAbout = sizedBy((limit) => ({ shape: 'claimsAbout' as const, limit }));

/**
 * The list fields read by translation, by the type (or interface) that declares them. Any other
 * field is left to its resolver and the request's loaders.
 */
export const READ_FIELDS: Record<string, Record<string, (args: FieldArgs) => FieldRead | null>> = {
  Event: {
    actors: neighbours('OUT', 'INITIATED_BY', false),
    targets: neighbours('OUT', 'TARGETED', false),
    expelled: neighbours('OUT', 'EXPELLED', false),
    participants: neighbours('IN', 'PARTICIPATED_IN', false),
    claims: claimsAbout,
    sources: neighbours('OUT', 'REPORTED_BY', true),
    answers: sizedBy((limit) => ({ shape: 'link' as const, direction: 'OUT' as const, limit })),
    answeredBy: sizedBy((limit) => ({ shape: 'link' as const, direction: 'IN' as const, limit })),
    resultedFrom: neighbours('OUT', 'RESULTED_FROM', false),
    consequences: neighbours('IN', 'RESULTED_FROM', true),
  },
  Actor: {
    initiated: neighbours('IN', 'INITIATED_BY', true),
    targetedBy: neighbours('IN', 'TARGETED', true),
    expelledIn: neighbours('IN', 'EXPELLED', true),
    participatedIn: neighbours('OUT', 'PARTICIPATED_IN', true),
    claims: claimsAbout,
    relations: (args) => {
      const types = args['types'];
      const wanted = Array.isArray(types) ? STRUCTURAL.filter((type) => types.includes(type)) : STRUCTURAL;
      return { shape: 'relations', types: [...wanted] };
    },
  },
  RetaliationLink: {
    claims: claimsAbout,
  },
  Source: {
    outlet: neighbours('OUT', 'PUBLISHED_BY', false),
    partOf: neighbours('OUT', 'PART_OF', false),
    parts: neighbours('IN', 'PART_OF', true),
    cites: neighbours('OUT', 'CITES', false),
    claims: sizedBy((limit) => ({ shape: 'sourceClaims' as const, limit })),
    events: neighbours('IN', 'REPORTED_BY', true),
  },
};
