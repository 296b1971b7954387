/**
 * ENV values as the builder computes them. The builder expands `$VAR` in an ENV value from the ENV and ARG
 * instructions before it and the base image's config, never from the shell: `ENV P=$HOME/x` is `/x` when no
 * ENV sets HOME, although every RUN shell sees HOME=/root. A value moved into a RUN's shell must therefore be
 * expanded here, statically, and handed to the shell quoted; when that is not possible (a build argument that
 * `--build-arg` can override, a variable only the base image knows, syntax not modelled) the answer is null.
 *
 * One variable is let through to the shell: PATH. The builder always has it in the stage's environment (the
 * base image's, or its default when the image sets none) and hands exactly that to every RUN, so `$PATH` in
 * the shell at the point where the ENV stood is the value the builder would have used.
 */
import type { Document, Instruction } from '../../src/document/types.js';
/** Variables whose value the builder knows from this file alone: name → value, or null when it is not static. */
export type StaticEnv = ReadonlyMap<string, string | null>;
/**
 * The ENV variables in effect just before `ins`, from its stage and the stages it is built FROM (ARGs are not
 * listed: a build argument is never static, and an ENV of the same name wins over it anyway).
 */
export declare function staticEnvBefore(doc: Document, ins: Instruction): StaticEnv;
/** A piece of a computed value: literal text, or `$PATH` left for the shell to expand (see above). */
export type ValuePart = {
    text: string;
} | {
    shellPath: true;
};
/**
 * BuildKit's word processing of an ENV value (quote removal, the file's escape character, `$VAR`, `${VAR}`,
 * `${VAR:-w}`, `${VAR-w}`, `${VAR:+w}`, `${VAR+w}`), with every variable taken from `env`. Null when a variable
 * is not statically known or the value uses syntax this model does not cover.
 */
export declare function builderValue(raw: string, env: StaticEnv, escapeChar: string): string | null;
/** As {@link builderValue}, but an unknown bare `$PATH` / `${PATH}` becomes a part the shell expands. */
export declare function builderParts(raw: string, env: StaticEnv, escapeChar: string): ValuePart[] | null;
/**
 * A value as one shell word that expands nothing but the `$PATH` parts: bare when every character is inert in
 * an assignment (no `~`, which expands after `=` and `:`), single-quoted otherwise, and double-quoted when it
 * keeps a `$PATH` (refused when a literal part would need escaping there).
 */
export declare function shellQuoted(parts: ValuePart[]): string | null;
