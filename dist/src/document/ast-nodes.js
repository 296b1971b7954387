/**
 * What dockerfile-ast finds in a Dockerfile, read once into plain data. Its accessors re-tokenise the whole
 * instruction on every call (getArguments, getArgumentsRange, getRawArgumentsContent, getImage …) unless
 * ast-memo.ts has kept the tokens; each node is still asked at most one getFlags() and one getArguments(), and
 * every range it gives is turned into source offsets here; the rest of the parse reads only these records.
 */
import { DockerfileParser, } from 'dockerfile-ast';
import './ast-memo.js';
import { LineTable } from './line-table.js';
const WITH_FLAGS = new Set(['RUN', 'COPY', 'FROM']);
const WITH_ARGUMENTS = new Set(['RUN', 'COPY', 'FROM', 'SHELL', 'USER', 'ONBUILD']);
export function readAst(text, lines = new LineTable(text)) {
    const ast = DockerfileParser.parse(text);
    return {
        escapeChar: ast.getEscapeCharacter(),
        nodes: ast.getInstructions().map((node) => readNode(node, text, lines)),
        directiveLines: ast.getDirectives().map((d) => d.getRange().start.line),
        comments: ast.getComments().map((c) => ({ start: lines.offsetAt(c.getRange().start), text: '#' + c.getContent() })),
    };
}
function readNode(node, text, lines) {
    const keyword = node.getKeyword();
    const range = node.getRange();
    const start = lines.offsetAt(range.start);
    const end = lines.offsetAt(range.end);
    // ModifiableInstruction.getArguments() reuses the flags it has read: getFlags() first, then one tokenisation.
    const flags = WITH_FLAGS.has(keyword) ? node.getFlags() : [];
    const args = WITH_ARGUMENTS.has(keyword) ? node.getArguments() : [];
    const result = {
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
        heredocs: (keyword === 'RUN' || keyword === 'COPY') && text.slice(start, end).includes('<<')
            ? node.getHeredocs().map((h) => readHeredoc(h, lines))
            : [],
        properties: propertiesOf(node, keyword).map((p) => readProperty(p, lines)),
        trigger: null,
    };
    if (keyword === 'ONBUILD' &&
        args.length > 0 &&
        text.slice(result.args[0].start, result.args[0].end).toUpperCase() === 'RUN') {
        const trigger = node.getTriggerInstruction();
        if (trigger)
            result.trigger = readNode(trigger, text, lines);
    }
    return result;
}
function propertiesOf(node, keyword) {
    if (keyword === 'ENV')
        return node.getProperties();
    if (keyword !== 'ARG')
        return [];
    const property = node.getProperty();
    return property ? [property] : [];
}
function readArgument(arg, lines) {
    const range = arg.getRange();
    return { value: arg.getValue(), start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
}
function readHeredoc(heredoc, lines) {
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
function readProperty(property, lines) {
    const range = property.getValueRange();
    return {
        name: property.getName(),
        value: property.getValue(),
        valueRange: range ? { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) } : null,
    };
}
