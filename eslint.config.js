// Flat config: typescript-eslint's recommended rules plus eslint-plugin-regexp's, which
// flags regular expressions that can backtrack super-linearly (ReDoS) on hostile text.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/** Node globals used by the plain-JavaScript scripts and benchmarks. */
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'performance', 'URL', 'setTimeout', 'clearTimeout', 'setImmediate', 'structuredClone', 'globalThis', 'Buffer', 'TextEncoder', 'TextDecoder'].map(
    (name) => [name, 'readonly'],
  ),
);

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'scratch/', '.bench-tmp/', 'browser-test/*.min.js'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    // Not in the recommended set: flags patterns that go quadratic when a search
    // retries them at every offset of a long input, such as /\s+said/ on 200 kB of spaces.
    files: ['src/**/*.ts'],
    rules: { 'regexp/no-super-linear-move': 'error' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    // The playground page runs in the browser.
    files: ['playground/**/*.js'],
    languageOptions: { globals: { document: 'readonly', fetch: 'readonly', performance: 'readonly', Blob: 'readonly' } },
  },
);
