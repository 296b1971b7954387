/**
 * merge-runs: adjacent RUNs whose work belongs in one layer become one RUN: a RUN that leaves a package manager's
 * state and the later RUN of that manager that deletes it (so the clean-up shares the layer that filled the cache),
 * and a RUN that deletes what an earlier RUN of the stretch created or installed (so the deletion actually saves
 * bytes). RUNs merge across an ENV of literal values; with --unsafe, across other ENVs and ARGs too (see
 * lib/crossing.ts).
 */
import { continuationCut } from '../src/document/logical-body.js';
import { hasIgnorePragma } from '../src/document/pragmas.js';
import { chainElement, chainGlue, mayPrecedeAnd, needsSubshell, styleOfRuns } from './lib/chain.js';
import { deletesWhatWasCreated, effectsOf, mayDelete } from './lib/effects.js';
import { crossingPlan } from './lib/crossing.js';
import { heredocMergeEdit } from './lib/heredoc.js';
import { remember } from './lib/memo.js';
import { adjacentRuns, commentBlockStart, hasEditableScript, isRewritableRun, lineEndOf, lineStartOf, suppressed, } from './lib/runs.js';
import { managersOf, matchesCleanup, stateLeftBy, usesOf, writesState } from './managers/usage.js';
import { cacheIsMounted } from './managers/cache-location.js';
const MERGE_RUNS_ID = 'merge-runs';
const SUPPRESSION_KEYS = [MERGE_RUNS_ID, 'DL3059'];
export const mergeRuns = {
    id: MERGE_RUNS_ID,
    description: 'Merge adjacent RUN instructions whose work belongs in one layer (same package manager, or create-then-delete).',
    applicability: 'safe',
    explain: `Every RUN is a layer, and a file deleted in a later layer still ships in the earlier one. Merging the RUNs
that install packages with the RUN that cleans up after them, and a RUN that deletes files (an installer, an
archive, build-only packages) with the RUN that created them, lets the deletion actually shrink the image.

Only RUNs with nothing but comments and blank lines between them merge (each RUN's comment goes along, as a
comment line inside the continuation above its commands; blank lines between them go),
and only when their flags are identical, both are shell form under a POSIX SHELL, their shell text parses, and no
ignore pragma ('# dockerfile-squash ignore...' or '# hadolint ignore=...', whatever it names) sits above either:
merged, the pragma would cover the other RUN's commands too. Meaning is kept: each body
joins the chain with '&&' (fail at the same point), a body that is not a plain '&&' chain is grouped '{ ...; }',
and a body that changes shell state (cd, export, set, umask, functions ...) runs in a subshell '( ... )' so the
next body starts from the state a fresh RUN would have had. Under errexit ('set -e', or a SHELL with -e) POSIX
ignores -e in every element of an '&&' list but the last: a body that turns errexit on, or that relies on it
(a loop, 'if', '{ }' ...), only ends a chain.

Stages whose filesystem never reaches the image (a build stage only copied from with COPY --from, or never
used) are left as they are: their layers do not ship, so merging them saves nothing and only costs build-cache
hits. --all-stages merges there too.

By default RUNs merge only where that saves bytes: from a RUN that leaves a package manager's state in its layer
(apt's lists, a package cache it does not clean) to a later RUN that deletes it or installs with that manager (the
merged RUN then gets the clean-up), with the RUNs of the same package work between them; or from a RUN that
creates something to the one that deletes it. RUNs that each clean up after themselves, a build script after an
install, or a RUN that only configures the manager stay as they are. --merge=all merges every adjacent mergeable RUN. RUNs also merge across an ENV whose values are plain literals
(no '$', no escape character): the ENV moves below the merged RUN and the chain exports the value at the point
where the ENV stood, so earlier commands do not see it and later ones do. With --unsafe, RUNs also merge across
other ENVs, exporting the value the builder computes from the earlier ENVs (single-quoted, so the shell expands
nothing; an ENV that refers to a build argument or to a variable only the base image knows is never crossed),
and across ARG: the ARG moves above the merged RUN and the commands before it run with the variable unset. That
is unsafe because it relies on this model of the builder's expansion, and the layer cache keys change.`,
    run(doc, ctx) {
        const fixes = [];
        // 'safe' crosses only ENVs of literal values; without --unsafe, the 'any' pass only reports what --unsafe
        // would add (held back).
        const modes = ctx.options.unsafe ? ['any'] : ['safe', 'any'];
        for (const mode of modes) {
            const heldBack = mode === 'any' && !ctx.options.unsafe;
            for (const stretch of adjacentRuns(doc, true)) {
                // Layers of a stage that never ships are not in the image: merging them saves nothing and costs cache hits.
                if (!doc.stages[stretch[0].run.stage]?.ships && !ctx.options.allStages)
                    continue;
                if (heldBack && stretch.every((e) => e.crossed.length === 0))
                    continue;
                for (const group of groupsOf(doc, stretch, ctx, mode)) {
                    const fix = mergeFix(doc, group, ctx);
                    if (fix && (!heldBack || fix.applicability === 'unsafe'))
                        fixes.push(fix);
                }
            }
        }
        fixes.push(...heredocMergeFixes(doc, ctx));
        return fixes;
    },
};
/** Adjacent heredoc RUNs of one manager whose scripts can simply run one after the other (see lib/heredoc.ts). */
function heredocMergeFixes(doc, ctx) {
    const fixes = [];
    for (const stretch of adjacentRuns(doc)) {
        if (!doc.stages[stretch[0].run.stage]?.ships && !ctx.options.allStages)
            continue;
        for (let i = 0; i + 1 < stretch.length; i++) {
            const [a, b] = [stretch[i].run, stretch[i + 1].run];
            if (!a.run.heredoc || !b.run.heredoc || a.run.flagKey !== b.run.flagKey)
                continue;
            const mergeable = (ins) => hasEditableScript(ins) && !hasIgnorePragma(ins.pragmas) && !suppressed(doc, ins, SUPPRESSION_KEYS);
            if (!mergeable(a) || !mergeable(b))
                continue;
            const managers = managersOf(a.run, ctx.managers).filter((m) => managersOf(b.run, ctx.managers).includes(m));
            if (managers.length === 0 && ctx.options.merge !== 'all')
                continue;
            const edit = heredocMergeEdit(doc, a, b);
            if (!edit)
                continue;
            fixes.push({
                ruleId: MERGE_RUNS_ID,
                message: `merge 2 heredoc RUN instructions${managers.length ? ` (${managers.map((m) => m.id).join(', ')})` : ''} into one layer`,
                applicability: 'safe',
                // The empty edit claims the end of the merged script: a clean-up waits for the next pass.
                edits: [edit, { start: edit.end, end: edit.end, text: '' }],
                data: { runs: 2, managers: managers.map((m) => m.id).join(',') },
                figures: { runsMerged: 2, layersRemoved: 1 },
            });
        }
    }
    return fixes;
}
/**
 * A RUN under any ignore pragma stays on its own: merged, the pragma would cover the other RUNs' commands too
 * (or the other RUNs' pragmas would stop covering theirs). Merging only RUNs under identical pragma sets would
 * keep hadolint's reading, but leaves a duplicate pragma to drop or carry; leaving them alone costs a layer.
 */
function canMerge(doc, ins) {
    if (!isRewritableRun(ins) || hasIgnorePragma(ins.pragmas) || suppressed(doc, ins, SUPPRESSION_KEYS))
        return false;
    const shell = ins.run.shell;
    return !shell.hasComment && !shell.hasBackgroundJob;
}
/**
 * A group is a stretch of RUNs joined where the join is possible (flags, errexit, ENV/ARG crossing) and wanted:
 * always with --merge=all; otherwise only where the merge lets the image lose bytes: a span from a RUN that
 * leaves a manager's state (lists, a package cache) to a later RUN that deletes it or installs with the manager
 * (the merged RUN then gets the teardown), or from a RUN that creates something to one that deletes it. RUNs
 * that each clean up after themselves, or only configure the manager, stay separate layers: merging them saves
 * nothing and costs build-cache granularity.
 */
function groupsOf(doc, stretch, ctx, mode) {
    const ok = stretch.map((e) => canMerge(doc, e.run));
    const possible = stretch.slice(0, -1).map((a, i) => {
        const b = stretch[i + 1];
        const plan = b.crossed.length === 0 ? null : crossingPlan(doc, [a, b]);
        const crossingOk = b.crossed.length === 0 || (plan !== null && (mode === 'any' || plan.safe));
        return (ok[i] &&
            ok[i + 1] &&
            a.run.run.flagKey === b.run.run.flagKey &&
            mayPrecedeAnd(a.run.run) &&
            (ctx.options.merge === 'all' || readsAsWritten(doc, a.run)) &&
            crossingOk);
    });
    const wanted = ctx.options.merge === 'all'
        ? possible.map(() => true)
        : orLinks(deletionSpans(stretch, ok, ctx, possible), stateSpans(stretch, ok, ctx, possible));
    const groups = [];
    let first = 0;
    for (let i = 0; i < stretch.length; i++) {
        if (i < possible.length && possible[i] && wanted[i])
            continue;
        if (i > first)
            groups.push(stretch.slice(first, i + 1));
        first = i + 1;
    }
    return groups;
}
/**
 * The body can stand before another in a merged RUN in a form its author would write: as it is, or, when it
 * changes shell state for what follows (`cd`, `export`, `set -x` …), in a one-line subshell (`( cd /tmp && make )`
 * is an idiom people write). A body of several lines wrapped whole in `( … )` is not: such a RUN stays apart
 * unless --merge=all.
 */
function readsAsWritten(doc, ins) {
    return !needsSubshell(ins.run) || !isMultiline(doc, ins);
}
function isMultiline(doc, ins) {
    return doc.text.slice(ins.run.bodyStart, ins.run.bodyEnd).includes('\n');
}
function orLinks(a, b) {
    return a.map((x, i) => x || b[i]);
}
/** Marks the links from RUN `from` to RUN `to` when every one of them is possible: a span joined in part saves nothing. */
function markSpan(spans, possible, from, to) {
    if (possible.slice(from, to).every(Boolean))
        for (let m = from; m < to; m++)
            spans[m] = true;
}
/**
 * spans[i]: RUNs i and i+1 lie inside a span from a RUN that leaves a manager's state in its layer to a later RUN
 * that deletes that state, or installs with the manager (the merged RUN's teardown deletes it then). Every RUN in
 * between uses a manager of one of the two ends (a repository set up between `apt-get update` and the install).
 */
function stateSpans(stretch, ok, ctx, possible) {
    const spans = new Array(possible.length).fill(false);
    // Asked for every pair of RUNs and every RUN between them: the managers each RUN uses, and whether it cleans up
    // after a step, are read once per stretch.
    const used = stretch.map((e) => managersOf(e.run.run, ctx.managers));
    const cleansUp = stretch.map(() => new Map());
    const runsCleanUp = (k, step) => {
        const commands = stretch[k].run.run.shell.commands;
        return remember(cleansUp[k], step, () => step.doneBy.some((m) => commands.some((c) => matchesCleanup(c, m))));
    };
    for (let i = 0; i + 1 < stretch.length; i++) {
        if (!ok[i])
            continue;
        // A manager the RUN does not use leaves no state in its layer.
        for (const manager of used[i]) {
            const left = stateLeftInLayer(stretch[i].run, manager);
            if (left.length === 0)
                continue;
            for (let k = i + 1; k < stretch.length && ok[k]; k++) {
                const uses = usesOf(stretch[k].run.run, manager);
                const deletes = uses.some((u) => u.role === 'install') || left.some((step) => runsCleanUp(k, step));
                if (!deletes)
                    continue;
                // A RUN in between belongs to the same package work: it uses a manager of one of the two ends.
                const ends = [...used[i], ...used[k]];
                let between = true;
                for (let j = i + 1; j < k && between; j++)
                    between = ends.some((m) => used[j].includes(m));
                if (between)
                    markSpan(spans, possible, i, k);
            }
        }
    }
    return spans;
}
/**
 * The manager's state a RUN leaves in its layer (stateLeftBy), less what never reaches the layer: state under a
 * cache mount of the RUN. Unsafe steps (conda --force-pkgs-dirs) do not count: the merged RUN would not get them
 * without --unsafe, and a RUN that already runs the safe clean-up has nothing left to merge for.
 */
function stateLeftInLayer(ins, manager) {
    const uses = usesOf(ins.run, manager);
    const mounted = (step) => uses.filter((u) => writesState(u, step)).every((u) => cacheIsMounted(ins, u, manager, step.paths));
    return stateLeftBy(ins.run, manager).filter((step) => (step.applicability ?? 'safe') === 'safe' && !mounted(step));
}
/** spans[i]: RUNs i and i+1 lie inside a span from a RUN that creates something to a later RUN that deletes it. */
function deletionSpans(stretch, ok, ctx, possible) {
    const spans = new Array(possible.length).fill(false);
    // Most RUNs delete nothing: only then are the effects of the RUNs before them worth reading.
    const effects = [];
    const effectsAt = (i) => (effects[i] ??= ok[i] ? effectsOf(stretch[i].run, ctx.managers) : null);
    for (let k = 1; k < stretch.length; k++) {
        if (!ok[k] || !mayDelete(stretch[k].run, ctx))
            continue;
        const later = effectsAt(k);
        if (!later || (later.deleted.length === 0 && later.removed.size === 0))
            continue;
        for (let i = k - 1; i >= 0 && ok[i]; i--) {
            const earlier = effectsAt(i);
            if (earlier && deletesWhatWasCreated(earlier, later))
                markSpan(spans, possible, i, k);
        }
    }
    return spans;
}
function mergeFix(doc, group, ctx) {
    const plan = crossingPlan(doc, group);
    if (!plan)
        return null;
    // A body that must not see an ARG declared after it runs in `( unset …; … )`: as for any subshell, only a
    // one-line body reads as written there.
    const wrapped = group.some((e, i) => plan.unset[i].length > 0 && isMultiline(doc, e.run));
    if (wrapped && ctx.options.merge !== 'all')
        return null;
    const first = group[0].run;
    const last = group[group.length - 1].run;
    const lineStart = lineStartOf(doc.text, first.start);
    // ARGs moved above go above the first RUN's own comment too, which stays on its RUN.
    const start = plan.movedAbove.length > 0 ? commentBlockStart(doc.text, lineStart) : lineStart;
    const indent = doc.text.slice(lineStart, first.start);
    const prefix = doc.text.slice(first.start, first.run.bodyStart);
    const between = group.map((entry, i) => (i === 0 ? NO_COMMENTS : commentLinesBetween(doc, group[i - 1].run, entry)));
    let text = [...plan.movedAbove, ...between.flatMap((b) => b.above)].map((line) => line + doc.eol).join('');
    text += doc.text.slice(start, lineStart) + indent + prefix;
    const style = styleOfRuns(doc, group.map((e) => e.run.run));
    group.forEach((entry, i) => {
        const element = chainElement(doc, entry.run, i < group.length - 1, plan.unset[i]);
        // The RUN's own comment goes along, inside the continuation, directly above its commands.
        const pieces = plan.exportsBefore[i].map((e, j) => ({ text: e, comments: between[i].beforeExports[j] ?? [] }));
        pieces.push({ text: element, comments: between[i].carried });
        pieces.forEach((piece, k) => {
            text += (i === 0 && k === 0 ? '' : chainGlue(doc, style, piece.comments)) + piece.text;
        });
    });
    const managers = [...new Set(group.flatMap((e) => managersOf(e.run.run, ctx.managers).map((m) => m.id)))];
    const applicability = plan.crosses && !plan.safe ? 'unsafe' : 'safe';
    return {
        ruleId: MERGE_RUNS_ID,
        message: `merge ${group.length} RUN instructions${managers.length ? ` (${managers.join(', ')})` : ''} into one layer${plan.movedAbove.length ? ' across ENV/ARG' : plan.crosses ? ' across ENV' : ''}`,
        applicability,
        edits: [
            { start, end: last.run.bodyEnd, text },
            // Claims the point after the merged RUN: a clean-up appended there waits for the next pass, where it is
            // computed for the whole merged RUN and lands after all of it.
            {
                start: last.run.bodyEnd,
                end: last.run.bodyEnd,
                text: atEndOfFile(doc, last) ? plan.movedBelow.map((l) => doc.eol + l).join('') : '',
            },
            ...movedBelowEdit(doc, last, plan.movedBelow),
        ],
        data: { runs: group.length, managers: managers.join(',') },
        figures: { runsMerged: group.length, layersRemoved: group.length - 1 },
    };
}
/**
 * ENV instructions moved below the merged RUN go in as their own edit at the start of the next line, so that a
 * clean-up appended to the RUN in the same pass still lands before them.
 */
function movedBelowEdit(doc, last, lines) {
    if (lines.length === 0)
        return [];
    const lineEnd = lineEndOf(doc.text, last.run.bodyEnd);
    // At the very end of a file without a final newline, the guard edit carries the lines instead.
    if (lineEnd === last.run.bodyEnd)
        return [];
    const text = doc.text[lineEnd - 1] === '\n' ? lines.map((l) => l + doc.eol).join('') : lines.map((l) => doc.eol + l).join('');
    return [{ start: lineEnd, end: lineEnd, text }];
}
function atEndOfFile(doc, last) {
    return lineEndOf(doc.text, last.run.bodyEnd) === last.run.bodyEnd;
}
const NO_COMMENTS = { carried: [], beforeExports: [], above: [] };
/**
 * Comment lines between a RUN and the next one, in their order: those above a crossed ENV describe what follows
 * it and go into the chain above its export (the ENV itself moves below the merged RUN, where they would be
 * stranded); those directly above a crossed ARG move with it (the crossing plan carries them); the rest describe
 * the next RUN and are carried into the merged RUN above its commands (Docker drops comment lines inside a
 * continuation). Blank lines go: inside a continuation they are deprecated, and above the merged RUN they would
 * only pile up.
 */
function commentLinesBetween(doc, before, entry) {
    const from = before.run.bodyEnd;
    const to = lineStartOf(doc.text, entry.run.start);
    const crossed = entry.crossed.map((c) => ({ ins: c, start: lineStartOf(doc.text, c.start), end: c.end }));
    const result = { carried: [], beforeExports: [], above: [] };
    // Comment lines since the last blank line (they belong to what follows directly), and those before it.
    let block = [];
    let pending = [];
    let offset = from;
    const pieces = doc.text.slice(from, to).split('\n');
    pieces.forEach((piece, i) => {
        const lineStart = offset;
        offset += piece.length + 1;
        // The first piece is the rest of the previous RUN's line; the last is empty (we stop at a line start).
        if (i === 0 || i === pieces.length - 1)
            return;
        const line = piece.replace(/\r$/, '').trim();
        const inside = crossed.find((c) => lineStart >= c.start && lineStart <= c.end);
        if (inside) {
            if (lineStart !== inside.start)
                return;
            if (inside.ins.keyword === 'ENV') {
                result.beforeExports.push([...pending, ...block]);
                pending = [];
            }
            block = [];
        }
        else if (line.startsWith('#')) {
            block.push(line);
        }
        else {
            pending.push(...block);
            block = [];
        }
    });
    result.carried = [...pending, ...block];
    // A comment that ends in the escape character would continue the line it is carried into.
    const continues = (line) => continuationCut(line, doc.escapeChar) !== -1;
    result.above = [...result.beforeExports.flat(), ...result.carried].filter(continues);
    result.beforeExports = result.beforeExports.map((lines) => lines.filter((line) => !continues(line)));
    result.carried = result.carried.filter((line) => !continues(line));
    return result;
}
