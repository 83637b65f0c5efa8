/**
 * Punctuation characters the grammar tests, by the role they play.
 *
 * Source: the dashes of the Unicode Dash_Punctuation category that English copy
 * sets off a phrase with (U+2014 EM DASH, U+2013 EN DASH), and the ASCII
 * stand-ins plain-text copy types for them (a hyphen, or two for an em dash).
 */

/** Dashes that set off a phrase: a credit (`"…" — Ana Ruiz`) or an aside. */
export const DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '-', '--']);

/** Punctuation between a quote and its attribution that belongs to neither: `"…", (she said)`, `"…" — she said`. */
export const LEADING_PUNCTUATION: ReadonlySet<string> = new Set([',', ';', '(', ...DASHES]);
