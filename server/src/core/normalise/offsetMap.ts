// Maps offsets in the normalised text back to the original text.
// Stored as segments: inside a segment both texts advance together (1:1); a new segment starts
// wherever normalisation deleted characters or changed a character's UTF-16 length, so a simplified
// report with plain line ends needs one segment however long it is.
import { lastAtOrBefore } from '../search';

export interface Span {
  start: number;
  end: number;
}

export class OffsetMap {
  /** Normalised start offset of each segment. */
  private readonly normStarts: number[] = [];
  /** Original start offset of each segment. */
  private readonly origStarts: number[] = [];
  /** Whether the segment is 1:1 (false: a single character whose length changed). */
  private readonly linear: boolean[] = [];
  /** Original length of each non-linear segment (0 for linear ones). */
  private readonly origLengths: number[] = [];
  private normEnd = 0;
  private origEnd = 0;

  /** Appends `normLength` normalised units produced from original [origStart, origStart + origLength). */
  push(origStart: number, origLength: number, normLength: number): void {
    if (normLength === 0) return;
    const last = this.linear.length - 1;
    const contiguous = last >= 0 && this.linear[last] && origStart === this.origEnd;
    if (origLength === normLength && contiguous) {
      // extends the current 1:1 segment
    } else {
      this.normStarts.push(this.normEnd);
      this.origStarts.push(origStart);
      this.linear.push(origLength === normLength);
      this.origLengths.push(origLength === normLength ? 0 : origLength);
    }
    this.normEnd += normLength;
    this.origEnd = origStart + origLength;
  }

  get segmentCount(): number {
    return this.linear.length;
  }

  private segmentOf(norm: number): number {
    return lastAtOrBefore(this.normStarts, norm, (n) => n);
  }

  /** Original offset of the normalised character at `norm`. */
  toOriginalStart(norm: number): number {
    if (this.linear.length === 0) return 0;
    if (norm >= this.normEnd) return this.origEnd;
    const i = this.segmentOf(norm);
    return this.linear[i] ? this.origStarts[i] + (norm - this.normStarts[i]) : this.origStarts[i];
  }

  /** Original end offset (exclusive) of a normalised span ending at `normEnd` (exclusive). */
  toOriginalEnd(normEnd: number): number {
    if (this.linear.length === 0 || normEnd <= 0) return 0;
    const last = Math.min(normEnd, this.normEnd) - 1;
    const i = this.segmentOf(last);
    return this.linear[i] ? this.origStarts[i] + (last - this.normStarts[i]) + 1 : this.origStarts[i] + this.origLengths[i];
  }

  toOriginal(span: Span): Span {
    return { start: this.toOriginalStart(span.start), end: this.toOriginalEnd(span.end) };
  }

  /** The normalised offset of an original offset (inside a removed or replaced stretch: where it starts). */
  toNormalised(orig: number): number {
    if (this.linear.length === 0) return 0;
    if (orig >= this.origEnd) return this.normEnd;
    const i = lastAtOrBefore(this.origStarts, orig, (n) => n);
    const normLength = (i + 1 < this.normStarts.length ? this.normStarts[i + 1] : this.normEnd) - this.normStarts[i];
    if (orig < this.origStarts[i]) return this.normStarts[i];
    if (!this.linear[i]) return this.normStarts[i];
    return this.normStarts[i] + Math.min(orig - this.origStarts[i], normLength);
  }
}
