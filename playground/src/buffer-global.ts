// dockerfile-ast tests for a BOM with `Buffer.from(char, 'UTF-8')`, a Node global; the bundle gets the browser
// implementation of Buffer (the `buffer` package) wherever that global is read (esbuild's inject).
export { Buffer } from 'buffer';
