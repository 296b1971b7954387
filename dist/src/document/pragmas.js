/**
 * Inline suppressions. Our own `# dockerfile-squash ignore[=ids]` and `ignore-file`, plus hadolint's
 * `# hadolint ignore=DLxxxx` so files already annotated for hadolint keep their meaning. Codes are kept as
 * written; transforms ask `isSuppressed` with the rule id and any hadolint codes that correspond to it.
 */
export const NO_PRAGMAS = Object.freeze({ all: false, ids: new Set() });
const OWN = /^#\s*dockerfile-squash\s+ignore(?:\s*=\s*([\w:,\s-]+))?\s*$/i;
const HADOLINT = /^#\s*hadolint\s+ignore\s*=\s*([\w,\s]+)/i;
const HADOLINT_GLOBAL = /^#\s*hadolint\s+global\s+ignore\s*=\s*([\w,\s]+)/i;
const IGNORE_FILE = /^#\s*dockerfile-squash\s+ignore-file\s*$/i;
export function parsePragmas(commentLines) {
    const result = { all: false, ids: new Set() };
    for (const line of commentLines) {
        const own = OWN.exec(line.trim());
        if (own) {
            if (own[1] === undefined)
                result.all = true;
            else
                for (const id of splitIds(own[1]))
                    result.ids.add(id);
            continue;
        }
        const hadolint = HADOLINT.exec(line.trim());
        if (hadolint)
            for (const id of splitIds(hadolint[1]))
                result.ids.add(id.toUpperCase());
    }
    return result;
}
export function isIgnoreFile(line) {
    return IGNORE_FILE.test(line.trim());
}
export function globalIgnoresOf(line) {
    const m = HADOLINT_GLOBAL.exec(line.trim());
    return m ? splitIds(m[1]).map((id) => id.toUpperCase()) : [];
}
function splitIds(list) {
    return list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}
/** Any ignore pragma at all (ours or hadolint's) sits above the instruction. */
export function hasIgnorePragma(pragmas) {
    return pragmas.all || pragmas.ids.size > 0;
}
/** True when any of `keys` (a rule id such as `merge-runs`, `teardown:apt`, or a code such as `DL3059`) is ignored. */
export function isSuppressed(pragmas, globalIgnores, keys) {
    if (pragmas.all)
        return true;
    if (pragmas.ids.size === 0 && globalIgnores.size === 0)
        return false;
    return keys.some((k) => pragmas.ids.has(k) || pragmas.ids.has(k.toUpperCase()) || globalIgnores.has(k.toUpperCase()));
}
