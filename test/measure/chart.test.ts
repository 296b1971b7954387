// The layer chart of `measure --format svg|html`, drawn from the recorded real build in fixtures/.
import { describe, expect, test, beforeAll } from '@jest/globals';
import { initShellParser } from '../../src/document/shell.js';
import { chartBars, OTHER_LABEL, renderHtml, renderSvg } from '../../src/measure/chart.js';
import { formatReport, type MeasureReport } from '../../src/measure/report.js';
import { classicReport } from './classic-report.js';

beforeAll(() => initShellParser());

interface DrawnSegment {
  image: string;
  width: number;
  bytes: number;
  title: string;
}

/** Reads the segments back out of the SVG text, as a browser would draw them. */
function drawnSegments(svg: string): DrawnSegment[] {
  const out: DrawnSegment[] = [];
  for (const group of svg.matchAll(/<g class="bar" data-image="(\w+)">([\s\S]*?)<\/g>/g)) {
    for (const m of group[2]!.matchAll(
      /<rect class="segment"[^>]* width="([\d.]+)"[^>]* data-bytes="(\d+)"><title>([^<]*)<\/title>/g,
    )) {
      out.push({ image: group[1]!, width: Number(m[1]), bytes: Number(m[2]), title: m[3]! });
    }
  }
  return out;
}

describe('the layer chart', () => {
  test('one segment per layer, oldest first: the base image, then each RUN layer with its line and command', () => {
    const report = classicReport();
    const drawn = drawnSegments(renderSvg(report));
    const expected = (['before', 'after'] as const).flatMap((image) => [
      { image, bytes: report[image].otherBytes, title: OTHER_LABEL },
      ...report[image].runLayers.map((l) => ({ image, bytes: l.bytes, title: `line ${l.line}: ${l.command}` })),
    ]);
    expect(drawn.map(({ image, bytes }) => ({ image, bytes }))).toEqual(
      expected.map(({ image, bytes }) => ({ image, bytes })),
    );
    drawn.forEach((d, i) => expect(d.title.startsWith(expected[i]!.title.replace(/&/g, '&#38;'))).toBe(true));
    // the recorded build: three RUN layers before (the 0-byte `apt-get clean` among them), one after
    expect(drawn.filter((d) => d.image === 'before')).toHaveLength(4);
    expect(drawn.filter((d) => d.image === 'after')).toHaveLength(2);
  });

  test('segment widths are proportional to the measured bytes, on one scale for both images', () => {
    const report = classicReport();
    const drawn = drawnSegments(renderSvg(report));
    const before = drawn.filter((d) => d.image === 'before');
    const after = drawn.filter((d) => d.image === 'after');
    const fullWidth = before.reduce((s, d) => s + d.width, 0);
    // the larger image spans the bar; bytes per unit of width is the same for every segment of both bars
    const perUnit = report.before.totalBytes / fullWidth;
    for (const d of drawn) expect(Math.abs(d.width * perUnit - d.bytes)).toBeLessThan(0.01 * perUnit);
    const afterWidth = after.reduce((s, d) => s + d.width, 0);
    expect(afterWidth / fullWidth).toBeCloseTo(report.after.totalBytes / report.before.totalBytes, 3);
    expect(before.find((d) => d.bytes === 0)!.width).toBe(0);
  });

  test('the saving is in the title; every layer is named in the legend, even a 0-byte one', () => {
    const svg = renderSvg(classicReport());
    expect(svg).toContain('390.9 MB → 170.7 MB, 220.2 MB saved (56.3%)');
    expect(svg).toMatch(/<tspan font-weight="600">0 B<\/tspan> line 4: apt-get clean<\/text>/);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  test('bars are laid out from the report alone, whatever the sizes', () => {
    const r = classicReport();
    const tiny: MeasureReport = {
      ...r,
      before: { ...r.before, totalBytes: 300, otherBytes: 100, runLayers: [{ line: 2, command: 'a', bytes: 200 }] },
      after: { ...r.after, totalBytes: 150, otherBytes: 100, runLayers: [{ line: 2, command: 'a', bytes: 50 }] },
    };
    const [before, after] = chartBars(tiny);
    expect(before!.segments.map((s) => s.width / before!.segments[0]!.width)).toEqual([1, 2]);
    expect(after!.segments.map((s) => s.width / before!.segments[0]!.width)).toEqual([1, 0.5]);
    expect(after!.segments[1]!.x).toBe(after!.segments[0]!.width);
  });

  test('commands are escaped: markup in a RUN line stays text', () => {
    const r = classicReport();
    r.after.runLayers = [{ line: 2, command: `echo '<b>' && cat <<"x" > a&b`, bytes: 5 }];
    const svg = renderSvg(r);
    expect(svg).toContain('echo &#39;&#60;b&#62;&#39; &#38;&#38; cat &#60;&#60;&#34;x&#34; &#62; a&#38;b');
    expect(svg).not.toContain('<b>');
  });

  test('html: self-contained page with the title, the chart and the tables, nothing fetched', () => {
    const report = classicReport();
    const html = formatReport(report, 'html');
    expect(html).toBe(renderHtml(report));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/<title>examples\/measure-apt-classic\/Dockerfile: 390.9 MB → 170.7 MB, 220.2 MB saved/);
    expect(html).toContain(renderSvg(report));
    expect(html).toContain('<tr><td>image size</td><td>390.9 MB</td><td>170.7 MB</td><td>220.2 MB (56.3%)</td></tr>');
    expect(html).toContain('<td>before</td><td>2</td><td>167.3 MB</td><td><code>apt-get update</code></td>');
    expect(html).toContain('<li><code>merge-runs</code> merge 3 RUN instructions (apt) into one layer</li>');
    // no script, no stylesheet or image from elsewhere; the only URL is the SVG namespace
    expect(html).not.toMatch(/<script|<link|\bsrc=|\bhref=|@import|url\(/);
    expect(html.match(/https?:\/\/[^\s"]+/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  test('svg format is the chart alone', () => {
    const report = classicReport();
    expect(formatReport(report, 'svg')).toBe(renderSvg(report));
  });
});
