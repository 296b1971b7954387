export function applyFixes(text, fixes) {
    const ordered = fixes
        .map((fix, order) => ({ fix, order, edits: [...fix.edits].sort(byRange) }))
        .filter((f) => f.edits.length > 0)
        .sort((a, b) => byRange(a.edits[0], b.edits[0]) || a.order - b.order);
    const taken = [];
    const applied = [];
    const skipped = [];
    for (const candidate of ordered) {
        if (!isWellFormed(candidate.edits, text.length) || candidate.edits.some((e) => taken.some((t) => overlaps(e, t)))) {
            skipped.push(candidate.fix);
            continue;
        }
        taken.push(...candidate.edits);
        applied.push(candidate.fix);
    }
    taken.sort(byRange);
    let output = '';
    let last = 0;
    for (const edit of taken) {
        output += text.slice(last, edit.start) + edit.text;
        last = edit.end;
    }
    output += text.slice(last);
    return { output, applied, skipped };
}
function byRange(a, b) {
    return a.start - b.start || a.end - b.end;
}
function isWellFormed(edits, length) {
    for (let i = 0; i < edits.length; i++) {
        const e = edits[i];
        if (e.start < 0 || e.end < e.start || e.end > length)
            return false;
        if (i > 0 && overlaps(edits[i - 1], e))
            return false;
    }
    return true;
}
export function overlaps(a, b) {
    if (a.start === a.end && b.start === b.end)
        return a.start === b.start;
    if (a.start === a.end)
        return a.start > b.start && a.start < b.end;
    if (b.start === b.end)
        return b.start > a.start && b.start < a.end;
    return a.start < b.end && b.start < a.end;
}
