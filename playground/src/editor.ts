/**
 * A textarea with line numbers and, behind its transparent text, a backdrop that marks lines and writes a
 * message after them (the way editors show a diagnostic inline). The textarea never wraps, so a line of the
 * backdrop sits exactly under the same line of text.
 */
export interface LineMark {
  line: number;
  kind: 'problem' | 'note';
  message: string;
}

export class Editor {
  constructor(
    readonly textarea: HTMLTextAreaElement,
    private readonly gutter: HTMLElement,
    private readonly backdrop: HTMLElement,
  ) {
    textarea.addEventListener('scroll', () => this.syncScroll());
    // Tab inserts spaces-free tab characters as Dockerfiles often use; Shift+Tab still leaves the editor.
    textarea.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      document.execCommand('insertText', false, '\t');
    });
  }

  get value(): string {
    return this.textarea.value;
  }

  set value(text: string) {
    this.textarea.value = text;
  }

  /**
   * Redraws line numbers and marks for the current text. Only marked lines become elements; the text between
   * them is one text node, so a long file costs a handful of nodes.
   */
  mark(marks: readonly LineMark[]): void {
    // read before the DOM changes: reading scroll offsets after would force a layout here
    const { scrollTop, scrollLeft } = this.textarea;
    const lines = this.textarea.value.split('\n');
    const byLine = new Map<number, LineMark[]>();
    for (const m of marks) if (m.line <= lines.length) byLine.set(m.line, [...(byLine.get(m.line) ?? []), m]);
    const kindOf = (here: LineMark[]) => (here.some((m) => m.kind === 'problem') ? 'problem' : 'note');

    const gutter: (string | HTMLElement)[] = [];
    const backdrop: (string | HTMLElement)[] = [];
    let plainNumbers = '';
    let plainText = '';
    lines.forEach((text, i) => {
      const here = byLine.get(i + 1);
      if (!here) {
        plainNumbers += `${i + 1}\n`;
        plainText += `${text}\n`;
        return;
      }
      gutter.push(plainNumbers, element('span', kindOf(here), String(i + 1)), '\n');
      const row = element('span', `line-${kindOf(here)}`, text);
      row.dataset.line = String(i + 1);
      for (const m of here) row.append(element('span', `lens ${m.kind}`, m.message));
      backdrop.push(plainText, row, '\n');
      plainNumbers = plainText = '';
    });
    gutter.push(plainNumbers);
    backdrop.push(plainText);
    this.gutter.replaceChildren(...gutter);
    this.backdrop.replaceChildren(...backdrop);
    this.scrollTo(scrollTop, scrollLeft);
  }

  private syncScroll(): void {
    this.scrollTo(this.textarea.scrollTop, this.textarea.scrollLeft);
  }

  private scrollTo(scrollTop: number, scrollLeft: number): void {
    this.backdrop.style.transform = `translate(${-scrollLeft}px, ${-scrollTop}px)`;
    this.gutter.scrollTop = scrollTop;
  }
}

function element(tag: string, className: string, text: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  e.textContent = text;
  return e;
}
