import { EventType } from '../domain/vocabulary';

/** The measures one state takes against another's diplomats or missions, the core every draft rule shares. */
export const DIPLOMATIC_MEASURES: readonly EventType[] = [
  EventType.EXPULSION,
  EventType.SUMMONS,
  EventType.STAFF_REDUCTION,
  EventType.CONSULATE_CLOSURE,
  EventType.AMBASSADOR_RECALL,
];
