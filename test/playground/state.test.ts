// The playground's URL fragment and command line (playground/src/state.ts).
import { describe, expect, test } from '@jest/globals';
import { commandLine, decodeState, defaultState, encodeState } from '../../playground/src/state.js';

const TEXT = 'FROM debian\r\nRUN apt-get update\r\nRUN echo "héllo ✓"\t# tab\n';

describe('playground state', () => {
  test('the fragment round-trips text byte for byte and every option', () => {
    const state = {
      text: '\uFEFF' + TEXT,
      unsafe: true,
      merge: 'all' as const,
      allStages: true,
      disable: ['teardown', 'slim-install'],
    };
    const fragment = encodeState(state);
    expect(fragment).toMatch(/^unsafe=1&merge=all&all-stages=1&disable=teardown%2Cslim-install&text=[\w-]+$/);
    expect(decodeState(`#${fragment}`, defaultState('x'))).toEqual(state);
  });

  test('defaults are left out of the fragment, and a missing key reads as the default', () => {
    const fragment = encodeState(defaultState(TEXT));
    expect(fragment).toMatch(/^text=/);
    expect(decodeState(fragment, defaultState('other'))).toEqual(defaultState(TEXT));
    expect(decodeState('', defaultState('example'))).toEqual(defaultState('example'));
  });

  test('a damaged text keeps the fallback text rather than showing garbage', () => {
    const broken = encodeState(defaultState(TEXT)).replace(/text=(.*)$/, 'text=$1%%%');
    expect(decodeState(broken, defaultState('example')).text).toBe('example');
    // bytes that are not UTF-8
    expect(decodeState('text=_w', defaultState('example')).text).toBe('example');
  });

  test('the command line carries the same options', () => {
    expect(commandLine(defaultState(TEXT))).toBe('npx dockerfile-squash Dockerfile');
    expect(commandLine({ text: '', unsafe: true, merge: 'all', allStages: true, disable: ['teardown'] })).toBe(
      'npx dockerfile-squash --unsafe --merge all --all-stages --disable teardown Dockerfile',
    );
  });
});
