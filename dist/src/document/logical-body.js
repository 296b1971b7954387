/**
 * The text Docker hands to `/bin/sh -c` for a shell-form RUN: physical lines joined where they end in the
 * escape character, and comment or empty lines inside the continuation dropped (the builder removes them
 * before the shell ever sees the text). `map[i]` is the source offset of logical character i, so findings
 * made on the shell tree can be turned into edits at the exact source bytes; `map[text.length]` is the end.
 */
export function buildLogicalBody(src, from, to, escapeChar) {
    let text = '';
    const map = [];
    let pos = from;
    let continued = false;
    while (pos < to) {
        let lineEnd = src.indexOf('\n', pos);
        if (lineEnd < 0 || lineEnd >= to)
            lineEnd = to;
        let line = src.slice(pos, lineEnd);
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        if (continued && isCommentOrBlank(line)) {
            pos = lineEnd + 1;
            continue;
        }
        const keepLength = continuationCut(line, escapeChar);
        const keep = keepLength === -1 ? line : line.slice(0, keepLength);
        // One slice per line, not one character at a time: a string built of thousands of one-character pieces is
        // flattened again by every reader that hashes or scans it (the shell-analysis cache, tree-sitter).
        text += keep;
        for (let i = 0; i < keep.length; i++)
            map.push(pos + i);
        if (keepLength === -1) {
            map.push(pos + keep.length);
            return { text, map };
        }
        continued = true;
        pos = lineEnd + 1;
    }
    map.push(Math.min(pos, to));
    return { text, map };
}
function isCommentOrBlank(line) {
    const trimmed = line.trimStart();
    return trimmed === '' || trimmed.startsWith('#');
}
/** Index where a trailing escape (plus trailing blanks) starts, or -1 when the line does not continue. */
export function continuationCut(line, escapeChar) {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t'))
        end--;
    if (end === 0 || line[end - 1] !== escapeChar)
        return -1;
    return end - 1;
}
