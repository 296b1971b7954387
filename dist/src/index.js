export { squash, squashSync, selectTransforms, } from './engine/squash.js';
export { InputError, decodeSource } from './document/source.js';
export { initShellParser } from './document/shell.js';
export { TRANSFORMS, MANAGERS } from '../transforms/index.js';
export { ENGINE_OPTIONS, flagOf, splitList, } from './engine/options.js';
export { SquashError, REASONS, kindOf, internalErrorMessage } from './engine/errors.js';
export { summarise } from './engine/summary.js';
export { MeasureError } from './measure/errors.js';
export { formatReport as formatMeasureReport, REPORT_FORMATS as MEASURE_FORMATS } from './measure/report.js';
export async function squashFiles(paths, options) {
    return (await import('./engine/squash-files.js')).squashFiles(paths, options);
}
export async function squashText(text, options) {
    return (await import('./engine/squash-files.js')).squashText(text, options);
}
/** The built-in transforms followed by the custom ones loaded from `modules` (paths, resolved against `cwd`). */
export async function allTransforms(modules = [], cwd) {
    return (await import('./engine/custom-transforms.js')).allTransforms(modules, cwd);
}
export async function measure(options) {
    return (await import('./measure/index.js')).measure(options);
}
