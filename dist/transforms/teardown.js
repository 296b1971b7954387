import { appendEdit } from './lib/chain.js';
import { covers } from './lib/paths.js';
import { remember, rememberPer } from './lib/memo.js';
import { shippedTrees, shipsAnyOf, stageAndDescendants, stagesHolding } from './lib/stages.js';
import { cacheIsMounted, removesMovedCache } from './managers/cache-location.js';
import { hasEditableScript, isRewritableRun, suppressed } from './lib/runs.js';
import { argsOfProgram, fillsOnPurpose, positionalWords, hasMarker, hasOption, managersOf, matchesCleanup, mentionsManager, stepDone, stepsDoneAfter, usesInFacts, usesOf, writesState, } from './managers/usage.js';
const TEARDOWN_ID = 'teardown';
export const teardown = {
    id: TEARDOWN_ID,
    description: "Append the package manager's clean-up to the RUN that installs, so the cache never reaches a layer.",
    applicability: 'safe',
    explain: `A package manager leaves its download cache and index behind (apt: /var/cache/apt and /var/lib/apt/lists;
conda: the package tarballs; npm: ~/.npm). Deleting them in a later RUN does not shrink the image: the earlier layer
still holds them. This transform appends the manager's clean-up with '&&' after the last install in the same RUN,
so it runs only when the install succeeded and the files never reach a layer. A clean-up only ever deletes a
manager's documented cache, never a place packages may be installed to, and it runs the way the install ran: under
the same sudo, by the same path or interpreter ('php composer.phar clear-cache'). Under errexit, after a loop,
'if', '{ }' or function (where '&&' would switch errexit off inside it) it joins with '; \\' instead when a
failure there always stops the shell, and otherwise leaves the RUN alone.

Each clean-up step removes only what the same RUN wrote, since that is the only place it saves bytes: apt's lists
are removed only in a RUN that runs 'apt-get update' (an install alone reads lists an earlier layer holds, and
deleting them there frees nothing), its archive cache wherever something is installed; apk's index only after
'apk update'. Which command writes which path is data in each manager's descriptor (writtenBy).

It adds nothing when an equivalent clean-up already follows the last install (matched by command and path, with
flags normalised), when a --mount=type=cache/tmpfs/bind covers the cache, where it lives by default or where the
environment moves it (PIP_CACHE_DIR, npm_config_cache, …: deleting would empty the cache), when an ENV of the
stage points into the path (something is kept there on purpose), when the RUN fills the cache on purpose
('--download-only', 'npm cache add'), for paths that never ship (a build stage ships only the trees a shipping
stage copies from it, such as 'COPY --from=build / /'; unless --all-stages), or under '# dockerfile-squash ignore=teardown' (or 'teardown:<manager>') or the matching
hadolint pragma (DL3009 apt, DL3032 yum, DL3036 zypper, DL3040 dnf, DL3060 yarn). apt's package lists are kept when a
later RUN installs without 'apt-get update', in this stage or in one that copies its files. Steps that can break an environment (conda --force-pkgs-dirs) are
unsafe and only applied with --unsafe.`,
    run(doc, ctx) {
        const fixes = [];
        for (const ins of doc.instructions) {
            // A clean-up chained onto a background job would run in the background and be cut off when the RUN ends.
            if (!hasEditableScript(ins) || ins.run.shell.hasBackgroundJob)
                continue;
            const trees = ctx.options.allStages ? 'all' : shippedTrees(doc, ins.stage);
            if (trees !== 'all' && trees.length === 0)
                continue;
            // Only a manager the RUN installs with gets a clean-up here.
            for (const manager of managersOf(ins.run, ctx.managers))
                fixes.push(...teardownFixes(doc, ins, manager, ctx.options.allStages));
        }
        return fixes;
    },
};
/** Each step's verdict for this RUN, after the last install; null when the teardown does not apply here at all. */
function stepVerdicts(doc, ins, manager, allStages) {
    const run = ins.run;
    // Most RUNs do not install with a given manager: that is the cheapest question, so it comes first.
    const uses = usesOf(run, manager);
    const lastInstall = uses.filter((u) => u.role === 'install').pop();
    if (!lastInstall)
        return null;
    if (suppressed(doc, ins, [TEARDOWN_ID, `${TEARDOWN_ID}:${manager.id}`, ...manager.hadolintTeardownCodes]))
        return null;
    if (teardownUnsafeHere(doc, ins, manager))
        return null;
    const after = run.shell.commands.filter((c) => c.start >= lastInstall.command.end);
    // The cache moved by the environment (COMPOSER_HOME, CONDA_PKGS_DIRS) and removed there: every step is done.
    const done = removesMovedCache(ins, lastInstall, manager, after)
        ? new Set(manager.teardown.map((s) => s.id))
        : stepsDoneAfter(run.shell.commands, manager, lastInstall.command.end);
    const verdicts = manager.teardown.map((step) => ({
        step,
        verdict: needsStep(doc, ins, manager, step, done, uses, lastInstall, allStages),
    }));
    const added = new Set(verdicts.filter((v) => v.verdict === 'add').map((v) => v.step.id));
    const companions = [];
    for (const v of verdicts) {
        if (v.verdict === 'add' && v.step.onlyWith && !v.step.onlyWith.some((id) => added.has(id))) {
            v.verdict = 'skip';
            companions.push(v.step);
        }
    }
    return { lastInstall, uses, done, verdicts, companions };
}
/** The held-back steps that go with `step` when it is added anyway, then the step itself, in descriptor order. */
function withCompanions(manager, step, companions) {
    return manager.teardown.filter((s) => s === step || (companions.includes(s) && s.onlyWith.includes(step.id)));
}
/**
 * The steps this RUN has after its last install, already there or appended by this transform (with `unsafe`,
 * unsafe ones and those that refresh later RUNs too): what an install flag would keep out of the layer may be
 * removed by them anyway (FlagRule.redundantWithSteps).
 */
export function teardownStepsHere(doc, ins, manager, unsafe, allStages) {
    const planned = hasEditableScript(ins) && !ins.run.shell.hasBackgroundJob ? stepVerdicts(doc, ins, manager, allStages) : null;
    if (!planned)
        return new Set();
    const { done, verdicts, companions } = planned;
    const added = verdicts.flatMap(({ step, verdict }) => {
        if (verdict === 'add')
            return unsafe || (step.applicability ?? 'safe') === 'safe' ? [step] : [];
        const refreshed = unsafe && typeof verdict !== 'string' && step.refreshCommand !== undefined;
        return refreshed ? withCompanions(manager, step, companions) : [];
    });
    return new Set([...done, ...added.map((step) => step.id)]);
}
function teardownFixes(doc, ins, manager, allStages) {
    const planned = stepVerdicts(doc, ins, manager, allStages);
    if (!planned)
        return [];
    const { lastInstall, uses, verdicts, companions } = planned;
    // A clean-up goes where the commands that wrote its files ran (inside their `if` branch, say).
    const writersOf = (steps) => uses.filter((u) => steps.some((step) => writesState(u, step))).map((u) => u.command);
    const fixes = [];
    const completed = new Set();
    for (const { step, verdict } of verdicts) {
        const done = verdict === 'add' ? completion(ins, manager, step, lastInstall) : null;
        if (done)
            completed.add(step);
        if (done && done !== 'leave')
            fixes.push(done);
    }
    for (const applicability of ['safe', 'unsafe']) {
        const steps = verdicts.filter((v) => v.verdict === 'add' && !completed.has(v.step) && (v.step.applicability ?? 'safe') === applicability);
        if (steps.length === 0)
            continue;
        const commands = steps.map((v) => commandOf(v.step, lastInstall, manager));
        const edit = appendEdit(doc, ins, commands, writersOf(steps.map((v) => v.step)));
        // Under errexit, no join keeps the meaning after this body's last statement: leave the RUN alone.
        if (!edit)
            return [];
        fixes.push({
            ruleId: TEARDOWN_ID,
            message: `clean up after ${manager.id} in the same layer: ${commands.join(' && ')}`,
            applicability,
            edits: [edit],
            data: { manager: manager.id, steps: steps.length },
            figures: { teardowns: 1 },
        });
    }
    // Safe and unsafe steps insert at the same point; the applier takes one per pass, in this order.
    for (const { step, verdict } of verdicts) {
        if (typeof verdict === 'string' || !step.refreshCommand)
            continue;
        const steps = withCompanions(manager, step, companions);
        const fix = refreshLaterFix(doc, ins, manager, steps, lastInstall, verdict, writersOf(steps));
        if (fix)
            fixes.push(fix);
    }
    return fixes;
}
/**
 * The author's partial clean-up after the last install (TeardownStep.completes), where no command of the manager
 * follows it that could still need what the completed clean-up deletes: its option inserted after the
 * subcommand (a Fix), or, for a step without one, 'leave' when other work follows that clean-up. That work may
 * still need the state (a vendor script that runs `apt-get install`), and a clean-up appended behind it would
 * sit apart from the author's: the step is not added. null: the step is appended as usual.
 */
function completion(ins, manager, step, lastInstall) {
    if (!step.completes)
        return null;
    const run = ins.run;
    const partial = run.shell.commands.filter((c) => c.start >= lastInstall.command.end && matchesCleanup(c, step.completes.partial));
    const last = partial[partial.length - 1];
    if (!last)
        return null;
    if (usesOf(run, manager).some((u) => u.command.start > last.start && u.command !== last))
        return null;
    if (step.completes.option === undefined)
        return last === run.shell.commands.at(-1) ? null : 'leave';
    if (partial.length > 1)
        return null;
    const subcommand = positionalWords(argsOfProgram(last, step.completes.partial.names), [], 1)[0];
    const at = run.logical.map[subcommand.end - 1] + 1;
    return {
        ruleId: TEARDOWN_ID,
        message: `complete the clean-up after ${manager.id} where it stands: add ${step.completes.option}`,
        applicability: step.applicability ?? 'safe',
        edits: [{ start: at, end: at, text: ` ${step.completes.option}` }],
        data: { manager: manager.id, steps: 1 },
        figures: { teardowns: 1 },
    };
}
/**
 * Unsafe: delete the state here anyway, and let each later RUN that read it refresh it first
 * (`apt-get update && apt-get install …`). What gets installed may then change (a newer index).
 * `steps` ends with the refreshed step; the steps before it are its held-back companions.
 */
function refreshLaterFix(doc, ins, manager, steps, lastInstall, readers, writers) {
    const step = steps.at(-1);
    const commands = steps.map((s) => commandOf(s, lastInstall, manager));
    const edit = appendEdit(doc, ins, commands, writers);
    if (!edit)
        return null;
    return {
        ruleId: TEARDOWN_ID,
        message: `clean up after ${manager.id} in the same layer (${commands.join(' && ')}) and run '${step.refreshCommand}' in the ${readers.length} later RUN(s) that need it`,
        applicability: 'unsafe',
        edits: [
            edit,
            // Under the reader's own `sudo`: a non-root USER cannot refresh the index without it.
            ...readers.map((r) => ({
                start: r.ins.run.bodyStart,
                end: r.ins.run.bodyStart,
                text: `${[r.first.privilege, step.refreshCommand].filter(Boolean).join(' ')} && `,
            })),
        ],
        data: { manager: manager.id, steps: steps.length },
        figures: { teardowns: 1 },
    };
}
/**
 * The step's command, run the way the install ran: under the same `sudo`/`doas` (a non-root USER needs it too),
 * by the same path or interpreter (`php composer.phar clear-cache`, `/opt/conda/bin/conda clean …`), with the
 * variables on the install that move the cache (`npm_config_cache=/x npm cache clean --force`).
 * null when it cannot be: `~` under `sudo` names the caller's home, not the home of the user sudo runs as.
 */
function commandOf(step, use, manager) {
    const command = typeof step.command === 'string' ? step.command : (step.command[use.program] ?? step.command['default']);
    const [word, ...rest] = command.split(' ');
    if (word === use.program) {
        if (use.invokedAs === null)
            return null;
        const moved = use.command.assignments.filter((a) => manager.cacheLocation?.env.some((e) => e.name === a.name) && !use.privilege.includes(`${a.name}=`));
        if (moved.some((a) => a.value === null || /\s/.test(a.value)))
            return null;
        const env = moved.map((a) => `${a.name}=${a.value}`);
        return [use.privilege, ...env, use.invokedAs, ...rest].filter(Boolean).join(' ');
    }
    if (use.privilege && rest.some((w) => w.startsWith('~')))
        return null;
    return [use.privilege, command].filter(Boolean).join(' ');
}
/** A program called by a path relative to the working directory cannot be called again after a later `cd`. */
function callableAtEnd(run, use) {
    if (!use.fromWorkdir)
        return true;
    return !run.shell.commands.some((c) => c.start >= use.command.end && !c.isolated && ['cd', 'pushd', 'popd'].includes(c.name ?? ''));
}
/** 'add', 'skip', or the later RUNs that read the state this step deletes (then the safe fix skips it). */
function needsStep(doc, ins, manager, step, done, uses, lastInstall, allStages) {
    if (stepDone(step, done))
        return 'skip';
    // Files that never reach the image (a build stage copied from only for other paths) are not worth a clean-up.
    if (!shipsAnyOf(doc, ins.stage, step.paths, allStages))
        return 'skip';
    // Deleting files an earlier layer wrote frees nothing in the image: only what this RUN wrote is cleaned up.
    if (!uses.some((u) => writesState(u, step)))
        return 'skip';
    if (step.uselessOnBase && onBase(doc, ins.stage, step.uselessOnBase))
        return 'skip';
    // The RUN fills the cache on purpose (`conda install --download-only`): emptying it would undo the RUN.
    if (fillsOnPurpose(uses, step))
        return 'skip';
    if (commandOf(step, lastInstall, manager) === null || !callableAtEnd(ins.run, lastInstall))
        return 'skip';
    // A mount over the cache, where it lives by default or where the environment moves it: a cache kept on purpose.
    if (uses.some((u) => u.role === 'install' && cacheIsMounted(ins, u, manager, step.paths)))
        return 'skip';
    if (step.paths.some((p) => envPointsInto(ins, p)))
        return 'skip';
    // What comes later still works from these files: `dpkg -i /var/cache/apt/archives/*.deb`, `npm ci --offline`.
    if (mentionedLater(doc, ins, step))
        return 'skip';
    if (step.readLaterWith && readLaterWith(doc, ins, manager, step))
        return 'skip';
    if (!step.neededByLaterUse)
        return 'add';
    // A child build (FROM this image) runs the ONBUILD triggers after everything here, with no way to refresh first.
    if (onbuildReaders(doc, ins, manager))
        return 'skip';
    // A stage that copies these files (`COPY --from=build / /`) may read them, with no way to refresh first.
    if (copiedToReaders(doc, ins, manager))
        return 'skip';
    const readers = readersAfter(doc, ins.stage, ins.index, manager);
    if (readers === 'none')
        return 'add';
    const keys = [TEARDOWN_ID, `${TEARDOWN_ID}:${manager.id}`, ...manager.hadolintTeardownCodes];
    // The refresh edits the later RUN: it must be one we may touch.
    const refreshable = (r) => isRefreshable(r) && !suppressed(doc, r.ins, keys);
    return readers === 'unknown' || !readers.every(refreshable) ? 'skip' : readers;
}
/**
 * A later instruction names one of the step's paths (`~/x` is looked for as `/x`), other than a clean-up of
 * them: `dpkg -i /var/cache/apt/archives/*.deb`, `COPY --from=build /root/.npm …`.
 */
function mentionedLater(doc, ins, step) {
    return lastMention(doc, step) > ins.index;
}
/** The index of the last instruction that names one of the step's paths (-1: none), once per document. */
function lastMention(doc, step) {
    return perDocument(doc, step, 'lastMention', () => {
        const mentions = (later) => {
            const shell = later.run?.shell;
            if (!shell)
                return namesPathOf(doc.text.slice(later.start, later.end), step);
            return commandsMention(shell.commands, step);
        };
        for (let i = doc.instructions.length - 1; i >= 0; i--)
            if (mentions(doc.instructions[i]))
                return i;
        return -1;
    });
}
function namesPathOf(text, step) {
    return step.paths.some((p) => text.includes(p.startsWith('~') ? p.slice(1) : p));
}
/**
 * A command other than a clean-up of the step's paths names one of them. Asked of every RUN of every pass (a new
 * Document each time) for every step: kept per shared shell analysis, like the managers' uses.
 */
function commandsMention(commands, step) {
    return rememberPer(mentionCache, commands, step, mentionsOutsideCleanup);
}
function mentionsOutsideCleanup(commands, step) {
    return commands.some((c) => !step.doneBy.some((m) => matchesCleanup(c, m)) && c.words.some((w) => namesPathOf(w.raw, step)));
}
const mentionCache = new WeakMap();
/**
 * A use of the manager in a later RUN of this stage or of the stages that hold its files (built FROM it or copying
 * from it), ONBUILD RUNs included, has one of the options that work from the step's cache (`npm ci --offline`).
 * Whether each instruction's uses have one is read once per document, not again for every RUN before it.
 */
function readLaterWith(doc, ins, manager, step) {
    const stages = stagesHolding(doc, ins.stage);
    const reads = perDocument(doc, step, `readLaterWith:${manager.id}`, () => {
        const has = (uses) => uses.some((u) => hasOption(u.args, step.readLaterWith));
        return usesByInstruction(doc, manager).map((uses) => ({ run: has(uses.run), onbuild: has(uses.onbuild) }));
    });
    // A later RUN by what it runs; any other instruction by its ONBUILD RUN (none: no use).
    return doc.instructions.some((i) => stages.has(i.stage) && (i.index > ins.index && i.run ? reads[i.index].run : reads[i.index].onbuild));
}
/** Each instruction's uses of the manager in what its RUN and its ONBUILD RUN execute, once per document. */
function usesByInstruction(doc, manager) {
    return perDocument(doc, manager, 'uses', () => doc.instructions.map((i) => ({
        run: i.run ? usesInFacts(i.run, manager) : [],
        onbuild: i.onbuildRun ? usesInFacts(i.onbuildRun, manager) : [],
    })));
}
/**
 * Answers about the whole file that every RUN's teardown would otherwise work out again (which later
 * instruction names a cache path, whether a stage shows yarn berry): a Document never changes, so they are
 * kept per document, per descriptor object (a manager or a step) and question.
 */
function perDocument(doc, owner, question, answer) {
    const perOwner = remember(documentAnswers, doc, newOwnerMap);
    return rememberPer(perOwner, owner, question, answer);
}
const documentAnswers = new WeakMap();
const newOwnerMap = () => new WeakMap();
/** An ONBUILD RUN of an image containing this layer that reads the state (or might: text it runs names the manager). */
function onbuildReaders(doc, ins, manager) {
    const stages = stagesHolding(doc, ins.stage);
    return doc.instructions.some((i) => {
        if (!i.onbuildRun || !stages.has(i.stage))
            return false;
        const first = firstUseIn(i.onbuildRun, manager);
        return first !== null && first !== 'refreshes';
    });
}
/** A RUN of a stage that copies this one's files (not built on it) uses the manager, or names it where unread. */
function copiedToReaders(doc, ins, manager) {
    const own = stageAndDescendants(doc, ins.stage);
    const holding = stagesHolding(doc, ins.stage);
    return doc.instructions.some((i) => {
        const run = i.run ?? i.onbuildRun;
        if (!run || own.has(i.stage) || !holding.has(i.stage))
            return false;
        const first = firstUseIn(run, manager);
        return first !== null && first !== 'refreshes';
    });
}
/** The reader's first command starts its body, and the body is a plain `&&` chain: `refresh && body` is exact. */
function isRefreshable(reader) {
    const run = reader.ins.run;
    if (!isRewritableRun(reader.ins) || !run.shell.isPlainAndChain)
        return false;
    const start = run.logical.text.length - run.logical.text.trimStart().length;
    // A command of a script the body starts (`bash -c '…'`) has offsets in that script, not in the body.
    return run.shell.commands.includes(reader.first.command) && reader.first.command.start === start;
}
/** The stage is built on one of these images (by the reference its FROM chain names). */
function onBase(doc, stage, images) {
    const image = doc.stages[stage]?.image;
    return image !== undefined && !image.includes('$') && images.some((re) => re.test(image));
}
/** An ENV/ARG value of the stage that lies under the path: the user keeps something there on purpose. */
function envPointsInto(ins, path) {
    for (const value of ins.env.values()) {
        if (!value)
            continue;
        for (const part of value.split(':'))
            if (part.startsWith('/') || part.startsWith('~')) {
                if (covers(path, part.replace(/^\$\{?HOME\}?/, '~')))
                    return true;
            }
    }
    return false;
}
/**
 * Evidence in the stage, or the stages it is built FROM, that the teardown would harm this manager's install
 * (yarn 2+: a `.yarnrc.yml`, `corepack`, `yarn install --immutable`).
 */
function teardownUnsafeHere(doc, ins, manager) {
    if (!manager.teardownUnsafeWhen && !manager.teardownUnsafeWith)
        return false;
    return perDocument(doc, manager, `unsafeIn:${ins.stage}`, () => {
        const instructions = [];
        for (let s = ins.stage; s !== null && doc.stages[s]; s = doc.stages[s].baseStage)
            instructions.push(...doc.stages[s].instructions.map((i) => doc.instructions[i]));
        return instructions.some((i) => {
            if (manager.teardownUnsafeWhen?.test(doc.text.slice(i.start, i.end)))
                return true;
            if (!manager.teardownUnsafeWith || !i.run)
                return false;
            return usesInFacts(i.run, manager).some((u) => hasMarker(u, manager.teardownUnsafeWith));
        });
    });
}
/**
 * The later RUNs of this stage, and of stages built FROM it, whose first use of the manager reads the state
 * before refreshing it: 'none' when there are none, 'unknown' when a RUN the shell parser cannot see uses it.
 */
function readersAfter(doc, stageIndex, afterInstruction, manager) {
    const stage = doc.stages[stageIndex];
    if (!stage)
        return 'none';
    const readers = [];
    const later = stage.instructions.filter((i) => i > afterInstruction).map((i) => doc.instructions[i]);
    const verdict = firstUse(later, manager);
    if (verdict === 'unknown')
        return 'unknown';
    if (verdict !== 'refreshes') {
        if (verdict !== 'none')
            return [verdict];
        for (const child of doc.stages.filter((s) => s.baseStage === stageIndex)) {
            const inChild = readersAfter(doc, child.index, -1, manager);
            if (inChild === 'unknown')
                return 'unknown';
            if (inChild !== 'none')
                readers.push(...inChild);
        }
    }
    return readers.length > 0 ? readers : 'none';
}
/** The first later use: one that reads the state, 'refreshes', 'none' (no use), or 'unknown' (not readable). */
function firstUse(instructions, manager) {
    for (const ins of instructions) {
        if (!ins.run)
            continue;
        const first = firstUseIn(ins.run, manager);
        if (first === 'refreshes' || first === 'unknown')
            return first;
        if (first)
            return { ins, first };
    }
    return 'none';
}
/**
 * In one RUN of any form, from the commands it executes: the first use that reads the manager's state without
 * skipping its cache, 'refreshes' when an update comes first, null when it does not use the manager.
 * 'unknown' when text it runs but the tool cannot read (a python heredoc, a script with another shebang)
 * names the manager: that counts as a possible reader.
 */
function firstUseIn(run, manager) {
    if (run.facts.opaque.some((text) => mentionsManager(text, manager)))
        return 'unknown';
    const noCacheFlags = (manager.flags ?? []).filter((f) => f.transform === 'no-cache-flag').flatMap((f) => f.presentAs);
    const first = usesInFacts(run, manager).find((u) => u.role === 'update' || ((u.role === 'install' || u.role === 'query') && !hasOption(u.args, noCacheFlags)));
    if (!first)
        return null;
    return first.role === 'update' ? 'refreshes' : first;
}
