import { basename, managersOf, positionalWords, usesOf } from '../managers/usage.js';
import { normalisePath } from './paths.js';
/**
 * What the RUN leaves behind is net of its own clean-up: a file it creates and later deletes, or a package it
 * installs and later removes (`yum install -y wget && … && yum remove -y wget`), is not in its layer, so a later
 * RUN that deletes or removes the same thing saves nothing by joining it.
 */
export function effectsOf(ins, managers) {
    const run = ins.run;
    if (!run?.shell)
        return { created: [], deleted: [], installed: new Set(), removed: new Set() };
    // Merging asks this of the same RUN in every stretch, pass and --all-stages look, and the same body recurs in
    // other files. The effects are a function of the shared shell analysis and of the few ENV/ARG values they read:
    // an earlier answer for this body counts when those values are the same here.
    let known = effectsCache.get(run.shell);
    if (known?.managers !== managers)
        effectsCache.set(run.shell, (known = { managers, answers: [] }));
    const hit = known.answers.find((k) => k.reads.every(([name, value]) => ins.env.get(name) === value));
    if (hit)
        return hit.effects;
    const reads = [];
    const env = {
        get(name) {
            const value = ins.env.get(name);
            reads.push([name, value]);
            return value;
        },
    };
    const effects = computeEffects(run, run.shell, env, managers);
    if (known.answers.length >= KNOWN_ENVIRONMENTS)
        known.answers.shift();
    known.answers.push({ reads, effects });
    return effects;
}
/** Answers kept per body: one per set of ENV/ARG values it read (most bodies read none). */
const KNOWN_ENVIRONMENTS = 4;
const effectsCache = new WeakMap();
function computeEffects(run, shell, env, managers) {
    const effects = { created: [], deleted: [], installed: new Set(), removed: new Set() };
    // Where in the body each path was created and deleted, each package installed and removed.
    const createdAt = [];
    const deletedAt = [];
    const installedAt = [];
    const removedAt = [];
    let at = 0;
    // After a `cd`, relative paths no longer mean the same thing in the next RUN.
    const path = (word) => {
        const p = word ? resolveWord(word, env) : null;
        if (p === null || p === '' || p.startsWith('-'))
            return null;
        if (!p.startsWith('/') && shell.changesShellState)
            return null;
        return normalisePath(p.replace(/^(\.\/)+/, ''));
    };
    const add = (list, word) => {
        const p = path(word);
        if (p !== null)
            list.push({ name: p, at });
    };
    /** A directory that may already have existed: created only when base images do not ship it. */
    const addDir = (word) => {
        const p = path(word);
        if (p !== null && !BASE_IMAGE_DIRS.has(p))
            createdAt.push({ name: p, at });
    };
    const addText = (list, text) => add(list, { raw: text, value: text, quoted: false, start: 0, end: 0 });
    for (const word of shell.writtenFiles) {
        at = word.start;
        add(createdAt, word);
    }
    for (const command of shell.commands) {
        at = command.start;
        const name = command.name ? basename(command.name) : null;
        const positional = positionalWords(command.args, [], 1000);
        switch (name) {
            case 'wget':
                downloads(command, ['-O', '--output-document'], ['-P', '--directory-prefix'], false).forEach((w) => addText(createdAt, w));
                break;
            case 'curl':
                downloads(command, ['-o', '--output'], ['--output-dir'], true).forEach((w) => addText(createdAt, w));
                break;
            case 'git': {
                const words = positionalWords(command.args, GIT_CLONE_OPTIONS_WITH_VALUE, 3);
                if (words[0]?.value === 'clone' && words[1]?.value) {
                    if (words[2])
                        add(createdAt, words[2]);
                    else
                        addText(createdAt, urlBasename(words[1].value).replace(/\.git$/, ''));
                }
                break;
            }
            case 'mkdir':
                if (command.args.some((a) => /^-[a-zA-Z]*p|^--parents$/.test(a.value ?? '')))
                    positional.forEach(addDir);
                else
                    positional.forEach((w) => add(createdAt, w));
                break;
            case 'touch':
                positional.forEach((w) => add(createdAt, w));
                break;
            case 'cp':
            case 'mv':
            case 'ln':
            case 'install':
                addDir(optionValue(command.args, ['-t', '--target-directory']) ?? positional[positional.length - 1]);
                break;
            case 'unzip':
                addDir(optionValue(command.args, ['-d']));
                break;
            case 'tar':
                tarOutputs(command.args).forEach(({ word, directory }) => (directory ? addDir(word) : add(createdAt, word)));
                break;
            case 'dd':
                for (const a of command.args)
                    if (a.value?.startsWith('of='))
                        addText(createdAt, a.value.slice(3));
                break;
            case 'go':
                if (positional[0]?.value === 'build')
                    add(createdAt, optionValue(command.args, ['-o']));
                break;
            case 'rm':
            case 'rmdir':
                // Every static operand: `rm -r "$GNUPGHOME" /tmp/x.asc` still deletes /tmp/x.asc.
                operands(command.args).forEach((w) => add(deletedAt, w));
                break;
            case 'find':
                if (command.args.some((a) => a.value === '-delete' || a.value === 'rm'))
                    add(deletedAt, positional[0]);
                break;
            default:
                if (name && COMPILER.test(name))
                    add(createdAt, optionValue(command.args, ['-o']));
        }
    }
    for (const manager of managersOf(run, managers)) {
        for (const use of usesOf(run, manager)) {
            if (use.role !== 'install' && use.role !== 'remove')
                continue;
            const target = use.role === 'install' ? installedAt : removedAt;
            const place = (name) => target.push({ name: `${manager.id}:${name}`, at: use.command.start });
            packageNames(use, env, shell).forEach(place);
            for (const option of use.spec.groupNameOptions ?? []) {
                const i = use.args.findIndex((a) => a.value === option);
                if (i !== -1 && use.args[i + 1]?.value)
                    place(use.args[i + 1].value);
            }
        }
    }
    const undoneLater = (matches, undos) => (done) => !undos.some((undo) => undo.at > done.at && matches(undo.name, done.name));
    effects.created = createdAt.filter(undoneLater(pathMatches, deletedAt)).map((c) => c.name);
    effects.deleted = deletedAt.map((d) => d.name);
    effects.installed = new Set(installedAt.filter(undoneLater((a, b) => a === b, removedAt)).map((i) => i.name));
    effects.removed = new Set(removedAt.map((r) => r.name));
    return effects;
}
/** The operands of a command with no option values (`rm`): every word after the options, `--` ends them. */
function operands(args) {
    const end = args.findIndex((a) => a.value === '--');
    const before = end === -1 ? args : args.slice(0, end);
    const after = end === -1 ? [] : args.slice(end + 1);
    return [...before.filter((a) => a.value === null || !a.value.startsWith('-')), ...after];
}
/** Compilers and linkers whose `-o` names the file they write. */
const COMPILER = /^(gcc|g\+\+|cc|c\+\+|clang|clang\+\+|rustc|gfortran|ld)(-[\d.]+)?$/;
const GIT_CLONE_OPTIONS_WITH_VALUE = [
    '-b',
    '--branch',
    '--depth',
    '-c',
    '--config',
    '-o',
    '--origin',
    '-j',
    '--jobs',
    '--filter',
    '--reference',
    '--reference-if-able',
    '--separate-git-dir',
    '--template',
    '-u',
    '--upload-pack',
    '--shallow-since',
    '--shallow-exclude',
];
/**
 * Directories every common base image already has: a `mkdir -p`, a copy or an unpack into one of them
 * creates nothing that a later `rm -rf` of the directory itself would be first to delete.
 */
const BASE_IMAGE_DIRS = new Set([
    '/',
    '/bin',
    '/sbin',
    '/lib',
    '/lib64',
    '/etc',
    '/home',
    '/root',
    '/opt',
    '/srv',
    '/tmp',
    '/var',
    '/var/tmp',
    '/var/cache',
    '/var/lib',
    '/var/log',
    '/usr',
    '/usr/bin',
    '/usr/sbin',
    '/usr/lib',
    '/usr/include',
    '/usr/share',
    '/usr/share/doc',
    '/usr/share/man',
    '/usr/share/locale',
    '/usr/src',
    '/usr/local',
    '/usr/local/bin',
    '/usr/local/sbin',
    '/usr/local/lib',
    '/usr/local/include',
    '/usr/local/share',
    '/usr/local/src',
]);
/** The value of an option given as `-o v`, `-ov`, `--opt v` or `--opt=v` (the last occurrence). */
function optionValue(args, options) {
    let found;
    args.forEach((a, i) => {
        const v = a.value ?? '';
        for (const o of options) {
            if (v === o)
                found = args[i + 1];
            else if (o.startsWith('--') && v.startsWith(o + '='))
                found = sliceWord(a, o.length + 1);
            else if (!o.startsWith('--') && v.startsWith(o) && v.length > o.length && !v.startsWith('--'))
                found = sliceWord(a, o.length);
        }
    });
    return found;
}
function sliceWord(word, from) {
    const value = word.value.slice(from);
    return { ...word, raw: value, value };
}
/**
 * What `tar` writes: with `-x` (also `xf`, `--extract`), the directory it unpacks into (`-C`, `--directory`);
 * with `-c`, the archive it creates (`-f`, `--file`, or the word after an `f` in an option cluster).
 */
function tarOutputs(args) {
    let extract = false;
    let create = false;
    let file;
    let directory;
    for (let i = 0; i < args.length; i++) {
        const v = args[i].value ?? '';
        // Old-style first word (`xzf`) or a short cluster (`-xzf`): modes, and `f`/`C` take the next word.
        const cluster = i === 0 && /^[a-zA-Z]+$/.test(v) ? v : /^-[a-zA-Z]+$/.test(v) ? v.slice(1) : null;
        if (cluster !== null) {
            if (cluster.includes('x'))
                extract = true;
            if (cluster.includes('c'))
                create = true;
            for (const letter of cluster) {
                if (letter === 'f')
                    file = args[++i];
                else if (letter === 'C')
                    directory = args[++i];
            }
        }
        else if (v === '--extract' || v === '--get')
            extract = true;
        else if (v === '--create')
            create = true;
        else if (v === '--file' || v === '--directory') {
            if (v === '--file')
                file = args[++i];
            else
                directory = args[++i];
        }
        else if (v.startsWith('--file='))
            file = sliceWord(args[i], 7);
        else if (v.startsWith('--directory='))
            directory = sliceWord(args[i], 12);
    }
    if (extract && directory)
        return [{ word: directory, directory: true }];
    if (create && file && file.value !== '-')
        return [{ word: file, directory: false }];
    return [];
}
const words = (value) => value?.split(/\s+/).filter(Boolean) ?? [];
/**
 * The package operands of an install or removal. `$DEPS` / `${DEPS}` counts as the words of its value when the
 * body assigned it a static value earlier, or, when an ENV/ARG provides it, as the same set `$DEPS` (an install
 * and a purge of `$BUILD_DEPS` name the same packages, whatever --build-arg says) plus the words of its value.
 */
function packageNames(use, env, shell) {
    const names = [];
    const withValue = use.spec.optionsWithValue ?? [];
    const args = use.args.slice(use.args.indexOf(use.subcommand[use.subcommand.length - 1]) + 1);
    for (let i = 0; i < args.length; i++) {
        const word = args[i];
        const v = word.value;
        if (v !== null) {
            if (v.startsWith('-')) {
                if (withValue.includes(v))
                    i++;
            }
            else
                names.push(v);
            continue;
        }
        const reference = /^"?\$(?:\{(\w+)\}|(\w+))"?$/.exec(word.raw);
        if (!reference)
            continue;
        const variable = (reference[1] ?? reference[2]);
        const assigned = shell.variables.filter((a) => a.name === variable && a.start < use.command.start).pop();
        const fromEnv = env.get(variable);
        if (assigned)
            names.push(...words(assigned.value));
        else if (fromEnv !== undefined)
            names.push(`$${variable}`, ...words(fromEnv?.includes('$') ? null : fromEnv));
    }
    return names;
}
/** Commands that delete files: the only ones whose RUN can pull earlier RUNs into a create-then-delete merge. */
export const DELETERS = new Set(['rm', 'rmdir', 'find']);
/** A cheap first look: does the RUN delete files or uninstall packages at all? */
export function mayDelete(ins, ctx) {
    const shell = ins.run?.shell;
    if (!shell)
        return false;
    if (shell.commands.some((c) => c.name !== null && DELETERS.has(basename(c.name))))
        return true;
    return managersOf(ins.run, ctx.managers).some((m) => usesOf(ins.run, m).some((u) => u.role === 'remove'));
}
/** True when something RUN `later` deletes was created or installed by RUN `earlier`. */
export function deletesWhatWasCreated(earlier, later) {
    if ([...later.removed].some((p) => earlier.installed.has(p)))
        return true;
    return later.deleted.some((pattern) => earlier.created.some((created) => pathMatches(pattern, created)));
}
function pathMatches(pattern, path) {
    if (/[*?[]/.test(pattern)) {
        const regex = new RegExp('^' +
            pattern
                .replace(/[.+^${}()|\\]/g, '\\$&')
                .replace(/\*/g, '[^/]*')
                .replace(/\?/g, '[^/]')
                .replace(/\[!/g, '[^') +
            '(/.*)?$');
        return regex.test(path);
    }
    return path === pattern || path.startsWith(pattern + '/');
}
/** Output files of wget/curl: the explicit output option, else the URL's last path component. */
function downloads(command, outputOptions, dirOptions, needsRemoteName) {
    const args = command.args;
    const out = [];
    let dir = '';
    let remoteName = !needsRemoteName;
    for (let i = 0; i < args.length; i++) {
        const v = args[i].value ?? '';
        const cluster = /^-[a-zA-Z]+$/.test(v) ? v : '';
        if (outputOptions.includes(v) ||
            (cluster && outputOptions.some((o) => o.length === 2 && cluster.endsWith(o[1])))) {
            if (args[i + 1]?.value)
                out.push(args[i + 1].value);
            i++;
        }
        else if (outputOptions.some((o) => v.startsWith(o + '=')))
            out.push(v.slice(v.indexOf('=') + 1));
        else if (dirOptions.includes(v))
            dir = (args[++i]?.value ?? '') + '/';
        else if (needsRemoteName && (v === '-O' || v === '--remote-name' || (cluster && cluster.includes('O'))))
            remoteName = true;
    }
    if (out.length > 0)
        return out;
    if (!remoteName)
        return [];
    return args.filter((a) => a.value?.includes('://')).map((a) => dir + urlBasename(a.value));
}
function urlBasename(url) {
    return (url
        .replace(/[?#].*$/, '')
        .replace(/\/+$/, '')
        .split('/')
        .pop() ?? '');
}
/** A word's value, with `$VAR` / `${VAR}` taken from the stage's ENV/ARG when their values are static. */
export function resolveWord(word, env) {
    if (word.value !== null)
        return word.value;
    const raw = word.raw.replace(/^"(.*)"$/s, '$1');
    let unresolved = false;
    const value = raw.replace(/\$\{(\w+)\}|\$(\w+)/g, (_m, a, b) => {
        const v = env.get((a ?? b));
        if (v === undefined || v === null || v.includes('$'))
            unresolved = true;
        return v ?? '';
    });
    return unresolved || /[$`"'\\]/.test(value) ? null : value;
}
