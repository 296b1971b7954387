import { apk } from './apk.js';
import { apt } from './apt.js';
import { conda } from './conda.js';
import { npm, pnpm, yarn } from './javascript.js';
import { pip, uv } from './python.js';
import { dnf, microdnf, tdnf, yum } from './rpm.js';
import { composer, gem } from './ruby-php.js';
import { zypper } from './zypper.js';
/** Every manager the transforms know, in the order teardowns are appended when one RUN uses several. */
export const MANAGERS = [
    apt,
    apk,
    yum,
    dnf,
    microdnf,
    tdnf,
    zypper,
    conda,
    pip,
    uv,
    npm,
    yarn,
    pnpm,
    gem,
    composer,
];
