import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * The CLI's `import ... from '../index.js'` becomes an import of dist/index.js, the
 * library build next to it, instead of bundling a second copy of the pipeline.
 */
const useShippedLibrary: Plugin = {
  name: 'use-shipped-library',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: './index.js', external: true }));
  },
};

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    // Hint: both builds run at once; keep the library's clean from deleting the CLI's output.
    clean: ['!cli.js', '!cli.js.map'],
    sourcemap: true,
    target: 'es2020',
    platform: 'neutral',
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
