import type { RunningApplication } from '../../src/application';
import { readHistoryFile } from '../../src/history/read-history-file';
import { fromProjectRoot } from '../../src/project-root';
import { postGraphQL, startTestApplication, type As } from '../support/test-application';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const CHAIN_FIELDS = `
  startedBy escalation span { min max }
  sides { stateId measures expelled }
  steps { event { id } actorStates targetStates cumulative { stateId measures expelled } }
  links { proposed lagDays { min max } proportion { answered provoked ratio kind }
          link { id basis from { id } to { id } claims { quote source { id } } } }`;

describe('tit-for-tat chains, inference and history import through GraphQL', () => {
  let app: RunningApplication;

  const run = async (query: string, variables: Json = {}, as: As = 'reader') => {
    const { body } = await postGraphQL(app, { query, variables }, { as });
    return body;
  };
  const data = async (query: string, variables: Json = {}, as: As = 'reader') => {
    const body = await run(query, variables, as);
    expect(body.errors).toBeUndefined();
    return body.data as Json;
  };

  beforeAll(async () => {
    app = await startTestApplication();
    const rows = readHistoryFile(fromProjectRoot('test/fixtures/history/small-history.csv')).map((row) => ({
      ...row,
      target: String(row['target']).split(';'),
      responds_to: String(row['responds_to'] ?? '')
        .split(';')
        .filter(Boolean),
      measure: String(row['measure']).toUpperCase(),
      count: row['count'] === '' ? undefined : Number(row['count']),
      source_url: row['source_url'] || undefined,
      notes: row['notes'] || undefined,
    }));
    const imported = await data(
      'mutation($rows: [HistoryRowInput!]!) { importHistory(rows: $rows) { rows created links } }',
      { rows },
      'editor',
    );
    expect(imported['importHistory']).toEqual({ rows: 5, created: 5, links: 3 });
  });

  afterAll(() => app.stop());

  it('traces the seed France–Russia exchange with lag, proportion, sides and the sources of each link', async () => {
    const { chain } = await data(
      `{ chain(eventId: "event:2020-12-ru-expels-french-diplomat-in-answer") { ${CHAIN_FIELDS} } }`,
    );
    expect(chain.steps.map((step: Json) => step.event.id)).toEqual([
      'event:2020-12-fr-expels-russian-economic-diplomat',
      'event:2020-12-ru-expels-french-diplomat-in-answer',
      'event:2020-russian-economic-diplomat-caught-spying-in-france',
    ]);
    const answer = chain.links.find(
      (link: Json) => link.link.from.id === 'event:2020-12-ru-expels-french-diplomat-in-answer',
    );
    expect(answer).toMatchObject({
      proposed: false,
      lagDays: { min: 0, max: 30 },
      proportion: { answered: 1, provoked: 1, ratio: 1, kind: 'MIRROR' },
      link: { basis: 'STATED', to: { id: 'event:2020-12-fr-expels-russian-economic-diplomat' } },
    });
    expect(new Set(answer.link.claims.map((claim: Json) => claim.source.id)).size).toBe(2);
    expect(chain.sides).toEqual(
      expect.arrayContaining([
        { stateId: 'state:FR', measures: 1, expelled: 1 },
        { stateId: 'state:RU', measures: expect.any(Number), expelled: 1 },
      ]),
    );
  });

  it('returns a multilateral answer as a graph: one Russian answer to two countries', async () => {
    const { chain } = await data(
      `{ chain(eventId: "event:t-2018-03-26-de-expels-4", scope: COMPONENT) { ${CHAIN_FIELDS} } }`,
    );
    expect(chain.steps.map((step: Json) => step.event.id).sort()).toEqual([
      'event:t-2018-03-26-de-expels-4',
      'event:t-2018-03-26-us-expels-60',
      'event:t-2018-03-30-ru-expels-many',
    ]);
    expect(chain.startedBy).toEqual(['state:DE', 'state:US']);
    expect(chain.links).toHaveLength(2);
    for (const link of chain.links) {
      expect(link).toMatchObject({
        lagDays: { min: 4, max: 4 },
        proportion: { answered: 64, provoked: 64, kind: 'MIRROR' },
      });
    }
    expect(chain.escalation).toBe(0);
    expect(chain.steps.at(-1).cumulative).toEqual(
      expect.arrayContaining([{ stateId: 'state:RU', measures: 1, expelled: 64 }]),
    );
  });

  it('lists every measure between two states in a period, both directions', async () => {
    const { dyadTimeline } = await data(
      `{ dyadTimeline(a: "state:GB", b: "state:RU", from: "2018-01-01", to: "2018-12-31") { ${CHAIN_FIELDS} } }`,
    );
    expect(dyadTimeline.steps.map((step: Json) => step.event.id)).toEqual([
      'event:t-2018-03-14-gb-expels-23',
      'event:t-2018-03-17-ru-expels-23',
    ]);
    expect(dyadTimeline.startedBy).toEqual(['state:GB']);
  });

  it('counts agencies, embassies and nationals for their state in a dyad', async () => {
    const { dyadTimeline } = await data(
      `{ dyadTimeline(a: "state:RU", b: "state:FR", from: "2022-01-01", to: "2022-12-31") { steps { event { id } } } }`,
    );
    expect(dyadTimeline.steps.map((step: Json) => step.event.id)).toEqual(
      expect.arrayContaining([
        'event:2022-04-11-fr-expels-six-russian-agents',
        'event:2022-russian-intelligence-clandestine-operation-in-france',
        'event:2022-dgsi-investigation-russian-clandestine-operation',
      ]),
    );
  });

  it('ranks the longest chains first', async () => {
    const { longestChains } = await data(
      '{ longestChains(first: 3) { steps { event { id } } links { link { id } } } }',
    );
    expect(longestChains[0].links.length).toBeGreaterThanOrEqual(longestChains.at(-1).links.length);
  });

  it('ranks the most escalating chains first', async () => {
    const { longestChains } = await data('{ longestChains(first: 10, orderBy: ESCALATION) { escalation } }');
    const escalations = longestChains.map((chain: Json) => chain.escalation);
    expect(escalations.length).toBeGreaterThan(1);
    expect(escalations).toEqual([...escalations].sort((a, b) => b - a));
  });

  it('proposes unstated links, lets an analyst confirm or reject them, and never proposes a rejected one again', async () => {
    await data(
      `mutation { saveEvent(event: {id: "event:test-2022-05-ru-answers-35", type: EXPULSION, title: "Russia expels 34 French diplomats",
        date: "2022-05-18", secret: false, actors: ["state:RU"], targets: ["state:FR"], count: 34}) { id } }`,
      {},
      'editor',
    );
    const { inferRetaliation } = await data(
      `mutation { inferRetaliation(answerIds: ["event:test-2022-05-ru-answers-35"]) {
        proposed proposals(first: 50) { id score reasons status from { id } to { id } } } }`,
      {},
      'editor',
    );
    const proposals: Json[] = inferRetaliation.proposals;
    expect(proposals).toHaveLength(inferRetaliation.proposed);
    expect(proposals.map((p) => p.score)).toEqual(proposals.map((p) => p.score).sort((a, b) => b - a));
    const proposal = proposals.find((p: Json) => p.from.id === 'event:test-2022-05-ru-answers-35');
    expect(proposal).toMatchObject({
      status: 'PROPOSED',
      to: { id: 'event:2022-04-04-fr-expels-35-russian-diplomats' },
    });
    expect(proposal.reasons.length).toBeGreaterThanOrEqual(3);
    // 34 for 35 and 6 together: France's second wave is answered by the same measure.
    const secondWave = proposals.find(
      (p: Json) => p.to.id === 'event:2022-04-11-fr-expels-six-russian-agents',
    );
    expect(secondWave?.reasons).toContain('answers 2 acts of the same state together (35 + 6 for 34)');

    const proposed = await data(
      '{ chain(eventId: "event:test-2022-05-ru-answers-35", includeProposed: true) { links { proposed } } }',
    );
    expect(proposed['chain'].links.filter((link: Json) => link.proposed)).toHaveLength(2);
    const stated = await data(
      '{ chain(eventId: "event:test-2022-05-ru-answers-35") { links { proposed } } }',
    );
    expect(stated['chain'].links).toEqual([]);

    const others = proposals.filter((p: Json) => p.id !== proposal.id);
    for (const other of others)
      await data(`mutation { rejectRetaliation(id: "${other.id}", note: "test") { status } }`, {}, 'editor');
    const confirmed = await data(
      `mutation { confirmRetaliation(id: "${proposal.id}") { status decidedBy } }`,
      {},
      'editor',
    );
    expect(confirmed['confirmRetaliation']).toEqual({ status: 'CONFIRMED', decidedBy: 'api-key:editor-key' });

    const linked = await data(
      '{ event(id: "event:test-2022-05-ru-answers-35") { answers { basis confidence to { id } } } }',
    );
    expect(linked['event'].answers).toEqual([
      {
        basis: 'INFERRED',
        confidence: proposal.score,
        to: { id: 'event:2022-04-04-fr-expels-35-russian-diplomats' },
      },
    ]);
    const again = await data(
      'mutation { inferRetaliation(answerIds: ["event:test-2022-05-ru-answers-35"]) { proposed proposals { id } } }',
      {},
      'editor',
    );
    expect(again['inferRetaliation']).toEqual({ proposed: 0, proposals: [] });
    const rejected = await data('{ retaliationProposals(status: REJECTED) { totalCount } }');
    expect(rejected['retaliationProposals'].totalCount).toBe(others.length);
  });

  it('rejects a bad history table with every problem and writes nothing', async () => {
    const body = await run(
      'mutation($rows: [HistoryRowInput!]!) { importHistory(rows: $rows) { rows } }',
      {
        rows: [
          {
            id: 'bad-row',
            date: '2021-02',
            actor: 'Narnia',
            target: ['RU'],
            measure: 'EXPULSION',
            responds_to: ['nowhere'],
          },
        ],
      },
      'editor',
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        { path: 'row 1.actor', message: '"Narnia" is not an ISO 3166-1 code or English state name' },
      ],
    });
    expect(await data('{ event(id: "event:bad-row") { id } }')).toEqual({ event: null });
  });
});
