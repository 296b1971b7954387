/**
 * The playground page: the library's own squash() on the text as it is typed, the diff and the rewritten file,
 * the fixes with their --explain text, and the whole state in the URL fragment. Nothing leaves the page.
 */
import {
  initShellParser,
  squashSync,
  unifiedDiff,
  locateFixes,
  lineStarts,
  positionAt,
  parseDocument,
  InputError,
  TRANSFORMS,
  type SquashResult,
} from '../../src/browser.js';
import { Editor, type LineMark } from './editor.js';
import { commandLine, decodeState, defaultState, encodeState, type PlaygroundState } from './state.js';
import { shellNotes } from './notes.js';

/** Examples from examples/, inlined by the build (name → Dockerfile text); the first is the README's. */
declare const __EXAMPLES__: Record<string, string>;
const EXAMPLES = __EXAMPLES__;
const FIRST_EXAMPLE = Object.keys(EXAMPLES)[0]!;
const DEBOUNCE_MS = 120;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('options');
const editor = new Editor($<HTMLTextAreaElement>('source'), $('gutter'), $('backdrop'));
const diffView = $('diff');
const outputView = $('output');
const status = $('status');
const fixList = $('fixes');
const command = $('command');
const exampleSelect = $<HTMLSelectElement>('example');

let state: PlaygroundState = decodeState(location.hash, defaultState(EXAMPLES[FIRST_EXAMPLE]!));

function setUp(): void {
  for (const t of TRANSFORMS) {
    const label = document.createElement('label');
    label.title = t.description;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = `transform:${t.id}`;
    label.append(box, ' ', t.id);
    $('transforms').append(label);
  }
  for (const name of Object.keys(EXAMPLES)) exampleSelect.add(new Option(name, name));
  exampleSelect.add(new Option('(your file)', ''), 0);
  showState();

  let timer: ReturnType<typeof setTimeout> | undefined;
  editor.textarea.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update({ text: editor.value }), DEBOUNCE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target === exampleSelect) {
      if (exampleSelect.value) update({ text: EXAMPLES[exampleSelect.value]! }, true);
      return;
    }
    update(readOptions());
  });
  window.addEventListener('hashchange', () => {
    if (location.hash.slice(1) === encodeState(state)) return;
    state = decodeState(location.hash, state);
    showState();
    run();
  });
  for (const tab of document.querySelectorAll<HTMLButtonElement>('.tabs [role=tab]')) {
    tab.addEventListener('click', () => showView(tab.dataset.view as 'diff' | 'output'));
  }
  $('copy').addEventListener('click', async () => {
    const button = $('copy');
    try {
      await navigator.clipboard.writeText(commandLine(state));
      button.textContent = 'Copied';
    } catch {
      // no clipboard permission: select the text so that Ctrl+C works
      getSelection()?.selectAllChildren(command);
      button.textContent = 'Press Ctrl+C';
    }
    setTimeout(() => (button.textContent = 'Copy as command line'), 1500);
  });
}

function readOptions(): Partial<PlaygroundState> {
  const data = new FormData(form);
  return {
    unsafe: data.has('unsafe'),
    merge: data.get('merge') === 'all' ? 'all' : 'manager',
    allStages: data.has('allStages'),
    disable: TRANSFORMS.map((t) => t.id).filter((id) => !data.has(`transform:${id}`)),
  };
}

/** Puts the state into the controls (on load and when the fragment changes). */
function showState(): void {
  editor.value = state.text;
  (form.elements.namedItem('unsafe') as HTMLInputElement).checked = state.unsafe;
  (form.elements.namedItem('merge') as HTMLSelectElement).value = state.merge;
  (form.elements.namedItem('allStages') as HTMLInputElement).checked = state.allStages;
  for (const t of TRANSFORMS) {
    (form.elements.namedItem(`transform:${t.id}`) as HTMLInputElement).checked = !state.disable.includes(t.id);
  }
  exampleSelect.value = Object.keys(EXAMPLES).find((name) => EXAMPLES[name] === state.text) ?? '';
}

function update(change: Partial<PlaygroundState>, reload = false): void {
  state = { ...state, ...change };
  if (reload) showState();
  exampleSelect.value = Object.keys(EXAMPLES).find((name) => EXAMPLES[name] === state.text) ?? '';
  run();
  // outside the run's timing: for a long file, writing the fragment costs the browser more than the run
  history.replaceState(null, '', `#${encodeState(state)}`);
}

function showView(view: 'diff' | 'output'): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('.tabs [role=tab]')) {
    tab.setAttribute('aria-selected', String(tab.dataset.view === view));
  }
  diffView.hidden = view !== 'diff';
  outputView.hidden = view !== 'output';
}

/** One run of the engine over the current state, and everything on the page that depends on it. */
function run(): void {
  const started = performance.now();
  const text = state.text;
  const request = { unsafe: state.unsafe, merge: state.merge, allStages: state.allStages, disable: state.disable };
  let result: SquashResult | null = null;
  let failure: string | null = null;
  try {
    result = squashSync(text, request);
  } catch (error) {
    failure = error instanceof InputError ? error.message : `internal error: ${(error as Error).message}`;
  }
  const body = text.replace(/^\uFEFF/, '');
  const marks: LineMark[] = [];
  if (failure !== null) {
    // the same reasons the CLI prints, each at its line; a reason without one (lone CRs) goes at line 1
    const problems = parseDocument(body).problems;
    if (problems.length) for (const p of problems) marks.push({ line: p.line, kind: 'problem', message: p.message });
    else marks.push({ line: 1, kind: 'problem', message: failure });
  } else {
    marks.push(...shellNotes(body, result!.skipped));
  }
  editor.mark(marks);
  command.textContent = commandLine(state);

  if (result === null) {
    showMessage(diffView, `dockerfile-squash leaves this file alone (exit 2): ${failure}`, true);
    showMessage(outputView, 'No output: the file is left as it is.', true);
    fixList.replaceChildren(emptyItem('No fixes: the file was not rewritten.'));
  } else {
    if (result.changed) showDiff(unifiedDiff('Dockerfile', text, result.output));
    else if (result.skipped) showMessage(diffView, `Skipped, left as it is: ${result.skipped.message}`, false);
    else showMessage(diffView, 'Nothing to change: dockerfile-squash leaves this file as it is.', false);
    outputView.textContent = result.output;
    showFixes(body, result);
  }
  // lay the page out now, so that the time shown covers what the browser does before the result is on screen
  void fixList.offsetHeight;
  const ms = performance.now() - started;
  status.className = result === null ? 'status error' : 'status';
  status.dataset.ms = ms.toFixed(2);
  status.textContent =
    result === null
      ? `parse error · ${ms.toFixed(1)} ms`
      : `${result.fixes.length} fix${result.fixes.length === 1 ? '' : 'es'}` +
        (result.heldBack.length ? ` · ${result.heldBack.length} held back` : '') +
        ` · ${ms.toFixed(1)} ms`;
}

function showDiff(diff: string): void {
  const lines = diff.replace(/\n$/, '').split('\n');
  diffView.replaceChildren(
    ...lines.map((line) => {
      const span = document.createElement('span');
      span.textContent = line;
      span.className =
        line.startsWith('+++') || line.startsWith('---')
          ? 'head'
          : line.startsWith('@@')
            ? 'hunk'
            : line.startsWith('+')
              ? 'add'
              : line.startsWith('-')
                ? 'del'
                : line.startsWith('\\')
                  ? 'head'
                  : '';
      return span;
    }),
  );
}

function showMessage(view: HTMLElement, message: string, error: boolean): void {
  const span = document.createElement('span');
  span.className = error ? 'message error' : 'message';
  span.textContent = message;
  view.replaceChildren(span);
}

/** `--explain` texts are wrapped for a terminal: the page reflows them, keeping the paragraphs. */
const EXPLAIN = new Map(TRANSFORMS.map((t) => [t.id, reflow(t.explain)]));

function reflow(text: string): string {
  return text.trim().replace(/([^\n])\n(?!\n)/g, '$1 ');
}

function showFixes(body: string, result: SquashResult): void {
  const items: HTMLElement[] = [];
  for (const fix of locateFixes(body, result.fixes, { replacements: false })) {
    const line = fix.span.range.start.line;
    items.push(fixItem(fix.ruleId, fix.message, fix.applicability, `line ${line}`, 'applied'));
  }
  // held-back fixes were proposed on the rewritten text: their line is in the result
  const starts = lineStarts(result.output.replace(/^\uFEFF/, ''));
  for (const fix of result.heldBack) {
    const at = Math.min(...fix.edits.map((e) => e.start));
    const line = positionAt(starts, at).line;
    items.push(fixItem(fix.ruleId, fix.message, fix.applicability, `line ${line} of the result`, 'held back'));
  }
  fixList.replaceChildren(...(items.length ? items : [emptyItem('No fixes: nothing to merge or clean up.')]));
}

function fixItem(ruleId: string, message: string, applicability: string, where: string, state: string): HTMLElement {
  const li = document.createElement('li');
  li.dataset.rule = ruleId;
  li.dataset.state = state;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  const rule = span('rule', ruleId);
  const text = span('message', message);
  const badge = span(
    `badge ${state === 'held back' ? 'held' : applicability}`,
    state === 'held back' ? `${applicability}, held back (--unsafe applies it)` : applicability,
  );
  summary.append(rule, text, badge, span('where', where));
  const explain = document.createElement('div');
  explain.className = 'explain';
  explain.textContent = EXPLAIN.get(ruleId) ?? '';
  details.append(summary, explain);
  li.append(details);
  return li;
}

function span(className: string, text: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = className;
  s.textContent = text;
  return s;
}

function emptyItem(text: string): HTMLElement {
  const li = document.createElement('li');
  li.className = 'empty';
  li.textContent = text;
  return li;
}

async function start(): Promise<void> {
  setUp();
  status.textContent = 'loading the shell parser…';
  // both WASM files are served next to this page: nothing is fetched from anywhere else
  await initShellParser({
    runtime: new URL('web-tree-sitter.wasm', document.baseURI).href,
    grammar: new URL('tree-sitter-bash.wasm', document.baseURI).href,
  });
  run();
  document.body.dataset.ready = 'true';
}

start().catch((error: Error) => {
  status.className = 'status error';
  status.textContent = `could not start: ${error.message}`;
});
