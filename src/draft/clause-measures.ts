import { EventType } from '../domain/vocabulary';
import type { ParsedVerb } from './clause-parse';
import type { Trigger } from './event-sides';
import words from './measure-words.json';

interface MeasureWord {
  type: string;
  /** The kind of object the word needs to be this measure ("recall its ambassador", not "recall the talks"). */
  object?: string;
  /** The words after the object the verb needs ("declare … persona non grata"). */
  complement?: string;
}

/** A verb's lemma and the measure it names; a verb ordering a measure names it by its complement ("ordered closed"). */
const VERBS: Readonly<Record<string, MeasureWord | MeasureWord[]>> = words.verbs;
const wordsOf = (lemma: string): MeasureWord[] => [VERBS[lemma] ?? []].flat();
const NOUNS: Readonly<Record<string, MeasureWord>> = words.nouns;
const OBJECTS: Readonly<Record<string, string>> = words.objects;
const UNREAL = new RegExp(`\\b(?:${words.unreal.join('|')})\\b`, 'i');
const NOUN_WORDS = new RegExp(
  String.raw`\b(${Object.keys(NOUNS).join('|')})s?\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:talks|order|decision|measure|sanctions|troops|forces|relations))`,
  'gi',
);
/** Where the words a verb governs end: a new clause, a reason or a time clause. */
const OBJECT_END =
  /[;:]|,\s+(?:and|but|while|which|who|after|as|saying|answering|reacting|a|an)\b|\b(?:(?:response|reply|answer|reaction|retaliation) to)\b|\b(?:after|before|while|when|because|following|since|over|citing|in (?:response|retaliation|reply|return)|which|who|whom|whose|said|says|announced)\b/i;

/** A measure recognised by the lemma of its verb or noun, in any tense or voice. */
export interface ClauseMeasure extends Trigger {
  verb?: ParsedVerb;
  /** False when negated or only possible: "did not expel", "could recall". */
  happened: boolean;
}

const UNREAL_GOVERNORS = new Set(words.unrealGovernors);
/** "Neither Sweden nor Norway has expelled", "no state expelled": a subject that denies the act. */
const DENYING_SUBJECT = /^(?:neither|no|none|nobody|not one)\b(?!\s+(?:longer|sooner|doubt|later)\b)/i;
const BE_TO = /\b(?:is|are|was|were|be|am)\s+(?:\p{Ll}+ly\s+)?to\s+$/iu;
const TO_BEFORE = /\bto\s+$/i;

/** Whether a verb's lemma names a measure of the list. */
export const isMeasureVerb = (verb: ParsedVerb, text: string) =>
  wordsOf(verb.lemma).some((w) => fits(w, text, verb.end, verb.passive, verb.start));

/**
 * The verb an infinitive depends on when its subject is that verb's own ("decided to expel"); none
 * for one whose subject is the object before it ("told Russia to cut"); `self` for a finite verb or "is to close".
 */
export function governorOf(
  verb: ParsedVerb,
  verbs: readonly ParsedVerb[],
  text: string,
): ParsedVerb | 'self' | undefined {
  const before = text.slice(0, verb.start);
  if (!TO_BEFORE.test(before) || BE_TO.test(before)) return 'self';
  return verbs.find(
    (v) => v.end <= verb.start && /^\s+(?:\p{Ll}+ly\s+)?to\s+$/u.test(text.slice(v.end, verb.start)),
  );
}

/** Whether the parse says a measure verb did not happen: negated, only possible, or under a verb that does not act. */
function unreal(verb: ParsedVerb, verbs: readonly ParsedVerb[], text: string): boolean {
  const before = text.slice(0, verb.start);
  const clause = before.slice(Math.max(...[...before.matchAll(/[,;:]/g)].map((m) => (m.index ?? 0) + 1), 0));
  if (verb.negative || UNREAL.test(verb.auxiliary) || DENYING_SUBJECT.test(clause.trim())) return true;
  if (!TO_BEFORE.test(before)) return false;
  if (/\bwhether\s+(?:or not\s+)?to\s+$/i.test(before)) return true;
  const governor = governorOf(verb, verbs, text);
  if (!governor || governor === 'self') return false;
  // "Has not yet decided to expel": compromise may part the negated auxiliary from its verb.
  const negated = verbs.some((v) => v.negative && v.end <= governor.end && governor.start - v.end < 12);
  return (
    negated || governor.negative || UNREAL.test(governor.auxiliary) || UNREAL_GOVERNORS.has(governor.lemma)
  );
}

const typeOf = (word: MeasureWord) => EventType[word.type as keyof typeof EventType];

/** The stretch a verb or noun governs, from its end to the first clause break. */
export function governedEnd(text: string, from: number): number {
  const found = OBJECT_END.exec(text.slice(from));
  return found ? from + found.index : text.length;
}

function fits(word: MeasureWord, text: string, end: number, passive = false, start = end): boolean {
  // "Its ambassador was recalled": the passive's object is its subject.
  const after = text.slice(end, governedEnd(text, end));
  const governed = passive ? text.slice(Math.max(0, start - 80), start) : after;
  if (word.object && !new RegExp(`\\b(?:${OBJECTS[word.object]})`, 'u').test(governed)) return false;
  return !word.complement || new RegExp(`^\\s*(?:\\S+\\s+){0,12}?(?:${word.complement})\\b`, 'i').test(after);
}

/** The measures of a sentence by the lemma of their verbs and nouns. */
export function measuresOf(text: string, verbs: readonly ParsedVerb[]): ClauseMeasure[] {
  const found: ClauseMeasure[] = [];
  for (const verb of verbs) {
    const word = wordsOf(verb.lemma).find((w) => fits(w, text, verb.end, verb.passive, verb.start));
    if (!word) continue;
    const type = typeOf(word);
    if (!type) continue;
    found.push({
      type,
      start: verb.start,
      end: verb.end,
      text: verb.text,
      verb,
      happened: !unreal(verb, verbs, text),
    });
  }
  for (const match of text.matchAll(NOUN_WORDS)) {
    const word = NOUNS[(match[1] ?? '').toLowerCase()];
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (!word || !fits(word, text, end) || found.some((f) => start < f.end && end > f.start)) continue;
    const type = typeOf(word);
    if (type) found.push({ type, start, end, text: match[0], happened: true });
  }
  return found.sort((a, b) => a.start - b.start);
}
