export const EXIT_OK = 0;
export const EXIT_CHANGES_FOUND = 1;
export const EXIT_CODES = {
    usage: 2,
    config: 2,
    unmatched: 2,
    unreadable: 2,
    'not-dockerfile': 2,
    parse: 2,
    transform: 2,
    'not-written': 2,
    internal: 2,
};
/** The exit code of a run: its worst error, else 1 when changes were found and that was the question. */
export function exitCodeOf(errors, changesFound, reportsChanges) {
    if (errors.length > 0)
        return Math.max(...errors.map((k) => EXIT_CODES[k]));
    return reportsChanges && changesFound ? EXIT_CHANGES_FOUND : EXIT_OK;
}
