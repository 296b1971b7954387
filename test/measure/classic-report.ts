// The measure report of examples/measure-apt-classic, assembled from the recorded docker output in fixtures/
// (a real build: see fixtures/README.md). Shared by the report and chart tests.
import { readFileSync } from 'node:fs';
import { parseHistory, parseInspect, summarizeImage } from '../../src/measure/history.js';
import { scanRuns } from '../../src/measure/instructions.js';
import type { MeasureReport } from '../../src/measure/report.js';

export const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function image(name: 'before' | 'after', seconds: number) {
  return {
    ...summarizeImage(
      parseInspect(fixture(`classic-${name}.inspect.json`)),
      parseHistory(fixture(`classic-${name}.history.jsonl`)),
      scanRuns(fixture(`classic-${name}.Dockerfile`)),
      'f8864ae61129',
    ),
    buildSeconds: seconds,
  };
}

/** Needs the shell parser (scanRuns reads RUN bodies): call after initShellParser(). */
export function classicReport(): MeasureReport {
  const before = image('before', 10.7);
  const after = image('after', 9.3);
  const bytes = before.totalBytes - after.totalBytes;
  return {
    dockerfile: 'examples/measure-apt-classic/Dockerfile',
    context: 'examples/measure-apt-classic',
    builder: 'legacy',
    changed: true,
    fixes: [
      { ruleId: 'merge-runs', message: 'merge 3 RUN instructions (apt) into one layer' },
      { ruleId: 'teardown', message: 'clean up after apt in the same layer: rm -rf /var/lib/apt/lists/*' },
    ],
    heldBack: 0,
    before,
    after,
    saving: { bytes, percent: (100 * bytes) / before.totalBytes },
    layersSaved: before.layers - after.layers,
    kept: false,
    leftBehind: [],
  };
}
