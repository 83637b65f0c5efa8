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
