/**
 * Renders a MeasureReport as text (terminal), JSON (machines), a Markdown table (pull requests), or a chart
 * of the layers (SVG alone, or a self-contained HTML page with the tables: see chart.ts).
 */
import type { ImageSummary, RunLayer } from './history.js';
import { renderHtml, renderSvg } from './chart.js';

export type ReportFormat = 'text' | 'json' | 'markdown' | 'html' | 'svg';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'markdown', 'html', 'svg'];

export interface ImageMeasurement extends ImageSummary {
  /** Seconds the build took (cache hits included). */
  buildSeconds: number;
  /** Tag left on the image with `keep` (absent when it was removed). */
  tag?: string;
}

export interface MeasureReport {
  dockerfile: string;
  context: string;
  target?: string;
  builder: 'legacy' | 'buildkit';
  /** Whether the rewrite changed the Dockerfile; when false only one image was built. */
  changed: boolean;
  /** Fixes the rewrite applied (rule id and message). */
  fixes: { ruleId: string; message: string }[];
  /** Unsafe fixes not applied (not measured). */
  heldBack: number;
  before: ImageMeasurement;
  after: ImageMeasurement;
  saving: { bytes: number; percent: number };
  layersSaved: number;
  kept: boolean;
  /** Images measure built and could not remove (left in place, with docker's reason). */
  leftBehind: { id: string; reason: string }[];
}

/** Decimal units, as `docker images` prints them. */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '';
  const b = Math.abs(bytes);
  if (b < 1000) return `${sign}${b} B`;
  if (b < 1e6) return `${sign}${(b / 1e3).toFixed(1)} kB`;
  if (b < 1e9) return `${sign}${(b / 1e6).toFixed(1)} MB`;
  return `${sign}${(b / 1e9).toFixed(2)} GB`;
}

export function formatPercent(p: number): string {
  return `${p.toFixed(1)}%`;
}

export function formatReport(report: MeasureReport, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'markdown':
      return markdown(report);
    case 'text':
      return text(report);
    case 'html':
      return renderHtml(report);
    case 'svg':
      return renderSvg(report);
    default:
      throw new Error(`unknown report format '${String(format)}' (${REPORT_FORMATS.join(', ')})`);
  }
}

function short(command: string, width = 60): string {
  return command.length <= width ? command : command.slice(0, width - 1) + '…';
}

function runLabel(l: RunLayer): string {
  return l.line !== undefined ? `line ${l.line}` : 'unmatched';
}

function text(r: MeasureReport): string {
  const out: string[] = [];
  const where = `${r.dockerfile}${r.target ? ` (target ${r.target})` : ''}`;
  out.push(`measure: ${where}, context ${r.context}, ${r.builder} builder`);
  if (!r.changed) out.push('dockerfile-squash made no change: nothing to compare (one build).');
  const rows: [string, string, string][] = [
    ['', 'before', 'after'],
    ['image size', formatBytes(r.before.totalBytes), formatBytes(r.after.totalBytes)],
    ['bytes', String(r.before.totalBytes), String(r.after.totalBytes)],
    ['layers', String(r.before.layers), String(r.after.layers)],
    ['RUN layers', String(r.before.runLayers.length), String(r.after.runLayers.length)],
    ['build time', `${r.before.buildSeconds.toFixed(1)} s`, `${r.after.buildSeconds.toFixed(1)} s`],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  const w2 = Math.max(...rows.map((x) => x[2].length));
  for (const [a, b, c] of rows) out.push(`  ${a.padEnd(w0)}  ${b.padStart(w1)}  ${c.padStart(w2)}`);
  for (const [name, m] of [
    ['before', r.before],
    ['after', r.after],
  ] as const) {
    out.push(`RUN layers ${name}:`);
    if (!m.runLayers.length) out.push('  (none)');
    for (const l of m.runLayers) {
      out.push(`  ${runLabel(l).padEnd(9)} ${formatBytes(l.bytes).padStart(9)}  ${short(l.command)}`);
    }
    out.push(`  ${'other'.padEnd(9)} ${formatBytes(m.otherBytes).padStart(9)}  (base image, COPY/ADD, …)`);
  }
  out.push(
    `saved: ${formatBytes(r.saving.bytes)} (${r.saving.bytes} bytes, ${formatPercent(r.saving.percent)}), ` +
      `${r.layersSaved} layer${Math.abs(r.layersSaved) === 1 ? '' : 's'} fewer`,
  );
  if (r.heldBack)
    out.push(`${r.heldBack} unsafe fix${r.heldBack === 1 ? '' : 'es'} held back (not measured; see --unsafe)`);
  if (r.kept) out.push(`kept: ${[r.before.tag, r.after.tag].filter(Boolean).join(', ')}`);
  if (r.builder === 'buildkit') out.push(BUILDKIT_NOTE);
  for (const f of r.leftBehind) out.push(`warning: could not remove ${f.id}: ${f.reason}`);
  return out.join('\n') + '\n';
}

const BUILDKIT_NOTE =
  "note: built with BuildKit: the images are removed, BuildKit's build cache is not (docker builder prune)";

function mdEscape(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/`/g, "'");
}

function markdown(r: MeasureReport): string {
  const out: string[] = [];
  const pct = formatPercent(r.saving.percent);
  out.push(
    `**dockerfile-squash** on \`${mdEscape(r.dockerfile)}\`${r.target ? ` (target \`${mdEscape(r.target)}\`)` : ''}`,
  );
  out.push('');
  out.push('| | before | after | saved |');
  out.push('| --- | ---: | ---: | ---: |');
  out.push(
    `| image size | ${formatBytes(r.before.totalBytes)} | ${formatBytes(r.after.totalBytes)} | ${formatBytes(r.saving.bytes)} (${pct}) |`,
  );
  out.push(`| layers | ${r.before.layers} | ${r.after.layers} | ${r.layersSaved} |`);
  out.push(`| RUN layers | ${r.before.runLayers.length} | ${r.after.runLayers.length} | |`);
  out.push('');
  out.push('<details><summary>RUN layers</summary>');
  out.push('');
  out.push('| image | line | size | RUN |');
  out.push('| --- | ---: | ---: | --- |');
  for (const [name, m] of [
    ['before', r.before],
    ['after', r.after],
  ] as const) {
    for (const l of m.runLayers) {
      out.push(`| ${name} | ${l.line ?? ''} | ${formatBytes(l.bytes)} | \`${mdEscape(short(l.command, 80))}\` |`);
    }
  }
  out.push('');
  out.push('</details>');
  out.push('');
  out.push(`Measured with the ${r.builder} builder; sizes as \`docker image inspect\` reports them (decimal units).`);
  return out.join('\n') + '\n';
}
