// `npm run size:browser`: how big the library is in a browser bundle, measured
// with esbuild (--bundle --minify, ESM, platform browser) on dist/index.js,
// with and without wink-nlp and its English model. Run `npm run build` first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BROWSER_BUNDLE } from './browser-bundle.mjs';

const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
if (!existsSync(entry)) {
  console.error('browser-size: dist/index.js is missing; run `npm run build` first');
  process.exit(1);
}

const variants = [
  ['everything (library + wink-nlp + model)', []],
  ['without the model (wink-eng-lite-web-model external)', ['wink-eng-lite-web-model']],
  ['library code only (wink-nlp and model external)', ['wink-nlp', 'wink-eng-lite-web-model']],
];

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log('| bundle | minified | gzip -9 |');
console.log('|---|---:|---:|');
for (const [label, external] of variants) {
  const { outputFiles } = await build({
    ...BROWSER_BUNDLE,
    entryPoints: [entry],
    external,
  });
  const code = outputFiles[0].contents;
  console.log(`| ${label} | ${kB(code.length)} | ${kB(gzipSync(code, { level: 9 }).length)} |`);
}
