import { words } from './words.js';

/**
 * Words that say when something was said, which news copy puts between a verb
 * of saying and its report: "said **Tuesday** the plan…", "said **earlier** it would".
 *
 * Source: the days of the week, the deictic time adverbs of English (yesterday,
 * today, tonight), and the relative ones (earlier, later, recently).
 */
export const TIME_WORDS: ReadonlySet<string> = new Set(words(`
  monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later recently
`));

/**
 * Words of a date or a period, which may say when a document was issued: "published **last month** by", "released
 * **on Friday** by", "filed **in May** by".
 *
 * Source: the month names, the calendar units, and the prepositions and deictic determiners that head English
 * time adjuncts (on, in, last, this, next, early, late).
 */
export const DATE_WORDS: ReadonlySet<string> = new Set(words(`
  january february march april may june july august september october november december
  week weekend month year quarter spring summer autumn fall winter morning afternoon evening night
  on in last this next early late
`));
