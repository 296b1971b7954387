import './ast-memo.js';
import { LineTable } from './line-table.js';
export interface AstFlag {
    name: string;
    value: string | null;
    /** The flag as written: `--mount=type=cache,target=/x`. */
    start: number;
    end: number;
    options: {
        name: string;
        value: string | null;
    }[];
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
    content: {
        start: number;
        end: number;
    } | null;
    /** Its delimiter line was found. */
    terminated: boolean;
}
export interface AstProperty {
    name: string;
    value: string | null;
    /** The value as written, when there is one. */
    valueRange: {
        start: number;
        end: number;
    } | null;
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
    comments: {
        start: number;
        text: string;
    }[];
}
export declare function readAst(text: string, lines?: LineTable): AstFile;
