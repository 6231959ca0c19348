import { findMentions, type Mention } from './mentions';
import type { Sentence } from './sentences';

/** "We call on Minsk", "our diplomats": first person outside quotation marks. */
const FIRST_PERSON = /\b(?:we|our|us)\b/i;
const QUOTED = /["“«][^"”»]*["”»]/g;
/** The organ opens the sentence: "The Ministry … announces", "Statement of the Ministry …". */
const OPENING =
  /^(?:(?:the\s+)?(?:statement|communiqu[eé]|press release|announcement|comment|information|note)\s+(?:of|by|from)\s+)?(?:the\s+)?$/i;
/** How many opening sentences may name the one who speaks ("The Ministry … announces the following"). */
const HEADER_SENTENCES = 3;

/**
 * The state that speaks in an article written in the first person (a ministry's statement): the
 * ministry or government that opens one of its first sentences. None for reported news, and none for
 * an outlet's own "we remind you".
 */
export function articleAuthor(sentences: readonly Sentence[]): Mention | undefined {
  const speaksInFirstPerson = sentences.some((sentence) =>
    FIRST_PERSON.test(sentence.text.replace(QUOTED, '')),
  );
  if (!speaksInFirstPerson) return undefined;
  for (const sentence of sentences.slice(0, HEADER_SENTENCES)) {
    const author = findMentions(sentence.text).find(
      (m) =>
        m.state &&
        m.organization &&
        ['MINISTRY', 'GOVERNMENT'].includes(m.organization.kind) &&
        OPENING.test(sentence.text.slice(0, m.start)),
    );
    if (author) return author;
  }
  return undefined;
}
