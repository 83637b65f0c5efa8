import { words } from './words.js';

/**
 * Quote marks, by the role they can play.
 *
 * Source: Unicode General Punctuation and Latin-1 blocks (Pi/Pf categories),
 * and the conventions of English, German and French news copy. The two-character
 * marks are ASCII stand-ins for “ ”: `''` for either is how New York Times
 * articles come as plain text (PolNeAR's NYT articles quote with it throughout),
 * and ``` `` ``` opening a quote that `''` closes is the LaTeX and Penn Treebank
 * convention.
 */

/** A family of marks that pair with each other: a quote opened by one family is only closed by the same family. */
export type QuoteFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet';

export interface QuoteMarkInfo {
  readonly family: QuoteFamily;
  /** Can open a quote. */
  readonly opens: boolean;
  /** Can close a quote. */
  readonly closes: boolean;
}

export const QUOTE_MARKS: Readonly<Record<string, QuoteMarkInfo>> = {
  '"': { family: 'double', opens: true, closes: true }, // U+0022 QUOTATION MARK: direction from context
  '\u201C': { family: 'double', opens: true, closes: true }, // “ English opener; closes a German „ quote
  '\u201D': { family: 'double', opens: false, closes: true }, // ” English closer
  '\u201E': { family: 'double', opens: true, closes: false }, // „ German/Polish low opener
  '\u201F': { family: 'double', opens: true, closes: false }, // ‟ reversed opener
  '\u00AB': { family: 'guillemet', opens: true, closes: false }, // « French opener
  '\u00BB': { family: 'guillemet', opens: false, closes: true }, // » French closer
  "'": { family: 'single', opens: true, closes: true }, // U+0027 APOSTROPHE: usually an apostrophe, see scanQuotes
  '\u2018': { family: 'single', opens: true, closes: false }, // ‘ single opener (also mistyped for ’90s)
  '\u2019': { family: 'single', opens: false, closes: true }, // ’ single closer, and the typographic apostrophe
  '\u201A': { family: 'single', opens: true, closes: false }, // ‚ low single opener
  '\u2039': { family: 'single-guillemet', opens: true, closes: false }, // ‹
  '\u203A': { family: 'single-guillemet', opens: false, closes: true }, // ›
  "''": { family: 'double', opens: true, closes: true }, // two apostrophes: a double mark, direction from context
  '``': { family: 'double', opens: true, closes: false }, // two backticks: a double opener, closed by ''
} as const;

/**
 * Matches any key of {@link QUOTE_MARKS}, the two-character marks first; used
 * to skip texts without quotes and, with the `g` flag, to step from mark to mark.
 */
export const ANY_QUOTE_MARK = /''|``|["'\u2018\u2019\u201A\u201C-\u201F\u00AB\u00BB\u2039\u203A]/;

/**
 * Words written with an apostrophe in front, which is then no opening mark:
 * 'em, 'til, 'cause, rock 'n' roll.
 *
 * Source: the aphetic spellings of informal English ('em, 'til, 'tis, 'twas,
 * 'cause, 'n', 'round, 'bout, 'nuff, 'ol', 'im) that quoted speech in news copy keeps.
 */
export const ELISIONS: ReadonlySet<string> = new Set(words(`em til tis twas cause n round bout nuff ol im`));

/**
 * Marks a typesetter separates from an adjacent mark by a space (`'no.' ''`, `'' 'Tis`): before the space, a closer;
 * after it, an opener.
 *
 * Source: the English closing and opening marks of {@link QUOTE_MARKS}, with the ASCII backtick of `` ``.
 */
export const ADJACENT_CLOSERS: ReadonlySet<string> = new Set(words(`' \u2019 " \u201d`));
export const ADJACENT_OPENERS: ReadonlySet<string> = new Set([...words(`' \u2018 " \u201c`), '`']);
