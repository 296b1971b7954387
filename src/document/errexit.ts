/**
 * What errexit (`set -e`, or a SHELL with -e) means for text added after a body. POSIX ignores -e in every
 * command of an AND-OR list but the last, and inside any compound command or function run there, so
 * `for …; done && next` switches errexit off inside the loop. And under -e, a compound whose non-zero status
 * came from such an ignored failure (`{ a && b; }` when `a` fails) does not stop the shell either, so
 * `; next` is only exact after a statement whose failure always ends the shell.
 * Checked in dash and bash; test/property/errexit.test.ts runs both.
 */
import type { SyntaxNode } from './syntax-tree.js';
import { readShellOptions } from './shell-options.js';

export type ErrexitAfter = 'unchanged' | 'on' | 'off' | 'unknown';

export interface ErrexitFacts {
  /** How the body leaves errexit for code after it ('unknown': a `set` we cannot follow). */
  errexitAfter: ErrexitAfter;
  /**
   * The last pipeline of the last statement runs a compound command, a function of the body, `eval` or `.`:
   * errexit (when on) acts inside it, and `&& next` after it would switch that off.
   */
  tailNeedsErrexit: boolean;
  /** Under errexit, a non-zero status of the last statement always stops the shell (so `; next` is exact). */
  lastFailureExits: boolean;
}

const LOOPS = new Set(['for_statement', 'c_style_for_statement', 'while_statement', 'select_statement']);
const COMPOUNDS = new Set([...LOOPS, 'if_statement', 'case_statement', 'subshell']);
/** Builtins that run code of their own choosing in the current shell. */
const CODE_RUNNERS = new Set(['eval', '.', 'source']);

export function errexitFacts(statements: SyntaxNode[], root: SyntaxNode): ErrexitFacts {
  const functions = new Set<string>();
  collectFunctions(root, functions);
  const last = statements[statements.length - 1];
  return {
    errexitAfter: errexitAfter(statements),
    tailNeedsErrexit: last ? tailNeedsErrexit(last, functions) : false,
    lastFailureExits: last ? failureExits(last) : true,
  };
}

function collectFunctions(node: SyntaxNode, into: Set<string>): void {
  if (node.type === 'function_definition') {
    const name = node.childForFieldName('name')?.text;
    if (name) into.add(name);
  }
  for (const child of node.namedChildren) collectFunctions(child, into);
}

/**
 * Follows `set` at top level (alone, or first in an `&&` list, where it always runs); a `set` that changes
 * errexit anywhere else (a branch, a loop, a function) makes the outcome unknown. A subshell cannot leak it.
 */
function errexitAfter(statements: SyntaxNode[]): ErrexitAfter {
  let state: ErrexitAfter = 'unchanged';
  for (const statement of statements) {
    const head = firstOfAndList(statement);
    const topSet = head?.type === 'command' && commandName(head) === 'set' ? head : null;
    if (topSet) {
      const effect = setEffect(topSet);
      if (effect !== 'unchanged') state = effect;
    }
    if (nestedSetChangesErrexit(statement, topSet)) return 'unknown';
  }
  return state;
}

function firstOfAndList(node: SyntaxNode): SyntaxNode | null {
  let n: SyntaxNode | null = node;
  while (n?.type === 'list' && n.children.find((c) => !c.isNamed)?.type === '&&') n = n.namedChildren[0] ?? null;
  return n;
}

function nestedSetChangesErrexit(node: SyntaxNode, except: SyntaxNode | null): boolean {
  if (node === except || node.type === 'subshell' || node.type === 'command_substitution') return false;
  if (node.type === 'command' && commandName(node) === 'set' && setEffect(node) !== 'unchanged') return true;
  return node.namedChildren.some((c) => nestedSetChangesErrexit(c, except));
}

/**
 * `set -eux`, `set +e`, `set -xo errexit`, `set -- -e` (operands), read as the shell reads its own options;
 * `set $FLAGS` is unknown: the expansion may stand where an option would.
 */
function setEffect(command: SyntaxNode): ErrexitAfter {
  const words = command.childrenForFieldName('argument').map((a) => (a.type === 'word' ? a.text : null));
  const options = readShellOptions(words.map((w) => w ?? '$'));
  if (words[options.operand] === null && words[options.operand - 1] !== '--') return 'unknown';
  return options.errexit === null ? 'unchanged' : options.errexit ? 'on' : 'off';
}

function commandName(command: SyntaxNode): string | null {
  return command.childForFieldName('name')?.text ?? null;
}

function tailNeedsErrexit(node: SyntaxNode, functions: Set<string>): boolean {
  switch (node.type) {
    case 'redirected_statement': {
      const body = node.childForFieldName('body') ?? node.namedChildren[0];
      return !!body && tailNeedsErrexit(body, functions);
    }
    case 'list':
      return tailNeedsErrexit(lastNamed(node)!, functions);
    case 'pipeline':
      return node.namedChildren.some((c) => c.type !== 'comment' && tailNeedsErrexit(c, functions));
    case 'negated_command':
      // errexit is ignored inside `!` already.
      return false;
    case 'command': {
      const name = commandName(node);
      return name !== null && (CODE_RUNNERS.has(name) || functions.has(name));
    }
    case 'compound_statement':
      return !isArithmetic(node);
    default:
      return COMPOUNDS.has(node.type);
  }
}

/** Under errexit, does a non-zero status of this statement stop the shell? Tested in dash and bash. */
function failureExits(node: SyntaxNode): boolean {
  switch (node.type) {
    case 'redirected_statement': {
      const body = node.childForFieldName('body') ?? node.namedChildren[0];
      return !body || failureExits(body);
    }
    // `a && b` failing at `a`, and `! a`, never stop the shell.
    case 'list':
    case 'negated_command':
      return false;
    case 'compound_statement':
      return isArithmetic(node) || lastExits(statementsOf(node.namedChildren));
    case 'if_statement':
      return branchesOf(node).every(lastExits);
    case 'case_statement':
      return node.namedChildren.filter((c) => c.type === 'case_item').every((item) => lastExits(afterToken(item, ')')));
    default:
      if (LOOPS.has(node.type)) {
        const body = node.childForFieldName('body');
        return !body || lastExits(statementsOf(body.namedChildren));
      }
      // Simple commands, pipelines (a fresh status), subshells, function calls, `[[ ]]`, assignments.
      return true;
  }
}

function lastExits(statements: SyntaxNode[]): boolean {
  const last = statements[statements.length - 1];
  return !last || failureExits(last);
}

/** The statement lists of an if: after each `then`, and the else part. */
function branchesOf(node: SyntaxNode): SyntaxNode[][] {
  const branches = [afterToken(node, 'then')];
  for (const child of node.namedChildren) {
    if (child.type === 'elif_clause') branches.push(afterToken(child, 'then'));
    if (child.type === 'else_clause') branches.push(statementsOf(child.namedChildren));
  }
  return branches;
}

/** Named statements after the first anonymous `token`, up to the next clause. */
function afterToken(node: SyntaxNode, token: string): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  let seen = false;
  for (const child of node.children) {
    if (!child.isNamed && child.type === token) seen = true;
    else if (seen && child.isNamed && child.type !== 'elif_clause' && child.type !== 'else_clause') out.push(child);
  }
  return statementsOf(out);
}

function statementsOf(nodes: readonly SyntaxNode[]): SyntaxNode[] {
  return nodes.filter((n) => n.type !== 'comment');
}

function lastNamed(node: SyntaxNode): SyntaxNode | null {
  const named = statementsOf(node.namedChildren);
  return named[named.length - 1] ?? null;
}

function isArithmetic(node: SyntaxNode): boolean {
  return node.text.startsWith('((');
}
