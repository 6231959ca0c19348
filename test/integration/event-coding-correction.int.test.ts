import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../src/db/executor';
import { EventType } from '../../src/domain/vocabulary';
import { EditRepository } from '../../src/editing/edit.repository';
import { setUpGraph } from '../../src/graph-schema/set-up-graph';
import { createLogger } from '../../src/logger';
import { prepareEvent } from '../../src/report/prepare-rows';
import { graphSnapshot } from '../support/graph-snapshot';
import { testDriver } from '../support/test-database';
import { testExecutor } from '../support/test-executor';

type Coding = { id: string; cameo: string | null; goldstein: number | null };

describe('correcting the stored default coding of expulsions', () => {
  let driver: Driver;
  let executor: Executor;

  beforeAll(async () => {
    driver = testDriver();
    executor = testExecutor();
    await setUpGraph(executor, createLogger('silent'));
  });

  afterAll(async () => {
    await executor.close();
    await driver.close();
  });

  async function codings(): Promise<Coding[]> {
    const { records } = await driver.executeQuery(
      `MATCH (e:Event) WHERE e.id STARTS WITH 'event:coding-'
       RETURN e.id AS id, e.cameoCode AS cameo, e.goldstein AS goldstein ORDER BY id`,
    );
    return records.map((record) => record.toObject() as Coding);
  }

  it('recodes events that took the old default, keeps what a report stated, and is idempotent', async () => {
    // Written before events recorded whether their code was defaulted: the old default, unmarked.
    await driver.executeQuery(`
      MATCH (fr:State {id: 'state:FR'})
      CREATE (fr)<-[:INITIATED_BY]-(:Node:Event {id: 'event:coding-legacy', type: 'EXPULSION', title: 'legacy', secret: false,
                           cameoCode: '166', goldstein: -7.0})
      CREATE (fr)<-[:INITIATED_BY]-(:Node:Event {id: 'event:coding-legacy-staff', type: 'STAFF_REDUCTION', title: 'other type',
                           secret: false, cameoCode: '166', goldstein: -7.0})
      CREATE (fr)<-[:INITIATED_BY]-(:Node:Event {id: 'event:coding-legacy-stated', type: 'EXPULSION', title: 'stated 174',
                           secret: false, cameoCode: '174', goldstein: -5.0})`);
    const edits = new EditRepository(executor);
    await edits.saveEvent(
      prepareEvent({
        id: 'event:coding-stated-166',
        type: EventType.EXPULSION,
        title: 'An organisation expelled: the report states 166',
        secret: false,
        actors: ['state:FR'],
        targets: [],
        cameoCode: '166',
        goldstein: -7,
      }),
    );
    await edits.saveEvent(
      prepareEvent({
        id: 'event:coding-new-default',
        type: EventType.EXPULSION,
        title: 'Diplomats expelled, coded by default',
        secret: false,
        actors: ['state:FR'],
        targets: [],
      }),
    );

    await setUpGraph(executor, createLogger('silent'));
    expect(await codings()).toEqual([
      { id: 'event:coding-legacy', cameo: '161', goldstein: -4 },
      { id: 'event:coding-legacy-staff', cameo: '166', goldstein: -7 },
      { id: 'event:coding-legacy-stated', cameo: '174', goldstein: -5 },
      { id: 'event:coding-new-default', cameo: '161', goldstein: -4 },
      { id: 'event:coding-stated-166', cameo: '166', goldstein: -7 },
    ]);

    const once = await graphSnapshot(driver);
    await setUpGraph(executor, createLogger('silent'));
    expect(await graphSnapshot(driver)).toEqual(once);
  });
});
