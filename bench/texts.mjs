// Text sources for the benchmarks: the repo's fixtures, the PolNeAR dev split
// (read from ../shared, beside the repository, at run time only; its text must
// never be copied into the repository) and, when neither is used, synthetic
// news articles.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPolnearDev, existingPath, repoRoot } from '../scripts/paths.mjs';

export { repoRoot };

/** `fixtures/<name>/input.txt`, sorted by name; [] when there are none. */
export function loadFixtures() {
  const dir = join(repoRoot, 'fixtures');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'input.txt')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name, 'input.txt'), 'utf8') }));
}

/**
 * The PolNeAR dev split a bench script was told to use: the path of `--polnear`
 * (default: the split beside the repository), or null when `without` was given.
 * A missing file exits 1 rather than benching without the corpus unasked.
 * @param {string} script  the command, for messages
 * @param {{ polnear?: string, 'no-polnear'?: boolean }} values  parsed arguments; `no-polnear` is the flag `without`
 * @param {string} without  the script's flag that does without the corpus
 */
export function polnearPath(script, values, without = '--no-polnear') {
  if (values['no-polnear']) {
    if (values.polnear !== undefined) {
      console.error(`${script}: --polnear and ${without} contradict each other; give one.`);
      process.exit(2);
    }
    return null;
  }
  return existingPath(script, 'PolNeAR dev split', values.polnear ?? defaultPolnearDev,
    `Give its path with --polnear path/to/dev.jsonl, or ${without} to run without it.`);
}

/** Article texts of the PolNeAR-format JSONL file at `path`. */
export function loadPolnear(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { id, text } = JSON.parse(line);
      return { name: id, text };
    });
}

/** Mulberry32: a tiny seeded PRNG, so synthetic articles are the same on every run. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = ['Maria', 'James', 'Aisha', 'Tomasz', 'Grace', 'Daniel', 'Lena', 'Oscar', 'Priya', 'Samuel'];
const LAST_NAMES = ['Delgado', 'Whitford', 'Okafor', 'Brennan', 'Lindqvist', 'Harrow', 'Castellano', 'Moreau', 'Nakamura', 'Ellison'];
const TITLES = ['Senator', 'Governor', 'state health commissioner', 'Mayor', 'Deputy Secretary of Transportation', 'county sheriff', 'union president', 'Representative'];
const ORGS = ['the city council', 'the Department of Energy', 'Harbor Freight Lines', 'the state legislature', 'the National Weather Service'];
const SUBJECTS = ['the budget', 'the new bridge', 'the water crisis', 'the election', 'the trade agreement', 'the school board vote', 'the hospital merger'];
const VERBS = ['said', 'told reporters', 'added', 'said in a statement', 'wrote on Twitter', 'said on Tuesday'];
const CLAIMS = [
  'We are not going to let this stand',
  'The numbers simply do not add up',
  'This is a good day for the families who waited so long',
  'Nobody here wanted it to come to this',
  'I have said from the start that we need more time',
  'There will be consequences, and everyone knows it',
  'We expect a decision by the end of the month',
];
const FRAGMENTS = ['a historic mistake', 'deeply irresponsible', 'the best deal we could get', 'long overdue', 'a political stunt'];
const NARRATION = [
  'The proposal passed by a narrow margin after hours of debate.',
  'Officials did not respond to several requests for comment.',
  'The agency had been under pressure since the spring, when the first reports emerged.',
  'Turnout was lower than expected in most districts.',
  'Critics say the plan leaves too many questions open.',
];

/**
 * Deterministic news-like articles with direct, partial and pronoun-attributed
 * quotes, used only when the repo has no fixtures and the corpus is left out.
 */
export function syntheticArticles(count = 12, seed = 20261124) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const articles = [];
  for (let index = 0; index < count; index++) {
    const people = Array.from({ length: 3 }, () => ({ first: pick(FIRST_NAMES), last: pick(LAST_NAMES), title: pick(TITLES) }));
    const subject = pick(SUBJECTS);
    const paragraphs = [`${people[0].title} ${people[0].first} ${people[0].last} spoke about ${subject} on Monday.`];
    const paragraphCount = 10 + Math.floor(random() * 10);
    for (let p = 0; p < paragraphCount; p++) {
      const person = pick(people);
      const pronoun = random() < 0.5 ? 'she' : 'he';
      const form = Math.floor(random() * 6);
      if (form === 0) paragraphs.push(`"${pick(CLAIMS)}," ${person.last} ${pick(VERBS)}. "${pick(CLAIMS)}."`);
      else if (form === 1) paragraphs.push(`${person.title} ${person.first} ${person.last} called ${subject} "${pick(FRAGMENTS)}" and said ${pick(ORGS)} should act.`);
      else if (form === 2) paragraphs.push(`“${pick(CLAIMS)},” ${pronoun} ${pick(VERBS)}.`);
      else if (form === 3) paragraphs.push(`According to ${person.first} ${person.last}, ${subject} is "${pick(FRAGMENTS)}."`);
      else if (form === 4) paragraphs.push(`${person.last} ${pick(VERBS)}: "${pick(CLAIMS)}. ${pick(CLAIMS)}."`);
      else paragraphs.push(pick(NARRATION));
    }
    articles.push({ name: `synthetic-${index + 1}`, text: paragraphs.join('\n\n') });
  }
  return articles;
}

/**
 * The largest source of real articles at hand: PolNeAR dev at `polnear` (a
 * path checked by polnearPath, or null to leave it out), else the fixtures,
 * else synthetic articles.
 */
export function articlePool(polnear) {
  if (polnear !== null) return { source: 'polnear-dev', articles: loadPolnear(polnear) };
  const fixtures = loadFixtures();
  if (fixtures.length > 0) return { source: 'fixtures', articles: fixtures };
  return { source: 'synthetic', articles: syntheticArticles() };
}

/** The article of median length: a typical single document. */
export function typicalArticle(articles) {
  const byLength = [...articles].sort((a, b) => a.text.length - b.text.length);
  return byLength[Math.floor(byLength.length / 2)];
}

/**
 * Concatenate articles (cycling through them if needed) into one document of at
 * least `minChars` characters, paragraph-separated like a real long article.
 */
export function buildDocument(articles, minChars, offset = 0) {
  const parts = [];
  let length = 0;
  for (let index = offset; length < minChars; index++) {
    const text = articles[index % articles.length].text;
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n');
}
