import { EventType } from '../domain/vocabulary';
import { governedEnd, governorOf, isMeasureVerb } from './clause-measures';
import type { ParsedVerb, Span } from './clause-parse';
import type { Sides, Trigger } from './event-sides';
import type { Mention } from './mentions';

/** "Russian authorities", "the Iranian side": a demonym that stands for its state's government. */
const STATE_SIDE =
  /^\s+(?:side|authorities|government|officials|leadership|foreign ministry|ministry|police|security services?|intelligence services?|counter-?intelligence|regime|junta|cabinet|prosecutors?|president|prime minister|foreign minister)\b/i;
/** "Canada's charge d'affaires", "Russian diplomats": people of a state, acted on rather than acting. */
const PEOPLE_AFTER =
  /^(?:'s|’s)?\s+(?:(?:embassy|consular|diplomatic|mission|intelligence|top|former)\s+)?(?:ambassadors?|envoys?|charg[eé]s?|diplomats?|staff(?:ers?)?|employees?|officials?|officers?|personnel|agents?|spies|nationals?|citizens?|attach[eé]s?|consuls?|high commissioners?)\b/i;
const PLACE_BEFORE = /\b(?:in|at|to|into|near|on|for|with|against|towards?|about|than)\s+(?:the\s+)?$/i;
/** "By Norway", "by the junta in Bamako", "by the Government of Slovakia": the agent of a passive. */
const BY_BEFORE =
  /\bby\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+)?(?:government|junta|authorities|ministry|regime|leadership|cabinet|presidency|police|side)\s+(?:in|of)\s+(?:the\s+)?)?$/iu;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
const TO_BEFORE = /\b(?:to|at)\s+(?:the\s+)?$/i;
const POSSESSIVE_BEFORE = /^(?:'s|’s)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const OF_AFTER = /^\s+of\b/i;
const DECISION_TO = /\b(?:decision|order|move|resolution)\s+to\s+$/i;
const REPORTER =
  /^[”"’',]*\s+(?:[\p{L}-]+\s+){0,2}(?:said|says|announced|reported|informs|informed|stated|confirmed)\b/u;
const DECISION_BY =
  /\bby (?:the )?(?:decision|order|decree|resolution|ruling) of (?:the )?(?:(?:government|authorities|ministry|president|leadership) of (?:the )?)?$/i;
const HOSTED_IN =
  /\b(?:ambassadors?|envoys?|diplomats?|charg[eé]s? d['’]affaires|consuls?|staff|employees|officials)\s+(?:[\p{L}-]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?$/iu;

const isParty = (m: Mention) =>
  m.kind === 'state' ||
  m.kind === 'metonym' ||
  (m.kind === 'organization' && m.organization?.kind !== 'OUTLET');
const inside = (m: Mention, s: Span) => m.start >= s.start && m.end <= s.end;
const lead = (text: string, m: Mention) => text.slice(Math.max(0, m.start - 20), m.start);

/** The one a clause's subject names as acting: a state, its capital or organ, or a demonym for its government. */
function acting(mentions: Mention[], text: string): Mention[] {
  return mentions.filter(
    (m) =>
      !PEOPLE_AFTER.test(text.slice(m.end)) &&
      (isParty(m) ||
        (m.kind === 'demonym' && STATE_SIDE.test(text.slice(m.end))) ||
        (m.kind === 'person' && m.state !== undefined)),
  );
}

/** The ones a clause's object names as acted on: a state, its people or its mission. */
function actedOn(mentions: Mention[], text: string): Mention[] {
  return mentions.filter(
    (m) => (isParty(m) || m.kind === 'demonym' || m.kind === 'person') && !PLACE_BEFORE.test(lead(text, m)),
  );
}

const PRONOUN = /^(?:it|they|he|she|we)$/i;
const FIRST_PERSON = /^(?:we|i)$/i;
const RELATIVE_BEFORE =
  /(?:^|[,;:]\s*|\b(?:and|that)\s+)([^,;:]+?)(?=,\s*(?:which|who)\b[^,;]*,\s*(?:\p{Ll}+ly\s+)?$)/u;
const AFTER_PREPOSITION =
  /\b(?:with|to|from|of|in|into|against|on|at|by|for|over|about|towards?)\s+(?:the\s+)?$/i;
/** "The ambassador of Norway to Russia, Robert Kvile, was summoned": a passive subject cut after a preposition starts at the clause break. */
const CUT_AFTER_PREPOSITION = /\b(?:of|to|in|at|for)\s+(?:the\s+)?$/i;

/**
 * The subject of a verb as compromise finds it, completed back to its clause break when cut after a
 * preposition; a pronoun stands for the subject of the verb before it ("Russia said it would expel").
 */
function subjectOf(verb: ParsedVerb, verbs: readonly ParsedVerb[], text: string): Span | undefined {
  // "Russia, which denies the charges, expelled": the subject stands before the relative clause.
  const relative = RELATIVE_BEFORE.exec(text.slice(0, verb.start));
  if (relative) {
    const end = relative.index + relative[0].length;
    const head = (relative[1] ?? '').replace(/^.*\b(?:that|and|said|says)\s+/, '');
    return { start: end - head.length, end, text: head };
  }
  const subject = verb.subject && verb.subject.end <= verb.start ? verb.subject : undefined;
  if (!subject) return undefined;
  // "Severed ties with Israel and recalled", "expelled two diplomats and summoned": a name after a
  // preposition, or in the object of the verb before, is no subject; the verb shares that verb's subject.
  // "Sweden, responding to the spy case, ousted": a name after a preposition is no subject either,
  // unless it leads a gerund ("in response to Washington having expelled").
  const gerund = /^(?:having\s|\p{Ll}+ing\b)/u.test(verb.text);
  const objectBefore = verbs.some(
    (v) => v !== verb && v.end <= subject.start && /^\s+(?:the\s+)?$/.test(text.slice(v.end, subject.start)),
  );
  const coordinated =
    /^\s*,?\s*(?:and|but|then)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(subject.end, verb.start)) &&
    (objectBefore || AFTER_PREPOSITION.test(text.slice(0, subject.start)));
  const afterPreposition = !verb.passive && !gerund && AFTER_PREPOSITION.test(text.slice(0, subject.start));
  if (PRONOUN.test(subject.text) || coordinated || afterPreposition) {
    const previous = verbs.filter(
      (v) =>
        v !== verb &&
        v.subject &&
        v.subject.end <= subject.start &&
        !PRONOUN.test(v.subject.text) &&
        !AFTER_PREPOSITION.test(text.slice(0, v.subject.start)),
    );
    return previous[previous.length - 1]?.subject;
  }
  if (!verb.passive || !CUT_AFTER_PREPOSITION.test(text.slice(0, subject.start))) return subject;
  const breaks = [...text.slice(0, subject.start).matchAll(/[,;:]/g)];
  const start = breaks.length > 0 ? (breaks[breaks.length - 1]!.index ?? 0) + 1 : 0;
  return { start, end: subject.end, text: text.slice(start, subject.end) };
}

/** "Closing its embassy in Niger": the state hosting the actor's own mission. */
const OWN_MISSION_IN =
  /\b(?:its|their|his|her)\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}(?:embass(?:y|ies)|consulates?(?: general)?|missions?|staff)\s+(?:[\p{L}-]+\s+){0,3}?(?:in|to)\s+(?:the\s+)?$/iu;

/** "Recalled its ambassador from Burundi", "its ambassador to Burundi": the state an envoy leaves. */
const hosts = (type: EventType, mentions: Mention[], text: string) =>
  mentions.filter(
    (m) =>
      isParty(m) &&
      (type === EventType.AMBASSADOR_RECALL
        ? /\b(?:to|from|in)\s+(?:the\s+)?$/i.test(lead(text, m))
        : OWN_MISSION_IN.test(text.slice(Math.max(0, m.start - 60), m.start))),
  );

/** "The UAE, Bahrain and Saudi Arabia recalled": the names of a list before a subject cut at its first comma. */
function withListBefore(subject: Mention[], mentions: Mention[], text: string): Mention[] {
  const found = [...subject];
  // "After A, B acted" is no list: a comma joins names only in a list closed by "and".
  const closed =
    subject.length > 1 &&
    /\b(?:and|&)\s/.test(text.slice(subject[0]!.end, subject[subject.length - 1]!.start));
  if (!closed) return found;
  for (let i = mentions.indexOf(found[0]!) - 1; i >= 0 && found.length > 0; i--) {
    const m = mentions[i]!;
    if (!/^\s*,\s*(?:the\s+)?$/i.test(text.slice(m.end, found[0]!.start))) break;
    found.unshift(m);
  }
  return found;
}

/** The mentions of either list, once each, in the order of the text. */
const inOrder = (all: Mention[], ...lists: Mention[][]) =>
  all.filter((m) => lists.some((l) => l.includes(m)));

const withState = (sides: Sides): Sides | undefined =>
  sides.actors.some((a) => a.state) || sides.targets.some((t) => t.state) ? sides : undefined;

/** Sides of a verb: active, the subject acts on the object; passive, the "by" agent acts on the subject. */
function verbSides(
  type: EventType,
  verb: ParsedVerb,
  verbs: readonly ParsedVerb[],
  mentions: Mention[],
  text: string,
): Sides | undefined {
  const objectEnd = governedEnd(text, verb.end);
  const governed = mentions.filter((m) => m.start >= verb.end && m.end <= objectEnd);
  const subject = subjectOf(verb, verbs, text);
  const subjectMentions = subject
    ? withListBefore(
        mentions.filter((m) => inside(m, subject)),
        mentions,
        text,
      )
    : [];
  if (verb.passive) {
    const after = mentions.filter((m) => m.start >= verb.end && !/[;]/.test(text.slice(verb.end, m.start)));
    // "By decision of the Government of Slovakia, … are expelled": a fronted agent.
    const decidedBy = mentions.filter(
      (m) => m.end <= verb.start && DECISION_BY.test(text.slice(Math.max(0, m.start - 50), m.start)),
    );
    let agents = acting([...after.filter((m) => BY_BEFORE.test(lead(text, m))), ...decidedBy], text);
    // "Argentina's ambassador in Caracas was expelled", "the ambassador in Hanoi was summoned": the host acts.
    if (agents.length === 0 && (type === EventType.EXPULSION || type === EventType.SUMMONS))
      agents = subjectMentions.filter(
        (m) => isParty(m) && HOSTED_IN.test(text.slice(Math.max(0, m.start - 50), m.start)),
      );
    // "Were expelled from Poland", "was summoned to the Foreign Ministry": the state sending away or receiving.
    if (agents.length === 0 && type === EventType.EXPULSION)
      agents = acting(
        governed.filter((m) => FROM_BEFORE.test(lead(text, m))),
        text,
      );
    if (agents.length === 0 && type === EventType.SUMMONS)
      agents = governed.filter((m) => m.kind === 'organization' && TO_BEFORE.test(lead(text, m)));
    // "The consulate will be closed, the Finnish government said": with no agent, the one reporting it.
    if (agents.length === 0)
      agents = acting(
        after.filter((m) => REPORTER.test(text.slice(m.end)) && /,\s+(?:the\s+)?$/.test(lead(text, m))),
        text,
      );
    return withState({
      actors: agents,
      targets: inOrder(
        subjectMentions,
        actedOn(
          subjectMentions.filter((m) => !agents.includes(m)),
          text,
        ),
        hosts(type, subjectMentions, text),
      ),
    });
  }
  const reporters = mentions.filter((m) => m.start >= verb.end && REPORTER.test(text.slice(m.end)));
  // "'We have expelled three diplomats,' the Irish foreign minister said", "the Baltic state expelled …,
  // Estonia's foreign ministry said": a subject naming no state is the speaker's.
  const named = FIRST_PERSON.test(verb.subject?.text ?? '') ? [] : acting(subjectMentions, text);
  const actors = named.length > 0 ? named : acting(reporters, text);
  const targets = inOrder(governed, actedOn(governed, text), hosts(type, governed, text)).filter(
    (m) => !BY_BEFORE.test(lead(text, m)) && !reporters.includes(m),
  );
  return withState({ actors, targets });
}

/** "The decision to expel the Swedish diplomat was taken by the Iranian side". */
function decisionSides(
  type: EventType,
  verb: ParsedVerb,
  verbs: readonly ParsedVerb[],
  mentions: Mention[],
  text: string,
): Sides | undefined {
  const nextVerb = verbs.find((v) => v.start >= verb.end)?.start ?? text.length;
  const objectEnd = Math.min(governedEnd(text, verb.end), nextVerb);
  const agents = acting(
    mentions.filter((m) => m.start >= objectEnd && BY_BEFORE.test(lead(text, m))),
    text,
  );
  if (agents.length === 0) return undefined;
  const governed = mentions.filter((m) => m.start >= verb.end && m.end <= objectEnd);
  return withState({
    actors: agents,
    targets: inOrder(governed, actedOn(governed, text), hosts(type, governed, text)),
  });
}

/** Sides of a noun: "France's expulsion of six Russian agents", "the expulsion of six agents by France". */
function nounSides(
  trigger: Trigger,
  verbs: readonly ParsedVerb[],
  mentions: Mention[],
  text: string,
): Sides | undefined {
  const owner = mentions.filter(
    (m) => m.end <= trigger.start && POSSESSIVE_BEFORE.test(text.slice(m.end, trigger.start)),
  );
  // "The expulsion … by Albania was condemned by Tehran": the noun's phrase ends at the clause's verb.
  const verbAfter = verbs.find((v) => v.start >= trigger.end)?.start ?? text.length;
  const end = Math.min(governedEnd(text, trigger.end), verbAfter);
  const governed = mentions.filter((m) => m.start >= trigger.end && m.end <= end);
  const agents = acting(
    governed.filter((m) => BY_BEFORE.test(lead(text, m))),
    text,
  );
  const objects = OF_AFTER.test(text.slice(trigger.end))
    ? actedOn(
        governed.filter((m) => !BY_BEFORE.test(lead(text, m)) && !FROM_BEFORE.test(lead(text, m))),
        text,
      )
    : [];
  return withState({ actors: agents.length > 0 ? agents : acting(owner, text), targets: objects });
}

/** Who acts and who is acted on, read from the clause of the words that signal a measure. */
export function clauseSides(
  trigger: Trigger,
  verbs: readonly ParsedVerb[],
  mentions: Mention[],
  text: string,
): Sides | undefined {
  const verb = verbs.find((v) => trigger.start < v.end && trigger.end > v.start);
  if (verb) {
    if (!isMeasureVerb(verb, text)) return undefined;
    // "The decision to expel … was taken by the Iranian side": the one deciding acts.
    if (DECISION_TO.test(text.slice(0, verb.start)))
      return decisionSides(trigger.type, verb, verbs, mentions, text);
    // "Told Russia to cut its staff": the subject of the infinitive is an object, not the clause's subject.
    return governorOf(verb, verbs, text) ? verbSides(trigger.type, verb, verbs, mentions, text) : undefined;
  }
  if (/^[\p{L}-]+$/u.test(trigger.text) && /(?:ion|al|ure|ing)s?$/i.test(trigger.text))
    return nounSides(trigger, verbs, mentions, text);
  return undefined;
}
