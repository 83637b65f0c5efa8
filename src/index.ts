export { extractQuotes } from './extract-quotes.js';
export type { ExtractOptions, Quote, Speaker, Span } from './types.js';
