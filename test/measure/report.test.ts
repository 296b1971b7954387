import { describe, expect, test, beforeAll } from '@jest/globals';
import { initShellParser } from '../../src/document/shell.js';
import { formatBytes, formatReport, REPORT_FORMATS } from '../../src/measure/report.js';
import { classicReport } from './classic-report.js';

beforeAll(() => initShellParser());

describe('formatReport', () => {
  test('text: sizes, layers, RUN layers of each image, the saving', () => {
    const out = formatReport(classicReport(), 'text');
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      'measure: examples/measure-apt-classic/Dockerfile, context examples/measure-apt-classic, legacy builder',
    );
    expect(lines).toContain('  image size   390.9 MB   170.7 MB');
    expect(lines).toContain('  bytes       390850984  170662861');
    expect(lines).toContain('  layers              4          2');
    expect(lines).toContain('  line 2     167.3 MB  apt-get update');
    expect(lines).toContain('  line 4          0 B  apt-get clean');
    expect(lines).toContain('  other      116.9 MB  (base image, COPY/ADD, …)');
    expect(out).toContain('  line 2      53.8 MB  apt-get update && apt-get install -y python3 curl && apt-ge…');
    expect(out).toContain('saved: 220.2 MB (220188123 bytes, 56.3%), 2 layers fewer\n');
    expect(out.endsWith('\n')).toBe(true);
  });

  test('text: unchanged Dockerfile, kept images, held-back fixes, leftovers', () => {
    const r = classicReport();
    const out = formatReport(
      {
        ...r,
        changed: false,
        after: { ...r.before },
        saving: { bytes: 0, percent: 0 },
        layersSaved: 0,
        heldBack: 2,
        kept: true,
        before: { ...r.before, tag: 'dfsq-measure:0a1b2c3d-before' },
        leftBehind: [{ id: 'sha256:abc', reason: 'image has dependent child images' }],
      },
      'text',
    );
    expect(out).toContain('dockerfile-squash made no change: nothing to compare (one build).');
    expect(out).toContain('saved: 0 B (0 bytes, 0.0%), 0 layers fewer');
    expect(out).toContain('2 unsafe fixes held back');
    expect(out).toContain('kept: dfsq-measure:0a1b2c3d-before');
    expect(out).toContain('warning: could not remove sha256:abc: image has dependent child images');
  });

  test('markdown: a summary table ready for a PR, RUN layers in a details block', () => {
    const out = formatReport(classicReport(), 'markdown');
    expect(out).toContain(
      [
        '| | before | after | saved |',
        '| --- | ---: | ---: | ---: |',
        '| image size | 390.9 MB | 170.7 MB | 220.2 MB (56.3%) |',
        '| layers | 4 | 2 | 2 |',
        '| RUN layers | 3 | 1 | |',
      ].join('\n'),
    );
    expect(out).toContain('| before | 2 | 167.3 MB | `apt-get update` |');
    expect(out).toContain(
      '| after | 2 | 53.8 MB | `apt-get update && apt-get install -y python3 curl && apt-get clean && rm -rf /v…` |',
    );
    expect(out.startsWith('**dockerfile-squash** on `examples/measure-apt-classic/Dockerfile`\n')).toBe(true);
    // every table row has the same number of cells as its header
    for (const block of out.split('\n\n').filter((b) => b.startsWith('|'))) {
      const rows = block.split('\n').filter(Boolean);
      const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
      for (const row of rows) expect(cells(row)).toBe(cells(rows[0]!));
    }
  });

  test('markdown escapes pipes in commands', () => {
    const r = classicReport();
    r.after.runLayers = [{ line: 2, command: 'a || b', bytes: 1 }];
    expect(formatReport(r, 'markdown')).toContain('| after | 2 | 1 B | `a \\|\\| b` |');
  });

  test('json: the report itself, byte-exact numbers', () => {
    const r = classicReport();
    const parsed = JSON.parse(formatReport(r, 'json')) as MeasureReport;
    expect(parsed).toEqual(r);
    expect(parsed.saving.bytes).toBe(220188123);
    expect(parsed.before.runLayers).toHaveLength(3);
  });

  test('the formats, and an unknown one', () => {
    expect(REPORT_FORMATS).toEqual(['text', 'json', 'markdown', 'html', 'svg']);
    expect(() => formatReport(classicReport(), 'pdf' as never)).toThrow(/unknown report format 'pdf'/);
  });

  test('formatBytes: decimal units like docker images', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(102406)).toBe('102.4 kB');
    expect(formatBytes(390850984)).toBe('390.9 MB');
    expect(formatBytes(1.5e9)).toBe('1.50 GB');
    expect(formatBytes(-2_000_000)).toBe('-2.0 MB');
  });
});
