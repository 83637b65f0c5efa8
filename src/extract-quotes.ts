import { checkArguments } from './check-arguments.js';
import type { ExtractOptions, Quote } from './types.js';

/** Temporary stub while the pipeline is written. */
export function extractQuotes(text: string, options?: ExtractOptions): Quote[] {
  checkArguments(text, options);
  return [];
}
