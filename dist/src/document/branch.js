/** Nodes that run their body once, in order: what is last in them is last in what holds them. */
const TRANSPARENT = new Set(['subshell', 'compound_statement', 'redirected_statement']);
/** Nodes that may run their body many times (or never, or later). */
const REPEATING = new Set([
    'for_statement',
    'c_style_for_statement',
    'while_statement',
    'select_statement',
    'function_definition',
]);
/** Statement containers whose body is a conditional branch. */
const BRANCHES = new Set(['if_statement', 'elif_clause', 'else_clause', 'case_item']);
/**
 * The innermost conditional branch around `command`, or null: at top level, or under a loop or function (a
 * clean-up there would run per iteration or call), or in a condition rather than a body.
 */
export function branchOf(command) {
    let child = command;
    for (let node = command.parent; node; child = node, node = node.parent) {
        if (BRANCHES.has(node.type)) {
            const body = branchBody(node);
            if (!body.includes(child))
                return null;
            const construct = constructOf(node);
            if (!onlyOnceAbove(construct))
                return null;
            const last = body[body.length - 1];
            return {
                construct: construct.startIndex,
                start: body[0].startIndex,
                lastStatementEnd: last.endIndex,
                endsInAndChain: isAndChain(last),
                endsBody: endsBody(construct),
            };
        }
        if (node.type === 'program')
            return null;
    }
    return null;
}
/** The statements of a branch body: after `then` / `else` / the `)` of a case pattern, up to the next clause. */
function branchBody(node) {
    const opener = node.type === 'else_clause' ? 'else' : node.type === 'case_item' ? ')' : 'then';
    const body = [];
    let open = false;
    for (const c of node.children) {
        if (!c.isNamed) {
            if (c.type === opener)
                open = true;
            continue;
        }
        if (!open || c.type === 'comment')
            continue;
        if (c.type === 'elif_clause' || c.type === 'else_clause')
            break;
        body.push(c);
    }
    return body;
}
/** The `if` or `case` statement a branch container belongs to. */
function constructOf(branch) {
    return branch.type === 'if_statement' ? branch : branch.parent;
}
/** No loop or function around the node, up to the top. */
function onlyOnceAbove(node) {
    for (let n = node.parent; n; n = n.parent)
        if (REPEATING.has(n.type))
            return false;
    return true;
}
function isAndChain(node) {
    if (node.type === 'command' || node.type === 'pipeline')
        return true;
    if (node.type === 'redirected_statement') {
        const body = node.childForFieldName('body') ?? node.namedChildren[0];
        return !!body && body.type === 'command';
    }
    if (node.type !== 'list')
        return false;
    return node.children.every((c) => (c.isNamed ? c.type === 'comment' || isAndChain(c) : c.type === '&&'));
}
/** The statement is the last thing the body runs: last in its list, and so is what holds it, up to the top. */
function endsBody(statement) {
    const parent = statement.parent;
    if (!parent)
        return false;
    const last = (list) => list.namedChildren.filter((c) => c.type !== 'comment' && c.type !== 'heredoc_body').pop() === statement;
    if (parent.type === 'program')
        return last(parent);
    if (TRANSPARENT.has(parent.type))
        return last(parent) && endsBody(parent);
    if (BRANCHES.has(parent.type)) {
        const body = branchBody(parent);
        if (body[body.length - 1] !== statement)
            return false;
        return endsBody(constructOf(parent));
    }
    return false;
}
