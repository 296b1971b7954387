import type { Document } from './types.js';
export declare function parseDocument(text: string): Document;
