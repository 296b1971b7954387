// `measure --format html` in a real browser: the report of a recorded real build (test/measure/fixtures) opens
// without console errors, and the drawn segments are as wide as their layers' bytes say.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium, serve } from './chromium.js';
import { initShellParser } from '../../src/document/shell.js';
import { formatReport, type MeasureReport } from '../../src/measure/report.js';
import { classicReport } from '../measure/classic-report.js';

let browser: Browser;
let closeBrowser: () => Promise<void>;
let report: MeasureReport;

beforeAll(async () => {
  await initShellParser();
  report = classicReport();
  ({ browser, close: closeBrowser } = await launchChromium());
});

afterAll(() => closeBrowser?.());

test('the HTML report opens cleanly; each segment is drawn as wide as its bytes on one scale', async () => {
  const html = formatReport(report, 'html');
  const server = await serve('/nonexistent', { '/report.html': html, '/favicon.ico': '' });
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.origin}/report.html`);

  const drawn = await page.locator('svg rect.segment').evaluateAll((rects) =>
    rects.map((r) => ({
      image: (r.closest('[data-image]') as SVGElement).dataset.image!,
      width: (r as SVGGraphicsElement).getBBox().width,
      bytes: Number((r as SVGElement).dataset.bytes),
    })),
  );
  const expected = (['before', 'after'] as const).flatMap((image) => [
    report[image].otherBytes,
    ...report[image].runLayers.map((l) => l.bytes),
  ]);
  expect(drawn.map((d) => d.bytes)).toEqual(expected);
  const perUnit = report.before.totalBytes / drawn.filter((d) => d.image === 'before').reduce((s, d) => s + d.width, 0);
  for (const d of drawn) expect(Math.abs(d.width * perUnit - d.bytes) / report.before.totalBytes).toBeLessThan(1e-4);
  expect(await page.title()).toContain('220.2 MB saved (56.3%)');
  expect(await page.locator('table.summary').innerText()).toContain('390.9 MB');
  expect(problems).toEqual([]);
  expect(requests.every((u) => u.startsWith(server.origin))).toBe(true);

  if (process.env.UPDATE_DOCS) {
    // the README's chart: the same recorded build (examples/measure-apt-classic, see test/measure/fixtures)
    const docs = (name: string) => new URL(`../../docs/${name}`, import.meta.url).pathname;
    writeFileSync(docs('measure-apt-classic.svg'), formatReport(report, 'svg'));
  }
  await page.close();
  await server.close();
});
