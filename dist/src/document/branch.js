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
 * The branch that the commands under each child of `node` run in, for a branch container (`then`/`elif`/`else`
 * part, case item): its body's statements map to its branch; a child missing from the map (its condition) runs in
 * none, and neither does anything under a loop or function around the construct (a clean-up there would run per
 * iteration or call). Null for any other node: its children run where it runs. The shell analysis passes this down
 * its walk, so each command gets its innermost branch without climbing the tree (a climb per command costs the
 * depth of the tree, and an `&&` chain nests as deep as it is long).
 */
export function branchesBelow(node) {
    if (!BRANCHES.has(node.type))
        return null;
    const branches = new Map();
    const body = branchBody(node);
    const construct = constructOf(node);
    if (body.length === 0 || !onlyOnceAbove(construct))
        return branches;
    const last = body[body.length - 1];
    const branch = {
        construct: construct.startIndex,
        start: body[0].startIndex,
        lastStatementEnd: last.endIndex,
        endsInAndChain: isAndChain(last),
        endsBody: endsBody(construct),
    };
    for (const statement of body)
        branches.set(statement, branch);
    return branches;
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
