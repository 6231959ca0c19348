/**
 * Pure arithmetic of retaliation: lags, proportionality and escalation (the one definition that
 * chains, graph output and inference use), who started, running totals per side.
 */

export interface ChainEventData {
  id: string;
  dateEarliest: string | null;
  dateLatest: string | null;
  count: number | null;
  actorStates: string[];
  targetStates: string[];
  /** Counts of every act this event answers in the whole graph (null: unknown), when read with the event. */
  answeredCounts?: Array<number | null>;
}

export interface ChainLinkData {
  id: string;
  /** The answer. */
  from: string;
  /** The act it answered. */
  to: string;
}

export interface DayRange {
  min: number | null;
  max: number | null;
}

export enum ProportionKind {
  MIRROR = 'MIRROR',
  ESCALATION = 'ESCALATION',
  DE_ESCALATION = 'DE_ESCALATION',
  UNKNOWN = 'UNKNOWN',
}

export interface Proportion {
  answered: number | null;
  provoked: number | null;
  ratio: number | null;
  kind: ProportionKind;
}

export interface SideTotal {
  stateId: string;
  measures: number;
  expelled: number;
}

const DAY_MS = 86_400_000;

/** Whole days from one calendar day (YYYY-MM-DD) to another; negative when `to` comes first. */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** Days from the act to the answer, over the uncertainty of both dates; never below 0, since an answer follows its act. */
export function lagDays(act: ChainEventData, answer: ChainEventData): DayRange {
  const min = daysBetween(act.dateLatest, answer.dateEarliest);
  return {
    min: min === null ? null : Math.max(0, min),
    max: daysBetween(act.dateEarliest, answer.dateLatest),
  };
}

/** One count against another: equal (a mirror), above (escalation) or below; unknown when either is. */
export function compareCounts(answered: number | null, provoked: number | null): Proportion {
  if (answered === null || provoked === null)
    return { answered, provoked, ratio: null, kind: ProportionKind.UNKNOWN };
  const ratio = provoked === 0 ? null : answered / provoked;
  const kind =
    answered === provoked
      ? ProportionKind.MIRROR
      : answered > provoked
        ? ProportionKind.ESCALATION
        : ProportionKind.DE_ESCALATION;
  return { answered, provoked, ratio, kind };
}

/**
 * How many the answer expelled against how many the acts it answered expelled (summed, so one answer
 * to several countries is compared with all of them).
 */
export function proportion(answer: ChainEventData, acts: ChainEventData[]): Proportion {
  const counts = answer.answeredCounts?.length ? answer.answeredCounts : acts.map((act) => act.count);
  const provoked =
    counts.length > 0 && counts.every((count) => count !== null)
      ? counts.reduce<number>((a, b) => a + (b ?? 0), 0)
      : null;
  return compareCounts(answer.count, provoked);
}

/** Events in time order: earliest possible day first, undated last, ties by id. */
export function timeline<T extends ChainEventData>(events: T[]): T[] {
  return [...events].sort(
    (a, b) =>
      (a.dateEarliest ?? '9999').localeCompare(b.dateEarliest ?? '9999') ||
      (a.dateLatest ?? '9999').localeCompare(b.dateLatest ?? '9999') ||
      a.id.localeCompare(b.id),
  );
}

/**
 * The states that took the first measure: those of the earliest events that answer nothing in the
 * chain (all of them when several share the earliest day).
 */
export function startedBy(events: ChainEventData[], links: ChainLinkData[]): string[] {
  const answering = new Set(links.map((link) => link.from));
  const roots = timeline(events).filter((event) => !answering.has(event.id));
  const firstDay = roots[0]?.dateEarliest;
  const first = roots.filter((event) => event.dateEarliest === firstDay);
  return [...new Set(first.flatMap((event) => event.actorStates))].sort();
}

/** Running totals per side after each event, in time order. */
export function cumulativeTotals(events: ChainEventData[]): Array<{ eventId: string; totals: SideTotal[] }> {
  const totals = new Map<string, SideTotal>();
  return timeline(events).map((event) => {
    for (const stateId of event.actorStates) {
      const side = totals.get(stateId) ?? { stateId, measures: 0, expelled: 0 };
      totals.set(stateId, {
        stateId,
        measures: side.measures + 1,
        expelled: side.expelled + (event.count ?? 0),
      });
    }
    return { eventId: event.id, totals: [...totals.values()].map((side) => ({ ...side })) };
  });
}

/** Net escalation: for each answer, what it expelled beyond what it answered (0 when a count is unknown). */
export function escalation(events: ChainEventData[], links: ChainLinkData[]): number {
  const byId = new Map(events.map((event) => [event.id, event]));
  const answers = [...new Set(links.map((link) => link.from))];
  return answers.reduce((total, answerId) => {
    const answer = byId.get(answerId);
    const acts = links
      .filter((link) => link.from === answerId)
      .map((link) => byId.get(link.to))
      .filter((act): act is ChainEventData => Boolean(act));
    const { answered, provoked } = answer ? proportion(answer, acts) : { answered: null, provoked: null };
    return answered === null || provoked === null ? total : total + answered - provoked;
  }, 0);
}
