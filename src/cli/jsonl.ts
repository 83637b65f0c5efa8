import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { notTextReason } from './text.js';
import type { Quote } from '../index.js';

/**
 * Rejected by `extract` when no later document can succeed either (no worker
 * could start, say): the run stops with this one message instead of one per line.
 *
 * @internal
 */
export class StopRunError extends Error {
  override name = 'StopRunError';
}

/** @internal */
export interface JsonlJob {
  /** One `{"id", "text"}` JSON object per line. */
  readonly input: Readable;
  /** Name of the input in messages: a file path or `stdin`. */
  readonly source: string;
  /** Receives one `{"id", "quotes"}` line per good input line, in input order. */
  readonly output: Writable;
  /** Receives one message per bad line, and the reason the run stopped early if it did. */
  readonly reportError: (message: string) => void;
  readonly extract: (text: string) => Promise<Quote[]>;
  /** How many documents may be read ahead of the oldest unwritten one. */
  readonly maxInFlight: number;
  /** Called after every line with the input bytes consumed so far. */
  readonly onProgress?: (bytesRead: number, documents: number) => void;
}

/** @internal */
export interface JsonlSummary {
  /** Documents written. */
  readonly documents: number;
  /** Quotes in the documents written. */
  readonly quotes: number;
  /** Lines reported as errors, counting the one that stopped the run. */
  readonly failures: number;
  /** Whether the run ended before the end of the input. */
  readonly stopped: boolean;
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
 * whose extraction fails, is reported with its line number and skipped. A
 * line that is not text (see {@link notTextReason}) means the input is not a
 * JSONL file at all, and a {@link StopRunError} that no document can get
 * past; either stops the run after the documents before it are written.
 *
 * @internal
 */
export async function processJsonl(job: JsonlJob): Promise<JsonlSummary> {
  const lines = createInterface({ input: job.input, crlfDelay: Infinity });
  const pending: Pending[] = [];
  let lineNumber = 0;
  let bytesRead = 0;
  let documents = 0;
  let quotes = 0;
  let failures = 0;
  let stopped = false;

  const writeOldest = async (): Promise<void> => {
    const { lineNumber: line, id, outcome } = pending.shift() as Pending;
    const result = await outcome;
    if (stopped) return;
    if ('error' in result) {
      failures++;
      if (result.error instanceof StopRunError) {
        stopped = true;
        job.reportError(`${job.source}:${line}: ${result.error.message}; stopped`);
      } else {
        job.reportError(`${job.source}:${line}: document ${JSON.stringify(id)}: extraction failed: ${result.error.message}`);
      }
      return;
    }
    documents++;
    quotes += result.quotes.length;
    if (!job.output.write(`${JSON.stringify({ id, quotes: result.quotes })}\n`)) await once(job.output, 'drain');
  };

  for await (const line of lines) {
    lineNumber++;
    bytesRead += Buffer.byteLength(line) + 1;
    job.onProgress?.(bytesRead, documents);
    const binary = notTextReason(line);
    if (binary !== undefined) {
      while (pending.length > 0 && !stopped) await writeOldest();
      if (!stopped) {
        failures++;
        stopped = true;
        job.reportError(`${job.source}:${lineNumber}: ${binary}; stopped`);
      }
      break;
    }
    if (line.trim() === '') continue;
    const parsed = parseDocument(line);
    if (typeof parsed === 'string') {
      failures++;
      job.reportError(`${job.source}:${lineNumber}: ${parsed}`);
      continue;
    }
    // Hint: settle to a value now, so a rejection waiting in the queue is never "unhandled".
    const outcome = job.extract(parsed.text).then(
      (found): Outcome => ({ quotes: found }),
      (error: unknown): Outcome => ({ error: error instanceof Error ? error : new Error(String(error)) }),
    );
    pending.push({ lineNumber, id: parsed.id, outcome });
    while (pending.length >= job.maxInFlight) await writeOldest();
    if (stopped) break;
  }
  // Hint: after a stop the documents still pending are awaited but not written, so no extraction outlives the run.
  while (pending.length > 0) await writeOldest();
  job.onProgress?.(bytesRead, documents);
  return { documents, quotes, failures, stopped };
}

/** The document on a line, or why the line is not one, naming each field that is wrong and what it holds. */
function parseDocument(line: string): { id: string | number; text: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `expected a JSON object with "id" and "text", got ${describeValue(value)}`;
  }
  const { id, text } = value as Record<string, unknown>;
  const idProblem =
    id === undefined ? '"id" is missing (expected a string or a number)'
    : typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? undefined
    : `"id" must be a string or a number, got ${describeValue(id)}`;
  const textProblem =
    text === undefined ? '"text" is missing (expected a string)'
    : typeof text === 'string' ? undefined
    : `"text" must be a string, got ${describeValue(text)}`;
  if (idProblem !== undefined) return textProblem === undefined ? idProblem : `${idProblem}; ${textProblem}`;
  if (textProblem !== undefined) return `document ${JSON.stringify(id)}: ${textProblem}`;
  return { id: id as string | number, text: text as string };
}

/** A JSON value as a message names it: `the number 42`, `null`, `an array`. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value)}`;
    case 'number':
      // Hint: JSON.parse reads 1e400 as Infinity, which is not an id.
      return `the number ${value}`;
    default:
      return `the ${typeof value} ${String(value)}`;
  }
}
