import { beforeAll, expect, test } from '@jest/globals';
import { initShellParser } from '../../src/document/shell.js';
import { parseDocument } from '../../src/document/parse.js';
import { shippedTrees, shipsAnyOf, stagesHolding } from '../../transforms/lib/stages.js';

beforeAll(() => initShellParser());

const doc = (...lines: string[]) => parseDocument(lines.join('\n') + '\n');

test.each([
  // [COPY in the final stage, trees of the build stage that ship]
  ['COPY --from=build / /', ['/']],
  ['COPY --from=build --chown=1000 ./ /', ['/']],
  ['COPY --from=build ["/usr", "/opt/app/", "/dest/"]', ['/usr', '/opt/app']],
  ['COPY --from=0 app/dist /srv', ['/app/dist']],
  ['COPY --from=build /usr/lib/python3*/site-packages /x', ['/usr/lib']],
  ['COPY --from=build $APP_HOME /app', []],
  ['COPY --from=alpine:3.20 / /', []],
])('%s ships %j of the build stage', (copy, trees) => {
  const d = doc('FROM debian AS build', 'RUN make', 'FROM scratch', copy);
  expect(shippedTrees(d, 0)).toEqual(trees);
  expect(shippedTrees(d, 1)).toBe('all');
});

test('a copy into a stage that does not ship ships nothing; a copy of a stage built on it ships its files too', () => {
  const d = doc(
    'FROM debian AS deps',
    'FROM deps AS build',
    'FROM alpine AS unused',
    'COPY --from=deps / /',
    'FROM scratch',
    'COPY --from=build /root /root',
  );
  expect(shippedTrees(d, 2)).toEqual([]);
  expect(shippedTrees(d, 0)).toEqual(['/root']);
  expect(shipsAnyOf(d, 0, ['~/.cache/pip'], false)).toBe(true);
  expect(shipsAnyOf(d, 0, ['/var/lib/apt/lists'], false)).toBe(false);
  expect(shipsAnyOf(d, 0, ['/var/lib/apt/lists'], true)).toBe(true);
  expect([...stagesHolding(d, 0)].sort()).toEqual([0, 1, 2, 3]);
});

test('instructions before any FROM belong to no stage: nothing of them ships, nothing holds them', () => {
  const d = doc('RUN pip install flask');
  expect(shippedTrees(d, -1)).toEqual([]);
  expect([...stagesHolding(d, -1)]).toEqual([-1]);
});
