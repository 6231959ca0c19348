import { EventType } from '../domain/vocabulary';

/** Measures that answer and are answered: the kinds tit-for-tat is made of, statements and other steps. */
export const RETALIATORY_TYPES = [
  EventType.EXPULSION,
  EventType.STAFF_REDUCTION,
  EventType.CONSULATE_CLOSURE,
  EventType.AMBASSADOR_RECALL,
  EventType.SANCTION,
  EventType.SUMMONS,
  EventType.ARREST,
  EventType.STATEMENT,
  EventType.OTHER,
] as const;

/** Measures after which an act counts as answered: a summons or a statement is a first word, not an answer. */
export const ANSWERING_TYPES = RETALIATORY_TYPES.filter(
  (type) => type !== EventType.SUMMONS && type !== EventType.STATEMENT,
);

type Retaliatory = (typeof RETALIATORY_TYPES)[number];

/**
 * How usual it is for a measure of one kind (the act, first key) to be answered by one of another (the
 * answer): 1 for a like-for-like answer. Pairs not listed are unusual (UNUSUAL_PAIRING).
 */
const PAIRINGS: Partial<Record<Retaliatory, Partial<Record<Retaliatory, number>>>> = {
  [EventType.EXPULSION]: {
    [EventType.EXPULSION]: 1,
    [EventType.STAFF_REDUCTION]: 0.8,
    [EventType.CONSULATE_CLOSURE]: 0.7,
    [EventType.AMBASSADOR_RECALL]: 0.5,
    [EventType.SUMMONS]: 0.5,
  },
  [EventType.STAFF_REDUCTION]: {
    [EventType.STAFF_REDUCTION]: 1,
    [EventType.EXPULSION]: 0.8,
    [EventType.CONSULATE_CLOSURE]: 0.8,
    [EventType.SUMMONS]: 0.4,
  },
  [EventType.CONSULATE_CLOSURE]: {
    [EventType.CONSULATE_CLOSURE]: 1,
    [EventType.STAFF_REDUCTION]: 0.8,
    [EventType.EXPULSION]: 0.7,
    [EventType.SUMMONS]: 0.6,
  },
  [EventType.AMBASSADOR_RECALL]: {
    [EventType.AMBASSADOR_RECALL]: 1,
    [EventType.EXPULSION]: 0.6,
  },
  [EventType.SANCTION]: {
    [EventType.SANCTION]: 1,
    [EventType.STAFF_REDUCTION]: 0.7,
    [EventType.AMBASSADOR_RECALL]: 0.5,
    [EventType.EXPULSION]: 0.5,
    [EventType.CONSULATE_CLOSURE]: 0.5,
  },
  [EventType.SUMMONS]: {
    [EventType.AMBASSADOR_RECALL]: 0.4,
  },
  [EventType.STATEMENT]: {
    [EventType.EXPULSION]: 0.5,
    [EventType.AMBASSADOR_RECALL]: 0.5,
  },
  [EventType.ARREST]: {
    [EventType.ARREST]: 0.8,
    [EventType.EXPULSION]: 0.6,
    [EventType.AMBASSADOR_RECALL]: 0.6,
    [EventType.SUMMONS]: 0.6,
    [EventType.SANCTION]: 0.5,
  },
};

export const UNUSUAL_PAIRING = 0.1;

export function kindPairing(actType: string, answerType: string): { value: number; reason: string } {
  const value = PAIRINGS[actType as Retaliatory]?.[answerType as Retaliatory] ?? UNUSUAL_PAIRING;
  if (actType === answerType) return { value, reason: `same kind of measure (${actType})` };
  const usual = value >= 0.5 ? 'a usual answer' : 'an unusual answer';
  return { value, reason: `${answerType} answering ${actType}: ${usual}` };
}
