import type { ExtractOptions, Quote } from './types.js';

/** Temporary stub while the pipeline is written. */
export function extractQuotes(text: string, options?: ExtractOptions): Quote[] {
  if (typeof text !== 'string') throw new TypeError(`extractQuotes: expected \`text\` to be a string, received ${typeof text}`);
  void options;
  return [];
}
