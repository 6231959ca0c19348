import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftReport } from '../../src/draft/draft-report';
import { checkReportDocument } from '../../src/report/validate-report';
import { fromProjectRoot } from '../../src/project-root';
import {
  addScores,
  comparedEvent,
  quotesOverlap,
  sameEvent,
  score,
  type ComparedEvent,
  type Score,
} from '../support/draft-scoring';
import { causeTotals, failuresOf, showEvent, type Failure } from '../support/draft-failures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/*
 * The articles and how their expected drafts were made: test/fixtures/articles/README.md. The rules
 * are written from the seeds and the development folder only; the held-out folder is measured, never
 * read for mistakes.
 */

const ARTICLES = fromProjectRoot('test/fixtures/articles');
/** Publication days given to the seed articles (the seed reports give 2021-02~ and 2021-02~/2021-03-08 for the last two). */
const SEEDS: Record<string, string> = {
  '000_6a8349969b126fb9': '2022-04-11',
  '002_d7bf902431b08c60': '2021-03-08',
  '004_41dc4216d638d620': '2021-02-28',
};

const show = (s: Score) =>
  `recall ${s.recall.toFixed(2)} (${s.found}/${s.expected}), precision ${s.precision.toFixed(2)} (${s.right}/${s.drafted})`;

/** Each article's score; with `explain`, its failures by cause too (never for the held-out folder). */
function scoreFolder(
  folder: string,
  explain = false,
): { events: Score; lines: string[]; failures: Failure[] } {
  const dir = join(ARTICLES, folder);
  const scores: Score[] = [];
  const lines: string[] = [];
  const failures: Failure[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const expected = JSON.parse(
      readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
    ) as Json;
    const draft = draftReport(readFileSync(join(dir, file), 'utf8'), { published: expected['published'] });
    const drafted = draft.events.map(comparedEvent);
    const events = score<ComparedEvent, ComparedEvent>(expected['events'], drafted, sameEvent);
    scores.push(events);
    lines.push(`${folder}/${file}: ${show(events)}`);
    if (!explain) continue;
    const found = failuresOf(expected['events'], drafted, draft.events, draft.claims);
    failures.push(...found);
    for (const f of found)
      lines.push(`  ${f.cause}: ${showEvent(f.event)}${f.quote ? ` « ${f.quote.slice(0, 160)} »` : ''}`);
  }
  return { events: addScores(scores), lines, failures };
}

describe('drafts from articles, measured', () => {
  it('drafts the three seed articles close to the hand-made seed reports, and each draft passes the report check', async () => {
    const events: Score[] = [];
    const claims: Score[] = [];
    for (const [name, published] of Object.entries(SEEDS)) {
      const text = readFileSync(join(ARTICLES, 'seeds', `${name}.txt`), 'utf8');
      const seed = JSON.parse(readFileSync(fromProjectRoot(`seeds/${name}.json`), 'utf8')) as Json;
      const draft = draftReport(text, { published });
      const check = await checkReportDocument(draft);
      expect(check.problems).toEqual([]);
      for (const event of draft.events) expect(event['title']).not.toMatch(/\b(?:by|against) [A-Z]{2}\b/);
      events.push(
        score<Json, Json>(seed['events'], draft.events, (e, d) =>
          sameEvent(comparedEvent(e), comparedEvent(d)),
        ),
      );
      claims.push(
        score<Json, Json>(seed['claims'], draft.claims, (e, d) => quotesOverlap(e['quote'], d['quote'])),
      );
    }
    const eventTotal = addScores(events);
    const claimTotal = addScores(claims);
    console.log(
      `seeds, events: ${show(eventTotal)}\nseeds, claims: ${show(claimTotal)}\n` +
        events.map((s, i) => `  ${Object.keys(SEEDS)[i]}: ${show(s)}`).join('\n'),
    );
    expect(eventTotal.recall).toBeGreaterThanOrEqual(FLOORS.seedEventRecall);
    expect(eventTotal.precision).toBeGreaterThanOrEqual(FLOORS.seedEventPrecision);
    expect(claimTotal.recall).toBeGreaterThanOrEqual(FLOORS.seedClaimRecall);
    expect(claimTotal.precision).toBeGreaterThanOrEqual(FLOORS.seedClaimPrecision);
  });

  it('drafts the development articles (the rules were written from these)', () => {
    const { events, lines, failures } = scoreFolder('development', true);
    console.log(
      `development, events: ${show(events)}\n${causeTotals(failures).join('\n')}\n${lines.join('\n')}`,
    );
    expect(events.recall).toBeGreaterThanOrEqual(FLOORS.developmentRecall);
    expect(events.precision).toBeGreaterThanOrEqual(FLOORS.developmentPrecision);
  });

  it('drafts the held-out articles (never read while writing the rules)', () => {
    // The total only: a per-article line would point at the articles to fit.
    const { events } = scoreFolder('held-out');
    console.log(`held-out, events: ${show(events)}`);
    expect(events.recall).toBeGreaterThanOrEqual(FLOORS.heldOutRecall);
    expect(events.precision).toBeGreaterThanOrEqual(FLOORS.heldOutPrecision);
  });
});

/** Floors at the figures measured, rounded down (README, "Drafts from articles"): a drop fails the test. */
const FLOORS = {
  seedEventRecall: 1,
  seedEventPrecision: 1,
  seedClaimRecall: 0.9,
  seedClaimPrecision: 0.98,
  // development (31 articles) with the clause parse beside the wordings: 156 of 190 events found, 163 of
  // 171 drafted right (the same as after the third review).
  developmentRecall: 0.82,
  developmentPrecision: 0.95,
  // held-out (27 articles), read as a total only, with the clause parse: 91 of 165 found, 96 of 131 right.
  // held-out/22–27 were written after the rules and the parse, and scored without changing either.
  heldOutRecall: 0.55,
  heldOutPrecision: 0.73,
};
