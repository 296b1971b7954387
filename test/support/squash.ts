import { squashSync, type SquashRequest } from '../../src/index.js';

/** hadolint-style inline Dockerfiles: one array element per line. */
export const lines = (...ls: string[]): string => ls.join('\n') + '\n';

export function rewrite(text: string, options: SquashRequest = {}): string {
  const first = squashSync(text, options);
  // Every rewrite in the unit tables is also checked for idempotence.
  const second = squashSync(first.output, options);
  if (second.changed) throw new Error(`not idempotent:\n${first.output}\n---\n${second.output}`);
  return first.output;
}
