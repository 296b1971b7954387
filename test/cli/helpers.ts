/** Helpers for the CLI tests beyond test/support/cli.ts: running as another user, SARIF schema validation. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CliRun } from '../support/cli.js';

const BIN = new URL('../../bin/dockerfile-squash.js', import.meta.url).pathname;
const require = createRequire(import.meta.url);

/**
 * `setpriv` runs one command under another uid: the honest way to test permissions when the tests run as root.
 * Usable only when we are root, setpriv exists, and nobody can read the checkout (a clone under /root cannot).
 */
export const canDropPrivileges =
  process.getuid?.() === 0 &&
  spawnSync('setpriv', ['--version'], { stdio: 'ignore' }).status === 0 &&
  cliAsNobody(['--version'], { cwd: '/' }).status === 0;

export function cliAsNobody(args: string[], options: { cwd: string }): CliRun {
  const result = spawnSync(
    'setpriv',
    ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args],
    { cwd: options.cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' }, timeout: 30_000 },
  );
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The SARIF 2.1.0 JSON schema (draft-04) as shipped by @microsoft/jest-sarif, compiled with Ajv. */
export async function sarifValidator(): Promise<(log: unknown) => string[]> {
  const { default: Ajv } = (await import('ajv-draft-04')) as unknown as {
    default: new (options: object) => {
      compile(schema: object): ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] };
    };
  };
  const { default: addFormats } = (await import('ajv-formats')) as unknown as { default: (ajv: object) => void };
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  // The schema's `language` pattern has a stray ']' that is only legal without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}
