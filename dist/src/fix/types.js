/** A fix is a set of range edits on the original text, applied all together or not at all (ESLint / Ruff model). */
export {};
