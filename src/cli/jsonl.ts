import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Quote } from '../index.js';

/** @internal */
export interface JsonlJob {
  /** One `{"id", "text"}` JSON object per line. */
  readonly input: Readable;
  /** Name of the input in messages: a file path or `stdin`. */
  readonly source: string;
  /** Receives one `{"id", "quotes"}` line per good input line, in input order. */
  readonly output: Writable;
  /** Receives one message per bad line. */
  readonly reportError: (message: string) => void;
  readonly extract: (text: string) => Promise<Quote[]>;
  /** How many documents may be read ahead of the oldest unwritten one. */
  readonly maxInFlight: number;
  /** Called after every line with the input bytes consumed so far. */
  readonly onProgress?: (bytesRead: number, documents: number) => void;
}

/** @internal */
export interface JsonlSummary {
  readonly documents: number;
  readonly failures: number;
}

type Outcome = { readonly quotes: Quote[] } | { readonly error: Error };

interface Pending {
  readonly lineNumber: number;
  readonly id: string | number;
  readonly outcome: Promise<Outcome>;
}

/**
 * Stream a JSON Lines corpus through `extract`, writing results in input
 * order. Memory stays constant: readline pauses the input while we wait on the
 * oldest pending document, and at most `maxInFlight` are pending.
 *
 * Blank lines are skipped; a line that is not a `{"id", "text"}` object, or
 * whose extraction fails, is reported with its line number and skipped.
 *
 * @internal
 */
export async function processJsonl(job: JsonlJob): Promise<JsonlSummary> {
  const lines = createInterface({ input: job.input, crlfDelay: Infinity });
  const pending: Pending[] = [];
  let lineNumber = 0;
  let bytesRead = 0;
  let documents = 0;
  let failures = 0;

  const writeOldest = async (): Promise<void> => {
    const { lineNumber: line, id, outcome } = pending.shift() as Pending;
    const result = await outcome;
    if ('error' in result) {
      failures++;
      job.reportError(`${job.source}:${line}: extraction failed: ${result.error.message}`);
      return;
    }
    documents++;
    if (!job.output.write(`${JSON.stringify({ id, quotes: result.quotes })}\n`)) await once(job.output, 'drain');
  };

  for await (const line of lines) {
    lineNumber++;
    bytesRead += Buffer.byteLength(line) + 1;
    job.onProgress?.(bytesRead, documents);
    if (line.trim() === '') continue;
    const parsed = parseDocument(line);
    if (typeof parsed === 'string') {
      failures++;
      job.reportError(`${job.source}:${lineNumber}: ${parsed}`);
      continue;
    }
    // Hint: settle to a value now, so a rejection waiting in the queue is never "unhandled".
    const outcome = job.extract(parsed.text).then(
      (quotes): Outcome => ({ quotes }),
      (error: unknown): Outcome => ({ error: error instanceof Error ? error : new Error(String(error)) }),
    );
    pending.push({ lineNumber, id: parsed.id, outcome });
    while (pending.length >= job.maxInFlight) await writeOldest();
  }
  while (pending.length > 0) await writeOldest();
  job.onProgress?.(bytesRead, documents);
  return { documents, failures };
}

/** The document on a line, or why the line is not one. */
function parseDocument(line: string): { id: string | number; text: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'expected a JSON object with "id" and "text"';
  }
  const { id, text } = value as Record<string, unknown>;
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return 'missing "id" (expected a string or a number)';
  }
  if (typeof text !== 'string') return `document ${JSON.stringify(id)}: missing "text" (expected a string)`;
  return { id, text };
}
