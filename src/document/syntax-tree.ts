/**
 * A tree-sitter tree copied out of WASM memory in one cursor walk. Every accessor of web-tree-sitter's Node
 * crosses into WASM and builds a fresh Node object, and the shell analysis asks each node several questions
 * (type, children, fields, text, parent): reading each node's facts once into plain objects makes the analysis a
 * walk over JavaScript data. The accessors keep web-tree-sitter's names so the analysis reads the same.
 */
import type { Language, Node, TreeCursor } from 'web-tree-sitter';

/** Shared by every leaf (most nodes are leaves): a copied tree allocates arrays only for nodes with children. */
const NONE: readonly SyntaxNode[] = [];

export class SyntaxNode {
  private allChildren: SyntaxNode[] | null = null;
  private namedOnly: SyntaxNode[] | null = null;

  constructor(
    readonly type: string,
    readonly isNamed: boolean,
    /** Offsets into the parsed string (UTF-16 code units, as web-tree-sitter gives them for a JS string). */
    readonly startIndex: number,
    readonly endIndex: number,
    /** The field this node fills in its parent (`name`, `argument`, `body`…), or null. */
    readonly field: string | null,
    readonly parent: SyntaxNode | null,
    private readonly source: string,
  ) {}

  get children(): readonly SyntaxNode[] {
    return this.allChildren ?? NONE;
  }

  get namedChildren(): readonly SyntaxNode[] {
    return this.namedOnly ?? NONE;
  }

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  childForFieldName(field: string): SyntaxNode | null {
    return this.children.find((c) => c.field === field) ?? null;
  }

  childrenForFieldName(field: string): SyntaxNode[] {
    return this.children.filter((c) => c.field === field);
  }

  /** Appends `child` (read in source order) to the children of this node. */
  adopt(child: SyntaxNode): void {
    (this.allChildren ??= []).push(child);
    if (child.isNamed) (this.namedOnly ??= []).push(child);
  }
}

/** Whether each node type is named, asked of the language once per type rather than of every node. */
const namedTypes = new WeakMap<Language, boolean[]>();

function namedTypesOf(language: Language): boolean[] {
  let named = namedTypes.get(language);
  if (!named) namedTypes.set(language, (named = language.types.map((_, id) => language.nodeTypeIsNamed(id))));
  return named;
}

/** Copies the tree under `root` (parsed from `source`); the WASM tree may be freed as soon as this returns. */
export function readSyntaxTree(root: Node, source: string): SyntaxNode {
  const language = root.tree.language;
  const named = namedTypesOf(language);
  const cursor = root.walk();
  const read = (parent: SyntaxNode | null): SyntaxNode => {
    const typeId = cursor.nodeTypeId;
    // The error symbol is outside the language's list of types.
    const isNamed = named[typeId] ?? language.nodeTypeIsNamed(typeId);
    const field = parent ? (language.fields[cursor.currentFieldId] ?? null) : null;
    const node = new SyntaxNode(
      // As Node.type does: the error symbol has no entry in the language's types.
      language.types[typeId] || 'ERROR',
      isNamed,
      cursor.startIndex,
      cursor.endIndex,
      field,
      parent,
      source,
    );
    parent?.adopt(node);
    return node;
  };
  try {
    const top = read(null);
    walkBelow(cursor, top, read);
    return top;
  } finally {
    cursor.delete();
  }
}

/** Depth first, in source order, without recursion (a long `&&` chain nests as deep as it is long). */
function walkBelow(cursor: TreeCursor, top: SyntaxNode, read: (parent: SyntaxNode | null) => SyntaxNode): void {
  let node = top;
  for (;;) {
    if (cursor.gotoFirstChild()) {
      node = read(node);
      continue;
    }
    for (;;) {
      if (node === top) return;
      if (cursor.gotoNextSibling()) {
        node = read(node.parent);
        break;
      }
      cursor.gotoParent();
      node = node.parent!;
    }
  }
}
