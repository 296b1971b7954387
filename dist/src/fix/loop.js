/**
 * The fix loop: parse, ask every transform for fixes, apply what does not overlap, re-parse, until nothing is
 * proposed (at most 10 passes; a cycle stops it). Any failure leaves the text as it was and names the cause.
 * A file that carries `# dockerfile-squash ignore-file`, or is not for a POSIX shell, is not looked at by any
 * transform.
 */
import { parseDocument } from '../document/parse.js';
import { applyFixes } from './apply.js';
export const MAX_PASSES = 10;
export class FixError extends Error {
    transformId;
    constructor(message, transformId) {
        super(message);
        this.transformId = transformId;
        this.name = 'FixError';
    }
}
export function runFixLoop(text, proposers, options) {
    const seen = new Set([text]);
    const applied = [];
    let current = text;
    let doc = parseDocument(current, options.ignoredRules, { shellTrees: !options.quiet });
    if (options.quiet)
        proposers = [];
    const untouched = { output: text, applied, heldBack: [], passes: 0, problems: [], leftAlone: null, document: doc };
    if (doc.ignoreFile)
        return { ...untouched, leftAlone: { reason: 'ignore-file pragma', message: 'ignore-file pragma' } };
    if (doc.leftAlone)
        return { ...untouched, leftAlone: doc.leftAlone };
    if (doc.problems.length > 0)
        return { ...untouched, problems: doc.problems };
    for (let pass = 1; pass <= MAX_PASSES + 1; pass++) {
        const proposed = proposeFixes(doc, proposers);
        const usable = proposed.filter((f) => f.applicability === 'safe' || options.unsafe);
        if (usable.length === 0) {
            return {
                output: current,
                applied,
                heldBack: proposed.filter((f) => !usable.includes(f)),
                passes: pass - 1,
                problems: [],
                leftAlone: null,
                document: doc,
            };
        }
        if (pass > MAX_PASSES)
            throw new FixError(`fixes did not settle after ${MAX_PASSES} passes`, usable[0].ruleId);
        const result = applyFixes(current, usable);
        if (seen.has(result.output))
            throw new FixError('fixes undo each other (cycle)', blame(result.applied));
        seen.add(result.output);
        const next = parseDocument(result.output, options.ignoredRules);
        if (next.problems.length > 0) {
            const [first] = next.problems;
            throw new FixError(`the rewritten file no longer parses (line ${first.line}: ${first.message})`, blame(result.applied));
        }
        verifyRewrittenRuns(doc, next, result.applied);
        applied.push(...result.applied.map((f) => ({ ...f, pass })));
        current = result.output;
        doc = next;
    }
    throw new FixError('unreachable', null);
}
function proposeFixes(doc, proposers) {
    const fixes = [];
    for (const proposer of proposers) {
        try {
            fixes.push(...proposer.propose(doc));
        }
        catch (error) {
            throw new FixError(`transform failed: ${error?.message ?? String(error)}`, proposer.id);
        }
    }
    return fixes;
}
/** A pass that broke the file is reported under the transform whose fix came first in it. */
function blame(applied) {
    return applied[0]?.ruleId ?? null;
}
/**
 * Every shell-form RUN whose text is new after a pass must still have an error-free shell tree, and a heredoc
 * RUN that was a shell script must still be one.
 */
function verifyRewrittenRuns(before, after, applied) {
    const previous = new Set(before.instructions
        .filter((i) => i.run?.form === 'shell' || i.run?.form === 'heredoc')
        .map((i) => before.text.slice(i.run.bodyStart, i.run.bodyEnd)));
    for (const ins of after.instructions) {
        const run = ins.run;
        if (!run || (run.form !== 'shell' && run.form !== 'heredoc'))
            continue;
        if (previous.has(after.text.slice(run.bodyStart, run.bodyEnd)))
            continue;
        if (run.form === 'heredoc' && !run.shell) {
            throw new FixError('a rewritten heredoc RUN is no longer a shell script', blame(applied));
        }
        if (!run.shell)
            continue;
        if (run.shell.hasError || (run.form === 'shell' && !run.posixShell)) {
            throw new FixError('a rewritten RUN no longer parses as shell', blame(applied));
        }
    }
}
