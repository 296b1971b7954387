import type { CliIo } from './run.js';
export declare function runMeasureCommand(argv: string[], io: CliIo, version: string): Promise<number>;
