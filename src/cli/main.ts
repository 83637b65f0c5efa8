#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { text as readAll } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { ExtractPool, isExtractWorker, serveExtractWorker } from './pool.js';
import { processJsonl } from './jsonl.js';
import { ProgressBar } from './progress.js';
import { formatQuoteTable } from './table.js';
import { extractQuotes, type ExtractOptions, type Quote } from '../index.js';

const NAME = 'quote-attribution';
const MAX_WORKERS = 256;
/** Documents read ahead per worker, so every worker has its next text waiting. */
const IN_FLIGHT_PER_WORKER = 4;

const HELP = `Usage: ${NAME} [options] [article.txt | -]
       ${NAME} --jsonl <corpus.jsonl | -> [--workers N] [options]

Find quoted speech in English news text and say who said it.

The article is read from the file given, or from stdin when the file is "-"
or when no file is given and stdin is piped. By default the quotes are printed
as a table (speaker, title, quote) that fits the terminal width.

Options:
  --json                  print the quotes as a JSON array
  --jsonl <file | ->      read one {"id", "text"} JSON object per line and write
                          one {"id", "quotes"} line per document, in input order
  --workers <N>           with --jsonl: extract on N worker threads
                          (default: in the main thread)
  --min-confidence <x>    drop quotes whose confidence is below x (0..1)
  --kinds <list>          quote kinds to keep, comma-separated: direct,partial
  -h, --help              show this help
  -v, --version           print the version

Exit status: 0 on success; 1 when a file cannot be read or a JSONL line is
malformed or fails (the other lines are still processed); 2 on a usage error.
`;

/** A problem with the command line itself: exit code 2. */
class UsageError extends Error {}

/** A problem the user should see as one line, without a stack trace: exit code 1. */
class CliError extends Error {}

interface Command {
  readonly mode: 'help' | 'version' | 'table' | 'json' | 'jsonl';
  /** Article or corpus path; `-` for stdin. */
  readonly source: string;
  readonly workers: number;
  readonly options: ExtractOptions;
}

function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'string' },
        workers: { type: 'string' },
        'min-confidence': { type: 'string' },
        kinds: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const options = parseExtractOptions(values['min-confidence'], values.kinds);
  const workers = values.workers === undefined ? 0 : parseWorkers(values.workers);
  if (values.help) return { mode: 'help', source: '-', workers, options };
  if (values.version) return { mode: 'version', source: '-', workers, options };
  if (positionals.length > 1) throw new UsageError(`expected one article, got ${positionals.length}`);
  if (values.jsonl !== undefined) {
    if (positionals.length > 0) throw new UsageError('--jsonl reads its own file; do not also give an article');
    if (values.json) throw new UsageError('--json and --jsonl cannot be combined');
    return { mode: 'jsonl', source: values.jsonl, workers, options };
  }
  if (values.workers !== undefined) throw new UsageError('--workers only applies to --jsonl');
  const source = positionals[0] ?? (process.stdin.isTTY ? undefined : '-');
  if (source === undefined) throw new UsageError('no article given (pass a file, or "-" to read stdin)');
  return { mode: values.json ? 'json' : 'table', source, workers, options };
}

function parseExtractOptions(minConfidence: string | undefined, kinds: string | undefined): ExtractOptions {
  const options: { minConfidence?: number; kinds?: Quote['kind'][] } = {};
  if (minConfidence !== undefined) {
    const value = Number(minConfidence);
    if (minConfidence.trim() === '' || !(value >= 0 && value <= 1)) {
      throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${minConfidence}"`);
    }
    options.minConfidence = value;
  }
  if (kinds !== undefined) {
    options.kinds = kinds.split(',').map((kind) => {
      const trimmed = kind.trim();
      if (trimmed !== 'direct' && trimmed !== 'partial') {
        throw new UsageError(`--kinds takes "direct" and/or "partial", got "${trimmed}"`);
      }
      return trimmed;
    });
  }
  return options;
}

function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!/^\d+$/.test(value) || workers < 1 || workers > MAX_WORKERS) {
    throw new UsageError(`--workers must be a whole number from 1 to ${MAX_WORKERS}, got "${value}"`);
  }
  return workers;
}

function readVersion(): string {
  // Hint: dist/cli.js sits one level below package.json, both in the repository and when installed.
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function describeFileError(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason =
    code === 'ENOENT' ? 'no such file'
    : code === 'EACCES' ? 'permission denied'
    : code === 'EISDIR' ? 'is a directory'
    : error instanceof Error ? error.message
    : String(error);
  return new CliError(`cannot read ${path}: ${reason}`);
}

async function readArticle(source: string): Promise<string> {
  if (source === '-') return readAll(process.stdin);
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    throw describeFileError(source, error);
  }
}

async function openCorpus(source: string): Promise<{ input: Readable; totalBytes: number | undefined }> {
  if (source === '-') return { input: process.stdin, totalBytes: undefined };
  try {
    const handle = await open(source);
    const stats = await handle.stat();
    if (stats.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    return { input: handle.createReadStream(), totalBytes: stats.size };
  } catch (error) {
    throw describeFileError(source, error);
  }
}

async function runJsonl(command: Command): Promise<number> {
  const { input, totalBytes } = await openCorpus(command.source);
  const progress = process.stderr.isTTY ? new ProgressBar(process.stderr, totalBytes) : undefined;
  const pool = command.workers > 0 ? new ExtractPool(command.workers, new URL(import.meta.url), command.options) : undefined;
  const extractInline = async (text: string): Promise<Quote[]> => extractQuotes(text, command.options);
  let summary;
  try {
    summary = await processJsonl({
      input,
      source: command.source === '-' ? 'stdin' : command.source,
      output: process.stdout,
      reportError: (message) => (progress ? progress.log(message) : process.stderr.write(`${message}\n`)),
      extract: pool ? (text) => pool.run(text) : extractInline,
      maxInFlight: pool ? command.workers * IN_FLIGHT_PER_WORKER : 1,
      ...(progress && { onProgress: (bytes: number, documents: number) => progress.update(bytes, documents) }),
    });
  } catch (error) {
    throw describeFileError(command.source, error);
  } finally {
    progress?.clear();
    await pool?.close();
  }
  if (summary.failures === 0) return 0;
  process.stderr.write(`${NAME}: ${summary.failures} line(s) skipped, ${summary.documents} document(s) written\n`);
  return 1;
}

async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${NAME}: ${error.message}\nTry '${NAME} --help' for more information.\n`);
    return 2;
  }
  try {
    switch (command.mode) {
      case 'help':
        process.stdout.write(HELP);
        return 0;
      case 'version':
        process.stdout.write(`${readVersion()}\n`);
        return 0;
      case 'jsonl':
        return await runJsonl(command);
      case 'json':
      case 'table': {
        const quotes = extractQuotes(await readArticle(command.source), command.options);
        const width = process.stdout.columns || Number(process.env['COLUMNS']) || 80;
        process.stdout.write(command.mode === 'json' ? `${JSON.stringify(quotes, null, 2)}\n` : formatQuoteTable(quotes, width));
        return 0;
      }
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`${NAME}: ${error.message}\n`);
    return 1;
  }
}

if (isExtractWorker()) {
  serveExtractWorker();
} else {
  // Hint: a closed pipe (`quote-attribution --jsonl big.jsonl | head`) is a normal way to stop.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${NAME}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
