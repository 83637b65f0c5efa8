import { build } from 'tsup';

/**
 * Build dist/ once before any test file runs. Several tests exercise the
 * package as shipped (the bin, the browser bundle, the packed tarball); one
 * shared build keeps them from racing each other's `clean`.
 */
export default async function setup(): Promise<void> {
  await build({ silent: true });
}
