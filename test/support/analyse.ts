import { analyse as analyseLayout, readDocument, readLayout } from '../../src/extract-quotes.js';
import type { AnalysedText, Document } from '../../src/pipeline/document.js';

/** The document model up to the mention stage, built for a string as extractQuotes builds it. */
export function analyse(text: string): AnalysedText {
  return analyseLayout(readLayout(text));
}

/** The whole document model of a string, entities included. */
export function documentOf(text: string): Document {
  return readDocument(analyse(text));
}
