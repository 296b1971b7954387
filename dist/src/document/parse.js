/**
 * Text → Document. One dockerfile-ast parse for instructions, flags and heredocs; our own logical body for
 * each shell-form RUN (dockerfile-ast's joined text keeps indented comment lines, which Docker drops);
 * tree-sitter-bash for that body.
 */
import { Keyword } from 'dockerfile-ast';
import { readAst } from './ast-nodes.js';
import { LineTable } from './line-table.js';
import { buildLogicalBody } from './logical-body.js';
import { analyseShell, checkShell } from './shell.js';
import { execFormFacts, heredocFacts, shellFormFacts } from './run-facts.js';
import { NO_PRAGMAS, globalIgnoresOf, isIgnoreFile, parsePragmas } from './pragmas.js';
import { detectStyle } from './style.js';
import { expandGlobalArgs, isWindowsImage } from './platform.js';
import { templateMarker, unparsedRunMarker } from './template.js';
import { readShellOptions } from './shell-options.js';
import { detectLineEnding } from './source.js';
const NO_FACTS = { commands: [], opaque: [] };
/**
 * Every instruction Docker's parser knows (dockerfile-ast's `Keyword`, as moby/buildkit's parse.go); anything else
 * stops the build with "unknown instruction". Such a word is most often the next line of a RUN whose line
 * continuation is missing: the file's RUNs are not what its author meant, so no clean-up decision can be trusted.
 */
const DOCKER_INSTRUCTIONS = new Set(Object.values(Keyword));
// zsh is left out: it is not POSIX by default (word splitting, globbing, errexit details differ).
const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'mksh', 'busybox']);
/**
 * `ignoredRules`: rule ids or hadolint codes ignored for the whole file on top of its own global pragmas.
 * `shellTrees: false` reads only whether each RUN's shell parses (for a file no transform will look at: the
 * problems and skip reasons stay exact; its RUNs' commands and facts are left empty).
 */
export function parseDocument(text, ignoredRules = [], { shellTrees = true } = {}) {
    const table = new LineTable(text);
    return buildDocument(text, readAst(text, table), table, ignoredRules, shellTrees);
}
/** The Document of `text` from what dockerfile-ast found in it (`ast`, whose offsets index `text`). */
function buildDocument(text, ast, table, ignoredRules, shellTrees) {
    const escapeChar = ast.escapeChar;
    const lines = text.split(/\r\n|\r|\n/);
    const instructions = [];
    const problems = [];
    const stages = [];
    const stageShells = [];
    const stageEnvs = [];
    let shell = { posix: true, errexit: false, program: null };
    let env = new Map();
    let globalArgs = env;
    const otherShells = new Set();
    const windowsImages = [];
    const stageUsers = [];
    let user = null;
    let template = null;
    // Only the first unknown instruction is reported: in a file that is not a Dockerfile at all, every line is one.
    let unknown = false;
    const lineOf = (offset) => table.lineOf(offset) + 1;
    // `# hadolint shell=powershell`: hadolint's way to name the shell of a file that has no SHELL (Windows images
    // whose default shell is cmd or PowerShell). It holds from its line on, across FROM, until a SHELL.
    const shellPragmas = lines.flatMap((line, i) => {
        const name = /^\s*#\s*hadolint\s+shell\s*=\s*(\S+)/i.exec(line)?.[1];
        return name ? [{ line: i, shell: shellStateOf(JSON.stringify([name])) }] : [];
    });
    let pragmaShell = null;
    for (const node of ast.nodes) {
        const { keyword, start } = node;
        while (shellPragmas.length > 0 && shellPragmas[0].line < node.line) {
            shell = pragmaShell = shellPragmas.shift().shell;
            if (!shell.posix)
                otherShells.add(shell.program);
        }
        if (!template) {
            const source = text.slice(start, node.end);
            if (/\{[{%#]|<%|%%|[#@][A-Z]/.test(source)) {
                // Heredoc bodies are file contents: only the command line counts.
                const args = source.slice(keyword.length);
                const marker = templateMarker(keyword, (args.includes('<<') ? args.split(/\r?\n/)[0] : args).trim());
                if (marker)
                    template = { line: node.line + 1, marker };
            }
        }
        if (keyword === 'FROM') {
            const base = node.args[0]?.value ?? '';
            const baseStage = findStage(stages, base);
            if (stages.length === 0)
                globalArgs = env;
            const platform = node.flags.find((f) => f.name === 'platform')?.value ?? null;
            const image = baseStage !== null ? stages[baseStage].image : expandGlobalArgs(base, globalArgs);
            const windows = baseStage !== null ? stages[baseStage].windows : isWindowsImage(image, platform);
            if (windows && baseStage === null)
                windowsImages.push(image);
            if (stages.length > 0) {
                stageShells[stages.length - 1] = shell;
                stageEnvs[stages.length - 1] = env;
                stageUsers[stages.length - 1] = user;
            }
            user = baseStage !== null ? stageUsers[baseStage] : null;
            shell =
                baseStage !== null
                    ? { ...stageShells[baseStage] }
                    : (pragmaShell ?? { posix: !windows, errexit: false, program: null });
            env = new Map(baseStage !== null ? stageEnvs[baseStage] : []);
            stages.push({
                index: stages.length,
                name: buildStageOf(node, text),
                base,
                baseStage,
                image,
                windows,
                ships: false,
                copiedBy: [],
                instructions: [],
            });
        }
        else if (keyword === 'COPY') {
            recordCopy(node, text, stages);
        }
        else if (keyword === 'SHELL') {
            shell = shellStateOf(rawArguments(node, text) ?? '');
            if (!shell.posix)
                otherShells.add(shell.program);
        }
        // Instructions before the first FROM (global ARGs) belong to no stage: -1.
        const stageIndex = stages.length - 1;
        const instruction = {
            index: instructions.length,
            keyword,
            start,
            end: trimmedEnd(text, start, node.end),
            stage: stageIndex,
            pragmas: pragmasAbove(lines, node.line),
            run: keyword === 'RUN' ? readRun(node, text, escapeChar, shell, shellTrees) : null,
            onbuildRun: node.trigger ? readRun(node.trigger, text, escapeChar, shell, shellTrees) : null,
            env,
            user,
            assignments: [],
        };
        if (keyword === 'USER')
            user = (rawArguments(node, text) ?? '').trim() || null;
        if (keyword === 'ENV' || keyword === 'ARG') {
            instruction.assignments = node.properties.map((p) => ({
                name: p.name,
                value: p.value,
                raw: p.valueRange ? text.slice(p.valueRange.start, p.valueRange.end) : null,
            }));
        }
        if (keyword === 'ENV') {
            env = new Map(env);
            for (const p of node.properties)
                env.set(p.name, p.value);
        }
        else if (keyword === 'ARG') {
            const p = node.properties[0];
            if (p) {
                env = new Map(env);
                if (!env.has(p.name) || p.value !== null)
                    env.set(p.name, p.value);
            }
        }
        if (instruction.run?.form === 'shell')
            instruction.end = instruction.run.bodyEnd;
        const line = node.line + 1;
        // An empty keyword is a line holding only a line continuation, which Docker joins to the next line.
        if (keyword !== '' && keyword !== escapeChar && !DOCKER_INSTRUCTIONS.has(keyword) && !unknown) {
            const previous = instructions[instructions.length - 1];
            const continuedAbove = previous !== undefined && lineOf(previous.end) === line - 1;
            unknown = true;
            problems.push({ line, message: unknownInstruction(node.word, continuedAbove) });
        }
        if ((keyword === 'RUN' || keyword === 'COPY') && text.slice(start, instruction.end).includes('<<')) {
            for (const heredoc of node.heredocs) {
                if (!heredoc.terminated)
                    problems.push({ line, message: `unterminated heredoc <<${heredoc.name}` });
            }
        }
        if (instruction.run?.form === 'shell' && instruction.run.shell?.unterminated && instruction.run.posixShell) {
            const marker = template ? null : unparsedRunMarker(text.slice(start, instruction.end));
            if (marker)
                template = { line, marker };
            problems.push({ line, message: 'RUN does not parse as shell (unterminated quote or bracket?)' });
        }
        instructions.push(instruction);
        stages[stageIndex]?.instructions.push(instruction.index);
    }
    markShippingStages(stages);
    // Kept upper-case, as isSuppressed asks them.
    const globalIgnores = new Set(ignoredRules.map((id) => id.toUpperCase()));
    let ignoreFile = false;
    // dockerfile-ast takes a leading `# hadolint global ignore=…` for a parser directive (Docker does not: its
    // directive names have no spaces), so the directives' lines are read as comments too.
    const commentLines = [...ast.directiveLines.map((line) => lines[line]), ...ast.comments.map((c) => c.text)];
    for (const line of commentLines) {
        if (isIgnoreFile(line))
            ignoreFile = true;
        for (const id of globalIgnoresOf(line))
            globalIgnores.add(id);
    }
    const rawBodies = instructions
        .filter((i) => i.run?.form === 'shell')
        .map((i) => text.slice(i.run.bodyStart, i.run.bodyEnd));
    return {
        text,
        leftAlone: template
            ? {
                reason: 'template',
                message: `template syntax on line ${template.line} (${template.marker}): render it first`,
            }
            : leftAloneReason(stages, instructions, windowsImages, otherShells),
        eol: detectLineEnding(text),
        escapeChar,
        instructions,
        stages,
        style: detectStyle(rawBodies, escapeChar),
        ignoreFile,
        globalIgnores,
        problems,
    };
}
function unknownInstruction(word, continuedAbove) {
    const hint = continuedAbove ? '; is a line continuation missing at the end of the line above?' : '';
    return `unknown instruction '${word}', which Docker rejects${hint}`;
}
function readRun(node, text, escapeChar, shell, shellTrees) {
    const flags = node.flags.map((f) => ({ name: f.name, value: f.value, text: text.slice(f.start, f.end) }));
    const mounts = node.flags
        .filter((f) => f.name === 'mount')
        .map((f) => {
        const options = {};
        for (const o of f.options)
            options[o.name] = o.value ?? '';
        return {
            type: options['type'] ?? 'bind',
            target: options['target'] ?? options['dst'] ?? options['destination'] ?? null,
            options,
        };
    });
    const flagKey = flags
        .map((f) => f.text)
        .sort()
        .join(' ');
    const end = node.end;
    const bodyStart = node.args[0]?.start ?? end;
    // Every RunDetails is built by this one function, in one shape: an object literal that spreads a common part
    // and then adds fields is built on V8's slow path (and the objects it makes are slow to read).
    const details = (form, bodyEnd, logical, shellInfo, facts, heredoc = null) => ({
        flags,
        mounts,
        flagKey,
        bodyStart,
        posixShell: shell.posix,
        shellErrexit: shell.errexit,
        heredoc,
        form,
        bodyEnd,
        logical,
        shell: shellInfo,
        facts,
    });
    const raw = text.slice(bodyStart, end);
    const heredocs = raw.includes('<<') ? node.heredocs : [];
    if (heredocs.length > 0) {
        const bodyEnd = trimmedEnd(text, bodyStart, end);
        const lineEnd = text.slice(bodyStart, bodyEnd).search(/\r?\n/);
        const texts = heredocs.map((h) => ({
            operator: text.slice(h.operatorStart, h.operatorEnd),
            content: h.content ? text.slice(h.content.start, h.content.end) : '',
        }));
        const commandLine = text.slice(bodyStart, lineEnd === -1 ? bodyEnd : bodyStart + lineEnd);
        const facts = shellTrees ? heredocFacts(commandLine, text.slice(bodyStart, bodyEnd), texts, shell.posix) : NO_FACTS;
        const script = heredocs.length === 1 ? readHeredocScript(heredocs[0], text, bodyStart, shell, shellTrees) : null;
        if (!script)
            return details('heredoc', bodyEnd, null, null, facts);
        return details('heredoc', bodyEnd, script.logical, script.shell, facts, script.heredoc);
    }
    const argv = raw.trimStart().startsWith('[')
        ? jsonArray(buildLogicalBody(text, bodyStart, end, escapeChar).text)
        : null;
    if (argv) {
        const facts = shellTrees ? execFormFacts(argv) : NO_FACTS;
        return details('exec', trimmedEnd(text, bodyStart, end), null, null, facts);
    }
    const logical = buildLogicalBody(text, bodyStart, end, escapeChar);
    const trimmedLength = logical.text.trimEnd().length;
    const bodyEnd = trimmedLength === 0 ? bodyStart : logical.map[trimmedLength - 1] + 1;
    const analysis = shellTrees ? analyseShell(logical.text) : checkShell(logical.text);
    const facts = shellFormFacts(analysis, logical.text, shell.posix);
    return details('shell', bodyEnd, logical, analysis, facts);
}
const SCRIPT_SHELLS = /^(?:\/(?:usr\/)?bin\/)?(sh|bash|dash)$/;
const MARKER = /^<<(-?)\s*(["']?)[A-Za-z_][\w.-]*\2$/;
/**
 * The heredoc as a POSIX script, when it is one: the marker alone on its line (the builder hands the script to
 * the SHELL, or runs it by its shebang), or with `sh`/`bash`/`dash` and options only before or after it (the
 * SHELL runs that command with the script on stdin). Anything else (`python3 <<EOF`, `cat <<EOF > f`, a pipe)
 * is not a script of ours.
 */
function readHeredocScript(heredoc, text, bodyStart, shell, shellTrees) {
    if (!heredoc.content || !heredoc.terminated)
        return null;
    const { start: contentStart, end: contentEnd } = heredoc.content;
    const lineEnd = text.indexOf('\n', bodyStart);
    const header = text.slice(bodyStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
    const words = header.trim().split(/\s+/);
    const marker = words.findIndex((w) => w.startsWith('<<'));
    if (marker < 0 || !MARKER.test(words[marker]))
        return null;
    const command = [...words.slice(0, marker), ...words.slice(marker + 1)];
    // The script text as the shell reads it: CRLF files hand it LF line ends.
    let script = '';
    const map = [];
    for (let i = contentStart; i < contentEnd; i++) {
        if (text[i] === '\r' && text[i + 1] === '\n')
            continue;
        script += text[i];
        map.push(i);
    }
    map.push(contentEnd);
    let errexit;
    if (command.length === 0) {
        const shebang = /^#!\s*(\S+)(.*)$/.exec(script.split('\n', 1)[0]);
        if (shebang) {
            const [program, ...args] = shebang[1] === '/usr/bin/env'
                ? shebang[2].trim().split(/\s+/)
                : [shebang[1], ...shebang[2].trim().split(/\s+/)];
            if (!program || !SCRIPT_SHELLS.test(program) || !args.every((a) => a === '' || /^-[a-zA-Z]+$/.test(a)))
                return null;
            errexit = args.some((a) => /^-[a-zA-Z]*e/.test(a));
        }
        else {
            if (!shell.posix)
                return null;
            errexit = shell.errexit;
        }
    }
    else {
        if (!shell.posix || !SCRIPT_SHELLS.test(command[0]))
            return null;
        // Only a shell that reads the heredoc as its script, with no operand: `bash -eo pipefail <<EOF`, `sh -s <<EOF`.
        const options = readShellOptions(command.slice(1));
        if (options.from !== 'stdin' || options.operand < command.length - 1)
            return null;
        errexit = options.errexit === true;
    }
    return {
        heredoc: { header, errexit, contentStart, contentEnd, stripsTabs: words[marker].startsWith('<<-') },
        logical: { text: script, map },
        shell: shellTrees ? analyseShell(script) : checkShell(script),
    };
}
function jsonArray(raw) {
    if (!raw)
        return null;
    try {
        const value = JSON.parse(raw.replace(/\\\r?\n/g, ''));
        return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
    }
    catch {
        return null;
    }
}
function shellStateOf(raw) {
    let argv;
    try {
        argv = JSON.parse(raw);
    }
    catch {
        return { posix: false, errexit: false, program: raw.trim() };
    }
    if (!Array.isArray(argv) || argv.length === 0 || !argv.every((a) => typeof a === 'string'))
        return { posix: false, errexit: false, program: raw.trim() };
    const program = argv[0].split(/[\\/]/).pop().toLowerCase();
    const posix = POSIX_SHELLS.has(program);
    return { posix, errexit: posix && readShellOptions(argv.slice(1)).errexit === true, program };
}
/**
 * The whole file is left alone when none of it is POSIX shell: every stage is a Windows image, or every RUN
 * runs under a SHELL such as PowerShell or cmd. A file that mixes in POSIX stages is rewritten there only.
 */
function leftAloneReason(stages, instructions, windowsImages, otherShells) {
    const windowsImage = windowsImages.length > 0 && {
        reason: 'Windows image',
        message: `Windows image (${windowsImages[0]}): its RUNs are cmd or PowerShell, not sh`,
    };
    if (windowsImage && stages.every((s) => s.windows))
        return windowsImage;
    const runs = instructions.flatMap((i) => (i.run ? [i.run] : i.onbuildRun ? [i.onbuildRun] : []));
    if (runs.length === 0 || runs.some((r) => r.posixShell))
        return null;
    if (otherShells.size === 0)
        return windowsImage || null;
    const message = `every RUN runs under SHELL ${[...otherShells].join(', ')}, not a POSIX shell`;
    return { reason: 'non-POSIX SHELL', message };
}
/** The arguments after the flags as written (dockerfile-ast's getRawArgumentsContent), null when there are none. */
function rawArguments(node, text) {
    return node.args.length === 0 ? null : text.slice(node.args[0].start, node.args[node.args.length - 1].end);
}
/** `FROM image AS name`: the name as written (dockerfile-ast's getBuildStage). */
function buildStageOf(node, text) {
    const { args } = node;
    return args.length > 2 && args[1].value.toUpperCase() === 'AS' ? text.slice(args[2].start, args[2].end) : null;
}
/** `COPY --from=<stage> src… dest`: the files of that stage under each `src` land in the current stage. */
function recordCopy(node, text, stages) {
    const from = node.flags.find((f) => f.name.toLowerCase() === 'from')?.value;
    const source = from ? findStage(stages, from) : null;
    if (source === null || stages.length === 0)
        return;
    const args = jsonArray(rawArguments(node, text)) ?? node.args.map((a) => a.value);
    const paths = args.slice(0, -1).flatMap((arg) => copiedTree(arg) ?? []);
    stages[source].copiedBy.push({ stage: stages.length - 1, paths });
}
/**
 * The tree a COPY source takes, from the stage's root (where `COPY --from` resolves relative sources): `app/`
 * is `/app`, `/usr/lib/python3*` is `/usr/lib`; null when a variable names it.
 */
function copiedTree(source) {
    if (source.includes('$'))
        return null;
    const parts = ('/' + source).split('/').filter((part) => part !== '' && part !== '.');
    const glob = parts.findIndex((part) => /[*?[]/.test(part));
    return '/' + (glob === -1 ? parts : parts.slice(0, glob)).join('/');
}
function findStage(stages, ref) {
    const lower = ref.toLowerCase();
    for (let i = stages.length - 1; i >= 0; i--)
        if (stages[i].name?.toLowerCase() === lower)
            return i;
    if (/^\d+$/.test(ref) && Number(ref) < stages.length)
        return Number(ref);
    return null;
}
/**
 * Without --target the last stage is the image; a stage ships when a shipping stage is built FROM it. A stage
 * only copied from (`COPY --from`), or never referenced (BuildKit does not even build it), does not.
 */
function markShippingStages(stages) {
    if (stages.length > 0)
        stages[stages.length - 1].ships = true;
    // A stage's base is always an earlier stage: walking backwards settles each stage before its base.
    for (let i = stages.length - 1; i >= 0; i--) {
        const stage = stages[i];
        if (stage.ships && stage.baseStage !== null)
            stages[stage.baseStage].ships = true;
    }
}
/** Move `end` back over trailing blanks, line breaks and the comment/blank lines a dangling `\` swallowed. */
function trimmedEnd(text, start, end) {
    let e = end;
    while (e > start && /\s/.test(text[e - 1]))
        e--;
    return e;
}
/** The run of comment lines directly above an instruction (a blank line ends it), as hadolint reads pragmas. */
function pragmasAbove(lines, line) {
    const comments = [];
    for (let l = line - 1; l >= 0; l--) {
        const trimmed = lines[l].trim();
        if (!trimmed.startsWith('#'))
            break;
        comments.push(trimmed);
    }
    return comments.length === 0 ? NO_PRAGMAS : parsePragmas(comments);
}
