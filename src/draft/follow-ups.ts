import type { EventType } from '../domain/vocabulary';
import { statesOf, type DraftedEvent } from './drafted-event';
import { DIPLOMATIC_MEASURES } from './measure-types';

const MEASURES = new Set<EventType>(DIPLOMATIC_MEASURES);
const named = (event: DraftedEvent) => statesOf(event.actors).size + statesOf(event.targets).size > 0;

/**
 * "Sweden told five Russian diplomats to leave. Ambassador Viktor Tatarintsev was summoned": a measure
 * that names no state at all, right after a measure between two states, is taken between the same
 * states (same acting side), with a note.
 */
export function attachFollowUps(events: DraftedEvent[]): void {
  events.forEach((event, i) => {
    if (!MEASURES.has(event.type) || named(event)) return;
    const place = event.places[0]!;
    const before = events
      .slice(0, i)
      .reverse()
      .find(
        (other) =>
          MEASURES.has(other.type) &&
          statesOf(other.actors).size > 0 &&
          statesOf(other.targets).size > 0 &&
          other.places[0]!.part === place.part &&
          place.sentence.index - other.places[0]!.sentence.index <= 1,
      );
    if (!before) return;
    const note = (side: string) =>
      `${side} taken from the measure in the sentence before ("${before.trigger}")`;
    event.actors = [
      ...before.actors
        .filter((a) => a.value.state)
        .map((a) => ({ ...a, confidence: 0.5, note: note('actor') })),
      ...event.actors,
    ];
    event.targets = [
      ...before.targets
        .filter((t) => t.value.state)
        .map((t) => ({ ...t, confidence: 0.5, note: note('target') })),
      ...event.targets,
    ];
    event.notes.push(note('sides'));
  });
}
