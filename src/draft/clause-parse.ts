import nlp from 'compromise';

/** A stretch of a sentence, by character offsets. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A verb phrase of a sentence, as compromise parses its clause. */
export interface ParsedVerb extends Span {
  /** The infinitive, whatever the tense: "expel" for "had been expelling". */
  lemma: string;
  passive: boolean;
  negative: boolean;
  /** The auxiliaries before the verb ("will", "could have", "has been"). */
  auxiliary: string;
  subject?: Span;
}

interface VerbJson {
  text: string;
  offset: { start: number; length: number };
  verb?: {
    infinitive?: string;
    negative?: boolean;
    auxiliary?: string;
    grammar?: { passive?: boolean };
  };
}
interface TermJson {
  text: string;
  offset: { start: number; length: number };
}

/** "Were also expelled": compromise reads the passive only when nothing stands between its words. */
const PASSIVE =
  /\b(?:be|been|being|is|are|was|were)\s+(?:(?:\p{Ll}+ly|not|also|still|now|already|just|then|all|both|each|soon)\s+)*(?:\p{Ll}+(?:ed|en|wn)|shut|cut|put|sent|told|brought|thrown)\b/u;

/** A compromise span given without its surrounding punctuation and leading conjunction. */
function span(sentence: string, found: TermJson): Span {
  let start = found.offset.start;
  let end = start + found.offset.length;
  while (end > start && /[\s,.;:!?"”’)]/.test(sentence[end - 1] ?? '')) end--;
  const lead = /^(?:and|but|or|then)\s+/i.exec(sentence.slice(start, end));
  if (lead) start += lead[0].length;
  return { start, end, text: sentence.slice(start, end) };
}

/** The verb phrases of a sentence with their lemma, voice, negation and subject. */
export function parseVerbs(sentence: string): ParsedVerb[] {
  const verbs: ParsedVerb[] = [];
  nlp(sentence)
    .verbs()
    .forEach((view) => {
      const found = (view.json({ offset: true }) as VerbJson[])[0];
      if (!found?.verb?.infinitive) return;
      const subjects = (view as unknown as { subjects: () => { json: (o: object) => unknown } }).subjects();
      const subject = (subjects.json({ offset: true }) as TermJson[])[0];
      verbs.push({
        ...span(sentence, found),
        lemma: found.verb.infinitive.toLowerCase(),
        passive: Boolean(found.verb.grammar?.passive) || PASSIVE.test(found.text),
        negative: Boolean(found.verb.negative),
        auxiliary: (found.verb.auxiliary ?? '').toLowerCase(),
        subject: subject ? span(sentence, subject) : undefined,
      });
    });
  return verbs;
}
