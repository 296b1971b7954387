/**
 * The command line, declared once as a table (Prettier's cli-options style): node:util parseArgs parses it and
 * `--help` is printed from it. No CLI framework: yargs alone cost ~85 ms of start-up, a third of a one-file run.
 */
import { parseArgs as nodeParseArgs } from 'node:util';
export { UsageError } from '../engine/errors.js';
import { UsageError } from '../engine/errors.js';
/** The table `--help` prints, in this order. */
export const OPTIONS = [
    { name: 'write', short: 'w', type: 'boolean', describe: 'Rewrite files in place (atomically)' },
    { name: 'check', short: 'c', type: 'boolean', describe: 'List files that would change; exit 1 if any' },
    { name: 'list-different', short: 'l', type: 'boolean', describe: 'Print only the paths of files that would change' },
    { name: 'diff', type: 'boolean', describe: 'Print a unified diff per file (the default)' },
    {
        name: 'format',
        type: 'string',
        choices: ['text', 'json', 'sarif'],
        value: 'text|json|sarif',
        describe: 'Report format (default: text)',
    },
    { name: 'quiet', short: 'q', type: 'boolean', describe: 'Only print errors' },
    {
        name: 'color',
        type: 'boolean',
        describe: 'Force colours on or off (--no-color); default: on a TTY, off with NO_COLOR',
    },
    { name: 'unsafe', type: 'boolean', describe: 'Also apply fixes that may change what gets installed' },
    {
        name: 'merge',
        type: 'string',
        choices: ['manager', 'all'],
        value: 'manager|all',
        describe: 'Which adjacent RUNs merge (default: manager)',
    },
    { name: 'all-stages', type: 'boolean', describe: 'Also rewrite build stages whose filesystem never ships' },
    {
        name: 'only',
        type: 'string',
        multiple: true,
        value: 'ids',
        describe: 'Run only these transforms (comma-separated)',
    },
    { name: 'disable', type: 'string', multiple: true, value: 'ids', describe: 'Do not run these transforms' },
    {
        name: 'transform',
        short: 't',
        type: 'string',
        multiple: true,
        value: 'file',
        describe: 'Load a custom transform module (repeatable)',
    },
    { name: 'stdin-filepath', type: 'string', value: 'path', describe: 'Read stdin, print the result; names it' },
    {
        name: 'ignore-path',
        type: 'string',
        multiple: true,
        value: 'file',
        describe: 'Extra ignore file, .gitignore syntax (repeatable)',
    },
    { name: 'config', type: 'string', value: 'file', describe: 'Use this config file instead of searching' },
    { name: 'no-config', type: 'boolean', describe: 'Do not look for config files' },
    { name: 'jobs', short: 'j', type: 'string', value: 'n', describe: 'Threads, this one included (default: automatic)' },
    { name: 'explain', type: 'string', value: 'id', describe: 'Explain a transform: what it does, why, when it is safe' },
    { name: 'help', short: 'h', type: 'boolean', describe: 'Show this help' },
    { name: 'version', short: 'v', type: 'boolean', describe: 'Show the version' },
];
const EXAMPLES = [
    ['dockerfile-squash', 'Preview changes for every Dockerfile under the current directory'],
    ['dockerfile-squash --write', 'Rewrite them'],
    ['dockerfile-squash --check services/', 'CI: exit 1 when a file would change'],
    ['dockerfile-squash --check --format sarif > results.sarif', 'GitHub code scanning'],
    ["dockerfile-squash 'apps/*/Dockerfile'", 'Globs are expanded by the tool (quote them)'],
    ['cat Dockerfile | dockerfile-squash -', 'Filter stdin to stdout'],
];
export function helpText() {
    const left = (o) => `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` <${o.value}>` : ''}`;
    const width = Math.max(...OPTIONS.map((o) => left(o).length)) + 2;
    const exampleWidth = Math.max(...EXAMPLES.map(([e]) => e.length)) + 2;
    return [
        'Usage: dockerfile-squash [options] [paths or globs..]',
        '',
        'Merge package-manager RUNs and add their clean-up to the same layer.',
        'Prints a diff by default; --write rewrites the files. Exit: 0 ok, 1 --check/-l found changes, 2 error.',
        '',
        'Options:',
        ...OPTIONS.map((o) => `  ${left(o).padEnd(width)}${o.describe}`),
        '',
        'Examples:',
        ...EXAMPLES.map(([e, d]) => `  ${e.padEnd(exampleWidth)}${d}`),
        '',
    ].join('\n');
}
const list = (values) => values
    ?.flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
export function parseArgs(argv, version) {
    const options = {};
    for (const o of OPTIONS) {
        if (o.name === 'no-config')
            continue;
        options[o.name] = {
            type: o.type,
            ...(o.short ? { short: o.short } : {}),
            ...(o.multiple ? { multiple: true } : {}),
        };
    }
    let values;
    let positionals;
    // parseArgs negates booleans only; --config is a string option, so --no-config is taken out by hand.
    const noConfig = argv.includes('--no-config');
    try {
        ({ values, positionals } = nodeParseArgs({
            args: argv.filter((a) => a !== '--no-config'),
            options,
            allowPositionals: true,
            allowNegative: true,
            strict: true,
        }));
    }
    catch (error) {
        throw new UsageError(error.message.replace(/\. To specify a positional argument.*$/s, ''));
    }
    if (values['help'])
        return { output: helpText() };
    if (values['version'])
        return { output: version };
    const str = (name) => values[name];
    const bool = (name) => values[name];
    for (const o of OPTIONS) {
        const v = str(o.name);
        if (o.choices && v !== undefined && !o.choices.includes(v)) {
            throw new UsageError(`invalid value '${v}' for --${o.name} (choose from ${o.choices.join(', ')})`);
        }
    }
    for (const negatable of ['write', 'check', 'list-different', 'diff', 'quiet', 'help', 'version']) {
        if (values[negatable] === false && argv.includes(`--no-${negatable}`)) {
            throw new UsageError(`unknown option '--no-${negatable}'`);
        }
    }
    let jobs;
    if (str('jobs') !== undefined) {
        jobs = Number(str('jobs'));
        if (!Number.isInteger(jobs) || jobs < 1)
            throw new UsageError(`--jobs must be a whole number ≥ 1, got '${str('jobs')}'`);
    }
    const result = {
        paths: positionals,
        write: bool('write') ?? false,
        check: bool('check') ?? false,
        listDifferent: bool('list-different') ?? false,
        diff: bool('diff') ?? false,
        format: str('format') ?? 'text',
        quiet: bool('quiet') ?? false,
        color: bool('color'),
        unsafe: bool('unsafe'),
        merge: str('merge'),
        allStages: bool('all-stages'),
        only: list(values['only']),
        disable: list(values['disable']),
        ignorePath: list(values['ignore-path']),
        stdinFilepath: str('stdin-filepath'),
        explain: str('explain'),
        transform: values['transform'] ?? [],
        config: !noConfig,
        configPath: str('config'),
        jobs,
    };
    if (result.configPath !== undefined && !result.config)
        throw new UsageError('--config and --no-config conflict');
    if (result.listDifferent && result.format !== 'text')
        throw new UsageError('--list-different prints paths; drop --format');
    return result;
}
