/**
 * Most replacement characters a text may hold and still be read: 1% of its
 * characters. A UTF-8 article with a stray Latin-1 byte or two passes; a
 * Latin-1 or UTF-16 file, a compressed file or an executable does not.
 */
const MAX_REPLACEMENT_SHARE = 0.01;

/**
 * Why `text`, decoded from UTF-8, is not text, or `undefined` when it is.
 *
 * A NUL character never occurs in text, and a binary file always has one
 * within a few bytes; invalid UTF-8 shows up after decoding as U+FFFD, of
 * which more than 1% means the file is not UTF-8.
 *
 * @internal
 */
export function notTextReason(text: string): string | undefined {
  const nul = text.indexOf('\0');
  if (nul !== -1) return `not UTF-8 text (a NUL character at character ${nul + 1})`;
  let replacements = 0;
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) replacements++;
  if (replacements > text.length * MAX_REPLACEMENT_SHARE) {
    return `not UTF-8 text (${replacements} of ${text.length} characters are invalid UTF-8, more than ${MAX_REPLACEMENT_SHARE * 100}%)`;
  }
  return undefined;
}
