// Builds the text a reader hands to the core (prose one paragraph per line, each table row one line of
// tab-separated cells) together with the map from that text back to the source: every character
// comes from a stretch of the source, or is a line break or tab the reader inserted (it maps to an
// empty stretch where it was inserted). Runs of white space collapse to one space, and to nothing
// between two CJK characters (a line break inside a Chinese sentence is layout, not a word break).
import { OffsetMap } from '../core/normalise/offsetMap';

const SPACE = /[ \t\n\r\f]/;
const SPACE_RUN = /[ \t\n\r\f]+/g;
const isCjk = (c: string | undefined): boolean => c !== undefined && /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(c);

export class TextBuilder {
  private readonly parts: string[] = [];
  private last = ''; // the last character written
  readonly map = new OffsetMap();
  /** A collapsed space waiting for the next character, with its source offset. */
  private pendingSpace: number | null = null;
  private length = 0;

  get offset(): number {
    return this.length;
  }

  /** Text from the source: `units[i]` of `text` came from source [from[i], to[i]). */
  addSource(text: string, from: readonly number[], to: readonly number[]): void {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (SPACE.test(c)) {
        if (this.pendingSpace === null && this.last !== '' && this.last !== '\n' && this.last !== '\t' && this.last !== ' ') this.pendingSpace = from[i];
        continue;
      }
      this.flushSpace(c);
      this.push(c, from[i], to[i] - from[i]);
    }
  }

  /**
   * Text with no source offsets to keep (a DOCX run: its places are paragraphs and cells), each character
   * mapped to its own offset in `text`; as `addSource`, but a stretch without white space is written at once.
   */
  addText(text: string): void {
    let from = 0;
    for (const space of text.matchAll(SPACE_RUN)) {
      this.addStretch(text, from, space.index);
      if (this.pendingSpace === null && this.last !== '' && this.last !== '\n' && this.last !== '\t' && this.last !== ' ') this.pendingSpace = space.index;
      from = space.index + space[0].length;
    }
    this.addStretch(text, from, text.length);
  }

  /** Ends the current line (a paragraph, a table row); a line is never left empty twice in a row. */
  lineBreak(at: number): void {
    this.pendingSpace = null;
    if (this.last !== '' && this.last !== '\n') this.push('\n', at, 0);
  }

  /** A cell separator, always written (empty cells keep their column). */
  tab(at: number): void {
    this.pendingSpace = null;
    this.push('\t', at, 0);
  }

  /** A collapsible break inside a table cell or a line (`<br>` in a header cell). */
  softBreak(at: number): void {
    if (this.pendingSpace === null && this.last !== '' && this.last !== '\n' && this.last !== '\t') this.pendingSpace = at;
  }

  text(): string {
    return this.parts.join('');
  }

  private flushSpace(next: string): void {
    if (this.pendingSpace !== null && !(isCjk(this.last) && isCjk(next))) this.push(' ', this.pendingSpace, 1);
    this.pendingSpace = null;
  }

  /** `text`[from, to), which holds no white space. */
  private addStretch(text: string, from: number, to: number): void {
    if (from === to) return;
    this.flushSpace(text[from]);
    const stretch = text.slice(from, to);
    this.parts.push(stretch);
    this.map.push(from, stretch.length, stretch.length);
    this.length += stretch.length;
    this.last = stretch[stretch.length - 1];
  }

  private push(c: string, from: number, sourceLength: number): void {
    this.parts.push(c);
    this.map.push(from, sourceLength, c.length);
    this.length += c.length;
    this.last = c;
  }
}
