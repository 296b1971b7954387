/**
 * Why we patch dockerfile-ast (0.7.1, pinned exactly in package.json): every accessor of an instruction's
 * arguments (getArguments, getArgumentsRange, getRawArgumentsContent, getFlags, getHeredocs …) starts again from
 * its private `getRawArguments`, which re-tokenises the instruction's text and builds a Position for each end of
 * each argument. The constructors themselves call several of them (JSONInstruction: getRawArgumentsContent,
 * getArguments, getArgumentsRange; getFlags inside each), and the parser builds every instruction with arguments
 * twice (once to find its heredocs, then for good), so one RUN was tokenised about ten times per parse: a tenth of
 * a `--check` run's CPU.
 *
 * getRawArguments reads nothing but the instance's document, its two ranges (`range`, `instructionRange`) and its
 * escape character (instruction.js), and nothing in dockerfile-ast writes to those, to an Argument or to its
 * Range after construction (the only late writes are the lazily filled `flags` and `properties`, caches of the
 * same kind; nothing calls TextDocument.update). So its first answer is kept on the instance, and also handed to
 * the next instance built from the same inputs: the parser's second build of an instruction without heredocs is
 * such a twin of the first. Every caller gets its own copy of the list: ModifiableInstruction.getArguments drops
 * the flags from the list it is given with `shift()`, and must not drop them from the memo.
 *
 * Installed once, on the first import of the parse module; it changes no result, only how often the work is done.
 * It goes away when upstream keeps the arguments it has read (rcjsuen/dockerfile-ast has no such change up to
 * 0.7.1 and its master of 2026-04). A future dockerfile-ast without `getRawArguments` is left unpatched (slower,
 * never wrong); a changed tokeniser is caught by the version pin and test/document/ast-memo.test.ts.
 */
import { Instruction, type Argument } from 'dockerfile-ast';
type Tokenise = (this: Instruction) => Argument[];
/** dockerfile-ast's own tokeniser, before the memo: what every memoised answer must equal. */
export declare const tokeniseUncached: Tokenise | null;
export {};
