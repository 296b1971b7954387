import { basename, positionalWords, usesOf } from '../managers/usage.js';
import { normalisePath } from './paths.js';
export function effectsOf(ins, managers) {
    const effects = { created: [], deleted: [], installed: new Set(), removed: new Set() };
    const shell = ins.run?.shell;
    if (!shell)
        return effects;
    // After a `cd`, relative paths no longer mean the same thing in the next RUN.
    const path = (word) => {
        const p = word ? resolveWord(word, ins.env) : null;
        if (p === null || p === '' || p.startsWith('-'))
            return null;
        if (!p.startsWith('/') && shell.changesShellState)
            return null;
        return normalisePath(p.replace(/^(\.\/)+/, ''));
    };
    const add = (list, word) => {
        const p = path(word);
        if (p !== null)
            list.push(p);
    };
    for (const word of shell.writtenFiles)
        add(effects.created, word);
    for (const command of shell.commands) {
        const name = command.name ? basename(command.name) : null;
        const positional = positionalWords(command.args, [], 1000);
        switch (name) {
            case 'wget':
                downloads(command, ['-O', '--output-document'], ['-P', '--directory-prefix'], false).forEach((w) => addText(effects.created, w, path));
                break;
            case 'curl':
                downloads(command, ['-o', '--output'], [], true).forEach((w) => addText(effects.created, w, path));
                break;
            case 'git':
                if (positional[0]?.value === 'clone' && positional[1]?.value) {
                    if (positional[2])
                        add(effects.created, positional[2]);
                    else
                        addText(effects.created, urlBasename(positional[1].value).replace(/\.git$/, ''), path);
                }
                break;
            case 'mkdir':
            case 'touch':
                positional.forEach((w) => add(effects.created, w));
                break;
            case 'cp':
            case 'mv':
            case 'ln':
                add(effects.created, positional[positional.length - 1]);
                break;
            case 'unzip': {
                const d = command.args.findIndex((a) => a.value === '-d');
                if (d !== -1)
                    add(effects.created, command.args[d + 1]);
                break;
            }
            case 'rm':
            case 'rmdir':
                positional.forEach((w) => add(effects.deleted, w));
                break;
            case 'find':
                if (command.args.some((a) => a.value === '-delete' || a.value === 'rm'))
                    add(effects.deleted, positional[0]);
                break;
        }
    }
    for (const manager of managers) {
        for (const use of usesOf(ins.run, manager)) {
            if (use.role !== 'install' && use.role !== 'remove')
                continue;
            const target = use.role === 'install' ? effects.installed : effects.removed;
            const names = positionalWords(use.args, use.spec.optionsWithValue ?? [], 1000).slice(use.subcommand.length);
            for (const w of names)
                if (w.value)
                    target.add(`${manager.id}:${w.value}`);
            for (const option of use.spec.groupNameOptions ?? []) {
                const i = use.args.findIndex((a) => a.value === option);
                if (i !== -1 && use.args[i + 1]?.value)
                    target.add(`${manager.id}:${use.args[i + 1].value}`);
            }
        }
    }
    return effects;
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
    return ctx.managers.some((m) => usesOf(ins.run, m).some((u) => u.role === 'remove'));
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
function addText(list, text, path) {
    const p = path({ raw: text, value: text, quoted: false, start: 0, end: 0 });
    if (p !== null)
        list.push(p);
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
