import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** The built bin; test/global-setup.ts builds it before the tests run. */
export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `node dist/cli.js ...args`, feeding `input` on stdin (or closing stdin at once). */
export function runCli(args: readonly string[], options: { input?: string | Uint8Array; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return runProcess(process.execPath, [cliPath, ...args], { ...process.env, ...options.env }, (stdin) => stdin.end(options.input ?? ''));
}

/** Run `command args…` in `env`, with `feed` writing its stdin, and collect what it prints and its exit code. */
export function runProcess(command: string, args: readonly string[], env: NodeJS.ProcessEnv, feed: (stdin: Writable) => void): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    feed(child.stdin);
  });
}
