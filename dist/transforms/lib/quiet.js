import { DELETERS } from './effects.js';
import { PATH_REMOVERS } from './paths.js';
const triggersByManagers = new WeakMap();
function triggersOf(managers) {
    let triggers = triggersByManagers.get(managers);
    if (triggers)
        return triggers;
    const names = new Set([...DELETERS, ...PATH_REMOVERS]);
    const installers = [];
    const setupPaths = [];
    const setupUrls = [];
    for (const manager of managers) {
        setupPaths.push(...(manager.sourceSetup?.paths ?? []));
        setupUrls.push(...(manager.sourceSetup?.urls ?? []));
        for (const spec of manager.commands) {
            for (const name of spec.names)
                names.add(name);
            if (spec.module)
                names.add(spec.module);
        }
        for (const step of manager.teardown)
            for (const matcher of step.doneBy)
                if (matcher.kind === 'subcommand')
                    for (const n of matcher.names)
                        names.add(n);
        for (const installer of manager.installers ?? [])
            installers.push(installer.script);
    }
    triggersByManagers.set(managers, (triggers = { names, installers, setupPaths, setupUrls }));
    return triggers;
}
/**
 * Continuations (with either escape character, and the comment or blank lines Docker drops inside them) joined,
 * quotes and escapes removed: what is left spells every static command name as one piece. Taking out more than
 * the shell would only joins or splits words that are then looked at both ways, so nothing is missed.
 */
function flatten(text) {
    return text.replace(/[\\`]\r?\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*/g, '').replace(/["'\\`]/g, '');
}
/** True when no built-in transform can propose a fix for this text, whatever the options but `merge: 'all'`. */
export function cannotChange(text, managers) {
    const { names, installers, setupPaths, setupUrls } = triggersOf(managers);
    const flat = flatten(text);
    // Paths are compared normalised (`/etc//apt`); any mention counts, whatever the command.
    const slashes = flat.replace(/\/+/g, '/');
    if (setupPaths.some((path) => slashes.includes(path)))
        return false;
    if (setupUrls.some((url) => url.test(text) || url.test(flat)))
        return false;
    // Words as the shell splits them (their last path component, as commands and scripts are matched), and
    // their finer pieces (`env A=apt-get`, an exec form's `["apt-get",`).
    for (const word of flat.split(/[\s;&|()<>]+/)) {
        for (const candidate of [word.slice(word.lastIndexOf('/') + 1), ...word.split(/[^\w.+-]+/)]) {
            if (names.has(candidate) || installers.some((script) => script.test(candidate)))
                return false;
            if (setupUrls.some((url) => url.test(candidate)))
                return false;
        }
    }
    return true;
}
