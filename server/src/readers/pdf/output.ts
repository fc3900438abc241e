// Writes the extracted text and where each stretch of it lies: a place per run of figure characters
// (digits and what belongs to a figure: `3,119`, `12.5%`) and per run of other characters on one
// page, so a finding on a figure names its page and a box around that figure alone.
import type { Place } from '../types';
import { union, type Box } from './geometry';
import type { Chars } from './lines';

const isFigureChar = (c: string) => /[0-9０-９.,%％+\-－]/.test(c);

export class PdfTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private last: { place: Place; figure: boolean; box: Box } | null = null;
  readonly places: Place[] = [];

  get offset(): number {
    return this.length;
  }

  /** Characters drawn on `page`. */
  write(chars: Chars, page: number): void {
    for (let i = 0; i < chars.text.length; i++) {
      const c = chars.text[i];
      const box = chars.boxes[i];
      if (box) this.place(page, box, isFigureChar(c));
      this.push(c);
    }
  }

  /** A line break, a tab between cells: no place. */
  separator(s: '\n' | '\t'): void {
    this.push(s);
  }

  text(): string {
    return this.parts.join('');
  }

  private place(page: number, box: Box, figure: boolean): void {
    const last = this.last;
    const location = last?.place.location;
    if (last && last.place.end === this.length && last.figure === figure && location && 'page' in location && location.page === page) {
      last.place.end++;
      last.box = union(last.box, box);
      location.box = last.box;
      return;
    }
    const place: Place = { start: this.length, end: this.length + 1, location: { page, box } };
    this.places.push(place);
    this.last = { place, figure, box };
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
}
