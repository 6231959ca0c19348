import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunningApplication } from '../../src/application';
import { fromProjectRoot } from '../../src/project-root';
import { postGraphQL, startTestApplication, TEST_API_KEYS } from '../support/test-application';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = fromProjectRoot('test-artifacts');
const ESPIONAGE = 'event:2020-russian-economic-diplomat-caught-spying-in-france';
const FRENCH_EXPULSION = 'event:2020-12-fr-expels-russian-economic-diplomat';
const WAVE_ANSWER = 'event:2018-03-30-ru-expels-59-from-23-states';
const CZECH_WAVE_MEASURE = 'event:2018-03-26-cz-expels-3-russian';
const DGSI_EVENT = 'event:2022-04-11-fr-expels-six-russian-agents';

/** The parts of Cytoscape.js the tests read (the page exposes its instance). */
interface Element {
  id(): string;
  data(key: string): unknown;
  hasClass(name: string): boolean;
  position(): { x: number; y: number };
  renderedPosition(): { x: number; y: number };
}
interface Explorer {
  riposteExplorer: {
    ready: boolean;
    settled: boolean;
    dyad: unknown;
    view: {
      event: string | null;
      range: [number, number] | null;
      selected: string | null;
      expanded: string[];
    };
    cy: {
      nodes(selector?: string): Element[];
      getElementById(id: string): Element;
      container(): { getBoundingClientRect(): { left: number; top: number } };
    };
  };
}
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What the graph shows: each event's position and whether it is faded, and every node's id. */
function graphState(page: Page) {
  return page.evaluate(() => {
    const { cy, view } = (globalThis as unknown as Explorer).riposteExplorer;
    const events = cy.nodes('[type = "Event"]');
    return {
      nodes: cy
        .nodes()
        .map((node) => node.id())
        .sort(),
      positions: Object.fromEntries(events.map((node) => [node.id(), node.position()])),
      faded: events.filter((node) => node.hasClass('faded')).map((node) => node.id()),
      shown: events.filter((node) => !node.hasClass('faded')).map((node) => node.id()),
      view,
    };
  });
}

const settled = (page: Page) =>
  page.waitForFunction(() => {
    const explorer = (globalThis as unknown as Partial<Explorer>).riposteExplorer;
    return explorer?.settled && explorer.ready;
  });

async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const { cy } = (globalThis as unknown as Explorer).riposteExplorer;
    const at = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

describe('the explorer as a workbench: time bar, dyads, expansion, shared views', () => {
  let app: RunningApplication;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  let brushedUrl = '';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (see .ci/run)`);
    if (!existsSync(fromProjectRoot('dist', 'explorer', 'explorer.js')))
      throw new Error('Run npm run build first: the explorer is bundled into dist/explorer');
    // The seed reports and the shipped history, as a fresh server loads them.
    app = await startTestApplication({ SEED_ON_EMPTY: 'true', HISTORY_ON_EMPTY: 'true' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.goto(`${app.url}/explore/`);
    await page.fill('#api-key', TEST_API_KEYS.reader);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** Searches, opens the event's chain from the results, and waits until it is drawn. */
  const search = async (text: string, result: RegExp, eventId: string) => {
    await page.fill('#search-text', text);
    await page.click('#search-button');
    await page.locator('#results').getByRole('button', { name: result }).first().click();
    await page.waitForFunction((id) => {
      const explorer = (globalThis as unknown as Explorer).riposteExplorer;
      return explorer.view.event === id && explorer.ready;
    }, eventId);
  };

  it('draws the open-start espionage before the expulsion that answered it, its span in the time bar', async () => {
    await search('economic department', /caught in an act of espionage/, ESPIONAGE);
    const { positions } = await graphState(page);
    expect(positions[ESPIONAGE]!.x).toBeLessThan(positions[FRENCH_EXPULSION]!.x);
    // Open at its start: a dashed bar in the time bar rather than a point.
    await expect(page.locator('.time-bar .span.open').count()).resolves.toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-open-start.png` });
  });

  it('fades what falls outside a brushed period, moving nothing, and plays the period forward', async () => {
    await search('expels 59', /expels 59 diplomats/, WAVE_ANSWER);
    const before = await graphState(page);
    expect(before.faded).toEqual([]);

    const bins = page.locator('.time-bar .bin');
    const first = (await bins.nth(0).boundingBox())!;
    const second = (await bins.nth(1).boundingBox())!;
    await page.mouse.move(first.x + 2, first.y + first.height - 2);
    await page.mouse.down();
    await page.mouse.move(second.x + second.width - 2, first.y + first.height - 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/from=2018-03-26&to=2018-03-27/);

    const after = await graphState(page);
    expect(after.shown).toContain(CZECH_WAVE_MEASURE);
    expect(after.faded).toContain(WAVE_ANSWER);
    expect(after.positions).toEqual(before.positions);
    await expect(page.locator('#period').textContent()).resolves.toBe('2018-03-26 to 2018-03-27');
    brushedUrl = page.url();
    await page.screenshot({ path: `${ARTIFACTS}/explorer-time-bar.png` });

    await page.click('#play-button');
    await page.waitForURL(/from=2018-03-2[89]/);
    await page.click('#play-button');
    const played = await graphState(page);
    expect(played.view.range![0]).toBeGreaterThan(after.view.range![0]);
  });

  it("opens the Czech–Russian dyad with dyadTimeline's totals and each link's lag and proportion", async () => {
    await page.click('#tab-dyad');
    await page.fill('#dyad-a', 'CZ');
    await page.fill('#dyad-b', 'RU');
    await page.click('#dyad-button');
    await page.waitForFunction(() => (globalThis as unknown as Explorer).riposteExplorer.dyad !== null);

    const { body } = await postGraphQL(app, {
      query: `{ dyadTimeline(a: "state:CZ", b: "state:RU", maxEvents: 200, maxLinks: 500) {
        sides { stateId measures expelled }
        links { lagDays { min max } proportion { answered provoked kind } link { from { id } to { id } } } } }`,
    });
    const timeline = (body.data as Json).dyadTimeline;
    const totals = await page.locator('#dyad-totals li').evaluateAll((items) =>
      items.map((item) => ({
        stateId: (item as HTMLElement).dataset['state'],
        measures: Number((item as HTMLElement).dataset['measures']),
        expelled: Number((item as HTMLElement).dataset['expelled']),
      })),
    );
    expect(totals).toEqual(expect.arrayContaining(timeline.sides));
    expect(totals.map((total) => total.stateId)).toEqual(['state:CZ', 'state:RU']);
    expect(totals.find((total) => total.stateId === 'state:CZ')!.expelled).toBeGreaterThanOrEqual(18);

    // Narrowed to the spring of 2021, the Vrbětice exchange.
    await page.fill('#dyad-from', '2021-04-01');
    await page.fill('#dyad-to', '2021-05-31');
    await page.click('#dyad-button');
    await page.waitForURL(/dfrom=2021-04-01/);
    await page.waitForFunction(() => (globalThis as unknown as Explorer).riposteExplorer.dyad !== null);
    const answer = 'event:2021-04-18-ru-expels-20-czech';
    const link = timeline.links.find((candidate: Json) => candidate.link.from.id === answer);
    await page.locator(`.dyad-link[data-from="${answer}"]`).dispatchEvent('mouseenter');
    const hover = await page.locator('#dyad-hover').textContent();
    expect(hover).toContain(`${link.proportion.kind.toLowerCase()} (20 for 18)`);
    expect(hover).toContain(`Lag ${link.lagDays.min}`);
    await expect(page.locator('.dyad-chart .running').count()).resolves.toBe(2);
    expect(page.url()).toContain('view=dyad');
    await page.screenshot({ path: `${ARTIFACTS}/explorer-dyad.png` });
  });

  it('expands an event and then an actor in place, without moving what was drawn', async () => {
    await page.click('#tab-chain');
    await search('DGSI', /France declares six Russian agents/, DGSI_EVENT);
    const start = await graphState(page);

    await clickNode(page, DGSI_EVENT);
    await page.waitForFunction((count) => {
      const { cy } = (globalThis as unknown as Explorer).riposteExplorer;
      return cy.nodes().length > count;
    }, start.nodes.length);
    const once = await graphState(page);
    // France, among the actors the expansion drew: it has neighbours beyond them.
    const actor = 'state:FR';
    expect(once.nodes).toContain(actor);

    await clickNode(page, actor);
    await page.waitForURL((url) => url.searchParams.get('sel') === actor);
    await page.waitForFunction((count) => {
      const { cy } = (globalThis as unknown as Explorer).riposteExplorer;
      return cy.nodes().length > count;
    }, once.nodes.length);
    const twice = await graphState(page);
    for (const [id, position] of Object.entries(once.positions))
      expect(twice.positions[id]).toEqual(position);
    expect(twice.view.expanded).toEqual([DGSI_EVENT, actor]);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-expand.png` });

    await page.goBack();
    await page.waitForFunction((count) => {
      const explorer = (globalThis as unknown as Explorer).riposteExplorer;
      return explorer.settled && explorer.cy.nodes().length === count;
    }, once.nodes.length);
    expect((await graphState(page)).nodes).toEqual(once.nodes);
    await page.goForward();
    await page.waitForFunction((count) => {
      const explorer = (globalThis as unknown as Explorer).riposteExplorer;
      return explorer.settled && explorer.cy.nodes().length === count;
    }, twice.nodes.length);
    expect((await graphState(page)).nodes).toEqual(twice.nodes);
  });

  it('opens a copied URL in a fresh page with the same view, and never puts the key in it', async () => {
    const shown = await graphState(page);
    const details = await page.locator('#details h2').textContent();
    const copied = page.url();
    expect(copied).not.toContain(TEST_API_KEYS.reader);

    const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
    const fresh = await context.newPage();
    await fresh.goto(`${app.url}/explore/`);
    await fresh.fill('#api-key', TEST_API_KEYS.reader);
    await fresh.press('#api-key', 'Tab');
    await fresh.goto(copied);
    await settled(fresh);
    const opened = await graphState(fresh);
    expect(opened.nodes).toEqual(shown.nodes);
    expect(opened.view).toEqual(shown.view);
    await fresh.locator('#details h2').getByText(details!).waitFor();
    await expect(fresh.inputValue('#search-text')).resolves.toBe('DGSI');

    await fresh.goto(brushedUrl);
    await settled(fresh);
    const brushed = await graphState(fresh);
    expect(brushed.faded).toContain(WAVE_ANSWER);
    expect(brushed.shown).toContain(CZECH_WAVE_MEASURE);
    await expect(fresh.locator('#period').textContent()).resolves.toBe('2018-03-26 to 2018-03-27');
    await fresh.screenshot({ path: `${ARTIFACTS}/explorer-shared-view.png` });
    await context.close();
  });

  it('serves an icon at /favicon.ico', async () => {
    const response = await fetch(`${app.url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('image/svg+xml');
  });

  it('ran under its Content-Security-Policy with nothing blocked', () => {
    expect(consoleErrors).toEqual([]);
  });
});
