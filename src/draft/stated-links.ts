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

const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** "In response", "symmetrical step", "tit-for-tat"...: the measure answers the other side's act. */
export function findStatedLinks(events: DraftedEvent[], sentences: Sentence[]): StatedLink[] {
  const links: StatedLink[] = [];
  for (const sentence of sentences) {
    const words = RETALIATION_WORDING.exec(sentence.text);
    const inSentence = events.filter((e) => e.places.some((p) => p.sentence === sentence));
    const espionageAnswered =
      !words &&
      inSentence.some((e) => e.type === EventType.EXPULSION) &&
      inSentence.some((e) => e.type === EventType.ESPIONAGE);
    if (!words && !espionageAnswered) continue;
    for (const answer of inSentence.filter((e) => ANSWERS.has(e.type))) {
      const answerer = statesOf(answer.actors);
      const answered = statesOf(answer.targets);
      const candidates = [...inSentence, ...events.filter((e) => !inSentence.includes(e))].filter(
        (act) =>
          act !== answer &&
          ACTS.has(act.type) &&
          (act.type === EventType.ESPIONAGE
            ? overlaps(statesOf(act.actors), answered) || statesOf(act.actors).size === 0
            : overlaps(statesOf(act.actors), answered) && overlaps(statesOf(act.targets), answerer)) &&
          (espionageAnswered ? act.type === EventType.ESPIONAGE : true),
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
        note: words ? `the source says "${words[0]}"` : 'the sentence ties the expulsion to the espionage',
      });
    }
  }
  return links;
}
