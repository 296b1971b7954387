/**
 * Custom transforms, jscodeshift style: a module whose default export (or named export `transform`) has the
 * built-ins' interface `{ id, description, applicability, explain, run(doc, ctx) }`. It runs after the
 * built-ins, through the same applier and checks. A module that cannot be loaded, is not a transform, or
 * takes an id already in use is a usage error.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TRANSFORMS } from '../../transforms/index.js';
import { SquashError } from './errors.js';
const loaded = new Map();
/** `specs` are module paths as the user typed them, resolved against `cwd`. */
export async function loadTransforms(specs, cwd) {
    return Promise.all(specs.map((spec) => loadTransform(resolve(cwd, spec), spec)));
}
/** The built-in transforms followed by the custom ones from `specs`; an id may be used once. */
export async function allTransforms(specs = [], cwd = process.cwd()) {
    const all = [...TRANSFORMS, ...(await loadTransforms(specs, cwd))];
    const clash = all.find((t, i) => all.findIndex((u) => u.id === t.id) !== i);
    if (clash)
        throw new SquashError('usage', `transform id '${clash.id}' is already taken`);
    return all;
}
export function loadTransform(absolute, shown = absolute) {
    let pending = loaded.get(absolute);
    if (!pending) {
        pending = importTransform(absolute, shown);
        loaded.set(absolute, pending);
    }
    return pending;
}
async function importTransform(absolute, shown) {
    let module;
    try {
        module = (await import(pathToFileURL(absolute).href));
    }
    catch (error) {
        const e = error;
        const reason = e.code === 'ERR_MODULE_NOT_FOUND' && e.message.includes(absolute) ? 'no such file' : e.message;
        throw new SquashError('usage', `transform module ${shown}: cannot load: ${reason.split('\n')[0]}`);
    }
    const candidate = (module['default'] ?? module['transform']);
    const problem = checkTransform(candidate);
    if (problem)
        throw new SquashError('usage', `transform module ${shown}: ${problem}`);
    return candidate;
}
/** Why `value` is not a Transform, or null when it is one. */
export function checkTransform(value) {
    if (!value || typeof value !== 'object')
        return 'exports no transform (expected a default export or `transform`)';
    if (typeof value.id !== 'string' || !/^[\w:-]+$/.test(value.id))
        return '`id` must be a non-empty word';
    if (typeof value.run !== 'function')
        return `transform '${value.id}' has no run(doc, ctx) function`;
    if (value.applicability !== 'safe' && value.applicability !== 'unsafe')
        return `transform '${value.id}': applicability must be 'safe' or 'unsafe'`;
    if (typeof value.description !== 'string')
        return `transform '${value.id}' has no description`;
    if (value.explain !== undefined && typeof value.explain !== 'string')
        return `transform '${value.id}': explain must be a string`;
    return null;
}
