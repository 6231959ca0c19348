import type { RunningApplication } from '../../src/application';
import { loadConflictingCounts } from '../../src/history/load-conflicting-counts';
import { createLogger } from '../../src/logger';
import { postGraphQL, startTestApplication } from '../support/test-application';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the shipped history on a fresh start', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication({ SEED_ON_EMPTY: 'true', HISTORY_ON_EMPTY: 'true' });
  });

  afterAll(() => app.stop());

  const data = async (query: string): Promise<Json> => {
    const { body } = await postGraphQL(app, { query });
    expect(body.errors).toBeUndefined();
    return body.data as Json;
  };

  it('is loaded after the seed reports', async () => {
    const { seed, history } = await data(
      `{ seed: event(id: "event:2022-04-11-fr-expels-six-russian-agents") { id }
         history: event(id: "event:2021-04-17-cz-expels-18-russian") { id count sources { url } } }`,
    );
    expect(seed).not.toBeNull();
    expect(history.count).toBe(18);
    expect(history.sources[0].url).toMatch(/^https?:\/\//);
  });

  it('answers the Czech–Russian dyad from it, with the stated answers', async () => {
    const { dyadTimeline } = await data(
      `{ dyadTimeline(a: "state:CZ", b: "state:RU", from: "2021-01-01", to: "2021-12-31") {
           steps { event { id } } links { link { from { id } to { id } } } sides { stateId measures expelled } } }`,
    );
    const ids = dyadTimeline.steps.map((step: Json) => step.event.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'event:2021-04-17-cz-expels-18-russian',
        'event:2021-04-18-ru-expels-20-czech',
      ]),
    );
    expect(dyadTimeline.links.map((link: Json) => `${link.link.from.id}->${link.link.to.id}`)).toContain(
      'event:2021-04-18-ru-expels-20-czech->event:2021-04-17-cz-expels-18-russian',
    );
  });

  it('holds the Skripal component: the British expulsion, its answers and the wave', async () => {
    const { chain } = await data(
      `{ chain(eventId: "event:2018-03-14-gb-expels-23-russian", scope: COMPONENT, depth: 10, maxEvents: 200) {
           steps { event { id } } } }`,
    );
    const ids = chain.steps.map((step: Json) => step.event.id);
    expect(ids).toEqual(expect.arrayContaining(['event:2018-03-17-ru-expels-23-british']));
    expect(ids.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the counts other sources give as claims of their own reports, beside the table figure', async () => {
    const query = `{ event(id: "event:2022-04-19-ru-expels-belgian") {
        count claims { id property value quote note source { url } } } }`;
    const { event } = await data(query);
    expect(event.count).toBeNull();
    const counts = event.claims.filter((claim: Json) => claim.property === 'count');
    expect(counts.map((claim: Json) => claim.value).sort()).toEqual(['12', '21']);
    for (const claim of counts) {
      expect(claim.quote).toBeNull();
      expect(claim.note).toMatch(/\w/);
      expect(claim.source.url).toMatch(/^https?:\/\//);
    }
    const { records } = await app.executor.read(
      {
        name: 'owners',
        text: 'MATCH (c:Claim)-[:STATED_IN]->(s:Source)<-[:COVERS]-(r:Report) WHERE c.id IN $ids AND c.reportId = r.id RETURN r.id AS id',
      },
      { ids: counts.map((claim: Json) => claim.id) },
    );
    const owners = records.map((record) => record.get('id') as string);
    expect(owners).toHaveLength(2);
    expect(new Set(owners).size).toBe(2);
    expect(owners.every((id) => id.startsWith('report:history-counts-'))).toBe(true);

    await loadConflictingCounts(app.executor, createLogger('silent'));
    expect((await data(query)).event.claims).toEqual(event.claims);
  });

  it('counts the sources that report a history row, which carry no claim, in its corroboration', async () => {
    const { czech, belgian } = await data(
      `{ czech: event(id: "event:2021-04-17-cz-expels-18-russian") { claims { id } sources { id } corroboration { sources voices independentOrigins } }
         belgian: event(id: "event:2022-04-19-ru-expels-belgian") { sources { id } corroboration { sources independentOrigins } } }`,
    );
    expect(czech.claims).toEqual([]);
    expect(czech.corroboration).toEqual({ sources: 1, voices: 1, independentOrigins: 1 });
    expect(belgian.sources).toHaveLength(2);
    expect(belgian.corroboration).toEqual({ sources: 2, independentOrigins: 2 });
  });
});
