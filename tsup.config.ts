import { defineConfig } from 'tsup';

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
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
]);
