import { EventType } from '../domain/vocabulary';
import { findGroups, numberValue } from './counts';
import { statesOf, type DraftedEvent, type Evidence, type Place } from './drafted-event';
import { findMentions, type Mention } from './mentions';
import { DIPLOMATIC_MEASURES } from './measure-types';

/** "- Peru: the foreign minister answered…", "LITHUANIA: three diplomats": a line led by a state's name. */
const LABEL = /^\s*(?:[-•*–—]\s*)?(\p{Lu}[\p{L} .'’-]{1,40}?)(?:\s*[:–—]|\s+-)\s/u;
const MEASURES = new Set<EventType>([
  ...DIPLOMATIC_MEASURES,
  EventType.SANCTION,
  EventType.STATEMENT,
  EventType.DECLINE_COMMENT,
]);

/** The state a line's label names, if the label is nothing but a state's name. */
function labelState(place: Place): Mention | undefined {
  const label = LABEL.exec(place.sentence.text);
  if (!label?.[1]) return undefined;
  const start = label[0].indexOf(label[1]);
  // "LITHUANIA:" in capitals is "Lithuania".
  const name = label[1] === label[1].toUpperCase() ? titleCase(label[1]) : label[1];
  const named = findMentions(name).filter((m) => m.kind === 'state' || m.kind === 'metonym');
  const only = named[0];
  if (named.length !== 1 || !only?.state || only.text.length < label[1].trim().length) return undefined;
  return {
    ...only,
    start: only.start + start,
    end: only.end + start,
    text: label[1].slice(only.start, only.end),
  };
}

const titleCase = (words: string) =>
  words
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());

/** "- Italy: 30": a bare number after the label. */
const BARE_COUNT =
  /^\s*(?:[-•*–—]\s*)?[^:–—]+?(?:[:–—]|\s-)\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*[.;,]?\s*$/i;

const labelled = (mention: Mention, place: Place): Evidence<Mention> => ({
  value: mention,
  place,
  confidence: 0.6,
  note: `actor state:${mention.state} read from the label "${mention.text}" that leads the line`,
});

/**
 * Lines of a list led by a state's name: the label acts in the line's measure when the line names
 * no acting state; a line with a count and no measure of its own ("LATVIA: one diplomat") takes the
 * measure of the line that opens the list, the label on the side that line leaves open.
 */
export function readListItems(places: Place[], eventsOf: (place: Place) => DraftedEvent[]): DraftedEvent[] {
  const out: DraftedEvent[] = [];
  const listed = new Set<DraftedEvent>();
  let head: DraftedEvent | undefined;
  /** Set when the list's opening line is itself an item: its label acted, so the next labels act too. */
  let headLabelled = false;
  for (const place of places) {
    const events = eventsOf(place);
    const label = labelState(place);
    if (!label) {
      out.push(...events);
      const measure = events.find((e) => MEASURES.has(e.type) && e.type !== EventType.STATEMENT);
      head = measure ?? (events.length > 0 ? undefined : head);
      headLabelled = false;
      continue;
    }
    for (const event of events) {
      if (!MEASURES.has(event.type) || statesOf(event.actors).size > 0) continue;
      event.actors = [labelled(label, place), ...event.actors.filter((a) => !a.value.state)];
      event.targets = event.targets.filter((t) => t.value.state !== label.state);
    }
    out.push(...events);
    const measure = events.find((e) => MEASURES.has(e.type) && e.type !== EventType.STATEMENT);
    if (measure && statesOf(measure.actors).has(label.state!)) {
      head = measure;
      headLabelled = true;
    }
    if (events.length > 0 || !head) continue;
    const bare = BARE_COUNT.exec(place.sentence.text)?.[1];
    const bareCount = bare ? numberValue(bare.toLowerCase()) : undefined;
    const group =
      findGroups(place.sentence.text)[0] ??
      (bareCount ? { text: bare!, count: bareCount, index: place.sentence.text.indexOf(bare!) } : undefined);
    if (!group) continue;
    listed.add(head);
    const headActs =
      !headLabelled && statesOf(head.actors).size > 0 && !statesOf(head.actors).has(label.state!);
    const side: Evidence<Mention> = {
      ...labelled(label, place),
      note: `${headActs ? 'target' : 'actor'} state:${label.state} read from the label of a list under "${head.trigger}"`,
    };
    out.push({
      ...head,
      trigger: head.trigger,
      places: [{ ...place, trigger: 0 }],
      actors: headActs ? head.actors : [side],
      targets: headActs
        ? [side]
        : head.targets.filter(
            (t) => t.value.state !== label.state && !statesOf(head!.actors).has(t.value.state!),
          ),
      group: { value: group, place, confidence: 0.7 },
      notes: [],
      confidence: 0.6,
    });
  }
  // A list's opening line that names no acting state is told again, item by item, by its labels.
  return out.filter((event) => !listed.has(event) || statesOf(event.actors).size > 0);
}
