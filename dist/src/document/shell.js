/**
 * Shell analysis of a RUN body with tree-sitter-bash. The tree lives in WASM memory, so everything the
 * transforms need is read out in one walk into plain data and the tree is freed straight away.
 */
import { Language, Parser } from 'web-tree-sitter';
import { branchesBelow } from './branch.js';
import { errexitFacts } from './errexit.js';
import { readShellOptions } from './shell-options.js';
import { readSyntaxTree } from './syntax-tree.js';
let parser = null;
let initializing = null;
/** Loads the WASM grammar once per process; every other call in this module is synchronous. */
export function initShellParser(urls) {
    if (parser)
        return Promise.resolve();
    initializing ??= (async () => {
        await Parser.init(urls ? { locateFile: () => urls.runtime } : undefined);
        const language = await Language.load(urls ? urls.grammar : readNodeGrammar());
        const p = new Parser();
        p.setLanguage(language);
        parser = p;
    })();
    return initializing;
}
/**
 * The package ships the grammar's WASM alone (package.json "imports"): the tree-sitter-bash package would bring
 * 20 MB of C sources and native prebuilds with an install script. Bytes, not a path: web-tree-sitter's path
 * loader uses a dynamic import that Jest's VM cannot run. Node's modules are reached through
 * process.getBuiltinModule so that a browser bundle of the library, which passes URLs instead, does not pull them in.
 */
function readNodeGrammar() {
    const { createRequire } = process.getBuiltinModule('node:module');
    const { readFileSync } = process.getBuiltinModule('node:fs');
    return readFileSync(createRequire(import.meta.url).resolve('#grammar/tree-sitter-bash.wasm'));
}
function requireParser() {
    if (!parser)
        throw new Error('shell parser not initialised: await initShellParser() first');
    return parser;
}
/**
 * Bodies repeat across fix passes (every RUN a pass did not touch) and across files (`apt-get update`):
 * ShellInfo is plain, never-mutated data, so analyses are shared through a cache. It is bounded by the bodies'
 * length, not their count: an analysis grows with its body, and a few huge generated RUNs must not hold a
 * batch's memory. Least recently used first out; a body too large to be worth keeping is not kept.
 */
const cache = new Map();
const CACHE_CHARS = 128 * 1024;
const LARGEST_CACHED = CACHE_CHARS / 16;
let cachedChars = 0;
export function analyseShell(body) {
    const cached = cache.get(body);
    if (cached) {
        cache.delete(body);
        cache.set(body, cached);
        return cached;
    }
    const info = analyseUncached(body);
    if (body.length > LARGEST_CACHED)
        return info;
    while (cachedChars + body.length > CACHE_CHARS) {
        const oldest = cache.keys().next().value;
        cache.delete(oldest);
        cachedChars -= oldest.length;
    }
    cache.set(body, info);
    cachedChars += body.length;
    return info;
}
/**
 * Only whether the body parses, as a ShellInfo with no commands, for a file no transform will read (see
 * parseDocument's `shellTrees`): the tree is never walked.
 */
export function checkShell(body) {
    const cached = cache.get(body);
    if (cached)
        return cached;
    return withTree(body, rootFacts);
}
function analyseUncached(body) {
    return withTree(body, readTree);
}
/** Parses `body` and reads the tree; the tree lives in wasm memory, so it is freed however the reading ends. */
function withTree(body, read) {
    const tree = requireParser().parse(body);
    if (!tree)
        throw new Error('tree-sitter returned no tree');
    try {
        return read(tree.rootNode, body);
    }
    finally {
        tree.delete();
    }
}
const STATE_BUILTINS = new Set([
    'cd',
    'pushd',
    'popd',
    'export',
    'unset',
    'set',
    'umask',
    'trap',
    'alias',
    'unalias',
    'source',
    '.',
    'exec',
    'exit',
    'return',
    'shopt',
    'ulimit',
    'readonly',
    'declare',
    'typeset',
    'local',
    'eval',
    'read',
    'mapfile',
    'readarray',
    'let',
    'getopts',
    'hash',
    'enable',
    'shift',
    'disown',
    'wait',
    'bg',
    'fg',
    'jobs',
    'dirs',
    'complete',
    'compgen',
    'history',
    'fc',
]);
/** Node types that start a child shell: what happens inside cannot change the caller's state. */
const ISOLATING = new Set(['subshell', 'command_substitution', 'process_substitution']);
/** Node types that always alter shell state (assignments, definitions, loop variables). */
const STATEFUL_NODES = new Set([
    'function_definition',
    'declaration_command',
    'unset_command',
    'for_statement',
    'c_style_for_statement',
    'select_statement',
]);
/** Wrappers that run the command given after their own options, with those of their options that take a value. */
const WRAPPERS = new Map(Object.entries({
    sudo: '-u --user -g --group -C --close-from -D --chdir -h --host -p --prompt -R --chroot -r --role -t --type -T --command-timeout -U --other-user',
    doas: '-u -C',
    env: '-u --unset -C --chdir -S --split-string',
    command: '',
    nice: '-n --adjustment',
    nohup: '',
    time: '-f --format -o --output',
    xargs: '-a --arg-file -d --delimiter -E -I -L --max-lines -n --max-args -P --max-procs -s --max-chars',
    eatmydata: '',
}).map(([name, options]) => [name, options.split(' ').filter(Boolean)]));
/** Wrappers that take `NAME=value` words before the command (`env A=1 cmd`, `sudo A=1 cmd`). */
const ASSIGNING_WRAPPERS = new Set(['env', 'sudo']);
const ASSIGNMENT_IN_ARITHMETIC = /(^|[^=!<>])=($|[^=])|\+\+|--|[-+*/%&|^]=|<<=|>>=/;
/** What the root says without a walk (whether it parses), the rest at its value for a body with no commands. */
function rootFacts(root, body) {
    return {
        hasError: root.hasError,
        unterminated: root.hasError && unterminated(root, body),
        commands: [],
        isPlainAndChain: false,
        changesShellState: false,
        setsErrexit: false,
        hasComment: false,
        hasBackgroundJob: false,
        lastStatementEnd: 0,
        writtenFiles: [],
        heredocs: [],
        exports: [],
        variables: [],
        errexitAfter: 'unchanged',
        tailNeedsErrexit: false,
        lastFailureExits: true,
    };
}
function readTree(wasmRoot, body) {
    const info = rootFacts(wasmRoot, body);
    const root = readSyntaxTree(wasmRoot, body);
    const statements = root.namedChildren.filter((n) => n.type !== 'comment');
    const separators = root.children.filter((n) => !n.isNamed).map((n) => n.type);
    info.hasBackgroundJob = separators.includes('&');
    const last = statements[statements.length - 1];
    info.lastStatementEnd = last ? last.endIndex : 0;
    info.isPlainAndChain =
        statements.length === 1 &&
            separators.length === 0 &&
            !body.slice(0, last.startIndex).includes('\n') &&
            onlyAndOperators(last);
    walk(root, false, null, info);
    Object.assign(info, errexitFacts(statements, root));
    return info;
}
/**
 * Whether an error is an unclosed construct. tree-sitter-bash always reads `((` as an arithmetic command, but
 * `((a) && b)` is two subshells: dash has no `((` command, and bash reads `((` as arithmetic only when that
 * parses (POSIX 2.6.3 asks scripts to write `( (`; real ones do not). Such a body is read again with every `((`
 * spaced apart: only an error that survives the respacing is unclosed.
 */
function unterminated(root, body) {
    if (!runsIntoEnd(root, body.trimEnd().length))
        return false;
    const spaced = body.replace(/(?<!\$)\((?=\()/g, '( ');
    if (spaced === body)
        return true;
    return withTree(spaced, (spacedRoot) => spacedRoot.hasError && runsIntoEnd(spacedRoot, spaced.trimEnd().length));
}
function runsIntoEnd(node, end) {
    if ((node.isMissing || node.type === 'ERROR') && node.endIndex >= end)
        return true;
    return node.hasError && node.children.some((c) => !!c && runsIntoEnd(c, end));
}
function isArithmetic(node) {
    return node.type === 'arithmetic_expansion' || (node.type === 'compound_statement' && node.text.startsWith('(('));
}
function onlyAndOperators(node) {
    // tree-sitter-bash attaches a trailing redirection to the whole list before it: look through it.
    if (node.type === 'redirected_statement') {
        const body = node.childForFieldName('body') ?? node.namedChildren[0];
        return body ? onlyAndOperators(body) : true;
    }
    if (node.type !== 'list')
        return true;
    for (const child of node.children) {
        if (!child.isNamed && child.type !== '&&')
            return false;
        if (child.isNamed && (child.type === 'list' || child.type === 'redirected_statement') && !onlyAndOperators(child))
            return false;
    }
    return true;
}
function walk(node, isolated, branch, info) {
    const type = node.type;
    if (type === 'comment')
        info.hasComment = true;
    if (type === 'file_redirect') {
        const written = writtenBy(node);
        if (written)
            info.writtenFiles.push(written);
    }
    if (type === 'heredoc_redirect')
        info.heredocs.push(heredocInput(node, info));
    if (type === 'variable_assignment' && node.parent?.type !== 'command') {
        const valueNode = node.childForFieldName('value');
        info.variables.push({
            name: node.childForFieldName('name')?.text ?? '',
            value: valueNode ? wordOf(valueNode).value : '',
            start: node.startIndex,
        });
    }
    if (!isolated) {
        if (STATEFUL_NODES.has(type))
            info.changesShellState = true;
        else if (type === 'variable_assignment' && node.parent?.type !== 'command')
            info.changesShellState = true;
        else if (isArithmetic(node) && ASSIGNMENT_IN_ARITHMETIC.test(node.text))
            info.changesShellState = true;
        else if (type === 'expansion' && /^\$\{[#!]?\w+:?=/.test(node.text))
            info.changesShellState = true;
    }
    // Also inside a subshell: the commands next to it there see it, and one that does not only makes callers careful.
    if (type === 'declaration_command' && node.children[0]?.type === 'export') {
        for (const child of node.namedChildren) {
            if (child.type !== 'variable_assignment')
                continue;
            const valueNode = child.childForFieldName('value');
            const name = child.childForFieldName('name')?.text ?? '';
            info.exports.push({ name, value: valueNode ? wordOf(valueNode).value : '', start: child.startIndex });
        }
    }
    if (type === 'command') {
        const command = readCommand(node, isolated || node.parent?.type === 'pipeline', branch);
        info.commands.push(command);
        if (!command.isolated) {
            const name = command.name;
            if (name === null || STATE_BUILTINS.has(name) || STATE_BUILTINS.has(writtenName(command) ?? '')) {
                info.changesShellState = true;
            }
            if (name === 'printf' && command.args.some((a) => a.value === '-v'))
                info.changesShellState = true;
            if (name === 'set' && enablesErrexit(command.args))
                info.setsErrexit = true;
        }
    }
    const childIsolated = isolated || ISOLATING.has(type);
    const branches = branchesBelow(node);
    for (const child of node.namedChildren) {
        walk(child, childIsolated, branches ? (branches.get(child) ?? null) : branch, info);
    }
}
/**
 * The heredoc's reader is the body of the redirected statement it hangs on. That body is walked before its
 * redirects, so its command is already listed.
 */
function heredocInput(node, info) {
    const body = node.namedChildren.find((c) => c.type === 'heredoc_body')?.text ?? '';
    const reader = node.parent?.type === 'redirected_statement' ? node.parent.childForFieldName('body') : null;
    const index = reader?.type === 'command' ? info.commands.findIndex((c) => c.start === reader.startIndex) : -1;
    return { command: index === -1 ? null : index, body };
}
function enablesErrexit(args) {
    return readShellOptions(args.map((a) => a.value ?? '$')).errexit === true;
}
/** The command's name as written, before wrappers were stripped (`sudo` in `sudo cd /x`): the first wrapper's. */
function writtenName(command) {
    return command.wrappers.length > 0 ? command.wrappers[0].words[0].value : command.name;
}
/** The file an output redirection writes (`> f`, `>> f`, `&> f`), or null (input, or a descriptor like `>&2`). */
function writtenBy(redirect) {
    const operator = redirect.children.find((c) => !c.isNamed)?.type;
    const destination = redirect.childForFieldName('destination') ?? redirect.namedChildren[redirect.namedChildren.length - 1];
    if (!destination || !['>', '>>', '&>', '&>>', '>|'].includes(operator ?? '') || destination.type === 'number')
        return null;
    return wordOf(destination);
}
/** Files a command's own redirections write: `echo x > f` is a redirected_statement around the command. */
function writesOf(node) {
    const parent = node.parent;
    if (parent?.type !== 'redirected_statement' || parent.namedChildren[0] !== node)
        return [];
    return parent.namedChildren
        .filter((c) => c.type === 'file_redirect')
        .map(writtenBy)
        .filter((w) => w !== null);
}
function readCommand(node, isolated, branch) {
    const nameNode = node.childForFieldName('name');
    const words = [];
    if (nameNode)
        words.push(wordOf(nameNode));
    for (const arg of node.childrenForFieldName('argument'))
        words.push(wordOf(arg));
    const wrappers = stripWrappers(words);
    const effective = words.slice(wrappers.reduce((n, w) => n + w.words.length, 0));
    const assignments = [];
    for (const child of node.namedChildren) {
        if (child.type !== 'variable_assignment')
            continue;
        const valueNode = child.childForFieldName('value');
        assignments.push({
            name: child.childForFieldName('name')?.text ?? '',
            value: valueNode ? wordOf(valueNode).value : '',
        });
    }
    for (const word of words.slice(0, words.length - effective.length)) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word.value ?? '');
        if (m)
            assignments.push({ name: m[1], value: m[2] });
    }
    return {
        name: effective[0]?.value ?? null,
        assignments,
        wrappers,
        writes: writesOf(node),
        args: effective.slice(1),
        words: effective,
        start: node.startIndex,
        end: node.endIndex,
        isolated,
        branch,
    };
}
/** `sudo -E apt-get …`, `env A=1 apt-get …`, `xargs apt-get …`: the command that really runs is further in. */
function stripWrappers(words) {
    const wrappers = [];
    let i = 0;
    // By path too: `/usr/bin/env bash -c …` in an exec-form RUN, `/usr/bin/sudo apt-get …`.
    const wrapperName = (word) => word.value?.slice(word.value.lastIndexOf('/') + 1) ?? '';
    while (i < words.length && WRAPPERS.has(wrapperName(words[i]))) {
        const start = i;
        const name = wrapperName(words[i]);
        const withValue = WRAPPERS.get(name);
        i++;
        while (i < words.length) {
            const v = words[i].value ?? '';
            if (v === '--') {
                i++;
                break;
            }
            if (withValue.includes(v))
                i += 2;
            else if (v.startsWith('-') || (ASSIGNING_WRAPPERS.has(name) && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)))
                i++;
            else
                break;
        }
        // A wrapper with nothing after it is the command itself (`env` alone prints the environment).
        if (i >= words.length)
            return wrappers;
        wrappers.push({ name, words: words.slice(start, i) });
    }
    return wrappers;
}
/** Static value of a word: concatenations of plain words and quoted strings without expansions. */
function wordOf(node) {
    const out = { raw: node.text, value: '', quoted: false, start: node.startIndex, end: node.endIndex };
    appendValue(node, out);
    return out;
}
function appendValue(node, out) {
    if (out.value === null)
        return;
    switch (node.type) {
        case 'command_name':
        case 'concatenation':
            for (const child of node.namedChildren)
                appendValue(child, out);
            if (node.namedChildren.length === 0)
                out.value += node.text;
            return;
        case 'word':
        case 'number': {
            const text = node.text;
            if (text.includes('\\'))
                out.quoted = true;
            out.value += text.replace(/\\(.)/g, '$1');
            return;
        }
        case 'raw_string':
            out.quoted = true;
            out.value += node.text.slice(1, -1);
            return;
        case 'string': {
            out.quoted = true;
            for (const child of node.namedChildren) {
                if (child.type !== 'string_content') {
                    out.value = null;
                    return;
                }
            }
            out.value += unescapeDoubleQuoted(node.text.slice(1, -1));
            return;
        }
        default:
            out.value = null;
    }
}
function unescapeDoubleQuoted(text) {
    return text.replace(/\\([$`"\\\n])/g, '$1');
}
