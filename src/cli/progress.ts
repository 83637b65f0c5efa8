import type { WriteStream } from 'node:tty';

const BAR_WIDTH = 24;
const REDRAW_EVERY_MS = 100;

/**
 * A one-line progress bar on a terminal. With a known input size it shows a
 * bar and a percentage; without (stdin), only the count and the rate.
 *
 * @internal
 */
export class ProgressBar {
  readonly #stream: WriteStream;
  readonly #totalBytes: number | undefined;
  readonly #startedAt = Date.now();
  #lastDrawnAt = 0;
  #line = '';

  constructor(stream: WriteStream, totalBytes: number | undefined) {
    this.#stream = stream;
    this.#totalBytes = totalBytes;
  }

  /** Redraw, at most every 100 ms. */
  update(bytesRead: number, documents: number): void {
    const now = Date.now();
    if (now - this.#lastDrawnAt < REDRAW_EVERY_MS) return;
    this.#lastDrawnAt = now;
    this.#render(bytesRead, documents, now);
  }

  /** Draw the bar a last time, however soon after the previous one, and leave it above what follows. */
  finish(bytesRead: number, documents: number): void {
    this.#render(bytesRead, documents, Date.now());
    this.#line = '';
    this.#stream.write('\n');
  }

  /** Print a message above the bar, which stays on the last line. */
  log(message: string): void {
    this.#stream.write(`\r\x1b[K${message}\n`);
    this.#draw();
  }

  /** Remove the bar. */
  clear(): void {
    this.#line = '';
    this.#stream.write('\r\x1b[K');
  }

  #render(bytesRead: number, documents: number, now: number): void {
    const seconds = Math.max((now - this.#startedAt) / 1000, 0.001);
    const rate = `${documents} docs, ${Math.round(documents / seconds)} docs/s`;
    if (this.#totalBytes) {
      const share = Math.min(1, bytesRead / this.#totalBytes);
      const filled = Math.round(share * BAR_WIDTH);
      this.#line = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${Math.floor(share * 100)}% ${rate}`;
    } else {
      this.#line = rate;
    }
    this.#draw();
  }

  #draw(): void {
    // Hint: a pseudo-terminal without a size reports 0 columns.
    const width = this.#stream.columns || 80;
    if (this.#line) this.#stream.write(`\r\x1b[K${this.#line.slice(0, width - 1)}`);
  }
}
