// @ts-check
/**
 * How the library is bundled for the browser, the way a user's bundler would
 * ship it: one minified ES module for current browsers. Shared by the size
 * report, the playground and the browser test, so all three measure and run
 * the same bundle.
 */
export const BROWSER_BUNDLE = /** @type {const} */ ({
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  write: false,
  logLevel: 'silent',
});
