import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * An `import ... from '../index.js'` (or `'../testing/index.js'`) in an entry
 * below src/ becomes an import of the library build next to it in dist/,
 * instead of bundling a second copy of the pipeline (and, in the library's
 * case, a second wink model in memory when both entries are loaded).
 */
const useShippedLibrary: Plugin = {
  name: 'use-shipped-library',
  setup(build) {
    const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: `./index${extension}`, external: true }));
    build.onResolve({ filter: /^\.\.\/testing\/index\.js$/ }, () => ({ path: `./testing${extension}`, external: true }));
  },
};

/** The library's entry points, which run in Node and in browsers alike. */
const library = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'es2020',
  platform: 'neutral',
} as const;

export default defineConfig([
  {
    // The library and `quote-attribution/testing` (which compares output with a hand-written gold.json) in one
    // build, so that one declaration step writes both and no build's clean races another's output.
    ...library,
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    clean: ['!cli.js', '!cli.js.map'],
    esbuildPlugins: [useShippedLibrary],
  },
  {
    // The `quote-attribution` bin: ESM only, Node only, bundled apart so the library never imports it.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [useShippedLibrary],
  },
]);
