import { EventType } from '../domain/vocabulary';
import { statesOf, type DraftedEvent, type Evidence } from './drafted-event';
import { findMentions, type Mention } from './mentions';

const TWO_SIDED = new Set<EventType>([
  EventType.EXPULSION,
  EventType.SUMMONS,
  EventType.SANCTION,
  EventType.AMBASSADOR_RECALL,
  EventType.STAFF_REDUCTION,
  EventType.CONSULATE_CLOSURE,
]);
const ANSWERS = new Set<EventType>([EventType.EXPULSION, EventType.SUMMONS]);
const ANSWERED = new Set<EventType>([EventType.ESPIONAGE, EventType.PROTEST]);

const stateEvidence = (state: string, event: DraftedEvent, note: string): Evidence<Mention> => ({
  value: { kind: 'state', start: 0, end: 0, text: state, state },
  place: event.places[0]!,
  confidence: 0.5,
  note,
});

function addSide(event: DraftedEvent, side: 'actors' | 'targets', states: Iterable<string>, note: string) {
  for (const state of states) {
    const evidence = stateEvidence(
      state,
      event,
      `${side === 'actors' ? 'actor' : 'target'} state:${state} ${note}`,
    );
    event[side].push(evidence);
    event.notes.push(evidence.note!);
  }
}

const sameStates = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const oneSided = (event: DraftedEvent) =>
  (statesOf(event.actors).size === 0) !== (statesOf(event.targets).size === 0);
const near = (a: DraftedEvent, b: DraftedEvent) => {
  const [x, y] = [a.places[0]!, b.places[0]!];
  return x.part === y.part && Math.abs(x.sentence.index - y.sentence.index) <= 1;
};
const sentencesOf = (event: DraftedEvent) => new Set(event.places.map((p) => p.sentence));
const shareSentence = (a: DraftedEvent, b: DraftedEvent) =>
  [...sentencesOf(a)].some((sentence) => sentencesOf(b).has(sentence));

/**
 * "Moscow expelled three foreign diplomats. Diplomats from Poland, Sweden and Germany were
 * summoned": two neighbouring measures that each name one side complete each other.
 */
function completeNeighbours(events: DraftedEvent[]): void {
  for (const event of events) {
    if (!TWO_SIDED.has(event.type) || !oneSided(event)) continue;
    const hasActors = statesOf(event.actors).size > 0;
    const other = events.find(
      (o) =>
        o !== event &&
        TWO_SIDED.has(o.type) &&
        oneSided(o) &&
        statesOf(o.actors).size > 0 !== hasActors &&
        near(event, o),
    );
    if (!other) continue;
    const [acting, acted] = hasActors ? [event, other] : [other, event];
    const actors = statesOf(acting.actors);
    const targets = statesOf(acted.targets);
    addSide(acting, 'targets', targets, 'taken from the measure in the next or previous sentence');
    addSide(acted, 'actors', actors, 'taken from the measure in the next or previous sentence');
  }
}

/**
 * "Belgium and Ireland announced expulsions, and Slovakia ordered out three dozen Russian diplomats":
 * a measure whose actors are named but not its targets takes the targets of a measure of the same
 * type by other actors in the same sentence.
 */
function fillParallelClauses(events: DraftedEvent[]): void {
  for (const event of events) {
    if (!TWO_SIDED.has(event.type) || statesOf(event.actors).size === 0 || statesOf(event.targets).size > 0)
      continue;
    const actors = statesOf(event.actors);
    const parallel = events.find(
      (o) =>
        o !== event &&
        o.type === event.type &&
        shareSentence(o, event) &&
        statesOf(o.targets).size > 0 &&
        ![...statesOf(o.actors)].some((s) => actors.has(s)) &&
        ![...statesOf(o.targets)].some((s) => actors.has(s)),
    );
    if (parallel)
      addSide(
        event,
        'targets',
        statesOf(parallel.targets),
        'taken from the same measure by others in the same sentence',
      );
  }
}

/** "Both countries did not comment": the two states of the nearest earlier measure between two states. */
function fillBothSides(events: DraftedEvent[]): void {
  const mirrors: Array<[DraftedEvent, DraftedEvent]> = [];
  events.forEach((event, i) => {
    if (!event.bothSides || statesOf(event.actors).size > 0) return;
    const pair = events
      .slice(0, i)
      .reverse()
      .find((o) => statesOf(o.actors).size > 0 && statesOf(o.targets).size > 0);
    if (!pair) return;
    const states = [...statesOf(pair.actors), ...statesOf(pair.targets)];
    const text = event.places[0]?.sentence.text ?? '';
    // "The two neighbours declared each other's envoys persona non grata": one measure each way.
    if (TWO_SIDED.has(event.type) && MUTUAL.test(text) && states.length === 2) {
      const [a, b] = states as [string, string];
      const mirror: DraftedEvent = {
        ...event,
        places: [...event.places],
        notes: [...event.notes],
        actors: [],
        targets: [...event.targets],
      };
      addSide(event, 'actors', [a], 'one of "both", each acting on the other');
      addSide(event, 'targets', [b], 'one of "both", each acting on the other');
      addSide(mirror, 'actors', [b], 'one of "both", each acting on the other');
      addSide(mirror, 'targets', [a], 'one of "both", each acting on the other');
      mirrors.push([event, mirror]);
      return;
    }
    addSide(event, 'actors', states, 'read from "both" and the measure before');
  });
  for (const [event, mirror] of mirrors) events.splice(events.indexOf(event) + 1, 0, mirror);
}
const MUTUAL = /\b(?:each other|one another|mutual(?:ly)?)\b/i;

/** "Expelled for participating in rallies", "expelled after he was caught spying": the act answered in the same sentence. */
function fillAnsweredActs(events: DraftedEvent[]): void {
  for (const act of events) {
    if (!ANSWERED.has(act.type)) continue;
    const victims = statesOf(act.targets);
    const answer = events.find(
      (o) =>
        ANSWERS.has(o.type) &&
        shareSentence(o, act) &&
        statesOf(o.actors).size > 0 &&
        (victims.size === 0 || [...statesOf(o.actors)].some((state) => victims.has(state))),
    );
    if (!answer) continue;
    if (statesOf(act.targets).size === 0)
      addSide(act, 'targets', statesOf(answer.actors), 'as the state that answered it in the same sentence');
    if (act.type === EventType.ESPIONAGE && statesOf(act.actors).size === 0)
      addSide(
        act,
        'actors',
        statesOf(answer.targets),
        'as the side that the answer in the same sentence targets',
      );
  }
}

/**
 * A measure whose sentence names one side only: the other side is taken from the nearest earlier
 * measure between two states that involves it, and a note says so.
 */
function fillFromOtherMeasures(events: DraftedEvent[], types: Set<EventType>): void {
  events.forEach((event, i) => {
    if (!types.has(event.type) || !oneSided(event)) return;
    const actors = statesOf(event.actors);
    const known = actors.size > 0 ? actors : statesOf(event.targets);
    const pool = [...events.slice(0, i).reverse(), ...events.slice(i + 1)];
    // "Caracas is also bringing home its staff from the seven capitals": the same actor's other measure names them.
    const sameActors =
      actors.size > 0 &&
      pool.find(
        (other) =>
          types.has(other.type) &&
          statesOf(other.targets).size > 1 &&
          sameStates(statesOf(other.actors), actors),
      );
    if (sameActors) {
      addSide(
        event,
        'targets',
        statesOf(sameActors.targets),
        "taken from the same actor's other measure in the article",
      );
      return;
    }
    for (const other of pool) {
      const pair = [...statesOf(other.actors), ...statesOf(other.targets)];
      const counterpart = pair.find((state) => !known.has(state));
      if (!counterpart || !pair.some((state) => known.has(state))) continue;
      addSide(
        event,
        actors.size > 0 ? 'targets' : 'actors',
        [counterpart],
        'inferred from the other measures in the article',
      );
      return;
    }
  });
}

const SPEAKING = new Set<EventType>([EventType.STATEMENT, EventType.DECLINE_COMMENT]);
const POSSESSIVE_OF_SPEAKER = /^(?:'s|’s)?\s+(?:[\p{L}-]+\s+){0,3}(?:[\p{L}-]+,\s+)?$/u;
const REPORTED_SUBJECT = /^\s+(?:[\p{L}]+\s+){0,3}that\s+(?:the\s+)?$/iu;

/** "Iran denied… Spokesman Esmaeil Baqaei told…": a statement right after another continues its side. */
function previousSpeaker(events: DraftedEvent[], event: DraftedEvent): DraftedEvent | undefined {
  const place = event.places[0]!;
  return events.find(
    (other) =>
      other !== event &&
      SPEAKING.has(other.type) &&
      statesOf(other.actors).size > 0 &&
      other.places.some((p) => p.part === place.part && place.sentence.index - p.sentence.index === 1),
  );
}

/**
 * A speaker with no state: "Montenegro's prime minister, Zdravko Krivokapic, said", else "told
 * reporters that Belgrade was…", else "the ministry said" stands for the actor the article leads with.
 */
function fillSpeakers(events: DraftedEvent[]): void {
  const lead = events.find((event) => !SPEAKING.has(event.type) && statesOf(event.actors).size > 0);
  for (const event of events) {
    if (!SPEAKING.has(event.type) || statesOf(event.actors).size > 0) continue;
    const place = event.places[0]!;
    const text = place.sentence.text;
    const mentions = findMentions(text).filter(
      (m) => m.state && m.kind !== 'organization' && m.kind !== 'person',
    );
    const person = event.actors.find((a) => a.value.kind === 'person')?.value;
    const trigger = place.trigger ?? 0;
    const owners = findMentions(text).filter((m) => m.state && m.kind !== 'person');
    const owner = person
      ? owners.find(
          (m) => m.end <= person.start && POSSESSIVE_OF_SPEAKER.test(text.slice(m.end, person.start)),
        )
      : undefined;
    const reported = mentions.find(
      (m) => m.start > trigger && REPORTED_SUBJECT.test(text.slice(trigger, m.start).replace(/^\S+/, '')),
    );
    const found = owner ?? reported;
    if (found?.state) {
      addSide(event, 'actors', [found.state], `read from "${found.text}" beside the speaker`);
      event.targets = event.targets.filter((t) => t.value.state !== found.state);
    } else if (previousSpeaker(events, event)) {
      const before = previousSpeaker(events, event)!;
      addSide(event, 'actors', statesOf(before.actors), 'as the side that spoke in the sentence before');
    } else if (lead && (person === undefined || event.actors.length === 0)) {
      addSide(
        event,
        'actors',
        statesOf(lead.actors),
        'taken as the actor the article leads with ("the ministry said")',
      );
    }
  }
}

const FIRST_PERSON_SUBJECT = /(?:^|[,;]\s+|\band\s+)[Ww]e\s+(?:[\p{L}]+\s+){0,8}$/u;

/** "Two diplomats were declared persona non grata" in a ministry's own statement: the ministry's state acts. */
function fillFromAuthor(events: DraftedEvent[], author: Mention | undefined): void {
  if (!author?.state) return;
  const state = author.state;
  for (const event of events) {
    if (!TWO_SIDED.has(event.type) && !SPEAKING.has(event.type)) continue;
    const place = event.places[0]!;
    // "We have required the Czech side to…": in the author's own voice, "we" is the author.
    if (FIRST_PERSON_SUBJECT.test(place.sentence.text.slice(0, place.trigger ?? 0))) {
      const others = event.actors.filter((a) => a.value.state && a.value.state !== state);
      event.actors = event.actors.filter((a) => !a.value.state);
      event.targets = event.targets.filter((t) => t.value.state !== state);
      if (TWO_SIDED.has(event.type)) event.targets.push(...others);
      addSide(event, 'actors', [state], `"we" read as the state whose statement this is ("${author.text}")`);
      continue;
    }
    if (statesOf(event.actors).size > 0 || statesOf(event.targets).has(author.state)) continue;
    addSide(event, 'actors', [author.state], `as the state whose statement this is ("${author.text}")`);
  }
}

/** Sides a sentence leaves unsaid, completed from the rest of the article; each one carries a note. */
export function fillSidesFromContext(events: DraftedEvent[], author?: Mention): void {
  fillFromAuthor(events, author);
  completeNeighbours(events);
  fillBothSides(events);
  fillParallelClauses(events);
  fillFromOtherMeasures(events, TWO_SIDED);
  fillAnsweredActs(events);
  fillFromOtherMeasures(events, new Set([EventType.ESPIONAGE]));
  fillSpeakers(events);
}
