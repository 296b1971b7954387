import { readShellOptions } from './shell-options.js';
const LOOPS = new Set(['for_statement', 'c_style_for_statement', 'while_statement', 'select_statement']);
const COMPOUNDS = new Set([...LOOPS, 'if_statement', 'case_statement', 'subshell']);
/** Builtins that run code of their own choosing in the current shell. */
const CODE_RUNNERS = new Set(['eval', '.', 'source']);
export function errexitFacts(statements, root) {
    const functions = new Set();
    collectFunctions(root, functions);
    const last = statements[statements.length - 1];
    return {
        errexitAfter: errexitAfter(statements),
        tailNeedsErrexit: last ? tailNeedsErrexit(last, functions) : false,
        lastFailureExits: last ? failureExits(last) : true,
    };
}
function collectFunctions(node, into) {
    if (node.type === 'function_definition') {
        const name = node.childForFieldName('name')?.text;
        if (name)
            into.add(name);
    }
    for (const child of node.namedChildren)
        collectFunctions(child, into);
}
/**
 * Follows `set` at top level (alone, or first in an `&&` list, where it always runs); a `set` that changes
 * errexit anywhere else (a branch, a loop, a function) makes the outcome unknown. A subshell cannot leak it.
 */
function errexitAfter(statements) {
    let state = 'unchanged';
    for (const statement of statements) {
        const head = firstOfAndList(statement);
        const topSet = head?.type === 'command' && commandName(head) === 'set' ? head : null;
        if (topSet) {
            const effect = setEffect(topSet);
            if (effect !== 'unchanged')
                state = effect;
        }
        if (nestedSetChangesErrexit(statement, topSet))
            return 'unknown';
    }
    return state;
}
function firstOfAndList(node) {
    let n = node;
    while (n?.type === 'list' && n.children.find((c) => !c.isNamed)?.type === '&&')
        n = n.namedChildren[0] ?? null;
    return n;
}
function nestedSetChangesErrexit(node, except) {
    if (node === except || node.type === 'subshell' || node.type === 'command_substitution')
        return false;
    if (node.type === 'command' && commandName(node) === 'set' && setEffect(node) !== 'unchanged')
        return true;
    return node.namedChildren.some((c) => nestedSetChangesErrexit(c, except));
}
/**
 * `set -eux`, `set +e`, `set -xo errexit`, `set -- -e` (operands), read as the shell reads its own options;
 * `set $FLAGS` is unknown: the expansion may stand where an option would.
 */
function setEffect(command) {
    const words = command.childrenForFieldName('argument').map((a) => (a.type === 'word' ? a.text : null));
    const options = readShellOptions(words.map((w) => w ?? '$'));
    if (words[options.operand] === null && words[options.operand - 1] !== '--')
        return 'unknown';
    return options.errexit === null ? 'unchanged' : options.errexit ? 'on' : 'off';
}
function commandName(command) {
    return command.childForFieldName('name')?.text ?? null;
}
function tailNeedsErrexit(node, functions) {
    switch (node.type) {
        case 'redirected_statement': {
            const body = node.childForFieldName('body') ?? node.namedChildren[0];
            return !!body && tailNeedsErrexit(body, functions);
        }
        case 'list':
            return tailNeedsErrexit(lastNamed(node), functions);
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
function failureExits(node) {
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
function lastExits(statements) {
    const last = statements[statements.length - 1];
    return !last || failureExits(last);
}
/** The statement lists of an if: after each `then`, and the else part. */
function branchesOf(node) {
    const branches = [afterToken(node, 'then')];
    for (const child of node.namedChildren) {
        if (child.type === 'elif_clause')
            branches.push(afterToken(child, 'then'));
        if (child.type === 'else_clause')
            branches.push(statementsOf(child.namedChildren));
    }
    return branches;
}
/** Named statements after the first anonymous `token`, up to the next clause. */
function afterToken(node, token) {
    const out = [];
    let seen = false;
    for (const child of node.children) {
        if (!child.isNamed && child.type === token)
            seen = true;
        else if (seen && child.isNamed && child.type !== 'elif_clause' && child.type !== 'else_clause')
            out.push(child);
    }
    return statementsOf(out);
}
function statementsOf(nodes) {
    return nodes.filter((n) => n.type !== 'comment');
}
function lastNamed(node) {
    const named = statementsOf(node.namedChildren);
    return named[named.length - 1] ?? null;
}
function isArithmetic(node) {
    return node.text.startsWith('((');
}
