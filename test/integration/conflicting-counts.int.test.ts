import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningApplication } from '../../src/application';
import { toPlain } from '../../src/db/to-plain';
import { conflictingCountClaims, readConflictingCounts } from '../../src/history/conflicting-counts';
import { HistoryImportService } from '../../src/history/history-import.service';
import { HistoryRepository } from '../../src/history/history.repository';
import { loadConflictingCounts } from '../../src/history/load-conflicting-counts';
import { createLogger } from '../../src/logger';
import { postGraphQL, startTestApplication } from '../support/test-application';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROWS = [
  {
    id: 'test-2022-04-01-de-expels-4-french',
    date: '2022-04-01',
    actor: 'DE',
    target: 'FR',
    measure: 'expulsion',
    count: '4',
    responds_to: '',
    source_url: 'https://news.example/de-expels-four',
    notes: 'Four diplomats told to leave.',
  },
  {
    id: 'test-2022-04-05-fr-expels-4-german',
    date: '2022-04-05',
    actor: 'FR',
    target: 'DE',
    measure: 'expulsion',
    count: '4',
    responds_to: '',
    source_url: 'https://news.example/fr-expels-four',
    notes: 'Expels four German diplomats in retaliation.',
  },
];

const HEADER = 'row_id,count,source_url,note';
const SIX =
  'test-2022-04-05-fr-expels-4-german,6,https://wire.example/six,The wire counts six with two spouses';
const NONE = 'test-2022-04-01-de-expels-4-french,,https://wire.example/none,Says several without a number';
const SQUATTED =
  'test-2022-04-05-fr-expels-4-german,5,https://wire.example/squat,A report id taken by something else';
const UNKNOWN_ROW = 'test-not-in-the-graph,3,https://wire.example/other,Names a measure not loaded';

describe('conflicting counts of a history table as claims', () => {
  let app: RunningApplication;
  const folder = mkdtempSync(path.join(tmpdir(), 'riposte-counts-'));
  const logger = createLogger('silent');

  const file = (lines: string[]) => {
    const name = path.join(folder, `counts-${lines.length}-${Date.now()}.csv`);
    writeFileSync(name, [HEADER, ...lines].join('\n'));
    return name;
  };
  const data = async (query: string): Promise<Json> => {
    const { body } = await postGraphQL(app, { query });
    expect(body.errors).toBeUndefined();
    return body.data as Json;
  };
  const answer = () =>
    data(`{ event(id: "event:test-2022-04-05-fr-expels-4-german") {
      count claims { id property value quote note source { url } } corroboration { sources independentOrigins } } }`);

  beforeAll(async () => {
    app = await startTestApplication({ SEED_ON_EMPTY: 'false' });
    const imported = await new HistoryImportService(new HistoryRepository(app.executor)).import(ROWS);
    expect(imported.rejected).toBe(0);
  });

  afterAll(() => app.stop());

  it('adds a claim per figure, beside the table count, for the measures in the graph only', async () => {
    await expect(loadConflictingCounts(app.executor, logger, file([SIX, NONE, UNKNOWN_ROW]))).resolves.toBe(
      2,
    );
    const { event } = await answer();
    expect(event.count).toBe(4);
    expect(event.claims).toEqual([
      {
        id: expect.stringMatching(/^claim:/),
        property: 'count',
        value: '6',
        quote: null,
        note: 'The wire counts six with two spouses',
        source: { url: 'https://wire.example/six' },
      },
    ]);
    expect(event.corroboration).toEqual({ sources: 2, independentOrigins: 2 });
    const { records } = await app.executor.read({
      name: 'not loaded',
      text: "MATCH (n:Node) WHERE n.url = 'https://wire.example/other' OR n.id = 'event:test-not-in-the-graph' RETURN count(n) AS n",
    });
    expect(toPlain(records[0]!.get('n'))).toBe(0);
  });

  it('changes nothing when run again, and lets the answer keep its wording for the inference', async () => {
    const before = await answer();
    await loadConflictingCounts(app.executor, logger, file([SIX, NONE, UNKNOWN_ROW]));
    expect(await answer()).toEqual(before);
    const { body } = await postGraphQL(
      app,
      {
        query: `mutation { inferRetaliation(answerIds: ["event:test-2022-04-05-fr-expels-4-german"]) {
          proposals(first: 50) { from { id } to { id } reasons } } }`,
      },
      { as: 'editor' },
    );
    expect(body.errors).toBeUndefined();
    const proposal = (body.data as Json).inferRetaliation.proposals.find(
      (found: Json) => found.from.id === 'event:test-2022-04-05-fr-expels-4-german',
    );
    expect(proposal.reasons).toEqual(
      expect.arrayContaining([expect.stringMatching(/sources say "in retaliation"/)]),
    );
  });

  it('takes out a figure no longer listed, and leaves an id that names something else alone', async () => {
    await expect(loadConflictingCounts(app.executor, logger, file([NONE]))).resolves.toBe(1);
    expect((await answer()).event.claims).toEqual([]);

    const [squatted] = conflictingCountClaims(readConflictingCounts(file([SQUATTED]))).claims;
    await app.executor.write(
      { name: 'squat', text: 'CREATE (:Node:Organization {id: $id, name: "Not a report"})' },
      { id: squatted!.reportId },
    );
    await expect(loadConflictingCounts(app.executor, logger, file([SQUATTED, NONE]))).resolves.toBe(1);
    expect((await answer()).event.claims).toEqual([]);
    const { records } = await app.executor.read(
      { name: 'squatter', text: 'MATCH (n:Node {id: $id}) RETURN labels(n) AS labels, n.name AS name' },
      { id: squatted!.reportId },
    );
    expect([records[0]!.get('labels'), records[0]!.get('name')]).toEqual([
      ['Node', 'Organization'],
      'Not a report',
    ]);
  });
});
