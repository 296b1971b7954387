/**
 * Line/character positions ↔ source offsets for one text. dockerfile-ast reports ranges as positions of a
 * vscode TextDocument; this reads them back with the same rules (a line ends at CRLF, CR or LF; a character
 * past the end of its line stops before the line break) from one table of line starts, so that no second
 * TextDocument is built per parse.
 */
export class LineTable {
    text;
    /** Offset where each line starts; line 0 starts at 0. */
    starts;
    constructor(text) {
        this.text = text;
        const starts = [0];
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 13 && text.charCodeAt(i + 1) === 10)
                i++;
            if (c === 13 || c === 10)
                starts.push(i + 1);
        }
        this.starts = starts;
    }
    get lineCount() {
        return this.starts.length;
    }
    lineStart(line) {
        return this.starts[line];
    }
    /** As TextDocument.offsetAt. */
    offsetAt(position) {
        const { line, character } = position;
        if (line >= this.starts.length)
            return this.text.length;
        if (line < 0)
            return 0;
        const start = this.starts[line];
        if (character <= 0)
            return start;
        const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
        let offset = Math.min(start + character, next);
        while (offset > start && isLineBreak(this.text.charCodeAt(offset - 1)))
            offset--;
        return offset;
    }
    /** 0-based line of an offset (as TextDocument.positionAt(offset).line). */
    lineOf(offset) {
        const clamped = Math.max(Math.min(offset, this.text.length), 0);
        let low = 0;
        let high = this.starts.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (this.starts[mid] > clamped)
                high = mid;
            else
                low = mid + 1;
        }
        return low - 1;
    }
}
function isLineBreak(code) {
    return code === 13 || code === 10;
}
