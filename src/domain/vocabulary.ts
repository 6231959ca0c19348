/** The closed vocabularies of the ingest format and the graph. */

export enum ActorType {
  STATE = 'STATE',
  ORGANIZATION = 'ORGANIZATION',
  PERSON = 'PERSON',
  GROUP = 'GROUP',
}

export enum OrganizationKind {
  AGENCY = 'AGENCY',
  MINISTRY = 'MINISTRY',
  MISSION = 'MISSION',
  OUTLET = 'OUTLET',
  GOVERNMENT = 'GOVERNMENT',
  COURT = 'COURT',
  NGO = 'NGO',
  OTHER = 'OTHER',
}

export enum EventType {
  EXPULSION = 'EXPULSION',
  STAFF_REDUCTION = 'STAFF_REDUCTION',
  /** A consulate or other mission of the target closed, or its own closed in protest. */
  CONSULATE_CLOSURE = 'CONSULATE_CLOSURE',
  /** An ambassador called home for consultations or for good. */
  AMBASSADOR_RECALL = 'AMBASSADOR_RECALL',
  SUMMONS = 'SUMMONS',
  INVESTIGATION = 'INVESTIGATION',
  STATEMENT = 'STATEMENT',
  DECLINE_COMMENT = 'DECLINE_COMMENT',
  ESPIONAGE = 'ESPIONAGE',
  ARREST = 'ARREST',
  SANCTION = 'SANCTION',
  DESIGNATION = 'DESIGNATION',
  COURT_RULING = 'COURT_RULING',
  PROTEST = 'PROTEST',
  ATTACK = 'ATTACK',
  OTHER = 'OTHER',
}

export enum ExpulsionForm {
  PERSONA_NON_GRATA = 'PERSONA_NON_GRATA',
  ASKED_TO_LEAVE = 'ASKED_TO_LEAVE',
  DEPORTED = 'DEPORTED',
  UNSPECIFIED = 'UNSPECIFIED',
}

export enum RelationType {
  /** A measure taken in answer to an earlier act: (answer)-[:RETALIATED_AGAINST]->(act). */
  RETALIATED_AGAINST = 'RETALIATED_AGAINST',
  /** A non-retaliatory consequence: (expulsion)-[:RESULTED_FROM]->(investigation). */
  RESULTED_FROM = 'RESULTED_FROM',
  /** Organisation within another: (DGSI)-[:PART_OF]->(Interior Ministry). */
  PART_OF = 'PART_OF',
  /** Organisation of a state; for a mission, the sending state. */
  BELONGS_TO = 'BELONGS_TO',
  /** Mission to its host state. */
  ACCREDITED_TO = 'ACCREDITED_TO',
  /** Person in a role of an organisation or state, over a period. */
  HOLDS_ROLE = 'HOLDS_ROLE',
  /** Person or group within an organisation. */
  MEMBER_OF = 'MEMBER_OF',
  /** Person or group of a state. */
  NATIONAL_OF = 'NATIONAL_OF',
  /** Actor taking part in an event other than as its initiator or target. */
  PARTICIPATED_IN = 'PARTICIPATED_IN',
  /** Outlet relaying another outlet's reporting. */
  CITES = 'CITES',
}

export enum RetaliationBasis {
  STATED = 'STATED',
  INFERRED = 'INFERRED',
  ANALYST = 'ANALYST',
}

/** NATO Admiralty code, source reliability: A completely reliable ... E unreliable, F cannot be judged. */
export enum Reliability {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
  F = 'F',
}

export enum ClaimStance {
  ASSERTS = 'ASSERTS',
  DENIES = 'DENIES',
}

export enum SourceKind {
  ARTICLE = 'ARTICLE',
  COMMENT = 'COMMENT',
  PRESS_RELEASE = 'PRESS_RELEASE',
  SOCIAL_POST = 'SOCIAL_POST',
  OTHER = 'OTHER',
}

export const ID_PREFIX: Record<Exclude<ActorType, ActorType.STATE>, string> = {
  [ActorType.ORGANIZATION]: 'org',
  [ActorType.PERSON]: 'person',
  [ActorType.GROUP]: 'group',
};

/**
 * The relationship types the read API follows from a node to its neighbours: the only ones a
 * translated read statement may name.
 */
export const NAVIGABLE_RELATIONSHIPS: readonly string[] = [
  ...Object.values(RelationType),
  'INITIATED_BY',
  'TARGETED',
  'EXPELLED',
  'REPORTED_BY',
  'STATED_IN',
  'PUBLISHED_BY',
];
