/**
 * What the engine leaves alone without failing. A whole file (a Windows image, every RUN under a non-POSIX
 * SHELL) is skipped with the CLI's message, shown at the FROM or SHELL line it comes from; in a file that is
 * rewritten, each RUN under a non-POSIX shell says why it was not touched.
 */
import { parseDocument, type SquashResult } from '../../src/browser.js';
import type { LineMark } from './editor.js';

export function shellNotes(body: string, skipped: SquashResult['skipped']): LineMark[] {
  const doc = parseDocument(body);
  if (skipped) {
    const from = doc.instructions.find((i) =>
      skipped.reason === 'Windows image' ? i.keyword === 'FROM' && doc.stages[i.stage]?.windows : i.keyword === 'SHELL',
    );
    return [{ line: from ? lineOf(body, from.start) : 1, kind: 'note', message: `left alone: ${skipped.message}` }];
  }
  const marks: LineMark[] = [];
  // the SHELL in force per stage; a stage built FROM an earlier one starts with that one's
  const shells = new Map<number, string | null>();
  for (const ins of doc.instructions) {
    if (!shells.has(ins.stage)) {
      const base = doc.stages[ins.stage]?.baseStage;
      shells.set(ins.stage, base != null ? (shells.get(base) ?? null) : null);
    }
    if (ins.keyword === 'SHELL') shells.set(ins.stage, doc.text.slice(ins.start, ins.end).replace(/^\S+\s+/, ''));
    const shell = shells.get(ins.stage);
    const run = ins.run;
    if (!run || run.form !== 'shell' || run.posixShell) continue;
    const why = shell ? `SHELL ${shell} is not a POSIX shell` : 'a Windows base image runs RUN with cmd';
    marks.push({ line: lineOf(body, ins.start), kind: 'note', message: `left alone: ${why}` });
  }
  return marks;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
