import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WORD_CLASS, wordClasses } from '../grammar/word-classes.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { TITLE_HEADS } from '../lexicon/titles.js';
import type { Token } from './document.js';

type Nlp = ReturnType<typeof winkNLP>;

/** The part of wink's core model that its cache grows as it reads: every new word is learned. */
interface LexemeTable {
  readonly hash: Record<string, number>;
  readonly list: string[];
  readonly intrinsicSize: number;
}

interface Engine {
  readonly nlp: Nlp;
  readonly lexemes: LexemeTable;
  /**
   * The word classes of each lexeme, by wink's lexeme id (its index in `lexemes.list`), plus {@link CLASSED} once
   * read; filled as tokens are read and grown with the list. wink only ever appends to the list, so an id stands
   * for the same word for the engine's life, and a word is classed once rather than at every token.
   */
  classesOf: Int32Array;
}

/** Marks a lexeme whose classes are read: a bit above every {@link wordClasses} bit. */
const CLASSED = 1 << 30;

/**
 * After this many learned words the engine is rebuilt: forgetting a word (see
 * {@link forgetLearnedWords}) leaves its slot in wink's private tables, so they
 * grow with the text read, and a rebuild (about 50 ms) gives the memory back.
 */
const REBUILD_AFTER_LEARNED = 250_000;

// Hint: created on first use, so importing the package does no work.
let engine: Engine | undefined;
// wink-eng-lite-web-model's `metaCER()` re-stringifies its own result on every
// call, so a second wink instance would get a doubly encoded model; read it once.
let metaCER: unknown;

/** The two loaders of the model we wrap; wink's types leave the model's members opaque. */
interface ModelLoaders {
  core(): { features: { lexeme: LexemeTable } };
  metaCER(): unknown;
}

function createEngine(): Engine {
  const loaders = model as unknown as ModelLoaders;
  let core: ReturnType<ModelLoaders['core']> | undefined;
  const tracked: ModelLoaders = {
    ...loaders,
    core: () => (core = loaders.core()),
    metaCER: () => (metaCER ??= loaders.metaCER()),
  };
  // Hint: only the `pos` pipe: nothing here reads sentences, and wink's sentence
  // boundaries neither change a token nor a tag (its sbd pipe only reads them).
  const nlp = winkNLP(tracked as unknown as typeof model, ['pos']);
  if (core === undefined) throw new Error('quote-attribution: wink-nlp did not load its core model');
  return { nlp, lexemes: core.features.lexeme, classesOf: new Int32Array(core.features.lexeme.list.length * 2) };
}

/**
 * wink-nlp's cache learns every new word it reads, and its tokeniser splits a
 * word like `county's` only while that word is unknown: one text would change
 * how the next is read. Forgetting the words a call learned makes every call
 * start from the model as shipped, so the same text always gives the same tokens.
 *
 * Words in `keep` stay learned: a {@link PLAIN_WORD} that wink filed as a
 * `word` or `number` reads the same whether it is known or not (its tokeniser
 * would classify such a string and add it whole, alone or beside punctuation;
 * it looks the string up only to take that same path), so keeping it changes
 * no output and saves learning it again in the next text, most of the cost of
 * forgetting.
 */
function forgetLearnedWords(lexemes: LexemeTable, from: number, keep: ReadonlySet<string>): void {
  for (let index = from; index < lexemes.list.length; index++) {
    const word = lexemes.list[index]!;
    if (lexemes.hash[word] === index && !keep.has(word)) delete lexemes.hash[word];
  }
}

/**
 * Tokenises and POS-tags the text with wink-nlp, and gives every token its
 * offsets in the input (wink reports only the spaces before each token).
 * Line-break tokens are dropped: paragraphs come from the text itself.
 *
 * @internal
 */
export function analyseText(text: string): Token[] {
  if (engine === undefined || engine.lexemes.list.length - engine.lexemes.intrinsicSize > REBUILD_AFTER_LEARNED) {
    engine = createEngine();
  }
  const learnedFrom = engine.lexemes.list.length;
  const keep = new Set<string>();
  try {
    return joinAbbreviations(joinLetters(readTokens(engine, text, learnedFrom, keep)));
  } finally {
    forgetLearnedWords(engine.lexemes, learnedFrom, keep);
  }
}

/** A run of letters, in any script. */
const LETTER_RUN = /^\p{L}+$/u;

/**
 * "Rāwhiti", "Māori", "Vasić": wink's model splits a word at a letter beyond Latin-1, tagging that letter `X`. Pieces
 * that touch, one of them such a letter, are read as one word, with the tag of its first piece that has one. The same
 * array when there is none.
 *
 * @internal
 */
export function joinLetters(tokens: Token[]): Token[] {
  let joined: Token[] | undefined;
  // Whether the last token kept is itself joined, so the piece after it ("whiti" after "R" "ā") joins it too.
  let joining = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const previous = joined === undefined ? tokens[index - 1] : joined[joined.length - 1];
    joining = previous !== undefined && isPieceOf(previous, token, joining);
    if (!joining || previous === undefined) {
      joined?.push(token);
      continue;
    }
    joined ??= tokens.slice(0, index);
    const text = previous.text + token.text;
    const lower = text.toLowerCase();
    joined[joined.length - 1] = { start: previous.start, end: token.end, text, lower, pos: previous.pos === 'X' ? token.pos : previous.pos, classes: wordClasses(text, lower) };
  }
  return joined ?? tokens;
}

/** Whether `token` touches `previous` as a piece of one word: letters both, one of them tagged X or already joined. */
function isPieceOf(previous: Token, token: Token, joining: boolean): boolean {
  // Hint: only where a piece is tagged X does the costlier test run.
  return previous.end === token.start && (token.pos === 'X' || previous.pos === 'X' || joining) && LETTER_RUN.test(token.text) && LETTER_RUN.test(previous.text);
}

/**
 * "Supt. Tom Hale", "Atty. Ana Cruz": wink knows "Sgt." and "Dr." but splits the full stop off other abbreviated
 * titles and honorifics. Such a word, its stop written tight after it and a capitalised word after that, is read
 * as one token, as wink reads the ones it knows; which words qualify is the lexicons' (a dotted entry of
 * TITLE_HEADS or HONORIFICS). The same array when there is none.
 *
 * @internal
 */
export function joinAbbreviations(tokens: Token[]): Token[] {
  let joined: Token[] | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const stop = tokens[index + 1];
    const next = tokens[index + 2];
    // Hint: the word is looked up with its stop only where one follows it tight, before a capital.
    const lower = token.pos === 'PROPN' && stop !== undefined && stop.text === '.' && stop.start === token.end
      && next !== undefined && (next.classes & WORD_CLASS.capitalised) !== 0 ? `${token.lower}.` : null;
    if (lower === null || !(HONORIFICS.has(lower) || TITLE_HEADS.has(lower))) {
      joined?.push(token);
      continue;
    }
    joined ??= tokens.slice(0, index);
    const text = `${token.text}.`;
    joined.push({ start: token.start, end: stop!.end, text, lower, pos: token.pos, classes: wordClasses(text, lower) });
    index++;
  }
  return joined ?? tokens;
}

/**
 * Keeps a learned plain word and, when wink learned it in the same step (so it
 * filed it as a `word` too), its lower-case form: otherwise every "Sanders."
 * would learn "sanders" again.
 */
function keepWithItsNormal(word: string, lexemes: LexemeTable, keep: Set<string>): void {
  keep.add(word);
  const normal = word.toLowerCase();
  if (normal !== word && lexemes.hash[normal] === lexemes.hash[word]! + 1) keep.add(normal);
}

/** How far past its expected place a normalised token is looked for, in characters. */
const NEARBY = 16;

/**
 * A word that reads the same known or unknown, if wink filed it as a `word` or
 * `number` (see {@link forgetLearnedWords}): letters of wink's own word class
 * (ASCII and Latin-1), initials and abbreviations (`J.`, `U.S.`), numbers with
 * inner commas or points, and times (`10:30`). Not hyphenated words: wink
 * reads `cross-examination...` one way while `cross-examination` is unknown
 * and another once it is known. test/wink-keep.test.ts checks each class.
 *
 * @internal
 */
export const PLAIN_WORD = /^(?:[a-z\u00E0-\u00F6\u00F8-\u00FF]+|(?:[a-z]\.)+|\d+(?:[.,]\d+)*|\d+:\d+)$/i;

/** The token types wink gives a {@link PLAIN_WORD} it added whole. @internal */
export const PLAIN_TYPES: ReadonlySet<string> = new Set(['word', 'number']);

/**
 * The characters wink's tokeniser splits on and counts as spaces before a
 * token (line breaks are tokens of their own). Skipping them here costs less
 * than reading `its.precedingSpaces` back out of wink.
 */
function isWinkSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || (code >= 0x2002 && code <= 0x2005) || code === 0x2009 || code === 0x200a || code === 0x202f || code === 0x205f;
}

/**
 * `text.startsWith(value, at)`, compared code unit by code unit: V8's `startsWith` is several
 * times slower for a one-byte token in a two-byte text (any text with a curly quote).
 */
function occursAt(text: string, value: string, at: number): boolean {
  if (at + value.length > text.length) return false;
  for (let index = 0; index < value.length; index++) if (text.charCodeAt(at + index) !== value.charCodeAt(index)) return false;
  return true;
}

function readTokens(engine: Engine, text: string, learnedFrom: number, keep: Set<string>): Token[] {
  const { nlp, lexemes } = engine;
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  if (engine.classesOf.length < lexemes.list.length) {
    const grown = new Int32Array(lexemes.list.length * 2);
    grown.set(engine.classesOf);
    engine.classesOf = grown;
  }
  const { classesOf } = engine;
  const plainLearned = new Set<string>();
  for (let index = learnedFrom; index < lexemes.list.length; index++) {
    const word = lexemes.list[index]!;
    if (PLAIN_WORD.test(word)) plainLearned.add(word);
  }
  // Hint: a token's value is the lexeme its id names (what `its.value` reads), so the id also finds its classes.
  const ids = tokens.out(its.uniqueId) as number[];
  const tags = tokens.out(its.pos) as string[];
  const result: Token[] = [];
  let offset = 0;
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]!;
    const value = lexemes.list[id] ?? '';
    // Hint: read beside the word rather than after it is placed: both loads tend to miss the CPU cache, and this way they wait together.
    const classes = classesOf[id]!;
    while (offset < text.length && isWinkSpace(text.charCodeAt(offset))) offset++;
    let start = offset;
    if (!occursAt(text, value, start)) {
      // Hint: wink may normalise a token (composed accents); find it nearby, else keep the running offset.
      // Only a short stretch is searched, so a text of many such tokens stays linear.
      const found = text.slice(start, start + NEARBY + value.length).indexOf(value);
      if (found < 0) continue;
      start += found;
    }
    offset = start + value.length;
    // Hint: most texts learn few words, and most tokens are none of them; an empty set needs no lookup.
    if (plainLearned.size > 0 && plainLearned.has(value)) {
      plainLearned.delete(value);
      if (PLAIN_TYPES.has(tokens.itemAt(index).out(its.type) as string)) keepWithItsNormal(value, lexemes, keep);
    }
    const pos = tags[index] ?? 'X';
    if (pos === 'SPACE') continue;
    const lower = value.toLowerCase();
    if (classes === 0) classesOf[id] = CLASSED | wordClasses(value, lower);
    result.push({ start, end: offset, text: value, lower, pos, classes: classesOf[id]! & ~CLASSED });
  }
  return result;
}
