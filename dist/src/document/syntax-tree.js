export class SyntaxNode {
    type;
    isNamed;
    startIndex;
    endIndex;
    field;
    parent;
    source;
    children = [];
    namedChildren = [];
    constructor(type, isNamed, 
    /** Offsets into the parsed string (UTF-16 code units, as web-tree-sitter gives them for a JS string). */
    startIndex, endIndex, 
    /** The field this node fills in its parent (`name`, `argument`, `body`…), or null. */
    field, parent, source) {
        this.type = type;
        this.isNamed = isNamed;
        this.startIndex = startIndex;
        this.endIndex = endIndex;
        this.field = field;
        this.parent = parent;
        this.source = source;
    }
    get text() {
        return this.source.slice(this.startIndex, this.endIndex);
    }
    childForFieldName(field) {
        return this.children.find((c) => c.field === field) ?? null;
    }
    childrenForFieldName(field) {
        return this.children.filter((c) => c.field === field);
    }
}
/** Whether each node type is named, asked of the language once per type id rather than of every node. */
const namedTypes = new WeakMap();
/** Copies the tree under `root` (parsed from `source`); the WASM tree may be freed as soon as this returns. */
export function readSyntaxTree(root, source) {
    const language = root.tree.language;
    let named = namedTypes.get(language);
    if (!named)
        namedTypes.set(language, (named = []));
    const cursor = root.walk();
    const read = (parent) => {
        const typeId = cursor.nodeTypeId;
        const isNamed = (named[typeId] ??= language.nodeTypeIsNamed(typeId));
        const field = parent ? (language.fields[cursor.currentFieldId] ?? null) : null;
        const node = new SyntaxNode(
        // As Node.type does: the error symbol has no entry in the language's types.
        language.types[typeId] || 'ERROR', isNamed, cursor.startIndex, cursor.endIndex, field, parent, source);
        if (parent) {
            parent.children.push(node);
            if (isNamed)
                parent.namedChildren.push(node);
        }
        return node;
    };
    try {
        const top = read(null);
        walkBelow(cursor, top, read);
        return top;
    }
    finally {
        cursor.delete();
    }
}
/** Depth first, in source order, without recursion (a long `&&` chain nests as deep as it is long). */
function walkBelow(cursor, top, read) {
    let node = top;
    for (;;) {
        if (cursor.gotoFirstChild()) {
            node = read(node);
            continue;
        }
        for (;;) {
            if (node === top)
                return;
            if (cursor.gotoNextSibling()) {
                node = read(node.parent);
                break;
            }
            cursor.gotoParent();
            node = node.parent;
        }
    }
}
