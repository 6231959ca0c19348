import { EventType } from '../domain/vocabulary';
import { findGroups, numberValue, type CountedGroup } from './counts';
import type { DraftedEvent, Evidence, Place } from './drafted-event';
import { REASON, RETRACTED, SECRECY, TRIGGERS, expulsionForm } from './event-rules';
import { sidesOf, type Sides, type Trigger } from './event-sides';
import { findMentions, type Mention } from './mentions';
import { DATELINE, resolveDates, type StatedDate } from './resolve-dates';
import { DIPLOMATIC_MEASURES } from './measure-types';
import { parseVerbs, type ParsedVerb } from './clause-parse';
import { measuresOf, type ClauseMeasure } from './clause-measures';
import { clauseSides } from './clause-sides';

const MEASURES = new Set<EventType>([...DIPLOMATIC_MEASURES, EventType.SANCTION]);
/** A measure only proposed, threatened or weighed in its clause has not happened. */
const HYPOTHETICAL =
  /\b(?:propos\w*|suggest\w*|threat\w*|consider\w*|could|might|cannot|can['’]t|unable to|refus\w* to|no (?:authority|right|power|grounds|legal basis|plans?|intention) to|(?:any|no|possible|potential|future) (?=expulsions?\b))[^,.;:]*$/i;
/** "Considers the ambassador persona non grata": a declaration in translated copy, not a thought. */
const CONSIDERED_UNWELCOME = /\bconsider(?:s|ed)?\s+(?:[\p{L}’'-]+\s+){1,8}(?:an?\s+)?$/iu;
const BOTH_SIDES =
  /\b(?:both (?:countries|sides|states|governments|parties|capitals|neighbou?rs|nations)|the two (?:countries|sides|states|governments|capitals|neighbou?rs|nations))\b/i;
const CLAUSE_BREAK = /[,;:(]|\b(?:after|before|when|while|following)\b/gi;
/** "The ambassador was declared persona non grata": a title before the measure names its object only in the passive. */
const TITLE_THEN_PASSIVE =
  /^[^,;]{0,60}\b(?:was|is|has been|had been|will be|would be)\s+(?:[\p{L}’'-]+\s+)?$/u;
const REPORTING_CLAUSE =
  /,\s+(?:[^,]{0,60}\s)?(?:said|says|announced|stated|reported|confirmed|told [\p{L}]+)\s+(?:on\s+|late\s+|early\s+|earlier\s+)?$/iu;
/** "…and had demanded", "and it recalls": a second verb of the same subject. */
const COORDINATED =
  /^[^.;:]*\band\b(?:\s+(?:it|they|he|she|also|then|had|has|have|later|later also))*[^,;:]{0,30}$/i;
const LIST_ITEM_AFTER =
  /^[,;]\s*(?:and\s+)?(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*\s*(?:,|\band\b|&)/u;
const DENIED =
  /\b(?:den(?:y|ies|ied|ying)|rejected reports|dismissed reports)\s+(?:that\s+)?(?:(?:it|they|he|she|the\s+\w+|\p{Lu}\p{L}+)\s+)?(?:(?:had|has|have|was|were|would|will|ever|any)\s+){0,2}$/iu;
const RELATIVE_CLAUSE = /\b(?:which|who|whom|whose)\b|\bthat\s+(?:the\s+)?\p{Lu}/u;
const TWO_SIDED = new Set<EventType>([
  EventType.EXPULSION,
  EventType.STAFF_REDUCTION,
  EventType.CONSULATE_CLOSURE,
  EventType.AMBASSADOR_RECALL,
  EventType.SANCTION,
]);
const MUTUAL = /\b(?:each|one another|the other side|mutual(?:ly)?)\b/i;

/** "The expulsions came a day after": a measure named again by a bare noun is one already told. */
const namedAgain = (trigger: Trigger, text: string) =>
  /^expulsions?$/i.test(trigger.text) &&
  NAMED_AGAIN_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start)) &&
  !/^\s+(?:of|by|from|against)\b/i.test(text.slice(trigger.end));
/** "The expulsions", "the Skripal expulsions", "the week's expulsions", "the fourth round of expulsions". */
const NAMED_AGAIN_BEFORE =
  /\b(?:(?:the|these|those|such)(?:\s+\p{Lu}[\p{L}-]+)?|(?:the\s+)?(?:week|month|year|day)['’]s|(?:round|wave|series|spate|string|cycle|chain|row) of)\s+$/iu;

/** The triggers of a sentence; with `aloneOnly`, only the wordings that count when nothing else does. */
function triggersIn(
  sentence: string,
  aloneOnly = false,
): Array<Trigger & { reportsOnly?: boolean; carriedOutBy?: readonly EventType[] }> {
  const found: Array<
    Trigger & { weak: boolean; alone: boolean; carriedOutBy?: readonly EventType[]; reportsOnly?: boolean }
  > = [];
  for (const rule of TRIGGERS) {
    for (const match of sentence.matchAll(rule.pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && end > other.start)) continue;
      if (rule.weak && found.some((other) => other.type === rule.type)) continue;
      found.push({
        type: rule.type,
        start,
        end,
        text: match[0],
        weak: Boolean(rule.weak),
        alone: Boolean(rule.alone),
        carriedOutBy: rule.carriedOutBy,
        reportsOnly: rule.reportsOnly,
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  if (aloneOnly) return found.filter((trigger) => trigger.alone).slice(0, 1);
  const firstStrong = found.find((trigger) => !trigger.weak);
  return found.filter(
    (trigger) =>
      (!trigger.weak || !firstStrong || trigger.start < firstStrong.start) &&
      (!trigger.alone || found.every((other) => other.alone)) &&
      (!trigger.carriedOutBy || found.every((other) => !trigger.carriedOutBy!.includes(other.type))),
  );
}

const SPEECH = new Set(['say', 'warn', 'announce', 'state', 'tell', 'declare', 'insist', 'add', 'confirm']);
const REFUSAL = /\b(?:refus\w*|declin\w*|threat\w*|vow\w*|promis\w*)\s+(?:[\p{L}-]+\s+){0,2}to\s+$/iu;
/** A measure not taken is a statement when someone says so or refuses it, not when the text only notes its absence. */
const saidOrRefused = (m: ClauseMeasure, verbs: readonly ParsedVerb[], text: string) =>
  REFUSAL.test(text.slice(Math.max(0, m.start - 40), m.start)) || verbs.some((v) => SPEECH.has(v.lemma));

/**
 * A clause that names its actor gives the sides, the wordings filling a target it leaves unnamed; a
 * clause that names only the ones acted on ("its ambassador to Iran has been recalled") gives them
 * where the wordings found none.
 */
function clauseOrWords(clause: Sides | undefined, fromWords: Sides): Sides {
  if (!clause) return fromWords;
  const actorStates = (side: Sides) => new Set(side.actors.flatMap((a) => (a.state ? [a.state] : [])));
  if (actorStates(clause).size > 0) {
    const acting = actorStates(clause);
    return {
      actors: clause.actors,
      targets: clause.targets.some((t) => t.state)
        ? clause.targets
        : fromWords.targets.filter((t) => !t.state || !acting.has(t.state)),
    };
  }
  if (fromWords.targets.some((t) => t.state)) return fromWords;
  const acting = actorStates(fromWords);
  return { ...fromWords, targets: clause.targets.filter((t) => !t.state || !acting.has(t.state)) };
}

/** Events stated in one sentence: one per trigger, with what lies between it and its neighbours. */
export function extractEvents(place: Place, published: string): DraftedEvent[] {
  const text = place.sentence.text;
  if (RETRACTED.test(text)) return [];
  const happened = (trigger: Trigger, i: number, all: Trigger[]): boolean => {
    if (namedAgain(trigger, text)) return false;
    if (
      /\b(?:any|no|possible|potential|future)\s+(?:[\p{Ll}-]+\s+)?$/iu.test(
        text.slice(Math.max(0, trigger.start - 24), trigger.start),
      )
    )
      return false;
    // "Denied that it had expelled anyone": a measure denied did not happen.
    if (DENIED.test(text.slice(Math.max(0, trigger.start - 50), trigger.start))) return false;
    const before = text.slice(all[i - 1]?.end ?? 0, trigger.start);
    return !HYPOTHETICAL.test(before) || (/persona/i.test(trigger.text) && CONSIDERED_UNWELCOME.test(before));
  };
  // "France says the junta has no authority to expel anyone": with the measure gone, the words remain.
  const stated = triggersIn(text).filter(happened);
  const worded = stated.length > 0 ? stated : triggersIn(text, true).filter(happened);
  const verbs = parseVerbs(text);
  const parsed = measuresOf(text, verbs);
  // A measure whose verb the parse finds negated or only possible ("may recall") has not happened.
  const unreal = parsed.filter((m) => !m.happened);
  // A measure the wordings miss, found by the lemma of its verb or noun ("deported", "ousted").
  const added = parsed.filter(
    (m) =>
      m.happened &&
      !worded.some((t) => t.type === m.type || (t.start < m.end && t.end > m.start)) &&
      !(stated.length === 0 && worded.length > 0),
  );
  const combined: Array<ReturnType<typeof triggersIn>[number]> = [
    ...worded.filter(
      (t) =>
        !MEASURES.has(t.type) || !unreal.some((m) => m.type === t.type && t.start < m.end && t.end > m.start),
    ),
    ...added,
  ].sort((a, b) => a.start - b.start);
  const triggers = combined.filter(
    (t, i) => !added.includes(t as (typeof added)[number]) || happened(t, i, combined),
  );
  // "Denmark refused to expel", "Sweden did not summon": a measure refused or only weighed is a statement.
  if (!triggers.some((t) => t.type === EventType.STATEMENT)) {
    const refused = unreal.find(
      (m) => !triggers.some((t) => t.start < m.end && t.end > m.start) && saidOrRefused(m, verbs, text),
    );
    if (refused) triggers.push({ ...refused, type: EventType.STATEMENT });
    triggers.sort((a, b) => a.start - b.start);
  }
  if (triggers.length === 0) return [];
  // The dateline's city is where the report was filed, not a party.
  const datelineEnd = DATELINE.exec(text)?.[0].length ?? 0;
  const mentions = findMentions(text).filter((m) => m.start >= datelineEnd);
  const dates = resolveDates(text, published);
  const secret = SECRECY.test(text);
  const form = expulsionForm(text);

  /** Where the clause of a trigger starts: dates there are its own, not its neighbour's. */
  const clauseStart = (i: number): number => {
    const trigger = triggers[i];
    if (i === 0 || !trigger) return 0;
    const from = triggers[i - 1]!.end;
    const breaks = [...text.slice(from, trigger.start).matchAll(CLAUSE_BREAK)];
    const last = breaks[breaks.length - 1];
    return last ? from + (last.index ?? 0) : from;
  };

  /** Where the clause after a trigger starts: the first break before the next trigger. */
  const nextClauseStart = (i: number): number => {
    const from = triggers[i]!.end;
    const to = triggers[i + 1]?.start ?? text.length;
    // "From Poland, Germany and Sweden": a comma inside a list of names breaks no clause.
    const first = [...text.slice(from, to).matchAll(CLAUSE_BREAK)].find(
      (b) => !LIST_ITEM_AFTER.test(text.slice(from + (b.index ?? 0))),
    );
    return first ? from + (first.index ?? 0) : clauseStart(i + 1);
  };

  const events = triggers.map((trigger, i): DraftedEvent => {
    const windowStart = triggers[i - 1]?.end ?? 0;
    const windowEnd = triggers[i + 1]?.start ?? text.length;
    // "…17 officers, while the Czech Republic ordered one out": the next measure's own subject is not an object of this one.
    const nextSubjectAt = i + 1 < triggers.length ? nextClauseStart(i) : text.length;
    const nextHasSubject = mentions.some(
      (m) =>
        m.start >= nextSubjectAt &&
        m.end <= windowEnd &&
        (m.kind === 'state' || m.kind === 'metonym' || (m.kind === 'person' && m.state !== undefined)) &&
        !/\b(?:to|in|from|at|of|with|against)\s+(?:the\s+)?$/i.test(text.slice(nextSubjectAt, m.start)),
    );
    const objectsEnd = nextHasSubject && nextSubjectAt >= trigger.end ? nextSubjectAt : windowEnd;
    const inWindow = mentions.filter((m) => m.start >= windowStart && m.end <= objectsEnd);
    const evidence = <T>(value: T, confidence: number, note?: string): Evidence<T> => ({
      value,
      place,
      confidence,
      note,
    });
    const anaphoric = /\b(?:this|that|these|those|the same)\s+$/i.test(
      text.slice(Math.max(0, trigger.start - 12), trigger.start),
    );
    const fromWords = anaphoric
      ? { actors: [], targets: [], actorNote: undefined }
      : sidesOf(trigger, inWindow, text);
    // A measure whose clause names its actor takes its sides from the clause; the wordings fill what it leaves.
    const clause =
      anaphoric || !MEASURES.has(trigger.type) ? undefined : clauseSides(trigger, verbs, mentions, text);
    const { actors, targets, actorNote } = clauseOrWords(clause, fromWords);
    const groups = findGroups(text.slice(windowStart, windowEnd), windowStart);
    // "Quito declared the Mexican ambassador persona non grata": a title after such a verb is its object.
    const titledBefore = (g: CountedGroup) =>
      g.byTitle &&
      g.index < trigger.start &&
      !/\b(?:declar\w*|expel\w*|order\w*|told|gave|giving)\s+(?:the\s+|its\s+)?(?:[\p{L}-]+\s+)?$/iu.test(
        text.slice(windowStart, g.index),
      ) &&
      !TITLE_THEN_PASSIVE.test(text.slice(g.index + g.text.length, trigger.start));
    const group = groups
      .filter((g) => !titledBefore(g))
      .sort(
        (a, b) =>
          Number(Boolean(a.byTitle)) - Number(Boolean(b.byTitle)) ||
          Math.abs(a.index - trigger.start) - Math.abs(b.index - trigger.start),
      )[0];
    const dateWindowEnd = i + 1 < triggers.length ? clauseStart(i + 1) : text.length;
    // ", the ministry said on Friday": the day of the report dates the sentence's first measure only.
    const reporting = (d: StatedDate) => REPORTING_CLAUSE.test(text.slice(0, d.index));
    // "Over the invasion that Russia began on February 24": a date in a relative clause after the measure is another act's.
    // …unless the clause tells this very act: "the invasion of Ukraine that Russia began on February 24".
    const ownClause = (d: StatedDate) =>
      trigger.type === EventType.ATTACK &&
      /^[^,;]{0,25}\b(?:that|which)\b[^,;]*$/i.test(text.slice(trigger.end, d.index));
    const relative = (d: StatedDate) =>
      d.index > trigger.end && RELATIVE_CLAUSE.test(text.slice(trigger.end, d.index)) && !ownClause(d);
    const date =
      dates
        .filter(
          (d) =>
            d.index >= clauseStart(i) &&
            d.index < dateWindowEnd &&
            (i === 0 || !reporting(d)) &&
            !relative(d),
        )
        .sort((a, b) => Math.abs(a.index - trigger.start) - Math.abs(b.index - trigger.start))[0] ??
      (i === 0 ? dates.find(reporting) : undefined);
    const reason =
      trigger.type === EventType.EXPULSION
        ? REASON.exec(text.slice(trigger.start, windowEnd))?.[1]
        : undefined;
    const event: DraftedEvent = {
      type: trigger.type,
      trigger: trigger.text,
      places: [{ ...place, trigger: trigger.start }],
      actors: actors.map((m) => evidence(m, actorNote ? 0.6 : 0.8, actorNote)),
      targets: targets.map((m) =>
        evidence(
          m,
          m.kind === 'demonym' ? 0.7 : 0.8,
          m.kind === 'demonym' ? `target state read from "${m.text}"` : undefined,
        ),
      ),
      group:
        group && (MEASURES.has(trigger.type) || trigger.type === EventType.ARREST)
          ? evidence(group, 0.8)
          : undefined,
      date: date ? evidence(date, date.note ? 0.6 : 0.8, date.note) : undefined,
      form: trigger.type === EventType.EXPULSION && form ? evidence(form, 0.8) : undefined,
      reason: reason
        ? evidence(reason.trim(), 0.6, 'reason read from the words after the measure')
        : undefined,
      secret: secret && trigger.type !== EventType.STATEMENT ? evidence(true, 0.7) : undefined,
      confidence: 0.7,
      notes: [],
      ...(BOTH_SIDES.test(text.slice(windowStart, trigger.start)) ? { bothSides: true } : {}),
      ...(trigger.reportsOnly ? { reportsOnly: true, targets: [] } : {}),
      ...(trigger.carriedOutBy ? { carriedOutBy: trigger.carriedOutBy } : {}),
    };
    return event;
  });
  shareSides(events, triggers, mentions, text);
  const listed = events.map((event) => gapped(event, mentions, text));
  const listedStates = new Set(listed.flat().flatMap((event) => event.actors.map((a) => a.value)));
  for (const event of events) event.targets = event.targets.filter((t) => !listedStates.has(t.value));
  return events.flatMap((event, i) => [event, ...listed[i]!]).flatMap(splitEach);
}

const GAP_BEFORE = /(?:,|;|\band\b|\bwhile\b)\s*(?:and\s+)?(?:the\s+)?$/i;
const GAP_AFTER =
  /^\s+(\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)\b(?!\s*(?:%|per ?cent|years?|days?|hours?|weeks?|months?))/i;

/**
 * "The Netherlands expelled 17 Russian officers, Belgium 21 and Ireland four": each state named
 * with a number after the measure took the same measure on the same side, with its own count.
 */
function gapped(event: DraftedEvent, mentions: Mention[], text: string): DraftedEvent[] {
  const trigger = event.places[0]?.trigger ?? 0;
  if (!MEASURES.has(event.type) || !stated(event)) return [];
  const found: Array<{ mention: Mention; count: number }> = [];
  for (const mention of mentions) {
    if (mention.start <= trigger || (mention.kind !== 'state' && mention.kind !== 'metonym')) continue;
    const number = GAP_AFTER.exec(text.slice(mention.end))?.[1];
    const count = number ? numberValue(number.toLowerCase()) : undefined;
    if (count !== undefined && GAP_BEFORE.test(text.slice(trigger, mention.start)))
      found.push({ mention, count });
  }
  if (found.length === 0) return [];
  const listed = new Set(found.map((f) => f.mention.state));
  event.targets = event.targets.filter((t) => !listed.has(t.value.state));
  return found.map(({ mention, count }) => ({
    ...event,
    places: [...event.places],
    notes: [],
    actors: [
      {
        value: mention,
        place: event.places[0]!,
        confidence: 0.6,
        note: 'one of a list of states, each with its number',
      },
    ],
    targets: [...event.targets],
    group: {
      value: { text: `${mention.text} ${count}`, count, index: mention.start },
      place: event.places[0]!,
      confidence: 0.6,
    },
    date: event.date,
  }));
}

const stated = (event: DraftedEvent) => event.actors.some((a) => a.value.state);

/**
 * "China recalled its ambassador and demanded that Vilnius...": a measure with no subject of its own
 * after "and" has the subject of the measure before it; "Moldova ordered Russia to shrink its embassy,
 * and 45 must leave": a measure naming no party at all has the parties of the one in its sentence.
 */
function shareSides(events: DraftedEvent[], triggers: Trigger[], mentions: Mention[], text: string): void {
  events.forEach((event, i) => {
    if (stated(event) || event.type === EventType.STATEMENT || event.type === EventType.DECLINE_COMMENT)
      return;
    const previous = events[i - 1];
    const between = text.slice(triggers[i - 1]?.end ?? 0, triggers[i]!.start);
    const subjectBetween = mentions.some(
      (m) =>
        m.start >= (triggers[i - 1]?.end ?? 0) &&
        m.end <= triggers[i]!.start &&
        (m.kind === 'state' || m.kind === 'metonym' || m.kind === 'organization') &&
        !/\b(?:to|in|from|at|of|with|order(?:s|ed|ing)?|told|tell(?:s|ing)?|ask(?:s|ed|ing)?|urg(?:es|ed|ing)|forc(?:es|ed|ing)|requir(?:es|ed|ing))\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(0, m.start - 12), m.start),
        ),
    );
    const note = (side: string) => `${side} taken from the measure before it in the same sentence`;
    if (previous && stated(previous) && COORDINATED.test(between) && !subjectBetween) {
      event.actors = previous.actors.map((a) => ({ ...a, confidence: 0.6, note: note('actor') }));
      const acting = new Set(event.actors.map((a) => a.value.state));
      event.targets = event.targets.filter((t) => !t.value.state || !acting.has(t.value.state));
      return;
    }
    const partner = events.find(
      (other) => other !== event && TWO_SIDED.has(other.type) && stated(other) && other.targets.length > 0,
    );
    if (event.actors.length + event.targets.length === 0 && TWO_SIDED.has(event.type) && partner) {
      event.actors = partner.actors.map((a) => ({ ...a, confidence: 0.5, note: note('actor') }));
      event.targets = partner.targets.map((t) => ({ ...t, confidence: 0.5, note: note('target') }));
    }
  });
}

/** "Germany, France and Poland each expelled four", "expelled one diplomat of the other side": one event per state. */
function splitEach(event: DraftedEvent): DraftedEvent[] {
  // "Expulsions between Russia and Moldova": each of the two acts on the other.
  const trigger = event.places[0]?.trigger ?? 0;
  const text = event.places[0]?.sentence.text ?? '';
  const between = event.targets.filter((t) => t.value.state && t.value.start > trigger);
  if (
    event.actors.length === 0 &&
    between.length === 2 &&
    /^[^,.;]{0,20}\bbetween\s+(?:the\s+)?$/i.test(text.slice(trigger, between[0]!.value.start))
  )
    return between.map((actor, i) => ({
      ...event,
      places: [...event.places],
      notes: [...event.notes],
      actors: [{ ...actor, note: 'one of the two states "between" which the measures went' }],
      targets: [
        { ...between[1 - i]!, note: 'the other of the two states "between" which the measures went' },
      ],
    }));
  const states = [
    ...new Map(event.actors.filter((a) => a.value.state).map((a) => [a.value.state, a])).values(),
  ];
  if (!MUTUAL.test(event.places[0]?.sentence.text ?? '') || states.length < 2) return [event];
  const mutual = event.targets.length === 0 && states.length === 2;
  return states.map((actor, i) => ({
    ...event,
    places: [...event.places],
    notes: [...event.notes],
    actors: [{ ...actor, note: 'one of several states said to act, each on its own' }],
    targets: mutual ? [{ ...states[1 - i]!, note: 'the other party of a mutual measure' }] : event.targets,
  }));
}
