/**
 * The parse-only floor: dockerfile-ast for the instructions, tree-sitter-bash for every RUN body, nothing else.
 * Used in-process by run.mjs, as a worker thread (workerData: { files }) for the concurrent floor, and as a
 * script (`node parse-worker.mjs FILE`) for the start-up floor.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { DockerfileParser } from 'dockerfile-ast';
import { Language, Parser } from 'web-tree-sitter';

export async function createParser() {
  const require = createRequire(import.meta.url);
  await Parser.init();
  const language = await Language.load(readFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')));
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/** Parses every file; returns how many RUN bodies went through tree-sitter. */
export function parseAll(parser, files) {
  let runs = 0;
  for (const file of files) {
    const ast = DockerfileParser.parse(readFileSync(file, 'utf8'));
    for (const ins of ast.getInstructions()) {
      if (ins.getKeyword() !== 'RUN') continue;
      parser.parse(ins.getRawArgumentsContent() ?? '')?.delete();
      runs++;
    }
  }
  return runs;
}

if (!isMainThread && workerData?.files) {
  const parser = await createParser();
  parentPort.postMessage(parseAll(parser, workerData.files));
}

// `node parse-worker.mjs FILE`: the start-up floor, one file parsed in a fresh process (with the CLI's V8 flag).
if (isMainThread && process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) {
  setFlagsFromString('--liftoff-only');
  parseAll(await createParser(), [process.argv[2]]);
}
