/**
 * Every option that reaches the engine, declared once. The CLI builds its argument parser and `--help` from
 * this table (plus its own output options, same shape), config files are validated against it, and the
 * `squashFiles` options type is derived from it: a new option is one entry here.
 *
 * `key` is the camelCase name (squashFiles option, config key); the command-line flag is its kebab-case form
 * unless `flag` says otherwise. `api`, `config` and `cli` say where the option may be given.
 */
import { dirname, resolve } from 'node:path';
import { SquashError } from './errors.js';
export const ENGINE_OPTIONS = [
    {
        key: 'write',
        type: 'boolean',
        short: 'w',
        group: 'Output',
        describe: 'Rewrite files in place (atomically)',
        api: true,
        cli: true,
    },
    {
        key: 'diff',
        type: 'boolean',
        group: 'Output',
        describe: 'Print a unified diff per changed file (default unless --write)',
        api: true,
        cli: true,
    },
    {
        key: 'unsafe',
        type: 'boolean',
        negatable: true,
        group: 'Transforms',
        describe: 'Also apply fixes that may change what gets installed',
        api: true,
        config: true,
        cli: true,
    },
    {
        key: 'merge',
        type: 'choice',
        choices: ['manager', 'all'],
        value: 'manager|all',
        group: 'Transforms',
        describe: 'Which adjacent RUNs merge (default: manager)',
        api: true,
        config: true,
        cli: true,
    },
    {
        key: 'allStages',
        type: 'boolean',
        negatable: true,
        group: 'Transforms',
        describe: 'Also rewrite build stages whose filesystem never ships',
        api: true,
        config: true,
        cli: true,
    },
    {
        key: 'only',
        type: 'list',
        value: 'ids',
        group: 'Transforms',
        describe: 'Run only these transforms (comma-separated)',
        api: true,
        config: true,
        cli: true,
    },
    {
        key: 'disable',
        type: 'list',
        value: 'ids',
        group: 'Transforms',
        describe: 'Do not run these transforms',
        api: true,
        config: true,
        cli: true,
    },
    {
        key: 'transforms',
        flag: 'transform',
        short: 't',
        type: 'paths',
        value: 'file',
        group: 'Transforms',
        describe: 'Load a custom transform module (repeatable)',
        api: true,
        cli: true,
    },
    {
        key: 'ignorePath',
        type: 'paths',
        value: 'file',
        group: 'Files',
        describe: 'Ignore file, .gitignore syntax (default: .dockerfile-squashignore)',
        api: true,
        config: true,
        cli: true,
    },
    {
        key: 'config',
        type: 'config',
        value: 'file',
        negatable: true,
        group: 'Files',
        describe: 'Use this config file instead of searching (--no-config: none)',
        api: true,
        cli: true,
    },
    {
        key: 'errorOnUnmatchedPattern',
        type: 'boolean',
        negatable: true,
        group: 'Files',
        describe: 'A directory or glob with no Dockerfile is an error (default)',
        api: true,
        cli: true,
    },
    {
        key: 'jobs',
        type: 'count',
        short: 'j',
        value: 'n',
        group: 'Other',
        describe: 'Threads, this one included (default: automatic)',
        api: true,
        cli: true,
    },
    { key: 'cwd', type: 'string', group: 'Other', describe: 'Relative paths resolve against it', api: true },
];
/** The command-line flag of an option. */
export function flagOf(spec) {
    return spec.flag ?? spec.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
/** Splits comma-separated lists, trims, drops empty entries. */
export function splitList(values) {
    return values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
}
/** Checks a config file's contents against the table: an unknown key or a wrong type names the key and the file. */
export function validateConfig(raw, filepath) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        throw new SquashError('config', `${filepath}: a config must be an object of options, got ${describe(raw)}`);
    }
    const specs = ENGINE_OPTIONS.filter((o) => o.config);
    const config = {};
    for (const [key, value] of Object.entries(raw)) {
        const spec = specs.find((o) => o.key === key);
        if (!spec) {
            throw new SquashError('config', `${filepath}: unknown key '${key}' (known: ${specs.map((o) => o.key).join(', ')})`);
        }
        const wrong = (expected) => new SquashError('config', `${filepath}: '${key}' must be ${expected}, got ${describe(value)}`);
        switch (spec.type) {
            case 'boolean':
                if (typeof value !== 'boolean')
                    throw wrong('true or false');
                config[key] = value;
                break;
            case 'choice':
                if (!spec.choices.includes(value))
                    throw wrong(spec.choices.map((c) => `'${c}'`).join(' or '));
                config[key] = value;
                break;
            case 'list':
            case 'paths': {
                const items = typeof value === 'string' ? [value] : value;
                if (!Array.isArray(items) || !items.every((v) => typeof v === 'string'))
                    throw wrong('a list of strings');
                const cleaned = splitList(items);
                config[key] = spec.type === 'paths' ? cleaned.map((p) => resolve(dirname(filepath), p)) : cleaned;
                break;
            }
            default:
                throw new Error(`option '${key}' of type '${spec.type}' cannot come from a config file`);
        }
    }
    return config;
}
function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null';
    return typeof value === 'string' ? `'${value}'` : typeof value === 'object' ? 'an object' : String(value);
}
