export declare function unifiedDiff(path: string, original: string, output: string): string;
