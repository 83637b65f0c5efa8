import { words } from './words.js';

/**
 * Closed classes of English function words that the grammar tests read.
 *
 * Source: the closed word classes of English grammar (Huddleston & Pullum,
 * The Cambridge Grammar of the English Language: determiners, prepositions,
 * coordinators, relative words), and the AP and Chicago rules for which words
 * stay lower case in a title.
 */

/** Articles: "**a** pollster", "**the** U.S. ambassador to NATO". */
export const ARTICLES: ReadonlySet<string> = new Set(words(`a an the`));

/** Possessive determiners, which a title drops ("**his** lawyer, Colin Baptiste" → "lawyer"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(words(`my your his her its our their`));

/** Words that open a relative clause, which ends the title part of an appositive ("a pollster **whose** firm…"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(words(`who whose which that whom`));

/** Words that join the parts of a title: "Secretary **of** State", "spokesman **for**", "Filmmaker **and** author". */
export const TITLE_LINKS: ReadonlySet<string> = new Set(words(`of to for on - & and`));

/** Words that stay lower case in a title of a work or a headline: "State **of the** Union". */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(
  words(`a an the and or nor but of in on at to for by with from as vs.`),
);
