import { removedPaths, coversNormal, normalisePath, PATH_REMOVERS } from '../lib/paths.js';
import { remember, rememberPer } from '../lib/memo.js';
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
    let invokedAs = command.name.includes('/') ? command.name : program;
    // The file that runs, when it is not looked up on PATH: `./composer.phar`, the script of `php composer.phar`.
    let path = command.name.includes('/') ? command.name : null;
    if (spec.module && PYTHON.test(program)) {
        const m = args.findIndex((a) => a.value === '-m');
        if (m === -1 || args[m + 1]?.value !== spec.module)
            return null;
        program = spec.module;
        invokedAs = rawWords(command.words.slice(0, m + 3));
        args = args.slice(m + 2);
    }
    else if (spec.interpreters?.includes(program)) {
        const s = args.findIndex((a) => !(a.value ?? '-').startsWith('-'));
        const script = args[s]?.value;
        if (!script || !spec.names.includes(basename(script)))
            return null;
        program = basename(script);
        path = script;
        invokedAs = rawWords(command.words.slice(0, s + 2));
        args = args.slice(s + 1);
    }
    else if (!spec.names.includes(program))
        return null;
    const words = positionalWords(args, spec.optionsWithValue ?? [], 2);
    const matched = roleBySubcommand(spec, words);
    const subcommand = matched ? words.slice(0, matched.words) : words.slice(0, 1);
    const bare = words.length === 0 && !args.some((a) => INFO_OPTIONS.includes(a.value ?? ''));
    const role = matched?.role ?? (bare && spec.bareRole ? spec.bareRole : spec.defaultRole);
    const fromWorkdir = path !== null && !path.startsWith('/') && !path.startsWith('~');
    return { command, spec, role, program, invokedAs, fromWorkdir, privilege: privilegeOf(command), args, subcommand };
}
const PRIVILEGE_WRAPPERS = ['sudo', 'doas'];
function privilegeOf(command) {
    return command.wrappers
        .filter((w) => PRIVILEGE_WRAPPERS.includes(w.name))
        .map((w) => rawWords(w.words))
        .join(' ');
}
function rawWords(words) {
    return words.map((w) => w.raw).join(' ');
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
        const prefix = shortOptionValue(args, installer.prefixOption, installer.defaultPrefix);
        const invokedAs = prefix === null ? null : `${prefix.replace(/\/+$/, '')}/${installer.program}`;
        const program = basename(installer.program);
        const privilege = privilegeOf(command);
        // A relative prefix (`-p conda`) is resolved against the working directory.
        const fromWorkdir = invokedAs !== null && !invokedAs.startsWith('/') && !invokedAs.startsWith('~');
        return {
            command,
            spec: manager.commands[0],
            role: 'install',
            program,
            invokedAs,
            fromWorkdir,
            privilege,
            args,
            subcommand: [],
        };
    }
    return null;
}
/**
 * The value of a one-letter option as a `getopts` parser reads it (the installers parse `bifhkp:sut` so): `-p DIR`,
 * the option last in a group of flags (`-bfp DIR`), or the rest of the word after it (`-bpDIR`); the last one
 * wins, `fallback` when there is none. null when the value is not certain: not a static word, or `-p=DIR`
 * (getopts takes `=DIR` as the value).
 */
function shortOptionValue(args, option, fallback) {
    const letter = option.slice(1);
    let value = fallback;
    for (let i = 0; i < args.length; i++) {
        const word = args[i].value;
        if (word === null) {
            // `-b $FLAGS`: the unknown word may hold the option.
            if (args[i].raw.startsWith('-') || /^["']?\$/.test(args[i].raw))
                value = null;
            continue;
        }
        if (word === '--')
            break;
        const m = /^-([a-zA-Z]+)(.*)$/s.exec(word);
        if (!m)
            continue;
        const at = m[1].indexOf(letter);
        if (at === -1)
            continue;
        const rest = m[1].slice(at + 1) + m[2];
        if (rest === '') {
            value = args[i + 1]?.value ?? null;
            i++;
        }
        else
            value = rest.startsWith('=') ? null : rest;
    }
    return value;
}
/** The role of the longest listed subcommand the words start with (`pip install` before `pip`). */
function roleBySubcommand(spec, words) {
    if (!spec.subcommands || words.length === 0)
        return null;
    const one = words[0].value;
    const two = words.length > 1 ? `${one} ${words[1].value}` : null;
    const entries = remember(subcommandEntries, spec, subcommandsByRole);
    for (const [role, subs] of entries)
        if (two !== null && subs.includes(two))
            return { role, words: 2 };
    for (const [role, subs] of entries)
        if (subs.includes(one))
            return { role, words: 1 };
    return null;
}
/** A spec's subcommands by role, listed once per descriptor (every command of the manager is matched against them). */
const subcommandEntries = new WeakMap();
const subcommandsByRole = (spec) => Object.entries(spec.subcommands);
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
/**
 * The use has one of the markers: an option (`--download-only`, short ones grouped as in `-yd`) or its leading
 * subcommand words (`cache add`, `workspaces focus`).
 */
export function hasMarker(use, markers) {
    if (hasOption(use.args, markers.filter((m) => m.startsWith('-'))))
        return true;
    const words = positionalWords(use.args, use.spec.optionsWithValue ?? [], 2)
        .map((w) => w.value)
        .join(' ');
    return markers.some((m) => !m.startsWith('-') && (words === m || words.startsWith(m + ' ')));
}
/** The arguments after the program when the command runs one of `names`: directly, `python -m`, `php script`. */
export function argsOfProgram(command, names) {
    if (!command.name)
        return null;
    const name = basename(command.name);
    if (names.includes(name))
        return command.args;
    const args = command.args;
    const m = args.findIndex((a) => a.value === '-m');
    if (PYTHON.test(name) && m !== -1 && names.includes(args[m + 1]?.value ?? ''))
        return args.slice(m + 2);
    const s = args.findIndex((a) => !(a.value ?? '-').startsWith('-'));
    if (INTERPRETER.test(name) && s !== -1 && names.includes(basename(args[s].value)))
        return args.slice(s + 1);
    return null;
}
const INTERPRETER = /^php[\d.]*$/;
/**
 * The author's own clean-up script, opaque to the tool: a command (or the script `bash`/`sh` runs) whose name
 * says it cleans (`/scripts/cleanup.sh`, `/tmp/clean-layer.sh`, `install_clean`, `docker-clean`). After the
 * last install it counts as every manager's teardown: what it removes cannot be read, and a second clean-up
 * next to the author's own is noise to a reviewer.
 */
export function isCleanupScript(command) {
    if (!command.name)
        return false;
    const script = SHELLS.has(basename(command.name))
        ? command.args.find((a) => !(a.value ?? '-').startsWith('-'))?.value
        : command.name;
    if (!script)
        return false;
    return /^(?:[a-z0-9]+[-_])*clean(?:[-_]?up)?(?:[-_][a-z0-9]+)*(?:\.sh)?$/i.test(basename(script));
}
export function matchesCleanup(command, matcher) {
    if (matcher.kind === 'subcommand') {
        const args = argsOfProgram(command, matcher.names);
        if (!args)
            return false;
        const sub = positionalWords(args, [], 1)[0]?.value;
        if (!sub || !matcher.subcommands.includes(sub))
            return false;
        return !matcher.withArgs || hasOption(args, matcher.withArgs);
    }
    return removedBy(command, matcher.flat ?? false).some((removed) => coversNormal(removed, normalisePath(matcher.path)));
}
/**
 * removedPaths(command, false, flat), normalised. An `rm` is matched against every manager's clean-ups, in every
 * pass: its operands are read once (only rm and find remove paths, so only they are kept).
 */
function removedBy(command, flat) {
    if (command.name === null || !PATH_REMOVERS.has(command.name))
        return [];
    const known = remember(removedCache, command, noneRemovedYet);
    const key = flat ? 'flat' : 'plain';
    return (known[key] ??= removedPaths(command, false, flat).map(normalisePath));
}
const removedCache = new WeakMap();
const noneRemovedYet = () => ({});
/** Every command of the RUN that belongs to `manager`, in order, including clean-ups such as `rm -rf` of its paths. */
export function usesOf(run, manager) {
    return run.shell ? usesIn(run.shell.commands, manager) : [];
}
/** The same for any list of commands, such as what an exec-form or heredoc RUN executes (RunDetails.facts). */
export function usesIn(commands, manager) {
    // Every transform asks this for every RUN and manager, in every fix pass. The answer depends only on the
    // commands, which the shell analysis shares between passes and files for the same body text: cache on them.
    const known = usesCache.get(commands)?.get(manager);
    if (known)
        return known;
    fillUses(commands, [manager]);
    return usesCache.get(commands).get(manager);
}
const usesCache = new WeakMap();
/** Most commands lists do not use most managers: they share one empty answer (callers never change one). */
const NO_USES = Object.freeze([]);
/**
 * Every listed manager's uses in the commands (what usesIn answers), found in one pass over the commands for the
 * managers not asked about yet. A command that is not a manager's own may still set up its sources; a sources
 * setup several descriptors share (yum, dnf, microdnf, tdnf) is checked once per command.
 */
function fillUses(commands, managers) {
    let perManager = usesCache.get(commands);
    if (!perManager)
        usesCache.set(commands, (perManager = new Map()));
    const missing = managers.filter((m) => !perManager.has(m));
    if (missing.length === 0)
        return;
    const found = missing.map(() => []);
    const setups = [];
    const answers = [];
    for (const command of commands) {
        setups.length = 0;
        answers.length = 0;
        missing.forEach((manager, i) => {
            const use = useOf(command, manager);
            if (use)
                found[i].push(use);
            else if (manager.sourceSetup) {
                let at = setups.indexOf(manager.sourceSetup);
                if (at < 0)
                    at = setups.push(manager.sourceSetup) - 1;
                answers[at] ??= setsUpSources(command, manager.sourceSetup);
                if (answers[at])
                    found[i].push(otherUse(command, manager, 'other'));
            }
        });
    }
    missing.forEach((manager, i) => perManager.set(manager, found[i].length > 0 ? found[i] : NO_USES));
}
/** The uses of the manager in what the RUN executes, whatever its form (RunDetails.facts). */
export function usesInFacts(run, manager) {
    return usesIn(factsCommands(run), manager);
}
/**
 * A RUN's facts list is a new array on every parse, but for most RUNs it holds exactly the commands of the shell
 * analysis, which is shared between passes and files: the answers cached on that list serve it then.
 */
function factsCommands(run) {
    const facts = run.facts.commands;
    const shell = run.shell?.commands;
    return shell && shell.length === facts.length && facts.every((c, i) => c === shell[i]) ? shell : facts;
}
function useOf(command, manager) {
    if (command.name !== null && mayBeProgramOf(basename(command.name), manager)) {
        for (const spec of manager.commands) {
            const use = matchCommand(command, spec);
            if (use)
                return use;
        }
    }
    const installed = matchInstaller(command, manager);
    if (installed)
        return installed;
    // A removal of the manager's cache is its work; another program's clean-up (`dnf clean all` after `yum install`)
    // counts as done for the teardown but stays that program's use. Only rm and find remove paths.
    if (command.name === null || !PATH_REMOVERS.has(command.name))
        return null;
    if (removalsOf(manager).some((m) => matchesCleanup(command, m)))
        return otherUse(command, manager, 'clean');
    return null;
}
/**
 * matchCommand can only match a program the manager's specs name (or run through an interpreter, or a python
 * for a module): most commands are no manager's, and this answers that for all specs at once.
 */
function mayBeProgramOf(program, manager) {
    const programs = remember(programsByManager, manager, programsOf);
    return programs.names.has(program) || (programs.module && PYTHON.test(program));
}
const programsByManager = new WeakMap();
function programsOf(manager) {
    const names = manager.commands.flatMap((spec) => [...spec.names, ...(spec.interpreters ?? [])]);
    return { names: new Set(names), module: manager.commands.some((spec) => spec.module !== undefined) };
}
/** The manager's clean-ups that remove a path (its teardown steps' and its flags'), read once per descriptor. */
function removalsOf(manager) {
    return remember(removalsByManager, manager, removalMatchers);
}
function removalMatchers(manager) {
    const matchers = [
        ...manager.teardown.flatMap((s) => s.doneBy),
        ...(manager.flags ?? []).flatMap((f) => f.doneBy ?? []),
    ];
    return matchers.filter((m) => m.kind === 'remove');
}
const removalsByManager = new WeakMap();
/** A command that is not the manager's program but belongs to its work (a clean-up by `rm`, a sources setup). */
function otherUse(command, manager, role) {
    const name = basename(command.name ?? '');
    const privilege = privilegeOf(command);
    return {
        command,
        spec: manager.commands[0],
        role,
        program: name,
        invokedAs: name,
        fromWorkdir: false,
        privilege,
        args: command.args,
        subcommand: [],
    };
}
/**
 * A command that sets up the manager's sources: an argument under its configuration paths or matching a setup
 * URL (`gpg --dearmor -o /usr/share/keyrings/x.gpg`, `curl … https://deb.nodesource.com/setup_20.x`), or the
 * command whose output the RUN redirects there (`echo "deb …" > /etc/apt/sources.list.d/x.list`).
 */
function setsUpSources(command, setup) {
    // Asked of every command that is not the manager's own: the descriptor's paths are normalised once.
    const { paths, absolute } = remember(setupPaths, setup, normalisedSetup);
    const under = (value) => {
        if (value === null || (absolute && !value.startsWith('/')))
            return false;
        const normal = normalisePath(value);
        return paths.some((p) => coversNormal(p, normal));
    };
    if (command.writes.some((f) => under(f.value)))
        return true;
    return command.args.some((a) => under(a.value) || setup.urls.some((u) => u.test(a.value ?? a.raw)));
}
const setupPaths = new WeakMap();
function normalisedSetup(setup) {
    const paths = setup.paths.map(normalisePath);
    // Under an absolute path other than `/`, only an absolute path can lie (covers()): most words are not one.
    return { paths, absolute: paths.every((p) => p.startsWith('/') && p !== '/') };
}
/** The teardown steps that the commands from offset `from` on already do (`apt-get clean`, `rm -rf …/lists/*`). */
export function stepsDoneAfter(commands, manager, from) {
    const after = commands.filter((c) => c.start >= from);
    // The author's own clean-up script (cleanup.sh, install_clean) does every step.
    if (after.some((c) => isCleanupScript(c)))
        return new Set(manager.teardown.map((s) => s.id));
    return new Set(manager.teardown
        .filter((step) => step.doneBy.some((m) => after.some((c) => matchesCleanup(c, m))))
        .map((s) => s.id));
}
/** A step is done when its own clean-up ran, or one its descriptor counts as making it moot (skipIfDone). */
export function stepDone(step, done) {
    return done.has(step.id) || (step.skipIfDone?.some((id) => done.has(id)) ?? false);
}
/** The use writes the step's paths (apt's lists: `update`; its archive cache: `install`). */
export function writesState(use, step) {
    return step.writtenBy.includes(use.role);
}
/** A use fills the step's cache on purpose (`conda install --download-only`): emptying it would undo the RUN. */
export function fillsOnPurpose(uses, step) {
    return step.filledOnPurposeBy !== undefined && uses.some((u) => hasMarker(u, step.filledOnPurposeBy));
}
/**
 * The manager's state this RUN writes and leaves in its layer: the steps some command writes with no clean-up
 * of them after the last such command. A step that only counts together with another (onlyWith) is left only
 * when that one is. Empty for a RUN that already cleans up after itself (or writes nothing the manager caches).
 */
export function stateLeftBy(run, manager) {
    if (!run.shell)
        return [];
    // A pure function of the commands (shared between passes and files, like usesIn): asked for every RUN and
    // manager of every stretch in every pass.
    const commands = run.shell.commands;
    return rememberPer(stateLeftCache, commands, manager, computeStateLeft);
}
const stateLeftCache = new WeakMap();
function computeStateLeft(commands, manager) {
    const uses = usesIn(commands, manager);
    if (uses.length === 0)
        return [];
    const left = manager.teardown.filter((step) => {
        const last = uses.filter((u) => writesState(u, step)).pop();
        if (fillsOnPurpose(uses, step))
            return false;
        return last !== undefined && !stepDone(step, stepsDoneAfter(commands, manager, last.command.end));
    });
    return left.filter((step) => !step.onlyWith || step.onlyWith.some((id) => left.some((s) => s.id === id)));
}
/** The managers the RUN uses, in the order of `managers` (the same array back for the same commands and list). */
export function managersOf(run, managers) {
    if (!run.shell)
        return [];
    const commands = run.shell.commands;
    const known = managersCache.get(commands);
    if (known?.managers === managers)
        return known.used;
    fillUses(commands, managers);
    const used = managers.filter((m) => usesIn(commands, m).length > 0);
    managersCache.set(commands, { managers, used });
    return used;
}
const managersCache = new WeakMap();
/** For RUNs the shell parser does not see (exec form, heredoc): does the raw text mention the manager at all? */
export function mentionsManager(rawText, manager) {
    return manager.commands.some((spec) => [...spec.names, ...(spec.module ? [`-m ${spec.module}`] : [])].some((name) => new RegExp(`(^|[^\\w-])${escapeRegExp(name)}($|[^\\w-])`).test(rawText)));
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
