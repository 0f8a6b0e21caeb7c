/**
 * The dashboard in real headless Chromium (playwright-core): filter, brush, open an event,
 * see its evidence highlighted, and check a hostile article renders as inert text.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import { HOSTILE_IMG, HOSTILE_SCRIPT, seedStore, type Seeded } from './seed.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const HAVE_CHROMIUM = existsSync(CHROMIUM);

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'dashboard in headless Chromium' : `dashboard: SKIPPED because ${CHROMIUM} is not installed (apt-get install chromium)`, () => {
  let seeded: Seeded;
  let server: RunningServer;
  let ctx: BrowserContext;
  let page: Page;
  let profile: string;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    seeded = await seedStore();
    server = await startServer(createApp({ store: seeded.store }), { host: '127.0.0.1', port: 0 });
    profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
    ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1400, height: 900 } });
    page = ctx.pages()[0] ?? (await ctx.newPage());
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  });
  afterAll(async () => {
    await ctx?.close();
    await server?.close();
    await seeded?.cleanup();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const rows = (): Promise<string[]> => page.$$eval('table.events tbody tr[data-id] td:nth-child(4)', (tds) => tds.map((td) => td.textContent ?? ''));
  const waitRows = (n: number) => page.waitForFunction((k) => document.querySelectorAll('table.events tbody tr[data-id]').length === k, n);

  it('loads map (basemap + markers), timeline and table offline, with no CSP or script errors', async () => {
    await page.goto(`${server.url}/`);
    await waitRows(5);
    await page.waitForSelector('.leaflet-overlay-pane path.leaflet-interactive, .marker-cluster');
    await page.waitForFunction(() => document.querySelectorAll('.leaflet-overlay-pane svg path').length > 100); // country outlines
    expect(await page.locator('#timeline rect.bar').count()).toBe(5);
    expect(await page.textContent('#count')).toBe('5 events');
    expect(requests.every((u) => u.startsWith(server.url))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('filters by type', async () => {
    await page.selectOption('#f-type', 'Battles');
    await waitRows(1);
    expect(await rows()).toEqual(['Gao, Mali']);
    await page.selectOption('#f-type', '');
    await waitRows(5);
  });

  it('brushes the timeline to a date range that filters the table and map', async () => {
    const box = async (date: string) => (await page.locator(`#timeline rect.bar[data-date="${date}"]`).boundingBox())!;
    const a = await box('2024-04-02');
    const b = await box('2024-04-15');
    await page.mouse.move(a.x + 1, a.y + a.height - 2); // from inside the 2 April bar …
    await page.mouse.down();
    await page.mouse.move(b.x, b.y + b.height - 2, { steps: 5 });
    await page.mouse.move(b.x + b.width - 1, b.y + b.height - 2, { steps: 2 }); // … to inside the 15 April bar
    await page.mouse.up();
    await waitRows(2);
    expect(await rows()).toEqual(['Khan Younis, Palestine', 'Gao, Mali']);
    expect(await page.textContent('#range')).toBe('2024-04-02 – 2024-04-15');
    await page.waitForFunction(() => document.getElementById('map-note')?.textContent === '2 on map');
  });

  it('opens an event and highlights its evidence in the source article', async () => {
    await page.click('table.events tbody tr[data-id]:has-text("Khan Younis")');
    await page.waitForSelector('#panel .article-text mark');
    const marks = await page.$$eval('#panel .article-text mark', (ms) => ms.map((m) => ({ fields: (m as HTMLElement).dataset.fields ?? '', text: m.textContent ?? '' })));
    const textOf = (field: string) => marks.filter((m) => m.fields.split(' ').includes(field)).map((m) => m.text).join('');
    expect(textOf('place')).toBe('Khan Younis');
    expect(textOf('fatalities')).toBe('killed 4');
    expect(textOf('actor2')).toBe('civilians');
    expect(await page.textContent('#panel .fatalities')).toContain('4');
    expect(await page.textContent('#panel .claims')).toContain('witnesses');
    expect(await page.textContent('#panel .article-text .framing')).toBe('massacre');
  });

  it('renders the hostile article inert: literal markup visible, nothing executed', async () => {
    const text = (await page.textContent('#panel .article-text')) ?? '';
    expect(text).toContain(HOSTILE_IMG);
    expect(text).toContain(HOSTILE_SCRIPT);
    expect(await page.locator('#panel img, #panel script').count()).toBe(0);
    expect(await page.textContent('#panel .article h4')).toContain(HOSTILE_IMG); // hostile title, as text
    expect(await page.locator('#panel a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    mkdirSync('docs', { recursive: true });
    // The README's screenshot is refreshed on request only, so a test run leaves the tree clean.
    const shot = process.env.UPDATE_SCREENSHOT ? 'docs/dashboard.png' : join(tmpdir(), 'sitrep-dashboard.png');
    await page.screenshot({ path: shot, fullPage: false });
    expect(problems).toEqual([]);
  });
});
