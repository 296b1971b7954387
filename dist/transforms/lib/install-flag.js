import { cacheIsMounted } from '../managers/cache-location.js';
import { hasEditableScript, suppressed } from './runs.js';
import { teardownStepsHere } from '../teardown.js';
import { shippedTrees, shipsAnyOf } from './stages.js';
import { hasOption, managersOf, matchesCleanup, usesOf } from '../managers/usage.js';
const TRUTHY = /^(1|true|yes|on)$/i;
export function flagTransform(id, applicability, description, explain) {
    return {
        id,
        description,
        applicability,
        explain,
        run(doc, ctx) {
            const fixes = [];
            for (const ins of doc.instructions) {
                if (!hasEditableScript(ins))
                    continue;
                // Like teardowns, a build stage whose filesystem never ships does not need them.
                const trees = ctx.options.allStages ? 'all' : shippedTrees(doc, ins.stage);
                if (trees !== 'all' && trees.length === 0)
                    continue;
                // A flag goes on a command of a manager the RUN uses.
                for (const manager of managersOf(ins.run, ctx.managers)) {
                    for (const rule of manager.flags ?? []) {
                        if (rule.transform !== id)
                            continue;
                        // In a stage copied from, only a tree that holds the cache (or `/`, for what an install writes) ships.
                        if (!shipsAnyOf(doc, ins.stage, rule.cachePaths ?? ['/'], ctx.options.allStages))
                            continue;
                        if (suppressed(doc, ins, [id, `${id}:${manager.id}`, ...(rule.hadolintCodes ?? [])]))
                            continue;
                        for (const use of usesOf(ins.run, manager)) {
                            const fix = flagFix(doc, ins, manager, rule, use, ctx.options);
                            if (fix)
                                fixes.push(fix);
                        }
                    }
                }
            }
            return fixes;
        },
    };
}
function flagFix(doc, ins, manager, rule, use, { unsafe, allStages }) {
    const words = use.subcommand.map((w) => w.value).join(' ');
    if (!rule.subcommands.includes(words))
        return null;
    if (rule.programs && !rule.programs.includes(use.program))
        return null;
    const matched = use.subcommand[use.subcommand.length - 1];
    if (hasOption(use.args, rule.presentAs))
        return null;
    if (rule.cachePaths && cacheIsMounted(ins, use, manager, rule.cachePaths))
        return null;
    // A later command of the RUN removes the whole cache (`pip cache purge`, `rm -rf /root/.cache`): nothing is left.
    const later = ins.run.shell.commands.filter((c) => c.start >= use.command.end);
    if (rule.doneBy?.some((m) => later.some((c) => matchesCleanup(c, m))))
        return null;
    if (rule.redundantWithRoles && usesOf(ins.run, manager).some((u) => rule.redundantWithRoles.includes(u.role)))
        return null;
    if (rule.redundantWithSteps) {
        const steps = teardownStepsHere(doc, ins, manager, unsafe, allStages);
        if (rule.redundantWithSteps.some((id) => steps.has(id)))
            return null;
    }
    if (rule.disabledByEnv?.some((name) => isTruthy(ins.env.get(name)) || use.command.assignments.some((a) => a.name === name && isTruthy(a.value)))) {
        return null;
    }
    const at = ins.run.logical.map[matched.end - 1] + 1;
    return {
        ruleId: rule.transform,
        message: `${use.program} ${words}: add ${rule.flag}`,
        applicability: rule.applicability,
        edits: [{ start: at, end: at, text: ` ${rule.flag}` }],
        data: { manager: manager.id, flags: 1 },
        figures: { flags: 1 },
    };
}
function isTruthy(value) {
    return value !== null && value !== undefined && TRUTHY.test(value.trim());
}
