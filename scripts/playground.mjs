// `npm run playground [-- --port N]`: serve playground/ on 127.0.0.1 with the
// library bundled for the browser by esbuild, rebuilt from src/ on every page load.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { context } from 'esbuild';
import { BROWSER_BUNDLE } from './browser-bundle.mjs';

const HELP = `Usage: npm run playground [-- --port N]

Serve the playground on http://127.0.0.1:N/ (default: $PORT, else 5173), with
the library bundled for the browser from src/ again on every page load.

Options:
  --port <N>   port to listen on; 0 picks a free one
  -h, --help   show this help
`;

let values;
try {
  ({ values } = parseArgs({
    options: { port: { type: 'string', default: process.env.PORT ?? '5173' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (error) {
  console.error(`playground: ${error.message}\nTry 'npm run playground -- --help' for more information.`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`playground: --port must be a port number, got "${values.port}"`);
  process.exit(2);
}

const bundler = await context({
  ...BROWSER_BUNDLE,
  entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
});

/** Files of playground/ by URL path; the library bundle and the example are added below. */
const pages = {
  '/': { file: '../playground/index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: '../playground/app.js', type: 'text/javascript; charset=utf-8' },
  '/example.txt': { file: '../fixtures/seed-bush-nato-iraq/input.txt', type: 'text/plain; charset=utf-8' },
};

/** The body of a path, or undefined for a 404. */
async function load(path) {
  if (path === '/quote-attribution.js') {
    const { outputFiles } = await bundler.rebuild();
    return { body: outputFiles[0].contents, type: 'text/javascript; charset=utf-8' };
  }
  const page = pages[path];
  if (!page) return undefined;
  return { body: await readFile(new URL(page.file, import.meta.url)), type: page.type };
}

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  load(path).then(
    (found) => {
      if (found) response.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' }).end(found.body);
      else response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
    },
    (error) => {
      console.error(`playground: ${path}: ${error.message}`);
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error.message));
    },
  );
});

server.on('error', (error) => {
  console.error(`playground: cannot listen on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Playground: http://127.0.0.1:${server.address().port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    bundler.dispose().finally(() => process.exit(0));
  });
}
