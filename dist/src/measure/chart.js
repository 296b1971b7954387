import { formatBytes, formatPercent } from './report.js';
const WIDTH = 760;
const MARGIN = 20;
const LABEL_WIDTH = 70;
const BAR_WIDTH = WIDTH - 2 * MARGIN - LABEL_WIDTH;
const BAR_HEIGHT = 34;
const LEGEND_ROW = 18;
const FONT = "font-family:system-ui,-apple-system,'Segoe UI',sans-serif";
/** Base image and the layers measure does not split (COPY/ADD, …) in grey; RUN layers take the palette in turn. */
const OTHER_COLOUR = '#b8bec6';
const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#9c755f'];
export const OTHER_LABEL = 'base image and other layers (COPY, ADD, …)';
/**
 * Both bars share one scale, the larger image filling the width, so the rewrite's bar is visibly shorter by
 * the saving. Layers are laid out oldest first, as they stack in the image.
 */
export function chartBars(report) {
    const scale = BAR_WIDTH / Math.max(1, barBytes(report.before), barBytes(report.after));
    return ['before', 'after'].map((name) => {
        const image = report[name];
        let x = 0;
        const segments = layersOf(image).map(({ label, bytes }) => {
            const segment = { label, bytes, x, width: bytes * scale };
            x += segment.width;
            return segment;
        });
        return { name, totalBytes: image.totalBytes, segments };
    });
}
function layersOf(image) {
    // otherBytes is total minus the RUN layers: never negative for a real image, clamped in case docker disagrees
    return [
        { label: OTHER_LABEL, bytes: Math.max(0, image.otherBytes) },
        ...image.runLayers.map((l) => ({ label: runLabel(l), bytes: Math.max(0, l.bytes) })),
    ];
}
function barBytes(image) {
    return layersOf(image).reduce((sum, l) => sum + l.bytes, 0);
}
function runLabel(l) {
    return `${l.line !== undefined ? `line ${l.line}` : 'RUN'}: ${l.command}`;
}
/** The saving in words: `390.9 MB → 170.7 MB, 220.2 MB saved (56.3%)`. */
export function savingLine(r) {
    if (!r.changed)
        return `${formatBytes(r.before.totalBytes)}, no change from dockerfile-squash`;
    const sizes = `${formatBytes(r.before.totalBytes)} → ${formatBytes(r.after.totalBytes)}`;
    return `${sizes}, ${formatBytes(r.saving.bytes)} saved (${formatPercent(r.saving.percent)})`;
}
export function chartTitle(r) {
    return `${r.dockerfile}: ${savingLine(r)}`;
}
export function escapeXml(s) {
    return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function ellipsis(s, chars) {
    return s.length <= chars ? s : s.slice(0, Math.max(0, chars - 1)) + '…';
}
/** Rough width of 11px system-ui text, to decide whether a size fits inside its segment. */
const CHAR_WIDTH = 6.4;
export function renderSvg(report) {
    const bars = chartBars(report);
    const colour = new Map();
    let next = 0;
    const colourOf = (label) => {
        if (label === OTHER_LABEL)
            return OTHER_COLOUR;
        if (!colour.has(label))
            colour.set(label, PALETTE[next++ % PALETTE.length]);
        return colour.get(label);
    };
    const out = [];
    let y = MARGIN + 16;
    const title = chartTitle(report);
    out.push(`<text x="${MARGIN}" y="${y}" font-size="16" font-weight="600">${escapeXml(savingLine(report))}</text>`);
    y += 19;
    const where = ellipsis(`${report.dockerfile}${report.target ? ` (target ${report.target})` : ''}`, 110);
    out.push(`<text x="${MARGIN}" y="${y}" font-size="12" fill="#59636e">${escapeXml(where)}</text>`);
    y += 14;
    for (const bar of bars) {
        y += 8;
        out.push(`<g class="bar" data-image="${bar.name}">`);
        out.push(`<text x="${MARGIN}" y="${y + 14}" font-size="13" font-weight="600">${bar.name}</text>` +
            `<text x="${MARGIN}" y="${y + 29}" font-size="11.5">${formatBytes(bar.totalBytes)}</text>`);
        const left = MARGIN + LABEL_WIDTH;
        for (const s of bar.segments) {
            const fill = colourOf(s.label);
            const tip = `${s.label} (${formatBytes(s.bytes)})`;
            out.push(`<rect class="segment" x="${fix(left + s.x)}" y="${y}" width="${fix(s.width)}" height="${BAR_HEIGHT}" ` +
                `fill="${fill}" stroke="#fff" stroke-width="1" data-bytes="${s.bytes}"><title>${escapeXml(tip)}</title></rect>`);
            const size = formatBytes(s.bytes);
            if (s.width > size.length * CHAR_WIDTH + 8) {
                const ink = s.label === OTHER_LABEL ? '#1f2328' : '#fff';
                out.push(`<text x="${fix(left + s.x + s.width / 2)}" y="${y + BAR_HEIGHT / 2 + 4}" font-size="11" ` +
                    `text-anchor="middle" fill="${ink}">${size}</text>`);
            }
        }
        y += BAR_HEIGHT + 6;
        // The legend names every layer, even those too small to see (a 0-byte `apt-get clean` is the point).
        for (const s of bar.segments) {
            y += LEGEND_ROW;
            const label = ellipsis(s.label, 92);
            out.push(`<rect x="${left}" y="${y - 10}" width="10" height="10" fill="${colourOf(s.label)}"/>` +
                `<text x="${left + 16}" y="${y}" font-size="11.5"><tspan font-weight="600">${formatBytes(s.bytes)}</tspan>` +
                ` ${escapeXml(label)}</text>`);
        }
        out.push('</g>');
        y += 12;
    }
    const height = y + MARGIN - 12;
    return (`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ` +
        `role="img" aria-label="${escapeXml(title)}" style="${FONT}" fill="#1f2328">\n` +
        `<rect width="${WIDTH}" height="${height}" fill="#fff"/>\n` +
        out.join('\n') +
        '\n</svg>\n');
}
/** Two decimals are plenty for SVG user units and keep the output stable across platforms. */
function fix(n) {
    return String(Math.round(n * 100) / 100);
}
export function renderHtml(report) {
    const r = report;
    const title = chartTitle(r);
    const row = (cells, tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
    const summary = [
        row(['', 'before', 'after', 'saved'], 'th'),
        row([
            'image size',
            formatBytes(r.before.totalBytes),
            formatBytes(r.after.totalBytes),
            `${formatBytes(r.saving.bytes)} (${formatPercent(r.saving.percent)})`,
        ]),
        row(['bytes', String(r.before.totalBytes), String(r.after.totalBytes), String(r.saving.bytes)]),
        row(['layers', String(r.before.layers), String(r.after.layers), String(r.layersSaved)]),
        row(['RUN layers', String(r.before.runLayers.length), String(r.after.runLayers.length), '']),
        row(['build time', `${r.before.buildSeconds.toFixed(1)} s`, `${r.after.buildSeconds.toFixed(1)} s`, '']),
    ];
    const layers = [row(['image', 'line', 'size', 'RUN'], 'th')];
    for (const name of ['before', 'after']) {
        for (const l of r[name].runLayers) {
            layers.push(row([
                name,
                l.line !== undefined ? String(l.line) : '',
                formatBytes(l.bytes),
                `<code>${escapeXml(l.command)}</code>`,
            ]));
        }
        layers.push(row([name, '', formatBytes(r[name].otherBytes), 'base image, COPY/ADD, …']));
    }
    const fixes = r.fixes.map((f) => `<li><code>${escapeXml(f.ruleId)}</code> ${escapeXml(f.message)}</li>`);
    const notes = [];
    if (r.heldBack)
        notes.push(`${r.heldBack} unsafe fix${r.heldBack === 1 ? '' : 'es'} held back (not measured; see --unsafe).`);
    notes.push(`Built with the ${r.builder} builder; sizes as <code>docker image inspect</code> reports them (decimal units).`);
    for (const f of r.leftBehind)
        notes.push(`Could not remove ${escapeXml(f.id)}: ${escapeXml(f.reason)}`);
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>
body { ${FONT}; color: #1f2328; max-width: 820px; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.3rem; }
svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #d0d7de; padding: .3rem .6rem; text-align: right; vertical-align: top; }
td:first-child, th:first-child, td:last-child { text-align: left; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .85em; word-break: break-all; }
.notes { color: #59636e; font-size: .9rem; }
</style>
</head>
<body>
<h1>${escapeXml(title)}</h1>
${renderSvg(r)}
<h2>Summary</h2>
<table class="summary">
${summary.join('\n')}
</table>
<h2>Layers</h2>
<table class="layers">
${layers.join('\n')}
</table>
${fixes.length ? `<h2>Fixes applied</h2>\n<ul>\n${fixes.join('\n')}\n</ul>` : '<p>dockerfile-squash made no change: nothing to compare (one build).</p>'}
<p class="notes">${notes.join('<br>\n')}</p>
</body>
</html>
`;
}
