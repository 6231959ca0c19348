import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunningApplication } from '../../src/application';
import { fromProjectRoot } from '../../src/project-root';
import { postGraphQL, startTestApplication, TEST_API_KEYS } from '../support/test-application';

/** Debian's chromium (installed by .ci/run); a downloaded browser does not work here. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = fromProjectRoot('test-artifacts');
const FIRST_SEED_ARTICLE = readFileSync(
  fromProjectRoot('test/fixtures/articles/seeds/000_6a8349969b126fb9.txt'),
  'utf8',
);

/**
 * Two Russian answers to the French expulsions of April 2022 that no source links, on one day so that
 * neither stands between the other and its act: the inference proposes both.
 */
const ANSWERS = [
  {
    id: 'event:test-2022-04-ru-answers-35',
    type: 'EXPULSION',
    title: 'Russia expels 34 French diplomats',
    date: '2022-04-20',
    secret: false,
    actors: ['state:RU'],
    targets: ['state:FR'],
    count: 34,
  },
  {
    id: 'event:test-2022-04-ru-answers-six',
    type: 'EXPULSION',
    title: 'Russia expels six French diplomats',
    date: '2022-04-20',
    secret: false,
    actors: ['state:RU'],
    targets: ['state:FR'],
    count: 6,
  },
];

interface Explorer {
  riposteExplorer: {
    ready: boolean;
    cy: {
      edges(): Array<{ data(name: string): string }>;
      getElementById(id: string): { length: number };
    };
  };
}

/** Waits until the chain drawn is one with this event in it. */
async function chainShown(page: Page, eventId: string): Promise<void> {
  await page.waitForFunction((id) => {
    const explorer = (globalThis as unknown as Partial<Explorer>).riposteExplorer;
    return explorer?.ready && explorer.cy.getElementById(id).length > 0;
  }, eventId);
}

/** The edges drawn from an event, with whether each is a proposal. */
function edgesFrom(page: Page, eventId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const { cy } = (globalThis as unknown as Explorer).riposteExplorer;
    return cy
      .edges()
      .filter((edge) => edge.data('source') === id)
      .map((edge) => `${edge.data('target')} proposed=${edge.data('proposed')}`);
  }, eventId);
}

describe('reviewing proposals and drafts in the explorer', () => {
  let app: RunningApplication;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (see .ci/run)`);
    if (!existsSync(fromProjectRoot('dist', 'explorer', 'workbench.css')))
      throw new Error('Run npm run build first: the explorer is bundled into dist/explorer');
    app = await startTestApplication();
    for (const event of ANSWERS) {
      const saved = await postGraphQL(
        app,
        { query: 'mutation($e: EventInput!) { saveEvent(event: $e) { id } }', variables: { e: event } },
        { as: 'editor' },
      );
      expect(saved.body.errors).toBeUndefined();
    }
    const inferred = await postGraphQL(
      app,
      {
        query:
          'mutation($ids: [ID!]!) { inferRetaliation(answerIds: $ids) { proposals(first: 50) { id from { id } to { id } } } }',
        variables: { ids: ANSWERS.map((answer) => answer.id) },
      },
      { as: 'editor' },
    );
    expect(inferred.body.data).toEqual({
      inferRetaliation: {
        proposals: expect.arrayContaining([
          expect.objectContaining({
            from: { id: ANSWERS[0]!.id },
            to: { id: 'event:2022-04-04-fr-expels-35-russian-diplomats' },
          }),
          expect.objectContaining({
            from: { id: ANSWERS[1]!.id },
            to: { id: 'event:2022-04-11-fr-expels-six-russian-agents' },
          }),
        ]),
      },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    // Loading the seeds into a fresh graph can take minutes on a busy machine.
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lists further proposals with More, page by page, through the API cursor', async () => {
    // The panel asks for pages of 50; pages of one show the cursor at work on the two proposals.
    await page.route('**/graphql', (route) => {
      const body = route.request().postDataJSON() as { query?: string; variables?: object } | null;
      if (!body?.query?.startsWith('query Proposals(')) return route.continue();
      return route.continue({
        postData: JSON.stringify({ ...body, variables: { ...body.variables, first: 1 } }),
      });
    });
    await page.goto(`${app.url}/explore/`);
    await page.fill('#api-key', TEST_API_KEYS.reader);
    await page.click('#workbench-toggle');
    const panel = page.locator('#review-panel');
    const items = panel.locator('li.proposal');
    await panel.getByText('the 1 best are shown').waitFor();
    await expect(items.count()).resolves.toBe(1);
    await panel.getByRole('button', { name: 'More' }).click();
    await panel.getByText('2 proposal(s) wait for a decision.').waitFor();
    await expect(items.count()).resolves.toBe(2);
    await expect(panel.getByRole('button', { name: 'More' }).isVisible()).resolves.toBe(false);
    const titles = await items.locator('p strong:first-child').allTextContents();
    expect(new Set(titles).size).toBe(2);
    await page.unroute('**/graphql');
  });

  it('offers no decision without an editor key', async () => {
    await page.goto(`${app.url}/explore/`);
    await page.fill('#api-key', TEST_API_KEYS.reader);
    await page.click('#workbench-toggle');
    const panel = page.locator('#review-panel');
    await panel.getByText('needs an API key with the editor role').waitFor();
    await panel.getByText('Russia expels 34 French diplomats').waitFor();
    await expect(panel.getByRole('button', { name: 'Confirm' }).count()).resolves.toBe(0);
    await page.click('#tab-draft');
    await expect(page.locator('#draft-form').isVisible()).resolves.toBe(false);
    await page.click('#tab-review');
  });

  it('confirms one proposal and rejects another, and the chain changes at once', async () => {
    await page.fill('#api-key', TEST_API_KEYS.editor);
    await page.press('#api-key', 'Tab');
    const panel = page.locator('#review-panel');
    const proposal = (title: string) => panel.getByRole('listitem').filter({ hasText: title }).first();
    await proposal('Russia expels 34 French diplomats').getByRole('button', { name: 'Confirm' }).waitFor();

    await proposal('Russia expels 34 French diplomats')
      .getByRole('button', { name: 'Open on graph' })
      .click();
    await chainShown(page, ANSWERS[0]!.id);
    await expect(edgesFrom(page, ANSWERS[0]!.id)).resolves.toEqual([
      'event:2022-04-04-fr-expels-35-russian-diplomats proposed=yes',
    ]);
    await proposal('Russia expels 34 French diplomats').getByRole('button', { name: 'Confirm' }).click();
    await panel.getByText('Confirmed: now a link').waitFor();
    await page.waitForFunction(() => (globalThis as unknown as Partial<Explorer>).riposteExplorer?.ready);
    await expect(edgesFrom(page, ANSWERS[0]!.id)).resolves.toEqual([
      'event:2022-04-04-fr-expels-35-russian-diplomats proposed=no',
    ]);
    await expect(proposal('Russia expels 34 French diplomats').count()).resolves.toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-review-confirmed.png` });

    await proposal('Russia expels six French diplomats')
      .getByRole('button', { name: 'Open on graph' })
      .click();
    await chainShown(page, ANSWERS[1]!.id);
    const before = await edgesFrom(page, ANSWERS[1]!.id);
    expect(before.length).toBeGreaterThan(0);
    await proposal('Russia expels six French diplomats').getByRole('button', { name: 'Reject' }).click();
    await panel.getByText('Rejected: kept as refused').waitFor();
    await page.waitForFunction(() => (globalThis as unknown as Partial<Explorer>).riposteExplorer?.ready);
    await expect(edgesFrom(page, ANSWERS[1]!.id)).resolves.toEqual([]);
    await expect(proposal('Russia expels six French diplomats').count()).resolves.toBe(0);

    await page.screenshot({ path: `${ARTIFACTS}/explorer-review.png` });
  });

  it('drafts the first seed article, leaves one fact out, corrects a date, ingests, and finds the event', async () => {
    await page.click('#tab-draft');
    await page.fill('#draft-text', FIRST_SEED_ARTICLE);
    await page.fill('#draft-published', '2022-04-11');
    await page.fill('#draft-outlet', 'franceinfo');
    await page.click('#draft-form button[type=submit]');
    const panel = page.locator('#draft-panel');
    await panel.getByText('fact(s) drafted').waitFor();
    await expect(panel.locator('mark').first().textContent()).resolves.toBe(
      'France announces the expulsion of six Russian spies “operating under diplomatic cover”',
    );
    await expect(
      panel.locator('mark', { hasText: /^Six Russian agents operating in France/ }).count(),
    ).resolves.toBe(1);

    await panel.getByLabel(/^Keep Statement by France/).uncheck();
    const lastWeek = panel.getByLabel('Date of Expulsion by France against Russian Federation (35)');
    await expect(lastWeek.inputValue()).resolves.toBe('2022-04-04');
    await lastWeek.fill('2022-13-04');
    await panel.getByRole('button', { name: 'Ingest as a report' }).click();
    await panel.locator('.fact.has-problem').getByText('2022-13-04').waitFor();
    await expect(panel.locator('.outcome').textContent()).resolves.toMatch(/events\[\d\]\.date/);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-draft-problem.png` });

    await lastWeek.fill('2022-04-04');
    await panel.getByRole('button', { name: 'Ingest as a report' }).click();
    await panel.getByText(/Ingested report:draft-.*: created/).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/explorer-draft.png` });

    await page.click('#workbench-toggle');
    await page.fill('#search-text', 'Expulsion by France against Russian Federation');
    await page.click('#search-button');
    const results = page.locator('#results');
    await results
      .getByRole('button', { name: /Expulsion by France against Russian Federation \(6\)/ })
      .click();
    await chainShown(page, 'event:draft-2022-04-11-expulsion-fr-ru-6-1');
    // The fact left out is not in the graph: only the seed report's own statement is found.
    await page.fill('#search-text', 'Darmanin');
    await page.click('#search-button');
    await results.getByRole('button', { name: /Gérald Darmanin praises the DGSI/ }).waitFor();
    await expect(results.getByRole('button', { name: /Statement by France/ }).count()).resolves.toBe(0);
    const leftOut = await postGraphQL(app, {
      query: '{ event(id: "event:draft-2022-04-11-statement-fr-5") { id } }',
    });
    expect(leftOut.body).toEqual({ data: { event: null } });
    await page.screenshot({ path: `${ARTIFACTS}/explorer-draft-ingested.png` });
  });

  it('looks for what an event answers from its details, and draws the proposal in its chain', async () => {
    const answer = {
      id: 'event:test-2022-04-13-ru-answers-six-agents',
      type: 'EXPULSION',
      title: 'Russia expels six French agents',
      date: '2022-04-13',
      secret: false,
      actors: ['state:RU'],
      targets: ['state:FR'],
      count: 6,
    };
    const saved = await postGraphQL(
      app,
      { query: 'mutation($e: EventInput!) { saveEvent(event: $e) { id } }', variables: { e: answer } },
      { as: 'editor' },
    );
    expect(saved.body.errors).toBeUndefined();
    await page.goto(`${app.url}/explore/?event=${encodeURIComponent(answer.id)}`);
    await page.fill('#api-key', TEST_API_KEYS.editor);
    await page.press('#api-key', 'Tab');
    await chainShown(page, answer.id);
    await expect(edgesFrom(page, answer.id)).resolves.toEqual([]);
    await page.locator('#details').getByRole('button', { name: 'Look for what it answers' }).click();
    await page
      .locator('#status')
      .getByText(/new proposal\(s\), drawn dashed; the best: it may answer/)
      .waitFor();
    await page.waitForFunction(() => (globalThis as unknown as Partial<Explorer>).riposteExplorer?.ready);
    // France's expulsion of six on 11 April: the seed's, or the same measure drafted and ingested above.
    const frenchSix = [
      'event:2022-04-11-fr-expels-six-russian-agents proposed=yes',
      'event:draft-2022-04-11-expulsion-fr-ru-6-1 proposed=yes',
    ];
    const drawn = await edgesFrom(page, answer.id);
    expect(drawn.filter((edge) => frenchSix.includes(edge))).toHaveLength(1);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-propose-answers.png` });

    // A reader opening the same link (a page of its own: no key remembered) is not offered it.
    const readerPage = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    await readerPage.goto(`${app.url}/explore/?event=${encodeURIComponent(answer.id)}`);
    await readerPage.fill('#api-key', TEST_API_KEYS.reader);
    await readerPage.press('#api-key', 'Tab');
    await chainShown(readerPage, answer.id);
    await readerPage.locator('#details .propose[data-checked]').waitFor({ state: 'attached' });
    await expect(
      readerPage.locator('#details').getByRole('button', { name: 'Look for what it answers' }).isVisible(),
    ).resolves.toBe(false);
    await readerPage.close();
  });

  it('ran under its Content-Security-Policy with nothing blocked', () => {
    expect(consoleErrors).toEqual([]);
  });
});
