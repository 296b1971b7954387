import { renderHtml, renderSvg } from './chart.js';
export const REPORT_FORMATS = ['text', 'json', 'markdown', 'html', 'svg'];
/** Decimal units, as `docker images` prints them. */
export function formatBytes(bytes) {
    const sign = bytes < 0 ? '-' : '';
    const b = Math.abs(bytes);
    if (b < 1000)
        return `${sign}${b} B`;
    if (b < 1e6)
        return `${sign}${(b / 1e3).toFixed(1)} kB`;
    if (b < 1e9)
        return `${sign}${(b / 1e6).toFixed(1)} MB`;
    return `${sign}${(b / 1e9).toFixed(2)} GB`;
}
export function formatPercent(p) {
    return `${p.toFixed(1)}%`;
}
export function formatReport(report, format) {
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
function short(command, width = 60) {
    return command.length <= width ? command : command.slice(0, width - 1) + '…';
}
function runLabel(l) {
    return l.line !== undefined ? `line ${l.line}` : 'unmatched';
}
function text(r) {
    const out = [];
    const where = `${r.dockerfile}${r.target ? ` (target ${r.target})` : ''}`;
    out.push(`measure: ${where}, context ${r.context}, ${r.builder} builder`);
    if (!r.changed)
        out.push('dockerfile-squash made no change: nothing to compare (one build).');
    const rows = [
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
    for (const [a, b, c] of rows)
        out.push(`  ${a.padEnd(w0)}  ${b.padStart(w1)}  ${c.padStart(w2)}`);
    for (const [name, m] of [
        ['before', r.before],
        ['after', r.after],
    ]) {
        out.push(`RUN layers ${name}:`);
        if (!m.runLayers.length)
            out.push('  (none)');
        for (const l of m.runLayers) {
            out.push(`  ${runLabel(l).padEnd(9)} ${formatBytes(l.bytes).padStart(9)}  ${short(l.command)}`);
        }
        out.push(`  ${'other'.padEnd(9)} ${formatBytes(m.otherBytes).padStart(9)}  (base image, COPY/ADD, …)`);
    }
    out.push(`saved: ${formatBytes(r.saving.bytes)} (${r.saving.bytes} bytes, ${formatPercent(r.saving.percent)}), ` +
        `${r.layersSaved} layer${Math.abs(r.layersSaved) === 1 ? '' : 's'} fewer`);
    if (r.heldBack)
        out.push(`${r.heldBack} unsafe fix${r.heldBack === 1 ? '' : 'es'} held back (not measured; see --unsafe)`);
    if (r.kept)
        out.push(`kept: ${[r.before.tag, r.after.tag].filter(Boolean).join(', ')}`);
    if (r.builder === 'buildkit')
        out.push(BUILDKIT_NOTE);
    for (const f of r.leftBehind)
        out.push(`warning: could not remove ${f.id}: ${f.reason}`);
    return out.join('\n') + '\n';
}
const BUILDKIT_NOTE = "note: built with BuildKit: the images are removed, BuildKit's build cache is not (docker builder prune)";
function mdEscape(s) {
    return s.replace(/\|/g, '\\|').replace(/`/g, "'");
}
function markdown(r) {
    const out = [];
    const pct = formatPercent(r.saving.percent);
    out.push(`**dockerfile-squash** on \`${mdEscape(r.dockerfile)}\`${r.target ? ` (target \`${mdEscape(r.target)}\`)` : ''}`);
    out.push('');
    out.push('| | before | after | saved |');
    out.push('| --- | ---: | ---: | ---: |');
    out.push(`| image size | ${formatBytes(r.before.totalBytes)} | ${formatBytes(r.after.totalBytes)} | ${formatBytes(r.saving.bytes)} (${pct}) |`);
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
    ]) {
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
