/**
 * The browser tests (`npm run test:browser`): headless Chromium from Debian driven by playwright-core, against the
 * built playground and a measure report. Not part of `npm test`; `.ci/run` runs them after it.
 */
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/test/browser/**/*.browser.ts'],
  globalSetup: '<rootDir>/test/browser/global-setup.js',
  testTimeout: 120_000,
};
