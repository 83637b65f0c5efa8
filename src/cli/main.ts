#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { text as readAll } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { checkFolders } from './check.js';
import { ExtractPool, isExtractWorker, serveExtractWorker } from './pool.js';
import { processJsonl } from './jsonl.js';
import { ProgressBar } from './progress.js';
import { notTextReason } from './text.js';
import { formatQuoteTable } from './table.js';
import { extractQuotes, type ExtractOptions, type Quote } from '../index.js';

const NAME = 'quote-attribution';
const MAX_WORKERS = 256;
/** Documents read ahead per worker, so every worker has its next text waiting. */
const IN_FLIGHT_PER_WORKER = 4;
/** Long enough for a 100 MB document, short enough that a stuck worker does not stall a run for long. */
const DEFAULT_TASK_TIMEOUT_S = 60;

const HELP = `Usage: ${NAME} [options] [article.txt | -]
       ${NAME} --jsonl <corpus.jsonl | -> [--workers N] [options]
       ${NAME} check <dir>

Find quoted speech in English news text and say who said it.

The article is read from the file given, or from stdin when the file is "-"
or when no file is given and stdin is piped. It must be UTF-8 text: input with
a NUL character, or with more than 1% of its characters invalid UTF-8, is
refused. By default the quotes are printed as a table (speaker, title, quote),
cut to the terminal width; written to a file or a pipe, nothing is cut (unless
COLUMNS is set).

Options:
  --json                  print the quotes as a JSON array
  --jsonl <file | ->      read one {"id", "text"} JSON object per line and write
                          one {"id", "quotes"} line per document, in input
                          order; a line that is not text stops the run
  --workers <N>           with --jsonl: extract on N worker threads (default:
                          in the main thread); a worker that dies is replaced
                          and its document tried once more, then reported
  --task-timeout <s>      with --workers: stop a worker that spends more than
                          s seconds on one document and report that document
                          (default: ${DEFAULT_TASK_TIMEOUT_S}; 0 for no limit)
  --min-confidence <x>    drop quotes whose confidence is below x (0..1)
  --kinds <list>          kinds to return, comma-separated: direct, partial,
                          indirect (default: direct,partial; indirect adds
                          reported speech without quote marks)
  -h, --help              show this help
  -v, --version           print the version

With --jsonl, a summary (documents, quotes, errors, time) is printed on stderr
at the end when stderr is a terminal or when a line failed.

check <dir>: compare the quotes found with a hand-written answer key. Every
sub-folder of dir with an input.txt and a gold.json (the format of the
fixtures/README.md of quote-attribution; an optional options.json is passed to
extractQuotes) is checked. One line per difference is printed on stdout, and a
count on stderr; exit status 1 when there is any difference. (To read an
article named "check", write ./check.)

Exit status: 0 on success; 1 when the input cannot be read or is not text, or
a JSONL line is malformed or fails (the other lines are still processed), or
check finds a difference; 2 on a usage error.
`;

/** A problem with the command line itself: exit code 2. */
class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem the user should see as one line, without a stack trace: exit code 1. */
class CliError extends Error {
  override name = 'CliError';
}

interface Command {
  readonly mode: 'help' | 'version' | 'table' | 'json' | 'jsonl' | 'check';
  /** Article or corpus path, `-` for stdin; the folder of fixtures for `check`. */
  readonly source: string;
  readonly workers: number;
  /** Per-document time limit of a worker; `undefined` for none. */
  readonly taskTimeoutMs: number | undefined;
  readonly options: ExtractOptions;
}

const OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'string' },
  workers: { type: 'string' },
  'task-timeout': { type: 'string' },
  'min-confidence': { type: 'string' },
  kinds: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

/**
 * The options and positionals of `argv`. parseArgs runs unstrict so that
 * every mistake gets our wording; it still splits `--x=y` and `-hv` for us.
 */
function readArguments(argv: readonly string[]): { values: Map<OptionName, string | true>; positionals: string[] } {
  const { tokens } = parseArgs({ args: [...argv], allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  const values = new Map<OptionName, string | true>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (!(token.name in OPTIONS)) throw new UsageError(`unknown option "${token.rawName}"`);
    const name = token.name as OptionName;
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value, got "${token.value}"`);
      values.set(name, true);
      continue;
    }
    // Hint: unstrict parseArgs takes the next word as the value even when it is an option (`--jsonl --workers 2`).
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-')) {
      throw new UsageError(`${token.rawName} needs a value (for one that starts with "-", write ${token.rawName}=VALUE)`);
    }
    values.set(name, token.value);
  }
  return { values, positionals };
}

function parseCommand(argv: readonly string[]): Command {
  const { values, positionals } = readArguments(argv);
  const text = (name: OptionName): string | undefined => {
    const value = values.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const options = parseExtractOptions(text('min-confidence'), text('kinds'));
  const workersValue = text('workers');
  const timeoutValue = text('task-timeout');
  const workers = workersValue === undefined ? 0 : parseWorkers(workersValue);
  const taskTimeoutMs = parseTaskTimeout(timeoutValue ?? String(DEFAULT_TASK_TIMEOUT_S));
  const command = { source: '-', workers, taskTimeoutMs, options };
  if (values.has('help')) return { ...command, mode: 'help' };
  if (values.has('version')) return { ...command, mode: 'version' };
  if (positionals[0] === 'check') {
    const [option] = values.keys();
    if (option !== undefined) throw new UsageError(`check takes a folder and no options, got --${option}`);
    if (positionals.length !== 2) throw new UsageError('check needs one folder: check <dir>');
    return { ...command, mode: 'check', source: positionals[1] as string };
  }
  if (positionals.length > 1) throw new UsageError(`expected one article, got ${positionals.length}`);
  if (timeoutValue !== undefined && workersValue === undefined) throw new UsageError('--task-timeout only applies with --workers');
  const jsonl = text('jsonl');
  if (jsonl !== undefined) {
    if (positionals.length > 0) throw new UsageError('--jsonl reads its own file; do not also give an article');
    if (values.has('json')) throw new UsageError('--json and --jsonl cannot be combined');
    return { ...command, mode: 'jsonl', source: jsonl };
  }
  if (workersValue !== undefined) throw new UsageError('--workers only applies to --jsonl');
  const source = positionals[0] ?? (process.stdin.isTTY ? undefined : '-');
  if (source === undefined) throw new UsageError('no article given (pass a file, or "-" to read stdin)');
  return { ...command, mode: values.has('json') ? 'json' : 'table', source };
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
      if (trimmed !== 'direct' && trimmed !== 'partial' && trimmed !== 'indirect') {
        throw new UsageError(`--kinds takes "direct", "partial" and "indirect", got "${trimmed}"`);
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

function parseTaskTimeout(value: string): number | undefined {
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
    throw new UsageError(`--task-timeout must be a number of seconds (0 for no limit), got "${value}"`);
  }
  return seconds === 0 ? undefined : seconds * 1000;
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

/** The article's text, refused with one message when it is not text (see {@link notTextReason}). */
async function readArticle(source: string): Promise<string> {
  let text;
  try {
    text = source === '-' ? await readAll(process.stdin) : await readFile(source, 'utf8');
  } catch (error) {
    throw describeFileError(source, error);
  }
  const problem = notTextReason(text);
  if (problem !== undefined) throw new CliError(`cannot read ${source === '-' ? 'stdin' : source}: ${problem}`);
  return text;
}

/** Columns the table may use: the terminal's, else COLUMNS when set, else none (no cutting in a file or pipe). */
function tableWidth(): number | undefined {
  const columns = Number(process.env['COLUMNS']) || undefined;
  return process.stdout.isTTY ? process.stdout.columns || columns || 80 : columns;
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
  const startedAt = performance.now();
  const { input, totalBytes } = await openCorpus(command.source);
  const progress = process.stderr.isTTY ? new ProgressBar(process.stderr, totalBytes) : undefined;
  const pool =
    command.workers > 0 ? new ExtractPool(command.workers, new URL(import.meta.url), command.options, command.taskTimeoutMs) : undefined;
  const extractInline = async (text: string): Promise<Quote[]> => extractQuotes(text, command.options);
  let bytesRead = 0;
  let summary;
  try {
    summary = await processJsonl({
      input,
      source: command.source === '-' ? 'stdin' : command.source,
      output: process.stdout,
      reportError: (message) => (progress ? progress.log(message) : process.stderr.write(`${message}\n`)),
      extract: pool ? (text) => pool.run(text) : extractInline,
      maxInFlight: pool ? command.workers * IN_FLIGHT_PER_WORKER : 1,
      onProgress: (bytes, documents) => {
        bytesRead = bytes;
        progress?.update(bytes, documents);
      },
    });
  } catch (error) {
    progress?.clear();
    throw describeFileError(command.source, error);
  } finally {
    input.destroy();
    await pool?.close();
  }
  // Hint: the bytes counted per line are close but not exact (a CRLF counts as one), so a run read to the end shows 100%.
  progress?.finish(summary.stopped ? bytesRead : (totalBytes ?? bytesRead), summary.documents);
  if (progress || summary.failures > 0) {
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    const counts = [plural(summary.documents, 'document'), plural(summary.quotes, 'quote'), plural(summary.failures, 'error')];
    process.stderr.write(`${NAME}: ${counts.join(', ')}, ${seconds} s${summary.stopped ? ' (stopped early)' : ''}\n`);
  }
  return summary.failures === 0 ? 0 : 1;
}

async function runCheck(dir: string): Promise<number> {
  let report;
  try {
    report = await checkFolders(dir);
  } catch (error) {
    throw describeFileError((error as NodeJS.ErrnoException).path ?? dir, error);
  }
  if (report.articles === 0) throw new CliError(`check: no sub-folder of ${dir} has both an input.txt and a gold.json`);
  for (const line of report.lines) process.stdout.write(`${line}\n`);
  process.stderr.write(`${NAME}: ${plural(report.articles, 'article')} checked, ${plural(report.lines.length, 'difference')}\n`);
  return report.lines.length === 0 ? 0 : 1;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
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
      case 'check':
        return await runCheck(command.source);
      case 'json':
      case 'table': {
        const quotes = extractQuotes(await readArticle(command.source), command.options);
        process.stdout.write(command.mode === 'json' ? `${JSON.stringify(quotes, null, 2)}\n` : formatQuoteTable(quotes, tableWidth()));
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
