/**
 * What dockerfile-ast finds in a Dockerfile, read once into plain data. Its accessors re-tokenise the whole
 * instruction on every call (getArguments, getArgumentsRange, getRawArgumentsContent, getImage …) unless
 * ast-memo.ts has kept the tokens; each node is still asked at most one getFlags() and one getArguments(), and
 * every range it gives is turned into source offsets here; the rest of the parse reads only these records.
 */
import {
  DockerfileParser,
  type Arg,
  type Argument,
  type Env,
  type Heredoc,
  type Instruction,
  type ModifiableInstruction,
  type Onbuild,
  type Property,
  type Run,
} from 'dockerfile-ast';
import './ast-memo.js';
import { LineTable } from './line-table.js';

export interface AstFlag {
  name: string;
  value: string | null;
  /** The flag as written: `--mount=type=cache,target=/x`. */
  start: number;
  end: number;
  options: { name: string; value: string | null }[];
}

export interface AstArgument {
  value: string;
  start: number;
  end: number;
}

export interface AstHeredoc {
  name: string;
  /** The operator and name as written (`<<EOF`, `<<-"EOT"`). */
  operatorStart: number;
  operatorEnd: number;
  content: { start: number; end: number } | null;
  /** Its delimiter line was found. */
  terminated: boolean;
}

export interface AstProperty {
  name: string;
  value: string | null;
  /** The value as written, when there is one. */
  valueRange: { start: number; end: number } | null;
}

export interface AstNode {
  /** Upper-case keyword; `word` is as written. */
  keyword: string;
  word: string;
  start: number;
  /** End of dockerfile-ast's range: the line break that ends the instruction (or its heredocs), or EOF. */
  end: number;
  /** 0-based line of `start`. */
  line: number;
  /** RUN, COPY and FROM: their `--flags`. */
  flags: AstFlag[];
  /** RUN, COPY, FROM, SHELL, USER and ONBUILD: the arguments after the flags. */
  args: AstArgument[];
  /** RUN and COPY whose text has `<<`. */
  heredocs: AstHeredoc[];
  /** ENV, and ARG with a well-formed property. */
  properties: AstProperty[];
  /** `ONBUILD RUN …`: the trigger, read as a RUN. */
  trigger: AstNode | null;
}

export interface AstFile {
  escapeChar: string;
  nodes: AstNode[];
  /** 0-based lines of the parser directives at the top of the file. */
  directiveLines: number[];
  /** Every comment (outside heredocs), as `#` + its content, with the offset where it starts. */
  comments: { start: number; text: string }[];
}

const WITH_FLAGS = new Set(['RUN', 'COPY', 'FROM']);
const WITH_ARGUMENTS = new Set(['RUN', 'COPY', 'FROM', 'SHELL', 'USER', 'ONBUILD']);

export function readAst(text: string, lines: LineTable = new LineTable(text)): AstFile {
  const ast = DockerfileParser.parse(text);
  return {
    escapeChar: ast.getEscapeCharacter(),
    nodes: ast.getInstructions().map((node) => readNode(node, text, lines)),
    directiveLines: ast.getDirectives().map((d) => d.getRange().start.line),
    comments: ast.getComments().map((c) => ({ start: lines.offsetAt(c.getRange().start), text: '#' + c.getContent() })),
  };
}

function readNode(node: Instruction, text: string, lines: LineTable): AstNode {
  const keyword = node.getKeyword();
  const range = node.getRange();
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  // ModifiableInstruction.getArguments() reuses the flags it has read: getFlags() first, then one tokenisation.
  const flags = WITH_FLAGS.has(keyword) ? (node as ModifiableInstruction).getFlags() : [];
  const args = WITH_ARGUMENTS.has(keyword) ? node.getArguments() : [];
  const result: AstNode = {
    keyword,
    word: node.getInstruction(),
    start,
    end,
    line: range.start.line,
    flags: flags.map((f) => ({
      name: f.getName(),
      value: f.getValue(),
      start: lines.offsetAt(f.getRange().start),
      end: lines.offsetAt(f.getRange().end),
      options: f.getOptions().map((o) => ({ name: o.getName(), value: o.getValue() })),
    })),
    args: args.map((a) => readArgument(a, lines)),
    heredocs:
      (keyword === 'RUN' || keyword === 'COPY') && text.slice(start, end).includes('<<')
        ? (node as Run).getHeredocs().map((h) => readHeredoc(h, lines))
        : [],
    properties: propertiesOf(node, keyword).map((p) => readProperty(p, lines)),
    trigger: null,
  };
  if (
    keyword === 'ONBUILD' &&
    args.length > 0 &&
    text.slice(result.args[0]!.start, result.args[0]!.end).toUpperCase() === 'RUN'
  ) {
    const trigger = (node as Onbuild).getTriggerInstruction();
    if (trigger) result.trigger = readNode(trigger, text, lines);
  }
  return result;
}

function propertiesOf(node: Instruction, keyword: string): Property[] {
  if (keyword === 'ENV') return (node as Env).getProperties();
  if (keyword !== 'ARG') return [];
  const property = (node as Arg).getProperty();
  return property ? [property] : [];
}

function readArgument(arg: Argument, lines: LineTable): AstArgument {
  const range = arg.getRange();
  return { value: arg.getValue(), start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
}

function readHeredoc(heredoc: Heredoc, lines: LineTable): AstHeredoc {
  const operator = heredoc.getStartRange();
  const content = heredoc.getContentRange();
  return {
    name: heredoc.getName(),
    operatorStart: lines.offsetAt(operator.start),
    operatorEnd: lines.offsetAt(operator.end),
    content: content ? { start: lines.offsetAt(content.start), end: lines.offsetAt(content.end) } : null,
    terminated: heredoc.getDelimiterRange() !== null,
  };
}

function readProperty(property: Property, lines: LineTable): AstProperty {
  const range = property.getValueRange();
  return {
    name: property.getName(),
    value: property.getValue(),
    valueRange: range ? { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) } : null,
  };
}
