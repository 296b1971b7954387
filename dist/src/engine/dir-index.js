/**
 * Which of a few interesting names (.gitignore, config files) exist in which directory. Walking a directory
 * operand already lists every directory under it, so discovery records those names in the same crawl; asking
 * afterwards costs nothing, instead of one failed open per name per directory (70,000 for 10,000 files in
 * their own directories: 2 s of a run). Directories outside every crawl are probed once each and cached.
 */
import { statSync } from 'node:fs';
import { join, sep } from 'node:path';
export class DirIndex {
    roots = [];
    present = new Map();
    probed = new Map();
    /** `root` (absolute) was crawled; `found` are the interesting files under it, relative, '/'-separated. */
    addCrawl(root, found) {
        this.roots.push(root);
        for (const rel of found) {
            const slash = rel.lastIndexOf('/');
            const dir = slash === -1 ? root : join(root, rel.slice(0, slash));
            const name = rel.slice(slash + 1);
            let names = this.present.get(dir);
            if (!names)
                this.present.set(dir, (names = new Set()));
            names.add(name);
        }
    }
    /** Is there a regular file `name` in `dir` (absolute)? */
    has(dir, name) {
        if (this.isCrawled(dir))
            return this.present.get(dir)?.has(name) ?? false;
        const path = join(dir, name);
        let exists = this.probed.get(path);
        if (exists === undefined) {
            exists = statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
            this.probed.set(path, exists);
        }
        return exists;
    }
    isCrawled(dir) {
        // The crawl skips node_modules and .git: what lies there was never listed.
        if (dir.includes(`${sep}node_modules`) || dir.includes(`${sep}.git`))
            return false;
        return this.roots.some((root) => dir === root || dir.startsWith(root.endsWith(sep) ? root : root + sep));
    }
}
