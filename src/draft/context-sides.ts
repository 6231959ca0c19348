import { EventType } from '../domain/vocabulary';
import { statesOf, type DraftedEvent } from './drafted-event';
import type { Mention } from './mentions';

const TWO_SIDED = new Set<EventType>([
  EventType.EXPULSION,
  EventType.SUMMONS,
  EventType.STAFF_REDUCTION,
  EventType.CONSULATE_CLOSURE,
]);

/**
 * A measure whose sentence names one side only: the other side is taken from the nearest earlier
 * measure between two states that involves it, and a note says so.
 */
export function fillSidesFromContext(events: DraftedEvent[]): void {
  events.forEach((event, i) => {
    if (!TWO_SIDED.has(event.type)) return;
    const actors = statesOf(event.actors);
    const targets = statesOf(event.targets);
    if ((actors.size === 0) === (targets.size === 0)) return;
    const known = actors.size > 0 ? actors : targets;
    const pool = [...events.slice(0, i).reverse(), ...events.slice(i + 1)];
    for (const other of pool) {
      const pair = [...statesOf(other.actors), ...statesOf(other.targets)];
      const counterpart = pair.find((state) => !known.has(state));
      if (!counterpart || !pair.some((state) => known.has(state))) continue;
      const mention: Mention = { kind: 'state', start: 0, end: 0, text: counterpart, state: counterpart };
      const evidence = {
        value: mention,
        place: event.places[0]!,
        confidence: 0.5,
        note: `${actors.size > 0 ? 'target' : 'actor'} state:${counterpart} inferred from the other measures in the article`,
      };
      (actors.size > 0 ? event.targets : event.actors).push(evidence);
      event.notes.push(evidence.note);
      return;
    }
  });
}
