import type { EventType, ExpulsionForm } from '../domain/vocabulary';
import type { CountedGroup } from './counts';
import type { Mention } from './mentions';
import type { StatedDate } from './resolve-dates';
import type { Sentence } from './sentences';

/** Where a drafted fact comes from: the sentence, and the reader comment holding it, if any. */
export interface Place {
  sentence: Sentence;
  part?: string;
  /** Where in the sentence the words that signal the event start. */
  trigger?: number;
}

/** What one value rests on, with how sure the rule is and what it guessed. */
export interface Evidence<T> {
  value: T;
  place: Place;
  confidence: number;
  note?: string;
}

export interface DraftedEvent {
  type: EventType;
  trigger: string;
  places: Place[];
  actors: Array<Evidence<Mention>>;
  targets: Array<Evidence<Mention>>;
  group?: Evidence<CountedGroup>;
  date?: Evidence<StatedDate>;
  form?: Evidence<ExpulsionForm>;
  reason?: Evidence<string>;
  secret?: Evidence<boolean>;
  confidence: number;
  notes: string[];
  /** "Both countries", "the two sides": the states of the measure the article is about. */
  bothSides?: boolean;
  /** A statement read from a bare "said": dropped when it only explains its speaker's own measure. */
  reportsOnly?: boolean;
  /** "Lowered relations… and told the ambassador to leave": an act told as the frame of a measure of this type. */
  carriedOutBy?: readonly EventType[];
}

/** The states on one side of an event. */
export function statesOf(side: Array<Evidence<Mention>>): Set<string> {
  return new Set(side.flatMap((evidence) => (evidence.value.state ? [evidence.value.state] : [])));
}
