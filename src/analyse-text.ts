import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word or punctuation token with its place in the input. @internal */
export interface Token {
  /** Offset of the first character (UTF-16). */
  readonly start: number;
  /** Offset one past the last character. */
  readonly end: number;
  /** The token as it appears in the input. */
  readonly text: string;
  /** Lower-cased `text`, for lexicon lookups. */
  readonly lower: string;
  /** Universal POS tag from wink ("PROPN", "VERB", "PUNCT", ...). */
  readonly pos: string;
}

type Nlp = ReturnType<typeof winkNLP>;

// Hint: created on first use, so importing the package does no work; it is
// never mutated afterwards, so sharing it between calls keeps no state a caller can see.
let nlp: Nlp | undefined;

/**
 * Tokenises and POS-tags the text with wink-nlp, and gives every token its
 * offsets in the input (wink reports only the spaces before each token).
 * Line-break tokens are dropped: paragraphs come from the text itself.
 *
 * @internal
 */
export function analyseText(text: string): Token[] {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as string[];
  const result: Token[] = [];
  let offset = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? '';
    offset += (spaces[index] ?? '').length;
    let start = offset;
    if (!text.startsWith(value, start)) {
      // Hint: wink may normalise a token (composed accents); find it nearby, else keep the running offset.
      const found = text.indexOf(value, start);
      if (found < 0 || found > start + 16) continue;
      start = found;
    }
    offset = start + value.length;
    const pos = tags[index] ?? 'X';
    if (pos === 'SPACE') continue;
    result.push({ start, end: offset, text: value, lower: value.toLowerCase(), pos });
  }
  return result;
}
