import { EventType } from './vocabulary';

export interface EventCoding {
  cameoCode: string | null;
  goldstein: number | null;
  ploverCategory: string | null;
  ploverMode: string | null;
}

const none: EventCoding = { cameoCode: null, goldstein: null, ploverCategory: null, ploverMode: null };

/**
 * Default CAMEO code (Goldstein score) and PLOVER category/mode of each event type; a report may
 * override them. An EXPULSION here is of diplomats or officials, which the CAMEO codebook files
 * under 161 "Reduce or break diplomatic relations" (-4.0): its 166 "Expel or withdraw" (-7.0) is
 * for groups and organisations ("When diplomats are withdrawn or expelled, use 161"). A report
 * expelling an organisation may say 166.
 */
export const DEFAULT_EVENT_CODING: Record<EventType, EventCoding> = {
  [EventType.EXPULSION]: { cameoCode: '161', goldstein: -4, ploverCategory: 'SANCTION', ploverMode: 'expel' },
  [EventType.STAFF_REDUCTION]: {
    cameoCode: '161',
    goldstein: -4,
    ploverCategory: 'SANCTION',
    ploverMode: 'withdraw',
  },
  [EventType.CONSULATE_CLOSURE]: {
    cameoCode: '161',
    goldstein: -4,
    ploverCategory: 'SANCTION',
    ploverMode: 'withdraw',
  },
  [EventType.AMBASSADOR_RECALL]: {
    cameoCode: '161',
    goldstein: -4,
    ploverCategory: 'SANCTION',
    ploverMode: 'withdraw',
  },
  [EventType.SUMMONS]: {
    cameoCode: '114',
    goldstein: -2,
    ploverCategory: 'ACCUSE',
    ploverMode: 'disapprove',
  },
  [EventType.INVESTIGATION]: {
    cameoCode: null,
    goldstein: null,
    ploverCategory: 'ACCUSE',
    ploverMode: 'investigate',
  },
  [EventType.STATEMENT]: { cameoCode: '010', goldstein: 0, ploverCategory: null, ploverMode: null },
  [EventType.DECLINE_COMMENT]: { cameoCode: '011', goldstein: -0.1, ploverCategory: null, ploverMode: null },
  [EventType.ESPIONAGE]: none,
  [EventType.ARREST]: { cameoCode: '173', goldstein: -5, ploverCategory: 'COERCE', ploverMode: 'arrest' },
  [EventType.SANCTION]: { cameoCode: '163', goldstein: -8, ploverCategory: 'SANCTION', ploverMode: null },
  [EventType.DESIGNATION]: none,
  [EventType.COURT_RULING]: none,
  [EventType.PROTEST]: { cameoCode: '140', goldstein: -6.5, ploverCategory: 'PROTEST', ploverMode: null },
  [EventType.ATTACK]: none,
  [EventType.OTHER]: none,
};

/** A default that was wrong, and what events that took it should carry instead. */
export interface CodingCorrection {
  type: EventType;
  cameoFrom: string;
  cameoTo: string;
  goldsteinFrom: number;
  goldsteinTo: number;
}

/** Defaults once used and since corrected: stored events that took them are corrected at start. */
export const CODING_CORRECTIONS: readonly CodingCorrection[] = [
  { type: EventType.EXPULSION, cameoFrom: '166', cameoTo: '161', goldsteinFrom: -7, goldsteinTo: -4 },
];
