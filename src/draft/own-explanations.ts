import { EventType } from '../domain/vocabulary';
import { statesOf, type DraftedEvent } from './drafted-event';
import { DIPLOMATIC_MEASURES } from './measure-types';

const MEASURES = new Set<EventType>([...DIPLOMATIC_MEASURES, EventType.SANCTION, EventType.OTHER]);

/** "Russia lowers relations with Estonia… The ambassador was told to leave": the measure carries the act out. */
function carriedOutNearby(event: DraftedEvent, events: DraftedEvent[]): boolean {
  const actors = statesOf(event.actors);
  return events.some(
    (measure) =>
      event.carriedOutBy?.includes(measure.type) &&
      [...statesOf(measure.actors)].some((state) => actors.has(state)) &&
      measure.places.some((p) =>
        event.places.some((q) => p.part === q.part && Math.abs(p.sentence.index - q.sentence.index) <= 1),
      ),
  );
}

/**
 * "He said the decision followed many unfriendly acts": words reported with a bare "said" that
 * explain the speaker's own measure, told in the same or the next sentence, are part of that
 * measure, not a statement of their own; one with no state to speak for is dropped too.
 */
export function withoutOwnExplanations(events: DraftedEvent[]): DraftedEvent[] {
  return events.filter((event) => {
    if (event.carriedOutBy) return !carriedOutNearby(event, events);
    if (!event.reportsOnly) return true;
    const speakers = statesOf(event.actors);
    if (speakers.size === 0) return false;
    const at = event.places[0]!;
    return !events.some(
      (measure) =>
        MEASURES.has(measure.type) &&
        [...statesOf(measure.actors)].some((state) => speakers.has(state)) &&
        measure.places.some((p) => p.part === at.part && Math.abs(p.sentence.index - at.sentence.index) <= 1),
    );
  });
}
