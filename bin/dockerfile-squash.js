#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (committed, written by `npm run compile`).
import '../dist/src/cli/main.js';
