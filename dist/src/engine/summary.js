const FLAG_RULES = new Set(['no-cache-flag', 'slim-install']);
export function emptySummary() {
    return {
        files: 0,
        changed: 0,
        unchanged: 0,
        skipped: 0,
        errors: 0,
        skippedBy: {},
        errorsBy: {},
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
/** Counts one file in; a batch can be summarised as it streams, without keeping its results. */
export function addToSummary(s, r) {
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
    for (const fix of r.fixes) {
        if (fix.ruleId === 'merge-runs') {
            const runs = Number(fix.data?.['runs'] ?? 0);
            s.runsMerged += runs;
            s.layersRemoved += Math.max(0, runs - 1);
        }
        else if (fix.ruleId === 'teardown')
            s.teardowns++;
        else if (FLAG_RULES.has(fix.ruleId))
            s.flags += Number(fix.data?.['flags'] ?? 1);
    }
}
