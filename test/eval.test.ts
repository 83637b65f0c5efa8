import { describe, expect, it } from 'vitest';
import {
  CAUSES, evaluate, formatReport, groupMisses, parseGold, parseKinds,
} from '../scripts/eval-core.mjs';
import type { GoldDoc, GoldQuote, PredictedQuote } from '../scripts/eval-core.mjs';

// Small made-up documents; every offset is found with indexOf so the
// expectations below depend only on the scoring rules.

interface Found { start: number; end: number; text: string }

function find(text: string, phrase: string, from = 0): Found {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`"${phrase}" is not in "${text}"`);
  return { start, end: start + phrase.length, text: phrase };
}

interface GoldExtra { speaker?: string | null; pronoun?: boolean; cue?: string | null }

function gold(text: string, phrase: string, kind: string, extra: GoldExtra = {}): GoldQuote {
  const mention = extra.speaker ? find(text, extra.speaker) : null;
  return {
    ...find(text, phrase), kind,
    speaker: mention && !extra.pronoun ? mention.text : null,
    speakerMention: mention,
    speakerIsPronoun: extra.pronoun ?? false,
    cueSpan: extra.cue ? find(text, extra.cue) : null,
  };
}

interface PredExtra { kind?: string; name?: string | null; mention?: string; cue?: string }

function pred(text: string, phrase: string, extra: PredExtra = {}): PredictedQuote {
  const hasSpeaker = extra.name !== undefined || extra.mention !== undefined;
  return {
    ...find(text, phrase),
    kind: extra.kind ?? 'direct',
    speaker: hasSpeaker ? { name: extra.name ?? null, mention: extra.mention ? find(text, extra.mention) : null } : null,
    cue: extra.cue ? find(text, extra.cue) : null,
  };
}

/** A prediction over [start, end) of `text`, for spans no phrase names. */
function predAt(text: string, start: number, end: number): PredictedQuote {
  return { start, end, text: text.slice(start, end), kind: 'direct', speaker: null, cue: null };
}

function answers(pairs: [GoldDoc, PredictedQuote[]][]) {
  const byText = new Map(pairs.map(([d, p]) => [d.text, p]));
  return (text: string) => byText.get(text) ?? [];
}

function causeCounts(result: ReturnType<typeof evaluate>) {
  return Object.fromEntries(groupMisses(result.misses).map((g) => [g.cause, g.count]));
}

const mayorText = 'Mayor Ann Lee said: "We will fix the roads by spring." She added: "Nobody should wait that long."';
const mayor: GoldDoc = {
  id: 'mayor',
  text: mayorText,
  quotes: [
    gold(mayorText, 'We will fix the roads by spring.', 'direct', { speaker: 'Mayor Ann Lee', cue: 'said' }),
    gold(mayorText, 'Nobody should wait that long.', 'direct', { speaker: 'She', pronoun: true, cue: 'added' }),
  ],
};

const councilText = 'The council called the budget "ambitious" and "fair," according to a memo. Officials believe the vote will pass.';
const council: GoldDoc = {
  id: 'council',
  text: councilText,
  quotes: [
    gold(councilText, 'the budget "ambitious" and "fair,"', 'mixed', { speaker: 'The council', cue: 'called' }),
    gold(councilText, 'the vote will pass', 'indirect', { speaker: 'Officials', cue: 'believe' }),
  ],
};

const signText = 'The sign read: "Closed for repairs." Nobody knew for how long.';
const sign: GoldDoc = { id: 'sign', text: signText, quotes: [gold(signText, 'Closed for repairs.', 'direct')] };

describe('evaluate: direct quotes (score.mjs rules)', () => {
  it('should give 1 everywhere when every quote, speaker and cue is right', () => {
    const r = evaluate([mayor], answers([[mayor, [
      pred(mayorText, 'We will fix the roads by spring.', { name: 'Ann Lee', mention: 'Ann Lee', cue: 'said' }),
      pred(mayorText, 'Nobody should wait that long.', { name: 'Ann Lee', mention: 'She', cue: 'added' }),
    ]]]));
    expect(r.metrics).toEqual({ quoteP: 1, quoteR: 1, quoteF1: 1, speakerAcc: 1, speakerAccFound: 1, cueAcc: 1, kindAcc: 1 });
    expect(r.misses).toEqual([]);
  });

  it('should count a missed gold quote against recall and an extra prediction against precision', () => {
    const r = evaluate([mayor], answers([[mayor, [
      pred(mayorText, 'Mayor Ann Lee'),
      pred(mayorText, 'We will fix the roads by spring.'),
    ]]]));
    expect(r.metrics.quoteP).toBe(0.5);
    expect(r.metrics.quoteR).toBe(0.5);
    expect(r.metrics.quoteF1).toBe(0.5);
    expect(r.metrics.speakerAcc).toBe(0);
    expect(r.metrics.cueAcc).toBe(0);
    expect(causeCounts(r)).toEqual({
      [CAUSES.missedNoCandidate]: 1,
      [CAUSES.extraNoGold]: 1,
      [CAUSES.speakerNull]: 1,
      [CAUSES.cueMissing]: 1,
    });
  });

  it('should match when the overlap covers exactly half of the prediction, and not one character less', () => {
    const g = sign.quotes[0]!;
    const len = g.end - g.start;
    const half = evaluate([sign], answers([[sign, [predAt(signText, g.start, g.end + len)]]]));
    expect(half.counts.goldFound).toBe(1);
    const under = evaluate([sign], answers([[sign, [predAt(signText, g.start, g.end + len + 1)]]]));
    expect(under.counts.goldFound).toBe(0);
    expect(causeCounts(under)).toEqual({ [CAUSES.missedSpan]: 1, [CAUSES.extraSpan]: 1 });
  });

  it('should not match when the overlap covers less than half of the gold quote', () => {
    const g = sign.quotes[0]!;
    const len = g.end - g.start;
    const r = evaluate([sign], answers([[sign, [predAt(signText, g.start, g.start + Math.floor(len / 2) - 1)]]]));
    expect(r.counts.goldFound).toBe(0);
    expect(r.metrics.quoteP).toBe(0);
  });

  it('should leave predictions inside gold records of other kinds out of precision', () => {
    const r = evaluate([mayor, council], answers([
      [mayor, [
        pred(mayorText, 'We will fix the roads by spring.'),
        pred(mayorText, 'Nobody should wait that long.'),
      ]],
      [council, [
        pred(councilText, 'ambitious', { kind: 'partial' }),
        pred(councilText, 'according to a memo'),
        pred(councilText, 'the vote will pass'),
      ]],
    ]));
    expect(r.counts).toMatchObject({ gold: 2, goldFound: 2, pred: 3, predCorrect: 2, predIgnored: 2 });
    expect(r.metrics.quoteP).toBeCloseTo(2 / 3, 12);
    expect(r.metrics.quoteR).toBe(1);
    expect(r.metrics.quoteF1).toBeCloseTo(0.8, 12);
  });

  it('should let an earlier gold record keep the prediction it matched', () => {
    const text = 'She said: "One two three.\n\n"Four." Then she sat down.';
    const doc: GoldDoc = { id: 'two-paragraphs', text, quotes: [gold(text, 'One two three.', 'direct'), gold(text, 'Four.', 'direct')] };
    const g0 = doc.quotes[0]!;
    const g1 = doc.quotes[1]!;
    const r = evaluate([doc], answers([[doc, [predAt(text, g0.start, g1.end)]]]));
    expect(r.counts).toMatchObject({ gold: 2, goldFound: 1, pred: 1, predCorrect: 1 });
    expect(causeCounts(r)).toEqual({ [CAUSES.missedTaken]: 1 });
  });

  it('should count an empty prediction as an extra quote that matches nothing', () => {
    const g = sign.quotes[0]!;
    const r = evaluate([sign], answers([[sign, [predAt(signText, g.start, g.start)]]]));
    expect(r.counts).toMatchObject({ gold: 1, goldFound: 0, pred: 1, predCorrect: 0 });
    expect(causeCounts(r)).toEqual({ [CAUSES.missedNoCandidate]: 1, [CAUSES.extraNoGold]: 1 });
  });
});

describe('evaluate: speakers, cues and kinds', () => {
  it('should accept an overlapping mention or a last name inside the gold mention, and nothing else', () => {
    const r = evaluate([mayor], answers([[mayor, [
      pred(mayorText, 'We will fix the roads by spring.', { name: 'Ann Lee', mention: 'She' }),
      pred(mayorText, 'Nobody should wait that long.', { name: 'Bob Smith', mention: 'Mayor Ann Lee' }),
    ]]]));
    expect(r.metrics.speakerAcc).toBe(0.5);
    expect(causeCounts(r)[CAUSES.speakerPronoun]).toBe(1);
  });

  it('should name the cause of each wrong speaker', () => {
    const r = evaluate([mayor, sign], answers([
      [mayor, [
        pred(mayorText, 'We will fix the roads by spring.', { name: 'Bob Smith', mention: 'She' }),
        pred(mayorText, 'Nobody should wait that long.'),
      ]],
      [sign, [pred(signText, 'Closed for repairs.', { name: 'Bob Smith', mention: 'The sign' })]],
    ]));
    expect(r.metrics.speakerAcc).toBe(0);
    expect(r.metrics.quoteR).toBe(1);
    expect(causeCounts(r)).toMatchObject({
      [CAUSES.speakerName]: 1,
      [CAUSES.speakerNull]: 1,
      [CAUSES.speakerExtra]: 1,
    });
  });

  it('should score speakerAcc over all gold quotes and speakerAccFound over found ones', () => {
    const r = evaluate([mayor, sign], answers([
      [mayor, [pred(mayorText, 'We will fix the roads by spring.', { name: 'Ann Lee', mention: 'Mayor Ann Lee' })]],
      [sign, [pred(signText, 'Closed for repairs.')]],
    ]));
    expect(r.counts).toMatchObject({ gold: 3, goldFound: 2, speakerRight: 2 });
    expect(r.metrics.speakerAcc).toBeCloseTo(2 / 3, 12);
    expect(r.metrics.speakerAccFound).toBe(1);
  });

  it('should score cues by overlap over found quotes that have a gold cue', () => {
    const r = evaluate([mayor, sign], answers([
      [mayor, [
        pred(mayorText, 'We will fix the roads by spring.', { cue: 'said:' }),
        pred(mayorText, 'Nobody should wait that long.', { cue: 'said' }),
      ]],
      [sign, [pred(signText, 'Closed for repairs.')]],
    ]));
    expect(r.counts).toMatchObject({ goldFound: 3, goldCue: 2, cueRight: 1 });
    expect(r.metrics.cueAcc).toBe(0.5);
    expect(causeCounts(r)[CAUSES.cueWrong]).toBe(1);
  });

  it('should count a direct quote labelled partial as found, with the wrong kind', () => {
    const r = evaluate([mayor], answers([[mayor, [
      pred(mayorText, 'We will fix the roads by spring.', { kind: 'partial' }),
      pred(mayorText, 'Nobody should wait that long.'),
    ]]]));
    expect(r.metrics.quoteR).toBe(1);
    expect(r.metrics.kindAcc).toBe(0.5);
    expect(causeCounts(r)[CAUSES.kindWrong]).toBe(1);
  });
});

describe('evaluate: partial quotes against mixed gold records', () => {
  it('should find a mixed record through the partial quotes inside it, all of them correct', () => {
    const r = evaluate([mayor, council], answers([
      [mayor, [pred(mayorText, 'We will fix the roads by spring.')]],
      [council, [
        pred(councilText, 'ambitious', { kind: 'partial', name: null, mention: 'The council', cue: 'called' }),
        pred(councilText, 'fair,', { kind: 'partial', name: null, mention: 'The council', cue: 'called' }),
        pred(councilText, 'according to a memo', { kind: 'partial' }),
      ]],
    ]), { kinds: ['partial'] });
    expect(r.counts).toMatchObject({ gold: 1, goldFound: 1, pred: 3, predCorrect: 2, predIgnored: 1 });
    expect(r.metrics).toMatchObject({ quoteR: 1, speakerAcc: 1, cueAcc: 1, kindAcc: 1 });
    expect(r.metrics.quoteP).toBeCloseTo(2 / 3, 12);
  });

  it('should miss a mixed record with no prediction mostly inside it', () => {
    const r = evaluate([council], answers([[council, [pred(councilText, 'ambitious" and "fair," according to a memo. Officials believe', { kind: 'partial' })]]]), { kinds: ['partial'] });
    expect(r.counts).toMatchObject({ gold: 1, goldFound: 0, pred: 1, predCorrect: 0 });
    expect(causeCounts(r)).toEqual({ [CAUSES.missedSpan]: 1, [CAUSES.extraSpan]: 1 });
  });

  it('should score both kinds together and break the figures down by kind', () => {
    const r = evaluate([mayor, council], answers([
      [mayor, [pred(mayorText, 'We will fix the roads by spring.')]],
      [council, [pred(councilText, 'ambitious', { kind: 'partial' })]],
    ]), { kinds: ['direct', 'partial'] });
    expect(r.counts).toMatchObject({ gold: 3, goldFound: 2, pred: 2, predCorrect: 2 });
    expect(r.counts.byKind).toEqual({
      direct: { gold: 2, goldFound: 1, pred: 1, predCorrect: 1 },
      mixed: { gold: 1, goldFound: 1, pred: 1, predCorrect: 1 },
    });
    expect(r.metrics.quoteP).toBe(1);
    expect(r.metrics.quoteR).toBeCloseTo(2 / 3, 12);
    expect(r.metrics.quoteF1).toBeCloseTo(0.8, 12);
  });
});

describe('evaluate: broken extractors', () => {
  it('should count a throw as a crash and every quote of that document as missed', () => {
    const r = evaluate([mayor, sign], (text) => {
      if (text === mayorText) throw new Error('boom');
      return [{ ...pred(signText, 'Closed for repairs.'), text: 'not the slice' }];
    });
    expect(r.counts).toMatchObject({ crashes: 1, badOffsets: 1, gold: 3, goldFound: 1 });
    expect(causeCounts(r)).toMatchObject({ [CAUSES.crash]: 1, [CAUSES.badOffsets]: 1, [CAUSES.missedNoCandidate]: 2 });
  });
});

describe('parseKinds', () => {
  it('should default to direct and accept a comma-separated list once each', () => {
    expect(parseKinds(undefined)).toEqual(['direct']);
    expect(parseKinds('partial,direct,partial')).toEqual(['partial', 'direct']);
  });

  it('should reject gold kind names and unknown kinds', () => {
    expect(() => parseKinds('mixed')).toThrow(/--kinds/);
    expect(() => parseKinds('')).toThrow(/--kinds/);
  });
});

describe('parseGold', () => {
  it('should read JSONL, skipping blank lines, and a JSON array', () => {
    const lines = [mayor, sign].map((d) => JSON.stringify(d));
    expect(parseGold(`${lines.join('\n')}\n\n`)).toEqual([mayor, sign]);
    expect(parseGold(JSON.stringify([mayor]))).toEqual([mayor]);
  });

  it('should say which line is broken', () => {
    expect(() => parseGold(`${JSON.stringify(mayor)}\n{oops`)).toThrow(/line 2/);
  });
});

describe('report', () => {
  const r = evaluate([mayor, sign], answers([
    [mayor, [pred(mayorText, 'Mayor Ann Lee'), pred(mayorText, 'We will fix the roads by spring.')]],
  ]));

  it('should group misses by cause in a fixed order, keeping a few examples', () => {
    const groups = groupMisses(r.misses, 1);
    expect(groups.map((g) => [g.cause, g.count, g.examples.length])).toEqual([
      [CAUSES.missedNoCandidate, 2, 1],
      [CAUSES.extraNoGold, 1, 1],
      [CAUSES.speakerNull, 1, 1],
      [CAUSES.cueMissing, 1, 1],
    ]);
  });

  it('should print the metrics, and the causes only when verbose', () => {
    const short = formatReport(r, { file: 'x.jsonl', kinds: ['direct'] });
    expect(short).toContain('P 0.500  R 0.333  F1 0.400');
    expect(short).not.toContain(CAUSES.extraNoGold);
    const long = formatReport(r, { file: 'x.jsonl', kinds: ['direct'], verbose: true, examples: 1 });
    expect(long).toContain(`${CAUSES.missedNoCandidate}: 2`);
    expect(long).toContain('mayor: gold “Nobody should wait that long.”');
  });
});

describe('evaluate: reported speech with speech cues (score.mjs --kinds indirect --pred-kinds indirect --speech-cues)', () => {
  const text = 'Mayor Ann Lee said the roads would be fixed. Lee believes the vote will pass. Lee did not say who would pay. The budget grew.';
  const doc: GoldDoc = {
    id: 'reported',
    text,
    quotes: [
      gold(text, 'the roads would be fixed', 'indirect', { speaker: 'Mayor Ann Lee', cue: 'said' }),
      gold(text, 'the vote will pass', 'indirect', { speaker: 'Lee believes', cue: 'believes' }),
      gold(text, 'who would pay', 'indirect', { speaker: 'Lee did', cue: 'say' }),
    ],
  };

  it('should require only records cued by a verb of saying, with a source, not negated', () => {
    const r = evaluate([doc], answers([[doc, [
      pred(text, 'the roads would be fixed', { kind: 'indirect', name: 'Ann Lee', mention: 'Mayor Ann Lee', cue: 'said' }),
      pred(text, 'the vote will pass', { kind: 'indirect' }),
      pred(text, 'who would pay', { kind: 'indirect' }),
      pred(text, 'The budget grew', { kind: 'indirect' }),
    ]]]), { kinds: ['indirect'], speechCues: true });
    expect(r.counts).toMatchObject({ gold: 1, goldFound: 1, pred: 2, predCorrect: 1, predIgnored: 2, speakerRight: 1 });
    expect(r.metrics.quoteP).toBe(0.5);
  });

  it('should require every indirect record without speech cues', () => {
    const r = evaluate([doc], answers([[doc, [pred(text, 'the roads would be fixed', { kind: 'indirect' })]]]), { kinds: ['indirect'] });
    expect(r.counts).toMatchObject({ gold: 3, goldFound: 1 });
  });

  it('should ask the extractor for the kinds it scores', () => {
    const asked: (readonly string[])[] = [];
    evaluate([doc], (_text, kinds) => {
      asked.push(kinds);
      return [];
    }, { kinds: ['indirect'] });
    expect(asked).toEqual([['indirect']]);
  });

  it('should parse indirect as a kind', () => {
    expect(parseKinds('direct,indirect')).toEqual(['direct', 'indirect']);
  });
});
