/** Shared by every leaf (most nodes are leaves): a copied tree allocates arrays only for nodes with children. */
const NONE = [];
export class SyntaxNode {
    type;
    isNamed;
    startIndex;
    endIndex;
    field;
    parent;
    source;
    allChildren = null;
    namedOnly = null;
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
    get children() {
        return this.allChildren ?? NONE;
    }
    get namedChildren() {
        return this.namedOnly ?? NONE;
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
    /** Appends `child` (read in source order) to the children of this node. */
    adopt(child) {
        (this.allChildren ??= []).push(child);
        if (child.isNamed)
            (this.namedOnly ??= []).push(child);
    }
}
/** Whether each node type is named, asked of the language once per type rather than of every node. */
const namedTypes = new WeakMap();
function namedTypesOf(language) {
    let named = namedTypes.get(language);
    if (!named)
        namedTypes.set(language, (named = language.types.map((_, id) => language.nodeTypeIsNamed(id))));
    return named;
}
/** Copies the tree under `root` (parsed from `source`); the WASM tree may be freed as soon as this returns. */
export function readSyntaxTree(root, source) {
    const language = root.tree.language;
    const named = namedTypesOf(language);
    const cursor = root.walk();
    const read = (parent) => {
        const typeId = cursor.nodeTypeId;
        // The error symbol is outside the language's list of types.
        const isNamed = named[typeId] ?? language.nodeTypeIsNamed(typeId);
        const field = parent ? (language.fields[cursor.currentFieldId] ?? null) : null;
        const node = new SyntaxNode(
        // As Node.type does: the error symbol has no entry in the language's types.
        language.types[typeId] || 'ERROR', isNamed, cursor.startIndex, cursor.endIndex, field, parent, source);
        parent?.adopt(node);
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
