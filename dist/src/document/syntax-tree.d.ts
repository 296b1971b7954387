/**
 * A tree-sitter tree copied out of WASM memory in one cursor walk. Every accessor of web-tree-sitter's Node
 * crosses into WASM and builds a fresh Node object, and the shell analysis asks each node several questions
 * (type, children, fields, text, parent): reading each node's facts once into plain objects makes the analysis a
 * walk over JavaScript data. The accessors keep web-tree-sitter's names so the analysis reads the same.
 */
import type { Node } from 'web-tree-sitter';
export declare class SyntaxNode {
    readonly type: string;
    readonly isNamed: boolean;
    /** Offsets into the parsed string (UTF-16 code units, as web-tree-sitter gives them for a JS string). */
    readonly startIndex: number;
    readonly endIndex: number;
    /** The field this node fills in its parent (`name`, `argument`, `body`…), or null. */
    readonly field: string | null;
    readonly parent: SyntaxNode | null;
    private readonly source;
    private allChildren;
    private namedOnly;
    constructor(type: string, isNamed: boolean, 
    /** Offsets into the parsed string (UTF-16 code units, as web-tree-sitter gives them for a JS string). */
    startIndex: number, endIndex: number, 
    /** The field this node fills in its parent (`name`, `argument`, `body`…), or null. */
    field: string | null, parent: SyntaxNode | null, source: string);
    get children(): readonly SyntaxNode[];
    get namedChildren(): readonly SyntaxNode[];
    get text(): string;
    childForFieldName(field: string): SyntaxNode | null;
    childrenForFieldName(field: string): SyntaxNode[];
    /** Appends `child` (read in source order) to the children of this node. */
    adopt(child: SyntaxNode): void;
}
/** Copies the tree under `root` (parsed from `source`); the WASM tree may be freed as soon as this returns. */
export declare function readSyntaxTree(root: Node, source: string): SyntaxNode;
