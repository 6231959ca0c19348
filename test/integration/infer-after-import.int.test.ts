import type { Driver } from 'neo4j-driver';
import type { RunningApplication } from '../../src/application';
import { toPlain } from '../../src/db/to-plain';
import { HistoryImportService } from '../../src/history/history-import.service';
import { HistoryRepository } from '../../src/history/history.repository';
import { importThenInfer } from '../../src/history/infer-after-import';
import { InferenceRepository } from '../../src/inference/inference.repository';
import { InferenceService } from '../../src/inference/inference.service';
import { withApplicationAndDriver } from '../support/application-and-driver';

/** The inference pairs (answer, act) stored among the measures whose ids start with the prefix. */
const PROPOSALS = `
MATCH (answer:Event)-[p:INFERRED_RETALIATION]->(act:Event)
WHERE answer.id STARTS WITH $prefix OR act.id STARTS WITH $prefix
RETURN answer.id AS answer, act.id AS act, p.status AS status
ORDER BY answer, act`;

jest.setTimeout(300_000);

const row = (id: string, date: string, actor: string, target: string) => ({
  id,
  date,
  actor,
  target,
  measure: 'expulsion',
  count: '4',
  responds_to: '',
  source_url: `https://example.org/${id}`,
  notes: '',
});

describe('the inference after an import (npm run import)', () => {
  let app: RunningApplication;
  let driver: Driver;
  withApplicationAndDriver(
    (started) => {
      ({ app, driver } = started);
    },
    { SEED_ON_EMPTY: 'false' },
  );
  const importer = () => new HistoryImportService(new HistoryRepository(app.executor));
  const inference = () =>
    new InferenceService(new InferenceRepository(app.executor), { windowDays: 90, minScore: 0.45 }, null);

  const proposals = async (prefix: string) => {
    const { records } = await driver.executeQuery(PROPOSALS, { prefix: `event:${prefix}` });
    return records.map((record) => toPlain(record.toObject()));
  };

  it('proposes the answer between two measures it imported, and nothing when the same table comes again', async () => {
    const table = [row('tfa-1', '2024-03-01', 'FR', 'RU'), row('tfa-2', '2024-03-05', 'RU', 'FR')];
    const first = await importThenInfer(importer(), table, { inference: inference() });
    expect(first).toMatchObject({ created: 2, rejected: 0 });
    expect(first.inference).toMatchObject({ answersExamined: 2, proposed: 1 });
    expect(await proposals('tfa-')).toEqual([
      { answer: 'event:tfa-2', act: 'event:tfa-1', status: 'PROPOSED' },
    ]);

    const again = await importThenInfer(importer(), table, { inference: inference() });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(again.inference).toMatchObject({ answersExamined: 0, proposed: 0 });
    expect(await proposals('tfa-')).toHaveLength(1);
  });

  it('examines a changed measure again, and a stored measure that may answer an imported act', async () => {
    // The answer is stored first, without inference; the act comes later in another table.
    const answer = row('tfb-2', '2024-05-10', 'RU', 'DE');
    const skipped = await importThenInfer(importer(), [answer], { inference: null });
    expect(skipped.inference).toBeUndefined();
    expect(await proposals('tfb-')).toEqual([]);

    const act = await importThenInfer(importer(), [row('tfb-1', '2024-05-06', 'DE', 'RU')], {
      inference: inference(),
    });
    expect(act.inference).toMatchObject({ answersExamined: 2, proposed: 1 });
    expect(await proposals('tfb-')).toEqual([
      { answer: 'event:tfb-2', act: 'event:tfb-1', status: 'PROPOSED' },
    ]);

    // A measure beyond the window of the stored ones: examined alone, with no candidate.
    const late = await importThenInfer(importer(), [row('tfb-3', '2025-01-10', 'DE', 'RU')], {
      inference: inference(),
    });
    expect(late.inference).toMatchObject({ answersExamined: 1, proposed: 0 });

    // A changed row is examined again (here it has nothing new to propose: its pair is proposed).
    const changed = await importThenInfer(importer(), [{ ...answer, count: '5' }], {
      inference: inference(),
    });
    expect(changed).toMatchObject({ updated: 1 });
    expect(changed.inference).toMatchObject({ answersExamined: 1, proposed: 0 });
  });

  it('proposes nothing without the inference', async () => {
    const table = [row('tfc-1', '2024-07-01', 'LT', 'BY'), row('tfc-2', '2024-07-03', 'BY', 'LT')];
    const summary = await importThenInfer(importer(), table, { inference: null });
    expect(summary).toMatchObject({ created: 2 });
    expect(summary.inference).toBeUndefined();
    expect(await proposals('tfc-')).toEqual([]);
  });

  it('writes nothing and infers nothing from a table with a bad row', async () => {
    const table = [
      row('tfd-1', '2024-09-01', 'EE', 'RU'),
      row('tfd-2', '2024-09-04', 'RU', 'EE'),
      row('tfd-3', '2024-09-05', 'Narnia', 'EE'),
    ];
    const summary = await importThenInfer(importer(), table, { inference: inference() });
    expect(summary).toMatchObject({ created: 0, rejected: 3 });
    expect(summary.problems[0]).toMatchObject({ path: 'row 3.actor' });
    expect(summary.inference).toMatchObject({ answersExamined: 0, proposed: 0 });
    const { records } = await driver.executeQuery(
      'MATCH (e:Event) WHERE e.id STARTS WITH $prefix RETURN count(e) AS n',
      { prefix: 'event:tfd-' },
    );
    expect(toPlain(records[0]!.get('n'))).toBe(0);
    expect(await proposals('tfd-')).toEqual([]);
  });
});
