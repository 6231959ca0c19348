import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunningApplication } from '../../src/application';
import { fromProjectRoot } from '../../src/project-root';
import { startTestApplication, TEST_API_KEYS } from '../support/test-application';

/** Debian's chromium (installed by .ci/run); a downloaded browser does not work here. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = fromProjectRoot('test-artifacts');

/** What the page exposes for tests: the Cytoscape instance, and whether the chain is drawn. */
interface Explorer {
  riposteExplorer: {
    ready: boolean;
    cy: {
      edges(): Array<{ renderedMidpoint(): { x: number; y: number } }>;
      getElementById(id: string): { renderedPosition(): { x: number; y: number } };
      container(): { getBoundingClientRect(): { left: number; top: number } };
    };
  };
}

describe('the explorer in a real headless Chromium', () => {
  let app: RunningApplication;
  let browser: Browser;
  let page: Page;
  /** What the browser reports on the console, where it says what a Content-Security-Policy blocked. */
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (see .ci/run)`);
    if (!existsSync(fromProjectRoot('dist', 'explorer', 'explorer.js')))
      throw new Error('Run npm run build first: the explorer is bundled into dist/explorer');
    app = await startTestApplication();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('searches "DGSI", opens the 2022 chain, and shows the quote behind a link', async () => {
    const response = await page.goto(`${app.url}/explore/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.fill('#api-key', TEST_API_KEYS.reader);
    await page.fill('#search-text', 'DGSI');
    await page.click('#search-button');
    await page.getByRole('button', { name: /France declares six Russian agents/ }).click();
    await page.waitForFunction(() => (globalThis as unknown as Partial<Explorer>).riposteExplorer?.ready);
    await expect(page.locator('#status').textContent()).resolves.toBe('');

    const point = await page.evaluate(() => {
      const { cy } = (globalThis as unknown as Explorer).riposteExplorer;
      const middle = cy.edges()[0]!.renderedMidpoint();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + middle.x, y: box.top + middle.y };
    });
    await page.mouse.click(point.x, point.y);

    const details = page.locator('#details');
    await details.getByText('What the sources say about the link').waitFor();
    await expect(details.textContent()).resolves.toContain('which led to their expulsion');
    await expect(details.textContent()).resolves.toContain('B2');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/explorer.png` });
  });

  it('shows an event with its claims, the sources that report it and how many back it', async () => {
    const point = await page.evaluate(() => {
      const { cy } = (globalThis as unknown as Explorer).riposteExplorer;
      const node = cy.getElementById('event:2022-04-11-fr-expels-six-russian-agents').renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + node.x, y: box.top + node.y };
    });
    await page.mouse.click(point.x, point.y);
    const details = page.locator('#details');
    await details.getByText('Reported by').waitFor();
    await expect(details.textContent()).resolves.toMatch(
      /[1-9]\d* source\(s\), [1-9]\d* independent origin\(s\)/,
    );
    await expect(details.locator('ul li.source').count()).resolves.toBeGreaterThan(0);
  });

  it('downloads the chain it shows as GEXF', async () => {
    await page.selectOption('#export-format', 'gexf');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-button')]);
    expect(download.suggestedFilename()).toBe('riposte-chain.gexf');
  });

  it('ran under its Content-Security-Policy with nothing blocked', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('keeps the API key for this tab only, never in localStorage', async () => {
    const stored = await page.evaluate(() => ({
      session: sessionStorage.getItem('riposte.apiKey'),
      local: Object.keys(localStorage),
    }));
    expect(stored).toEqual({ session: TEST_API_KEYS.reader, local: [] });
  });
});
