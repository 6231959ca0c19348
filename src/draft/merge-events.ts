import { EventType } from '../domain/vocabulary';
import { statesOf, type DraftedEvent } from './drafted-event';

/** Types whose parties are often no state (a court, rally-goers, an unknown attacker): kept without one. */
const STANDALONE = new Set<EventType>([
  EventType.ATTACK,
  EventType.COURT_RULING,
  EventType.PROTEST,
  EventType.ESPIONAGE,
]);
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const EDTF_DAY = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/** Coarse bounds of an EDTF value, enough to tell whether two dates can be the same. */
function bounds(edtf: string | undefined): [string, string] | undefined {
  if (!edtf) return undefined;
  const [from = '', to = ''] = edtf.includes('/') ? edtf.split('/') : [edtf, edtf];
  const low = EDTF_DAY.exec(from);
  const high = EDTF_DAY.exec(to);
  const start = low ? `${low[1]}-${low[2] ?? '01'}-${low[3] ?? '01'}` : '0000-01-01';
  const end = high ? `${high[1]}-${high[2] ?? '12'}-${high[3] ?? '31'}` : '9999-12-31';
  return [start, end];
}

export function datesOverlap(a: string | undefined, b: string | undefined): boolean {
  const x = bounds(a);
  const y = bounds(b);
  return !x || !y || (x[0] <= y[1] && y[0] <= x[1]);
}

const precision = (edtf: string | undefined) =>
  edtf ? edtf.replace(/[~?%]/g, '').length - (edtf.includes('/') ? 20 : 0) : 0;

function compatible(kept: DraftedEvent, next: DraftedEvent): boolean {
  if (kept.type !== next.type || kept.places[0]?.part !== next.places[0]?.part) return false;
  const anonymous = statesOf(next.actors).size === 0 && statesOf(next.targets).size === 0;
  // "Its ambassador" (one, by title) may be the first of "the ambassador and three other officials".
  const byTitle = kept.group?.value.byTitle || next.group?.value.byTitle;
  if (kept.group && next.group && kept.group.value.count !== next.group.value.count && !byTitle) return false;
  if (!datesOverlap(kept.date?.value.edtf, next.date?.value.edtf)) return false;
  const sentenceGap = Math.abs(
    (kept.places.at(-1)?.sentence.index ?? 0) - (next.places[0]?.sentence.index ?? 0),
  );
  // An unnamed speaker continues the statement just before, not one further back.
  if (anonymous && next.type === EventType.STATEMENT && sentenceGap > 1) return false;
  if (anonymous)
    return (
      next.actors.every((a) => a.value.kind !== 'person') ||
      kept.actors.some((a) => a.value.person?.id === next.actors[0]?.value.person?.id)
    );
  if (next.type === EventType.STATEMENT) return false;
  const actors = statesOf(next.actors);
  const targets = statesOf(next.targets);
  return (
    (actors.size === 0 || sameSet(actors, statesOf(kept.actors))) &&
    (targets.size === 0 || statesOf(kept.targets).size === 0 || sameSet(targets, statesOf(kept.targets))) &&
    (actors.size > 0 || targets.size > 0)
  );
}

function absorb(kept: DraftedEvent, next: DraftedEvent): void {
  kept.places.push(...next.places.filter((p) => !kept.places.includes(p)));
  const known = new Set(
    [...kept.actors, ...kept.targets].map(
      (e) => e.value.organization?.id ?? e.value.person?.id ?? e.value.state,
    ),
  );
  const fresh = (e: (typeof next.actors)[number]) =>
    !known.has(e.value.organization?.id ?? e.value.person?.id ?? e.value.state);
  kept.actors.push(...next.actors.filter(fresh));
  const acting = statesOf(kept.actors);
  kept.targets.push(...next.targets.filter((e) => fresh(e) && !(e.value.state && acting.has(e.value.state))));
  if (!kept.group || (kept.group.value.byTitle && next.group && !next.group.value.byTitle))
    kept.group = next.group ?? kept.group;
  if (next.date && precision(next.date.value.edtf) > precision(kept.date?.value.edtf)) kept.date = next.date;
  kept.form ??= next.form;
  kept.reason ??= next.reason;
  kept.secret ??= next.secret;
  kept.bothSides ||= next.bothSides;
  kept.confidence = Math.min(0.9, Math.round((kept.confidence + 0.1) * 10) / 10);
}

/**
 * One event per measure: a mention with the same type, sides, count and overlapping date is the
 * same event; one that names no state at all refers back to the latest of its type, or stands
 * alone when its type needs no state.
 */
export function mergeEvents(events: DraftedEvent[]): DraftedEvent[] {
  const kept: DraftedEvent[] = [];
  for (const event of events) {
    const anonymous = event.actors.length === 0 && event.targets.length === 0;
    const earlier = [...kept].reverse().find((candidate) => compatible(candidate, event));
    if (earlier) absorb(earlier, event);
    // An unnamed speaker ("the ministry said") is given one from the article afterwards.
    else if (
      !anonymous ||
      STANDALONE.has(event.type) ||
      event.bothSides ||
      event.type === EventType.STATEMENT
    )
      kept.push(event);
  }
  return kept;
}
