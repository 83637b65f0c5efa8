import { WORD_CLASS } from '../grammar/word-classes.js';
import type { Sentence, Token, TokenIndex } from './document.js';

/**
 * Splits every paragraph into sentences. A sentence ends at a final mark
 * (`.`, `!`, `?`, `...`, `…`) that is not inside an abbreviation, or at the
 * end of its paragraph. Quotation marks do not end sentences: `"Why now?" he
 * asked.` ends at the question mark, as news copy is read.
 *
 * @internal
 */
export function splitSentences(tokens: readonly Token[], paragraphAt: TokenIndex): { sentences: Sentence[]; sentenceAt: Int32Array } {
  const sentences: Sentence[] = [];
  const sentenceAt = new Int32Array(tokens.length);
  let first = 0;
  for (let at = 0; at < tokens.length; at++) {
    sentenceAt[at] = sentences.length;
    const closed = isFinalMark(tokens, at);
    if (closed || at + 1 === tokens.length || paragraphAt[at + 1] !== paragraphAt[at]) {
      sentences.push({ first, last: at, closed });
      first = at + 1;
    }
  }
  return { sentences, sentenceAt };
}

// Hint: a module constant, as a regex literal in a function is a new RegExp on every call.
const STARTS_LOWER_CASE = /^\p{Ll}/u;

/** Whether token `index` is a final mark that ends its sentence, not one inside an abbreviation. */
function isFinalMark(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  // Hint: this runs for every token; one bit of its classes tells the five marks from the rest, without reading its text.
  if ((token.classes & WORD_CLASS.finalMark) === 0) return false;
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  // "N.Y.": a period written tight between two letters is inside an abbreviation.
  if (token.text === '.' && next !== undefined && previous !== undefined && previous.end === token.start && token.end === next.start) return false;
  // "R-Ky., said", "(D-Wis.) said": the period of an abbreviation wink did not know.
  return next === undefined || !(next.text === ',' || next.text === ')' || next.text === ';' || STARTS_LOWER_CASE.test(next.text));
}

/** Whether token `at` is the final mark that closes its sentence. @internal */
export function endsSentence(doc: { readonly sentences: readonly Sentence[]; readonly sentenceAt: TokenIndex }, at: number): boolean {
  const sentence = doc.sentences[doc.sentenceAt[at]!]!;
  return sentence.closed && sentence.last === at;
}
