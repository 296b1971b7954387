/** Unified diffs (the `diff` package), in a module of their own: loaded only by runs that print diffs. */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
export function unifiedDiff(path, original, output) {
    const name = path.replace(/^\/+/, '');
    return createTwoFilesPatch(`a/${name}`, `b/${name}`, original, output, undefined, undefined, {
        context: 3,
        headerOptions: FILE_HEADERS_ONLY,
    });
}
