import { findMentions, type DraftOrganization } from './mentions';
import type { Sentence } from './sentences';

export interface Citation {
  outlet: DraftOrganization;
  quote: string;
}

const CITING =
  /\b(?:according to|reported by|reports?|reported|citing|became known to|learned|adds|told|quoted|cited|said in)\b/i;

/** "Les Echos reports", "according to Kommersant": the outlets the article relays, once each. */
export function findCitations(sentences: Sentence[]): Citation[] {
  const found = new Map<string, Citation>();
  for (const sentence of sentences) {
    if (!CITING.test(sentence.text)) continue;
    for (const mention of findMentions(sentence.text)) {
      const outlet = mention.organization;
      if (outlet?.kind === 'OUTLET' && !found.has(outlet.id))
        found.set(outlet.id, { outlet, quote: sentence.text });
    }
  }
  return [...found.values()];
}
