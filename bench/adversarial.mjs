// Hostile and oversized inputs for extractQuotes, shared by test/adversarial.test.ts
// (which checks that each returns valid output) and the benchmark (which times each
// against wink-nlp's readDoc on the same text). All text here is written for this file.

const NAMES = ['Jane Doe', 'Omar Haddad', 'Mr. Lee', 'Priya Raman', 'Tomasz Nowak', 'Ana Souza'];
const PLACES = ['Riverton', 'Lakeside', 'Port Ellis', 'Northfield'];

/**
 * One paragraph of made-up news prose with a direct quote, a reported statement
 * and a partial quote; `i` varies the names and places.
 * @param {number} i
 * @returns {string}
 */
export function newsParagraph(i) {
  const name = NAMES[i % NAMES.length];
  const other = NAMES[(i + 3) % NAMES.length];
  const place = PLACES[i % PLACES.length];
  return (
    `Officials in ${place} said on Tuesday that the bridge would reopen after ${i % 9 + 2} weeks of repairs. ` +
    `"We expect traffic to return to normal by the weekend," said ${name}, the city's transport director. ` +
    `${other} told reporters the work had cost more than planned, and called the delay "regrettable but unavoidable".`
  );
}

/**
 * Paragraphs from {@link newsParagraph}, separated by blank lines, until the text is
 * at least `minLength` UTF-16 code units long.
 * @param {number} minLength
 * @returns {string}
 */
export function newsArticle(minLength) {
  const paragraphs = [];
  let length = 0;
  for (let i = 0; length < minLength; i++) {
    const paragraph = newsParagraph(i);
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/**
 * The hostile inputs, each named for the report. The last one is a 10 MB article,
 * which the test suite leaves to the benchmark.
 * @returns {{ name: string, text: string }[]}
 */
export function adversarialCases() {
  return [
    { name: '100,000 straight double quotes in a row', text: '"'.repeat(100_000) },
    { name: '`a " b ` repeated 40,000 times', text: 'a " b '.repeat(40_000) },
    { name: 'one opening mark followed by 250 kB of prose', text: `“${newsArticle(260_000).replace(/["“”]/g, '')}` },
    { name: '25,000 nested “‘ pairs', text: `${'“‘'.repeat(25_000)}x${'’”'.repeat(25_000)}` },
    { name: '200 kB with no spaces', text: 'Hesaid“yes,”andshe‘no’.'.repeat(Math.ceil(200_000 / 23)) },
    { name: '60,000 lines of a lone "', text: '"\n'.repeat(60_000) },
    { name: '10 MB article', text: newsArticle(10_000_000) },
  ];
}
