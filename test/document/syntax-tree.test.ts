import { beforeAll, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { readSyntaxTree, type SyntaxNode } from '../../src/document/syntax-tree.js';

let parser: Parser;

beforeAll(async () => {
  await Parser.init();
  parser = new Parser();
  parser.setLanguage(await Language.load(readFileSync('grammar/tree-sitter-bash.wasm')));
});

/** The copy, in web-tree-sitter's own terms: every node's type, named-ness, offsets, text and field. */
function fromCopy(node: SyntaxNode): unknown {
  return {
    type: node.type,
    named: node.isNamed,
    span: [node.startIndex, node.endIndex],
    text: node.text,
    children: node.children.map((c) => ({ field: c.field, node: fromCopy(c) })),
  };
}

function fromWasm(node: Node): unknown {
  return {
    type: node.type,
    named: node.isNamed,
    span: [node.startIndex, node.endIndex],
    text: node.text,
    children: node.children.map((c, i) => ({ field: node.fieldNameForChild(i), node: fromWasm(c!) })),
  };
}

test.each([
  ['apt-get install -y "a b" \'c\' d\\ e $X && rm -rf /x'],
  // Offsets after non-ASCII text (two-byte, three-byte and surrogate-pair characters) are the string's own.
  ['echo "café ünïcode" && echo 日本語 > /tmp/ß && echo "😀 $HOME" | tee /x'],
  ['if [ -f /a ]; then\n  apt-get update && apt-get install -y x\nelif true; then :; else exit 1; fi'],
  ['case "$A" in\n  a|b) echo a ;;\n  *) echo "é" ;;\nesac'],
  ['cat <<EOF > /etc/x.conf\nline é $V\nEOF\nexport A=1 B="$(id -u)"; f() { g; }; for i in 1 2; do echo $i; done'],
  // Errors and missing nodes: an unclosed quote, an `if` without `fi`.
  ['echo "unclosed && apt-get update'],
  ['if true; then echo x'],
])('the copy of %j is the tree web-tree-sitter reads', (body) => {
  const tree = parser.parse(body)!;
  try {
    expect(fromCopy(readSyntaxTree(tree.rootNode, body))).toEqual(fromWasm(tree.rootNode));
  } finally {
    tree.delete();
  }
});

test('parents and named children point into the copy', () => {
  const tree = parser.parse('a && b | c')!;
  const root = readSyntaxTree(tree.rootNode, 'a && b | c');
  tree.delete();
  const list = root.namedChildren[0]!;
  expect(list.parent).toBe(root);
  expect(list.namedChildren.map((c) => c.type)).toEqual(['command', 'pipeline']);
  expect(list.namedChildren.every((c) => c.parent === list)).toBe(true);
  expect(list.namedChildren[0]!.childForFieldName('name')?.text).toBe('a');
});
