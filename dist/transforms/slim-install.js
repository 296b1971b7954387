/**
 * slim-install (unsafe): install less (`apt-get install --no-install-recommends`, `gem install --no-document`).
 */
import { flagTransform } from './lib/install-flag.js';
export const slimInstall = flagTransform('slim-install', 'unsafe', 'Install less (unsafe): apt-get --no-install-recommends, gem --no-document.', `'apt-get install --no-install-recommends' skips recommended packages, often hundreds of megabytes, and
'gem install --no-document' skips generated documentation. Both change what gets installed, and a program may
depend on a recommended package at run time, so this transform is unsafe: it only applies with --unsafe (the
summary counts what it held back). Suppress it with '# dockerfile-squash ignore=slim-install' or hadolint's DL3015.`);
