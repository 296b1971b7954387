/**
 * `dockerfile-squash measure <Dockerfile>`: builds the file and its rewrite with the local Docker daemon and
 * reports what the rewrite saves. Parsed with yargs (declared subcommand, help, validation); loaded only for
 * this subcommand, so the main command's start-up does not pay for it.
 */
import type { CliIo } from './run.js';
export declare function runMeasureCommand(argv: string[], io: CliIo, version: string): Promise<number>;
