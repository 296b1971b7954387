import { removedPaths, covers } from '../lib/paths.js';
export function basename(name) {
    return name.slice(name.lastIndexOf('/') + 1);
}
const PYTHON = /^python[\d.]*$/;
/** `yarn --version` is not a bare `yarn` (which installs). */
const INFO_OPTIONS = ['--version', '-v', '-V', '--help', '-h'];
/** Matches a command against a spec; null when it is not this manager's command. */
export function matchCommand(command, spec) {
    if (!command.name)
        return null;
    let program = basename(command.name);
    let args = command.args;
    if (spec.module && PYTHON.test(program)) {
        const m = args.findIndex((a) => a.value === '-m');
        if (m === -1 || args[m + 1]?.value !== spec.module)
            return null;
        program = spec.module;
        args = args.slice(m + 2);
    }
    else if (!spec.names.includes(program))
        return null;
    const words = positionalWords(args, spec.optionsWithValue ?? [], 2);
    const matched = roleBySubcommand(spec, words);
    const subcommand = matched ? words.slice(0, matched.words) : words.slice(0, 1);
    const bare = words.length === 0 && !args.some((a) => INFO_OPTIONS.includes(a.value ?? ''));
    const role = matched?.role ?? (bare && spec.bareRole ? spec.bareRole : spec.defaultRole);
    const invokedAs = command.name.includes('/') && !spec.module ? command.name : program;
    return { command, spec, role, program, invokedAs, args, subcommand };
}
const SHELLS = new Set(['bash', 'sh', 'dash', 'zsh']);
/** `bash Miniconda3-….sh -b -p /opt/conda` or `./Miniforge3.sh -b`: an install by the manager's own installer. */
export function matchInstaller(command, manager) {
    if (!command.name || !manager.installers)
        return null;
    const viaShell = SHELLS.has(basename(command.name));
    const script = viaShell ? command.args.find((a) => !(a.value ?? '-').startsWith('-')) : command.words[0];
    if (!script?.value)
        return null;
    for (const installer of manager.installers) {
        if (!installer.script.test(basename(script.value)))
            continue;
        const args = command.args.slice(command.args.indexOf(script) + 1);
        const p = args.findIndex((a) => a.value === installer.prefixOption);
        const prefix = (p !== -1 ? args[p + 1]?.value : installer.defaultPrefix) ?? installer.defaultPrefix;
        const invokedAs = `${prefix.replace(/\/+$/, '')}/${installer.program}`;
        const program = basename(installer.program);
        return { command, spec: manager.commands[0], role: 'install', program, invokedAs, args, subcommand: [] };
    }
    return null;
}
/** The role of the longest listed subcommand the words start with (`pip install` before `pip`). */
function roleBySubcommand(spec, words) {
    if (!spec.subcommands || words.length === 0)
        return null;
    const one = words[0].value;
    const two = words.length > 1 ? `${one} ${words[1].value}` : null;
    const entries = Object.entries(spec.subcommands);
    for (const [role, subs] of entries)
        if (two !== null && subs.includes(two))
            return { role, words: 2 };
    for (const [role, subs] of entries)
        if (subs.includes(one))
            return { role, words: 1 };
    return null;
}
/** The first `count` words that are not options (skipping option values); stops at a non-static word. */
export function positionalWords(args, optionsWithValue, count) {
    const out = [];
    for (let i = 0; i < args.length && out.length < count; i++) {
        const v = args[i].value;
        if (v === null)
            break;
        if (v.startsWith('-')) {
            if (optionsWithValue.includes(v))
                i++;
            continue;
        }
        out.push(args[i]);
    }
    return out;
}
export function hasOption(args, options) {
    return args.some((a, i) => {
        const v = a.value ?? '';
        return options.some((o) => {
            if (o.includes('=') && o.startsWith('-o='))
                return v === '-o' && args[i + 1]?.value === o.slice(3);
            return v === o || v.startsWith(o + '=') || (/^-[a-zA-Z]$/.test(o) && /^-[a-zA-Z]+$/.test(v) && v.includes(o[1]));
        });
    });
}
export function matchesCleanup(command, matcher) {
    if (matcher.kind === 'subcommand') {
        if (!command.name || !matcher.names.includes(basename(command.name)))
            return false;
        const sub = positionalWords(command.args, [], 1)[0]?.value;
        if (!sub || !matcher.subcommands.includes(sub))
            return false;
        return !matcher.withArgs || hasOption(command.args, matcher.withArgs);
    }
    return removedPaths(command).some((removed) => covers(removed, matcher.path));
}
/** Every command of the RUN that belongs to `manager`, in order, including clean-ups such as `rm -rf` of its paths. */
export function usesOf(run, manager) {
    return run.shell ? usesIn(run.shell.commands, manager) : [];
}
/** The same for any list of commands, such as what an exec-form or heredoc RUN executes (RunDetails.facts). */
export function usesIn(commands, manager) {
    // Every transform asks this for every RUN and manager, in every fix pass. The answer depends only on the
    // commands, which the shell analysis shares between passes and files for the same body text: cache on them.
    let perManager = usesCache.get(commands);
    if (!perManager)
        usesCache.set(commands, (perManager = new Map()));
    let uses = perManager.get(manager);
    if (!uses)
        perManager.set(manager, (uses = computeUses(commands, manager)));
    return uses;
}
const usesCache = new WeakMap();
function computeUses(commands, manager) {
    const uses = [];
    for (const command of commands) {
        const use = useOf(command, manager);
        if (use)
            uses.push(use);
    }
    return uses;
}
function useOf(command, manager) {
    for (const spec of manager.commands) {
        const use = matchCommand(command, spec);
        if (use)
            return use;
    }
    const installed = matchInstaller(command, manager);
    if (installed)
        return installed;
    for (const step of manager.teardown) {
        if (step.doneBy.some((m) => matchesCleanup(command, m))) {
            return {
                command,
                spec: manager.commands[0],
                role: 'clean',
                program: basename(command.name ?? ''),
                invokedAs: basename(command.name ?? ''),
                args: command.args,
                subcommand: [],
            };
        }
    }
    return null;
}
export function managersOf(run, managers) {
    return managers.filter((m) => usesOf(run, m).length > 0);
}
/** For RUNs the shell parser does not see (exec form, heredoc): does the raw text mention the manager at all? */
export function mentionsManager(rawText, manager) {
    return manager.commands.some((spec) => [...spec.names, ...(spec.module ? [`-m ${spec.module}`] : [])].some((name) => new RegExp(`(^|[^\\w-])${escapeRegExp(name)}($|[^\\w-])`).test(rawText)));
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
