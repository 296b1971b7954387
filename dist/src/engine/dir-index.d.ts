export declare class DirIndex {
    private readonly roots;
    private readonly present;
    private readonly probed;
    /** `root` (absolute) was crawled; `found` are the interesting files under it, relative, '/'-separated. */
    addCrawl(root: string, found: readonly string[]): void;
    /** Is there a regular file `name` in `dir` (absolute)? */
    has(dir: string, name: string): boolean;
    private isCrawled;
}
