import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatEntityReport, parseEntityGold, scoreEntities, titleMatches,
} from '../scripts/eval-entity.mjs';
import type { EntityDoc, EntityGoldQuote, EntityPrediction, Tally } from '../scripts/eval-entity.mjs';

// Entity-level scoring (`npm run eval -- --entity-gold FILE`) must give the
// figures of the reference scorer ../shared/eval/entity-score.mjs. The documents
// below are invented; every offset is found with indexOf. The expected figures
// were worked out by hand from the rules, so the test means something where
// ../shared is absent (CI); where it is present, the reference scorer is run on
// the same documents and predictions too.

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const referenceScorer = resolve(repoRoot, '..', 'shared', 'eval', 'entity-score.mjs');
const hasReference = existsSync(referenceScorer);

function at(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in "${text}"`);
  return { start, end: start + phrase.length };
}

type Answer = Omit<EntityGoldQuote, 'start' | 'end' | 'text' | 'kind'>;
const gold = (text: string, phrase: string, kind: string, answer: Answer): EntityGoldQuote => ({ ...at(text, phrase), text: phrase, kind, ...answer });

interface Said { name: string | null; title: string | null; type: 'person' | 'organization' }
const pred = (text: string, phrase: string, said: Said | null): EntityPrediction & { text: string; kind: string } => ({
  ...at(text, phrase), text: phrase, kind: 'direct', rule: 'test',
  speaker: said && { ...said, mention: { text: said.name ?? 'someone' } },
});

const harbourText = 'Harbour master Pia Lund said the port would reopen. "We are ready," Lund said. Her deputy, Tomas Berg, '
  + 'called the delay "regrettable but brief." Sen. Ada Moss agreed: "The port matters." The Port Authority, '
  + 'operator of the harbour, said it was "on schedule." Fans chanted "Go Port Go" at the gate.';
const councilText = 'A city spokesman said: "The vote is Tuesday." Mayor Joan Reyes, the city\'s first female mayor, said: '
  + '"I will vote yes." "No comment," the clerk said.';
const familyText = 'Bill Okafor and his sister, Grace Okafor, spoke at the fair. "We disagree," Okafor said.';

const docs: EntityDoc[] = [
  {
    id: 'harbour', text: harbourText, quotes: [
      gold(harbourText, 'We are ready,', 'direct', { speaker: 'Pia Lund', speakerType: 'person', title: 'Harbour master' }),
      gold(harbourText, 'the delay "regrettable but brief."', 'mixed', { speaker: 'Tomas Berg', speakerType: 'person', title: 'deputy' }),
      gold(harbourText, 'The port matters.', 'direct', { speaker: 'Ada Moss', speakerType: 'person', title: 'Senator' }),
      gold(harbourText, 'it was "on schedule."', 'mixed', {
        speaker: 'Port Authority', speakerAlternatives: ['The Port Authority'], speakerType: 'organization', title: 'operator of the harbour',
      }),
      gold(harbourText, 'Go Port Go', 'direct', { speaker: null, speakerType: 'none', title: null, optional: true }),
    ],
  },
  {
    id: 'council', text: councilText, quotes: [
      gold(councilText, 'The vote is Tuesday.', 'direct', { speaker: null, speakerType: 'unnamed', title: 'city spokesman' }),
      gold(councilText, 'I will vote yes.', 'direct', {
        speaker: 'Joan Reyes', speakerAlternatives: ['Joan M. Reyes'], speakerType: 'person', title: 'Mayor', titleAlternatives: ['city\'s first female mayor'],
      }),
      gold(councilText, 'No comment,', 'direct', { speaker: null, speakerType: 'unnamed', title: 'clerk' }),
    ],
  },
  {
    id: 'family', text: familyText, quotes: [
      gold(familyText, 'We disagree,', 'direct', { speaker: 'Grace Okafor', speakerType: 'person', title: 'sister' }),
    ],
  },
];

const predictions = new Map<string, ReturnType<typeof pred>[]>([
  [harbourText, [
    pred(harbourText, 'We are ready,', { name: 'Pia Lund', title: 'harbour master', type: 'person' }),
    // partial quotes inside the mixed records find them
    pred(harbourText, 'regrettable but brief.', { name: 'Tomas Berg', title: 'deputy director', type: 'person' }),
    pred(harbourText, 'The port matters.', { name: 'Ada Moss', title: 'Sen.', type: 'person' }),
    pred(harbourText, 'on schedule.', { name: 'The Port Authority\'s', title: null, type: 'organization' }),
    pred(harbourText, 'Go Port Go', null),
  ]],
  [councilText, [
    pred(councilText, 'The vote is Tuesday.', { name: null, title: 'spokesman', type: 'person' }),
    pred(councilText, 'I will vote yes.', { name: 'Joan Reyes', title: 'the city\'s first female mayor', type: 'organization' }),
  ]],
  [familyText, [pred(familyText, 'We disagree,', { name: 'Bill Okafor', title: null, type: 'person' })]],
]);
const canned = (text: string) => predictions.get(text) ?? [];

const t = (records: number, found: number, speakerRight: number, titleRight: number, bothRight: number, typed: number, typeRight: number): Tally => ({
  records, found, speakerRight, titleRight, bothRight, typed, typeRight,
});

// Worked out by hand, record by record:
//   harbour  We are ready     direct  found; speaker, title (case aside), type right
//            regrettable…     mixed   found by a partial inside it; title "deputy director" vs "deputy": 1 of 2 words < 60%
//            The port matters direct  found; "Sen." = "Senator"
//            on schedule      mixed   found; "The Port Authority's" = an alternative ('s aside); null title right for an organisation
//            Go Port Go       optional: not counted
//   council  The vote is…     direct  found; both speakers null: right; title "spokesman" vs "city spokesman": 1 of 2 < 60%; no type scored
//            I will vote yes  direct  found; title = an alternative (article and 's aside); type organization for a person: wrong
//            No comment       direct  missed
//   family   We disagree      direct  found; the wrong relative: speaker wrong; null title for a person: wrong
const expected = {
  all: t(8, 7, 6, 4, 4, 6, 5),
  byKind: { direct: t(6, 5, 4, 3, 3, 4, 3), mixed: t(2, 2, 2, 1, 1, 2, 2) },
  bySpeakerType: { person: t(5, 5, 4, 3, 3, 5, 4), organization: t(1, 1, 1, 1, 1, 1, 1), unnamed: t(2, 1, 1, 0, 0, 0, 0) },
  figures: { found: 7 / 8, speakerAcc: 6 / 7, titleAcc: 4 / 7, bothAcc: 4 / 7, typeAcc: 5 / 6 },
};

describe('scoreEntities on invented documents (figures worked out by hand)', () => {
  const result = scoreEntities(docs, canned);

  it('should count found, speaker, title, both and type as worked out by hand', () => {
    expect(result.all).toEqual(expected.all);
    expect(result.figures).toEqual(expected.figures);
    expect(result.optional).toBe(1);
    expect(result.crashes).toBe(0);
  });

  it('should break the figures down per kind and per speaker type, in the order they occur', () => {
    expect(result.byKind).toEqual(expected.byKind);
    expect(Object.keys(result.byKind)).toEqual(['direct', 'mixed']);
    expect(result.bySpeakerType).toEqual(expected.bySpeakerType);
    expect(Object.keys(result.bySpeakerType)).toEqual(['person', 'organization', 'unnamed']);
  });

  it('should list each miss once, sorted', () => {
    expect(result.misses).toEqual([
      `MISSED   council@${at(councilText, 'No comment,').start} "No comment,"`,
      `SPEAKER  family@${at(familyText, 'We disagree,').start} "We disagree," want Grace Okafor got Bill Okafor (mention "Bill Okafor", test)`,
      `TITLE    council@${at(councilText, 'The vote is Tuesday.').start} "The vote is Tuesday." want city spokesman got spokesman [null]`,
      `TITLE    family@${at(familyText, 'We disagree,').start} "We disagree," want sister got null [Grace Okafor]`,
      `TITLE    harbour@${at(harbourText, 'the delay').start} "the delay "regrettable but brief."" want deputy got deputy director [Tomas Berg]`,
      `TYPE     council@${at(councilText, 'I will vote yes.').start} "I will vote yes." want person got organization [Joan Reyes]`,
    ]);
  });

  it('should print the summary line of the reference scorer', () => {
    const report = formatEntityReport(result, { file: 'gold.jsonl', texts: 'texts/' });
    expect(report).toContain('records=8 found=0.875 speakerAcc=0.857 titleAcc=0.571 bothAcc=0.571 typeAcc=0.833');
    expect(report).toContain('mixed                  2 1.000  1.000  0.500  0.500  1.000');
    expect(report).toContain('  unnamed              2 0.500  1.000  0.000  0.000    -  ');
    expect(report).not.toContain('MISSED');
    expect(formatEntityReport(result, { file: 'gold.jsonl', texts: 'texts/', verbose: true })).toContain('  MISSED   council@');
  });

  it('should let a mixed record claim every prediction inside it, and an optional record those inside it', () => {
    const text = 'She called it "odd" and "late." "Odd," she said.';
    const doc: EntityDoc = {
      id: 'claims', text, quotes: [
        gold(text, 'it "odd" and "late."', 'mixed', { speaker: null, speakerType: 'unnamed', title: null }),
        // found by no prediction: "late." was claimed by the mixed record
        gold(text, 'late.', 'direct', { speaker: null, speakerType: 'unnamed', title: null }),
      ],
    };
    const r = scoreEntities([doc], () => [pred(text, 'odd', null), pred(text, 'late.', null)]);
    expect(r.all).toEqual(t(2, 1, 1, 1, 1, 0, 0));
    const optional: EntityDoc = { ...doc, quotes: [{ ...doc.quotes[0]!, optional: true }, doc.quotes[1]!] };
    expect(scoreEntities([optional], () => [pred(text, 'late.', null)]).all).toEqual(t(1, 0, 0, 0, 0, 0, 0));
  });

  it('should count a throwing extractor as a crash, its records missed', () => {
    const r = scoreEntities(docs, (text) => {
      if (text === familyText) throw new Error('boom');
      return canned(text);
    });
    expect(r.crashes).toBe(1);
    expect(r.all).toEqual(t(8, 6, 6, 4, 4, 5, 4));
    expect(r.misses).toContain('CRASH    family: boom');
  });
});

describe('titleMatches', () => {
  it.each([
    ['Senator', 'Sen.', true],
    ['Gov.', 'governor', true],
    ['his wife', 'wife', true],
    ['the chief executive', 'chief executive officer', true],
    ['director of the institute', 'director', false],
    ['city spokesman', 'spokesman', false],
    ['', 'mayor', false],
    ['the', 'the', false],
  ])('%j vs %j: %s', (g, p, want) => {
    expect(titleMatches(g, p)).toBe(want);
  });
});

describe('parseEntityGold', () => {
  it('should read JSONL, skipping blank lines, and say which line is broken', () => {
    const lines = docs.map(({ id, quotes }) => JSON.stringify({ id, quotes }));
    expect(parseEntityGold(`${lines.join('\n')}\n\n`).map((d) => d.id)).toEqual(['harbour', 'council', 'family']);
    expect(() => parseEntityGold(`${lines[0]}\n{oops`)).toThrow(/line 2/);
    expect(() => parseEntityGold('{"id": "x"}')).toThrow(/line 1: expected/);
  });
});

interface Run { code: number | null; stdout: string; stderr: string }
function run(args: string[], cwd = repoRoot): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}
const evalScript = join(repoRoot, 'scripts', 'eval.mjs');

interface ReferenceTally { n: number; found: number; spk: number; ttl: number; both: number; typed: number; typeOk: number }
interface ReferenceResult {
  records: number; found: number; speakerAcc: number; titleAcc: number; bothAcc: number; typeAcc: number;
  byKind: Record<string, ReferenceTally>; bySpeakerType: Record<string, ReferenceTally>;
}
const asReference = (x: Tally): ReferenceTally => ({
  n: x.records, found: x.found, spk: x.speakerRight, ttl: x.titleRight, both: x.bothRight, typed: x.typed, typeOk: x.typeRight,
});
const round3 = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Number(v.toFixed(3))]));

let work: string;
let goldFile: string;
let corpusFile: string;
let textsDir: string;
let fakePkg: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'quote-attribution-entity-'));
  goldFile = join(work, 'entity.jsonl');
  writeFileSync(goldFile, `${docs.map(({ id, quotes }) => JSON.stringify({ id, quotes })).join('\n')}\n`);
  corpusFile = join(work, 'corpus.jsonl');
  writeFileSync(corpusFile, `${docs.map(({ id, text }) => JSON.stringify({ id, text })).join('\n')}\n`);
  // named by id, as the reference scorer reads them
  textsDir = join(work, 'texts');
  mkdirSync(textsDir);
  for (const d of docs) writeFileSync(join(textsDir, d.id), d.text);
  // a stand-in package whose extractQuotes returns the canned predictions
  fakePkg = join(work, 'fake-pkg');
  mkdirSync(fakePkg);
  writeFileSync(join(fakePkg, 'package.json'), JSON.stringify({ name: 'fake', type: 'module', exports: './index.js' }));
  writeFileSync(join(fakePkg, 'index.js'), `const answers = new Map(${JSON.stringify([...predictions])});\n`
    + 'export function extractQuotes(text) { return answers.get(text) ?? []; }\n');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run eval -- --entity-gold', () => {
  it('should score the built package as scoreEntities does, with texts from --corpus or from ID.txt files', async () => {
    const { extractQuotes } = await import(pathToFileURL(join(repoRoot, 'dist', 'index.js')).href) as { extractQuotes: (t: string) => EntityPrediction[] };
    const want = scoreEntities(docs, extractQuotes);
    const dotTxt = join(work, 'dot-txt');
    mkdirSync(dotTxt);
    for (const d of docs) writeFileSync(join(dotTxt, `${d.id}.txt`), d.text);
    for (const texts of [['--corpus', corpusFile], ['--texts', dotTxt]]) {
      const r = await run([evalScript, '--entity-gold', goldFile, ...texts, '--json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const got = JSON.parse(r.stdout) as { records: number; counts: Tally; byKind: unknown; bySpeakerType: unknown };
      expect(got.records).toBe(8);
      expect(got.counts).toEqual(want.all);
      expect(got.byKind).toEqual(want.byKind);
      expect(got.bySpeakerType).toEqual(want.bySpeakerType);
    }
  });

  it.each([
    ['the entity gold', () => ['--entity-gold', join(work, 'none.jsonl'), '--corpus', corpusFile], 'entity gold not found'],
    ['the corpus', () => ['--entity-gold', goldFile, '--corpus', join(work, 'none.jsonl')], 'corpus not found'],
    ['the texts folder', () => ['--entity-gold', goldFile, '--texts', join(work, 'none')], 'texts folder not found'],
    ['a document\'s text', () => ['--entity-gold', goldFile, '--texts', work], 'no text for document harbour'],
  ])('should exit 1 with a message when %s is missing', async (_what, args, message) => {
    const r = await run([evalScript, ...args()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('should want exactly one of --corpus and --texts, and no PolNeAR options', async () => {
    for (const args of [[], ['--corpus', corpusFile, '--texts', textsDir], ['--corpus', corpusFile, '--kinds', 'partial']]) {
      const r = await run([evalScript, '--entity-gold', goldFile, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--entity-gold|--kinds/);
    }
  });
});

describe.runIf(hasReference)('agreement with ../shared/eval/entity-score.mjs (run only where it exists)', () => {
  it('should give the same figures on the invented documents and canned predictions, to 3 decimals', async () => {
    for (const texts of [['--texts', textsDir], ['--corpus', corpusFile]]) {
      const r = await run([referenceScorer, '--pkg', fakePkg, ...texts, goldFile, '--json']);
      expect(r.code).toBe(0);
      const ref = JSON.parse(r.stdout) as ReferenceResult;
      const ours = scoreEntities(docs, canned);
      expect(ref.records).toBe(ours.all.records);
      expect(round3({ found: ref.found, speakerAcc: ref.speakerAcc, titleAcc: ref.titleAcc, bothAcc: ref.bothAcc, typeAcc: ref.typeAcc }))
        .toEqual(round3({ ...ours.figures }));
      expect(ref.byKind).toEqual(Object.fromEntries(Object.entries(ours.byKind).map(([k, v]) => [k, asReference(v)])));
      expect(ref.bySpeakerType).toEqual(Object.fromEntries(Object.entries(ours.bySpeakerType).map(([k, v]) => [k, asReference(v)])));
    }
  });

  it('should print the same table and the same misses as npm run eval on the built package', async () => {
    const ref = await run([referenceScorer, '--pkg', repoRoot, '--corpus', corpusFile, goldFile, '--verbose']);
    const ours = await run([evalScript, '--entity-gold', goldFile, '--corpus', corpusFile, '--verbose']);
    expect(ours.code).toBe(0);
    const refLines = ref.stdout.trimEnd().split('\n');
    const ourLines = ours.stdout.trimEnd().split('\n');
    const isMiss = (l: string) => /^(?:MISSED|SPEAKER|TITLE|TYPE) /.test(l);
    expect(ourLines.filter((l) => l.startsWith('  ') && isMiss(l.slice(2))).map((l) => l.slice(2))).toEqual(refLines.filter(isMiss));
    const table = refLines.filter((l) => !isMiss(l));
    expect(table.at(-1)).toMatch(/^records=8 /);
    for (const line of table) expect(ourLines).toContain(line);
  });
});
