/**
 * Squash one text: `squash(text)` rewrites one Dockerfile's text through the fix loop with the built-in
 * transforms (and any extra ones). The shell grammar loads once per process, so the first call awaits it.
 */
import { InputError, decodeSource, encodeSource, splitBom } from '../document/source.js';
import { initShellParser } from '../document/shell.js';
import { runFixLoop } from '../fix/loop.js';
import { TRANSFORMS, MANAGERS } from '../../transforms/index.js';
import { cannotChange } from '../../transforms/lib/quiet.js';
import { DEFAULT_OPTIONS } from '../transform.js';
import { SquashError } from './errors.js';
export async function squash(input, request = {}) {
    const text = inputText(input);
    await initShellParser();
    return squashSync(text, request);
}
/** Synchronous form; `initShellParser()` must have resolved. */
export function squashSync(input, request = {}) {
    return squashToDocument(input, request).result;
}
/**
 * squashSync, and the parse of the output (BOM-less) that the fix loop ended with, for the engine to reuse;
 * null when the text is one no transform can change under any options (transforms/lib/quiet.ts).
 */
export function squashToDocument(input, request = {}) {
    const text = inputText(input);
    const { text: body, bom, eol } = splitBom(text);
    // dockerfile-ast reads a lone CR as a line break, but what we insert would use LF: refuse rather than mix.
    if (/\r(?!\n)/.test(body))
        throw new InputError('lone CR line endings (classic Mac style) are not supported');
    const options = {
        unsafe: request.unsafe ?? DEFAULT_OPTIONS.unsafe,
        merge: request.merge ?? DEFAULT_OPTIONS.merge,
        allStages: request.allStages ?? DEFAULT_OPTIONS.allStages,
        ignoredRules: request.ignoredRules ?? DEFAULT_OPTIONS.ignoredRules,
    };
    const ctx = { options, managers: MANAGERS };
    const proposers = selectTransforms(request).map((t) => ({ id: t.id, propose: (doc) => t.run(doc, ctx) }));
    const quiet = provablyQuiet(body, options, request.transforms?.length ?? 0);
    const result = runFixLoop(body, proposers, { unsafe: options.unsafe, ignoredRules: options.ignoredRules, quiet });
    if (result.problems.length > 0) {
        throw new InputError(result.problems.map((p) => `line ${p.line}: ${p.message}`).join('; '), 'parse');
    }
    const output = encodeSource(result.output, bom);
    const squashed = {
        output,
        changed: output !== text,
        fixes: result.applied,
        heldBack: result.heldBack,
        bom,
        eol,
        skipped: result.leftAlone,
    };
    return { result: squashed, document: quiet ? null : result.document };
}
/**
 * The quick test of transforms/lib/quiet.ts: no transform can change this text. Custom transforms may react to
 * anything, and --merge all merges any RUNs: only the built-ins' answer under the other options counts.
 */
export function provablyQuiet(text, options, customTransforms) {
    return customTransforms === 0 && options.merge !== 'all' && cannotChange(text, MANAGERS);
}
function inputText(input) {
    if (typeof input === 'string')
        return input;
    if (input instanceof Uint8Array) {
        const { text, bom } = decodeSource(input);
        return encodeSource(text, bom);
    }
    // JavaScript callers get a plain reason instead of a crash deep inside the parser.
    throw new TypeError(`squash() takes a Dockerfile as a string or a Buffer/Uint8Array, not ${describeType(input)}`);
}
function describeType(value) {
    if (value === null)
        return 'null';
    if (typeof value !== 'object')
        return typeof value;
    const name = value.constructor?.name;
    return name ? `an object (${name})` : 'an object';
}
export function selectTransforms(request) {
    const all = [...TRANSFORMS, ...(request.transforms ?? [])];
    const known = new Set(all.map((t) => t.id));
    for (const id of [...(request.only ?? []), ...(request.disable ?? [])]) {
        if (!known.has(id))
            throw new SquashError('usage', unknownTransform(id, known));
    }
    return all.filter((t) => (!request.only?.length || request.only.includes(t.id)) && !request.disable?.includes(t.id));
}
export function unknownTransform(id, known) {
    return `unknown transform '${id}' (known: ${[...known].join(', ')})`;
}
