/**
 * Printing `&&` chains in the file's own continuation style. Every RUN body is reused as written (its own
 * line breaks, comments and indentation), so a merge touches only the glue between bodies.
 */
import type { Document, Instruction } from '../../src/document/types.js';
/** ` \` + EOL + indent + `&& ` (operator first) or ` && \` + EOL + indent (operator last). */
export declare function chainGlue(doc: Document): string;
/** Text to insert after a RUN's last statement so that `commands` run when, and only when, it succeeded. */
export declare function appendedCommands(doc: Document, commands: string[]): string;
/**
 * A RUN body as one element of an `&&` chain. Each original RUN ran in a fresh shell and failed the build
 * on a non-zero status, so: a body that is not a plain `&&` chain is grouped (`a; b` must not become
 * `x && a; b`), and a body that changes shell state for later commands runs in a subshell.
 */
export declare function chainElement(doc: Document, ins: Instruction, isolate: boolean): string;
