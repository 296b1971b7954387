const FIGURES = ['runsMerged', 'layersRemoved', 'teardowns', 'flags'];
export function emptySummary() {
    return {
        files: 0,
        changed: 0,
        unchanged: 0,
        skipped: 0,
        errors: 0,
        skippedBy: {},
        errorsBy: {},
        fixes: 0,
        runsMerged: 0,
        layersRemoved: 0,
        teardowns: 0,
        flags: 0,
        heldBack: 0,
        stagesNotShipping: 0,
    };
}
export function summarise(results) {
    const s = emptySummary();
    for (const r of results)
        addToSummary(s, r);
    return s;
}
/** Counts one result in; a batch can be summarised as it streams, without keeping its results. */
export function addToSummary(s, r) {
    if (!r.operand)
        s.files++;
    if (r.status === 'changed')
        s.changed++;
    else if (r.status === 'unchanged')
        s.unchanged++;
    else if (r.status === 'skipped')
        s.skipped++;
    else
        s.errors++;
    if (r.reason) {
        const by = r.status === 'skipped' ? s.skippedBy : s.errorsBy;
        by[r.reason] = (by[r.reason] ?? 0) + 1;
    }
    s.heldBack += r.heldBack.length;
    s.stagesNotShipping += r.stagesNotShipping;
    if (r.status === 'error')
        return;
    s.fixes += r.fixes.length;
    for (const fix of r.fixes)
        for (const figure of FIGURES)
            s[figure] += fix.figures?.[figure] ?? 0;
}
