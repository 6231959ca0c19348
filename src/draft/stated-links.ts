import { EventType } from '../domain/vocabulary';
import { statesOf, type DraftedEvent } from './drafted-event';
import { RETALIATION_WORDING } from './event-rules';
import type { Sentence } from './sentences';

export interface StatedLink {
  answer: DraftedEvent;
  act: DraftedEvent;
  sentence: Sentence;
  confidence: number;
  note: string;
}

const ANSWERS = new Set<EventType>([
  EventType.EXPULSION,
  EventType.SUMMONS,
  EventType.STAFF_REDUCTION,
  EventType.CONSULATE_CLOSURE,
  EventType.SANCTION,
]);
const ACTS = new Set<EventType>([...ANSWERS, EventType.ESPIONAGE, EventType.PROTEST, EventType.ATTACK]);

/** Acts a sentence tells together with the expulsion that answers them ("expelled for spying", "for joining rallies"). */
const TOLD_WITH_ITS_ANSWER = new Set<EventType>([EventType.ESPIONAGE, EventType.PROTEST]);
const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

const triggerIn = (event: DraftedEvent, sentence: Sentence) =>
  event.places.find((p) => p.sentence === sentence)?.trigger ?? 0;

/** "In response to Germany's decision to expel", "answers Berlin's expulsions": what follows is the act answered. */
function takesObject(words: RegExpExecArray, sentence: string): boolean {
  const rest = sentence.slice(words.index + words[0].length);
  return /^answer/i.test(words[0]) || /to$/i.test(words[0]) || /^\s+(?:to|for|against)\b/i.test(rest);
}

/** "In response", "symmetrical step", "tit-for-tat"...: the measure answers the other side's act. */
export function findStatedLinks(events: DraftedEvent[], sentences: Sentence[]): StatedLink[] {
  const links: StatedLink[] = [];
  for (const sentence of sentences) {
    const words = RETALIATION_WORDING.exec(sentence.text);
    const inSentence = events.filter((e) => e.places.some((p) => p.sentence === sentence));
    const actAnswered =
      !words &&
      inSentence.some((e) => e.type === EventType.EXPULSION) &&
      inSentence.some((e) => TOLD_WITH_ITS_ANSWER.has(e.type));
    if (!words && !actAnswered) continue;
    const answeredHere = (event: DraftedEvent) =>
      words !== null && takesObject(words, sentence.text) && triggerIn(event, sentence) > words.index;
    for (const answer of inSentence.filter((e) => ANSWERS.has(e.type) && !answeredHere(e))) {
      const answerer = statesOf(answer.actors);
      const answered = statesOf(answer.targets);
      const ordered = [
        ...inSentence.filter(answeredHere),
        ...inSentence.filter((e) => !answeredHere(e)),
        ...events.filter((e) => !inSentence.includes(e)),
      ];
      const candidates = ordered.filter(
        (act) =>
          act !== answer &&
          ACTS.has(act.type) &&
          (TOLD_WITH_ITS_ANSWER.has(act.type)
            ? overlaps(statesOf(act.actors), answered) || statesOf(act.actors).size === 0
            : overlaps(statesOf(act.actors), answered) && overlaps(statesOf(act.targets), answerer)) &&
          (actAnswered ? TOLD_WITH_ITS_ANSWER.has(act.type) : true),
      );
      const act = candidates[0];
      if (
        !act ||
        links.some((l) => l.answer === answer && l.act === act) ||
        links.some((l) => l.answer === act && l.act === answer)
      )
        continue;
      links.push({
        answer,
        act,
        sentence,
        confidence: words ? 0.9 : 0.7,
        note: words
          ? `the source says "${words[0]}"`
          : `the sentence ties the expulsion to the ${act.type.toLowerCase()}`,
      });
    }
  }
  return links;
}
