import { InvalidInputError } from '../domain/errors';
import { splitArticle } from './article-parts';
import { assembleReport, type DraftDocument } from './assemble-report';
import { articleAuthor } from './article-author';
import { fillSidesFromContext } from './context-sides';
import { findCitations } from './citations';
import { attachFollowUps } from './follow-ups';
import { readListItems } from './list-items';
import { resolveRelativeDays } from './relative-days';
import { withoutOwnExplanations } from './own-explanations';
import { extractBySection } from './section-days';
import { dropUnconfirmedStates } from './shared-aliases';
import type { DraftedEvent, Place } from './drafted-event';
import { DRAFT_TEXT_MAX_LENGTH, type DraftOptions } from './draft-options';
import { extractEvents } from './extract-events';
import { mergeEvents } from './merge-events';
import { splitSentences } from './sentences';
import { findStatedLinks } from './stated-links';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATELINE =
  /\b(?:published|posted|updated)?\s*(?:on\s+)?(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})/;

function statedPublication(text: string): string | undefined {
  const head = text.slice(0, 600);
  const match = DATELINE.exec(head);
  if (!match?.[1]) return undefined;
  const date = new Date(`${match[1]} 12:00 UTC`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/**
 * A draft report (riposte.report v1) of an article's plain text: its events, with every value and
 * its sentence, for a reviewer to correct before anything is ingested. Pure: reads nothing, writes nothing.
 */
export function draftReport(text: string, options: DraftOptions = {}): DraftDocument {
  if (text.trim().length === 0)
    throw new InvalidInputError([{ path: 'text', message: 'the article is empty' }]);
  if (text.length > DRAFT_TEXT_MAX_LENGTH)
    throw new InvalidInputError([
      {
        path: 'text',
        message: `an article has at most ${DRAFT_TEXT_MAX_LENGTH} characters (this one has ${text.length})`,
      },
    ]);
  const published = options.published ?? statedPublication(text);
  if (!published)
    throw new InvalidInputError([
      {
        path: 'published',
        message: 'the publication date (YYYY-MM-DD) is required: the text does not state it',
      },
    ]);
  if (!ISO_DAY.test(published) || Number.isNaN(Date.parse(published)))
    throw new InvalidInputError([{ path: 'published', message: `"${published}" is not a YYYY-MM-DD day` }]);

  const { body, comments } = splitArticle(text);
  const sentences = splitSentences(body);
  const places: Place[] = sentences.map((sentence) => ({ sentence }));
  const commentPlaces = comments.flatMap((comment, i) =>
    splitSentences(comment.text, comment.start).map((sentence) => ({ sentence, part: `#comment-${i + 1}` })),
  );
  const extracted: DraftedEvent[] = [
    ...readListItems(places, extractBySection(places, published, extractEvents)),
    ...commentPlaces.flatMap((place) => extractEvents(place, published)),
  ];
  dropUnconfirmedStates(extracted, sentences);
  resolveRelativeDays(extracted, published);
  attachFollowUps(extracted);
  const merged = mergeEvents(extracted);
  fillSidesFromContext(merged, articleAuthor(sentences));
  for (const event of merged) {
    // A state never acts on itself: a side read twice keeps its place among the actors.
    const acting = new Set(event.actors.flatMap((a) => (a.value.state ? [a.value.state] : [])));
    event.targets = event.targets.filter((t) => !t.value.state || !acting.has(t.value.state));
  }
  // A report event needs an actor or a target: one with neither cannot be drafted.
  const events = withoutOwnExplanations(merged).filter(
    (event) => event.actors.length + event.targets.length > 0,
  );
  for (const event of events) {
    if (!event.date) event.notes.push('no date stated: the publication date is its latest bound');
  }
  const links = findStatedLinks(events, sentences);
  return assembleReport({
    text,
    options: { ...options, published },
    title: options.title ?? sentences[0]?.text ?? 'Untitled article',
    events,
    links,
    citations: findCitations(sentences),
    comments,
  });
}
