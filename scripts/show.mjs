// `npm start [-- article.txt | options]`: print the quote table of an article
// (by default a bundled news story) with the built `quote-attribution` CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const defaultArticle = fileURLToPath(new URL('../fixtures/seed-bush-nato-iraq/input.txt', import.meta.url));

/** Whether dist/cli.js is missing or older than a source file. */
function needsBuild() {
  if (!existsSync(cli)) return true;
  const builtAt = statSync(cli).mtimeMs;
  const sources = readdirSync(new URL('../src', import.meta.url), { recursive: true, withFileTypes: true });
  return sources.some((entry) => entry.isFile() && statSync(`${entry.parentPath}/${entry.name}`).mtimeMs > builtAt);
}

if (needsBuild()) {
  // A first build takes several seconds; say why nothing else is printed yet.
  console.error('Building dist/ (it is missing or older than src/)…');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const args = process.argv.slice(2);
const run = spawnSync(process.execPath, [cli, ...(args.length > 0 ? args : [defaultArticle])], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
