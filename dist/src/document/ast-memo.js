/**
 * Why we patch dockerfile-ast (0.7.1, pinned exactly in package.json): every accessor of an instruction's
 * arguments (getArguments, getArgumentsRange, getRawArgumentsContent, getFlags, getHeredocs …) starts again from
 * its private `getRawArguments`, which re-tokenises the instruction's text and builds a Position for each end of
 * each argument. The constructors themselves call several of them (JSONInstruction: getRawArgumentsContent,
 * getArguments, getArgumentsRange; getFlags inside each), and the parser builds every instruction with arguments
 * twice (once to find its heredocs), so one RUN was tokenised about ten times per parse: a tenth of a `--check`
 * run's CPU.
 *
 * The tokens depend only on what the instance was built from (its document, ranges and escape character; see
 * instruction.js), and nothing in dockerfile-ast writes to an instance, an Argument or its Range after
 * construction (the only late writes are the lazily filled `flags` and `properties`, which are caches of the same
 * kind), so the first result is kept per instance and every later call gets a copy of that list:
 * ModifiableInstruction.getArguments drops the flags from the list it is given with `shift()`, and must not drop
 * them from the memo.
 *
 * Installed once, on the first import of the parse module; it changes no result, only how often the work is done.
 * It goes away when upstream keeps the arguments it has read (rcjsuen/dockerfile-ast has no such change up to
 * 0.7.1 and its master of 2026-04). A future dockerfile-ast without `getRawArguments` is left unpatched (slower,
 * never wrong); a changed tokeniser is caught by the version pin and the tests.
 */
import { Instruction } from 'dockerfile-ast';
/** Marks the memo, so that a second copy of this module (the sources beside dist/) does not wrap it again. */
const UNCACHED = Symbol.for('dockerfile-squash: dockerfile-ast getRawArguments before the memo');
const prototype = Instruction.prototype;
const installed = prototype.getRawArguments;
/** dockerfile-ast's own tokeniser, before the memo: what every memoised answer must equal. */
export const tokeniseUncached = typeof installed === 'function' ? (installed[UNCACHED] ?? installed) : null;
/** Where an instance keeps its tokens: a property of its own (a WeakMap's ephemerons cost more in GC than it saves). */
const TOKENS = Symbol('dockerfile-ast arguments, read once');
if (typeof installed === 'function' && !installed[UNCACHED]) {
    const tokenise = installed;
    prototype.getRawArguments = Object.assign(function getRawArgumentsOnce() {
        const args = (this[TOKENS] ??= tokenise.call(this));
        return args.slice();
    }, { [UNCACHED]: tokenise });
}
