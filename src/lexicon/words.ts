/**
 * A word list written as one string, space- and line-separated: shorter to
 * ship than an array literal of quoted strings. Entries are single words;
 * multi-word entries go in a {@link phrases} list.
 *
 * @internal
 */
export const words = (list: string): string[] => list.trim().split(/\s+/);

/**
 * A list of phrases written one per line, each a run of space-separated words:
 * "first lady" is one entry, never "first" and "lady".
 *
 * @internal
 */
export const phrases = (list: string): string[][] =>
  list
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(words);
