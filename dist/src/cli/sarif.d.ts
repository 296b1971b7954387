import type { SquashFileResult as FileResult, Transform } from '../index.js';
export interface SarifOptions {
    version: string;
    transforms: readonly Transform[];
    /** The directory relative paths are relative to (becomes the %SRCROOT% base). */
    cwd: string;
}
export declare function sarifReport(results: readonly FileResult[], options: SarifOptions): string;
