/**
 * The RUN instructions of a Dockerfile, as the image history records them: read from the one Document model
 * (`parseDocument`, after `initShellParser()`), so measuring sees exactly the instructions the rewrite saw.
 * Whitespace is compared collapsed, so the exact joining of indentation does not matter.
 */
import { parseDocument } from '../document/parse.js';
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
export function collapseWhitespace(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** RUN instructions of every stage, in file order. */
export function scanRuns(text) {
    const doc = parseDocument(text.replace(/^\uFEFF/, ''));
    const runs = [];
    for (const ins of doc.instructions) {
        const run = ins.run;
        if (!run)
            continue;
        const line = doc.text.slice(0, ins.start).split('\n').length;
        const raw = doc.text.slice(run.bodyStart, run.bodyEnd);
        const command = run.form === 'shell'
            ? run.logical.text
            : run.form === 'exec'
                ? JSON.parse(raw.replace(new RegExp(`\\${doc.escapeChar}\\r?\\n`, 'g'), '')).join(' ')
                : raw;
        runs.push({ line, stage: ins.stage, form: run.form, command: collapseWhitespace(command) });
    }
    return runs;
}
/**
 * Whether the legacy builder cannot build this text: a `# syntax=` directive, RUN --mount/--network/--security,
 * heredocs, or COPY/ADD flags only BuildKit knows.
 */
export function needsBuildKit(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    for (const line of lines) {
        const m = DIRECTIVE.exec(line);
        if (!m)
            break;
        if (m[1].toLowerCase() === 'syntax')
            return true;
    }
    for (const line of lines) {
        if (/^\s*RUN\s+(?:--\S+\s+)*--(?:mount|network|security)[=\s]/i.test(line))
            return true;
        if (/^\s*(?:RUN|COPY|ADD)\s.*<<-?\s*["']?[A-Za-z_]/i.test(line))
            return true;
        if (/^\s*(?:COPY|ADD)\s+(?:--\S+\s+)*--(?:link|parents|exclude|checksum|keep-git-dir)\b/i.test(line))
            return true;
    }
    return false;
}
