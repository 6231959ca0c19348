import type { DraftedEvent, Evidence } from './drafted-event';
import { ORGANIZATIONS } from './gazetteer';
import { findMentions, type Mention } from './mentions';
import type { Sentence } from './sentences';

const SHARED = new Set(ORGANIZATIONS.flatMap((organization) => organization.sharedAliases ?? []));

/**
 * "The Iranian charge d'affaires was summoned to the Foreign Office" in a story about Germany: a name
 * several states' bodies bear stands for the gazetteer's state only when the article names that
 * state otherwise; else the body keeps no state, and the sides are completed from the article.
 */
export function dropUnconfirmedStates(events: DraftedEvent[], sentences: Sentence[]): void {
  if (SHARED.size === 0) return;
  const named = new Set(
    sentences.flatMap((sentence) =>
      findMentions(sentence.text)
        .filter((m) => m.state && !SHARED.has(m.text))
        .map((m) => m.state!),
    ),
  );
  const unconfirmed = (evidence: Evidence<Mention>) =>
    SHARED.has(evidence.value.text) && evidence.value.state !== undefined && !named.has(evidence.value.state);
  const stateless = (evidence: Evidence<Mention>): Evidence<Mention> =>
    unconfirmed(evidence)
      ? {
          ...evidence,
          value: {
            ...evidence.value,
            state: undefined,
            organization: evidence.value.organization && {
              ...evidence.value.organization,
              id: `org:${evidence.value.text.toLowerCase().replace(/[^a-z]+/g, '-')}`,
              name: evidence.value.text,
              state: undefined,
            },
          },
          note: `"${evidence.value.text}" names the body of no particular state here: the article names no other sign of state:${evidence.value.state}`,
        }
      : evidence;
  for (const event of events) {
    event.actors = event.actors.map(stateless);
    event.targets = event.targets.map(stateless);
  }
}
