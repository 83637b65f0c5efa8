// @ts-check
// Entity-level scoring behind `npm run eval -- --entity-gold FILE`, kept apart
// from the CLI so it can be unit-tested. The rules are those of the reference
// scorer `entity-score.mjs` (beside the repository, in ../shared/eval), and the
// figures of both agree (test/eval-entity.test.ts checks it):
//
// Gold is JSONL, one document a line: {id, quotes: [...]}; the article text is
// not in it but comes from a corpus JSONL ({id, text} a line) or a folder of
// text files named by id. Each record has PolNeAR's start, end, text and kind,
// plus the answers: speaker (the fullest name, or null for an unnamed source),
// speakerAlternatives, speakerType (person, organization, unnamed, none), title
// (or null), titleAlternatives, and optional: true on quoted words that are not
// speech.
//   - Records are visited in document order; each takes the first unused
//     prediction that finds it. A direct (or any non-mixed) record is found by a
//     prediction overlapping half of each; a mixed record by a prediction with
//     half of its own length inside it, and then claims every such prediction.
//   - An optional record counts neither way; it claims the predictions with half
//     of their length inside it.
//   - Over found records: speaker is right when the predicted name equals the
//     gold speaker or an alternative after `norm` (case, punctuation, possessive
//     's and hyphens aside), or when both are null.
//   - Title is right when both are null; when gold is an organisation and the
//     predicted title is null; or when the predicted title and the gold title (or
//     an alternative) share at least 60% of their words both ways, after `norm`,
//     dropping articles and possessive pronouns and expanding abbreviations
//     (Sen. = senator, Gov. = governor, ...).
//   - Type is scored only on records whose speakerType is person or
//     organization: the predicted speaker.type must be the same.
//   - Figures are given per gold kind, per speakerType (records without one are
//     grouped as `named` or `unnamed`) and over all required records.

/**
 * @typedef {object} EntityGoldQuote
 * @property {number} start
 * @property {number} end
 * @property {string} [text]
 * @property {string} kind  `direct` or `mixed` (any other kind is matched as direct is)
 * @property {string | null} [speaker]
 * @property {string[]} [speakerAlternatives]
 * @property {string} [speakerType]  `person`, `organization`, `unnamed` or `none`
 * @property {string | null} [title]
 * @property {string[]} [titleAlternatives]
 * @property {boolean} [optional]
 */
/** @typedef {{ id: string, quotes: EntityGoldQuote[] }} EntityGoldDoc */
/** @typedef {EntityGoldDoc & { text: string }} EntityDoc */
/**
 * The parts of a predicted quote the scorer reads; the package's `Quote` fits it.
 * @typedef {object} EntityPrediction
 * @property {number} start
 * @property {number} end
 * @property {string} [rule]
 * @property {{ name: string | null, title?: string | null, type?: string, mention?: { text: string } | null } | null} speaker
 */
/** @typedef {(text: string) => readonly EntityPrediction[] | null | undefined} EntityExtractor */
/**
 * @typedef {object} Tally
 * @property {number} records  Required gold records.
 * @property {number} found  Of those, found by a prediction.
 * @property {number} speakerRight  Found records with the right speaker.
 * @property {number} titleRight  Found records with the right title.
 * @property {number} bothRight  Found records with both right.
 * @property {number} typed  Found records whose speakerType is person or organization.
 * @property {number} typeRight  Of those, with the right speaker.type.
 */
/**
 * @typedef {object} EntityFigures
 * @property {number} found  found / records
 * @property {number} speakerAcc  over found records
 * @property {number} titleAcc  over found records
 * @property {number} bothAcc  over found records
 * @property {number} typeAcc  over found records with a person or organization speakerType
 */
/**
 * @typedef {object} EntityResult
 * @property {number} docs
 * @property {number} optional  Optional records, not counted.
 * @property {number} crashes  Documents on which the extractor threw (their records count as missed).
 * @property {Tally} all
 * @property {EntityFigures} figures
 * @property {Record<string, Tally>} byKind  In the order the kinds first occur.
 * @property {Record<string, Tally>} bySpeakerType  In the order the types first occur.
 * @property {string[]} misses  `MISSED`, `SPEAKER`, `TITLE`, `TYPE` lines, sorted.
 */

/** Name normalisation: case, punctuation, possessive 's and hyphens aside. @param {string | null | undefined} s */
export const norm = (s) => (s ?? '').normalize('NFC').toLowerCase().replace(/[’']s\b/g, '')
  .replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();

/** Abbreviations read as the word they stand for, in titles. */
const TITLE_ABBREVIATIONS = new Map(Object.entries({
  sen: 'senator', gov: 'governor', rep: 'representative', prof: 'professor', dr: 'doctor', gen: 'general',
  lt: 'lieutenant', col: 'colonel', sgt: 'sergeant', pres: 'president', sec: 'secretary', atty: 'attorney',
}));
/** Words that never count in a title: articles and possessive pronouns. */
const TITLE_IGNORED = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my']);

/** @param {string | null | undefined} s @returns {string[]} */
const titleWords = (s) => norm(s).split(' ')
  .filter((w) => w && !TITLE_IGNORED.has(w))
  .map((w) => TITLE_ABBREVIATIONS.get(w) ?? w);

/**
 * Whether a predicted title matches one gold title: equal after normalising, or
 * sharing at least 60% of the words both ways (the gold side counted as a set,
 * the predicted side word by word, as the reference scorer does).
 * @param {string} goldTitle
 * @param {string} predicted
 */
export function titleMatches(goldTitle, predicted) {
  const g = titleWords(goldTitle);
  const p = titleWords(predicted);
  if (!g.length || !p.length) return false;
  if (g.join(' ') === p.join(' ')) return true;
  const goldSet = new Set(g);
  const shared = p.filter((w) => goldSet.has(w)).length;
  return shared / goldSet.size >= 0.6 && shared / p.length >= 0.6;
}

/** @param {EntityGoldQuote} g @param {string | null} predicted */
export function speakerRight(g, predicted) {
  if (g.speaker == null) return predicted == null;
  if (predicted == null) return false;
  const want = norm(predicted);
  return [g.speaker, ...(g.speakerAlternatives ?? [])].some((n) => n != null && norm(n) === want);
}

/** @param {EntityGoldQuote} g @param {string | null} predicted */
export function titleRight(g, predicted) {
  if (g.title == null) return predicted == null;
  if (predicted == null) return g.speakerType === 'organization';
  return [g.title, ...(g.titleAlternatives ?? [])].some((t) => t != null && titleMatches(t, predicted));
}

/** speakerTypes scored for `speaker.type`, and the type they want. */
const WANTED_TYPE = new Map([['person', 'person'], ['organization', 'organization']]);

/** @returns {Tally} */
const tally = () => ({ records: 0, found: 0, speakerRight: 0, titleRight: 0, bothRight: 0, typed: 0, typeRight: 0 });

/** @param {{ start: number, end: number }} a @param {{ start: number, end: number }} b */
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
/** Half or more of the prediction inside the gold record (never an empty prediction). */
const inside = (/** @type {EntityGoldQuote} */ g, /** @type {EntityPrediction} */ p) => {
  const o = overlap(g, p);
  return o > 0 && o / (p.end - p.start) >= 0.5;
};
/** Overlap covering half of each. */
const halfOfEach = (/** @type {EntityGoldQuote} */ g, /** @type {EntityPrediction} */ p) => inside(g, p)
  && overlap(g, p) / (g.end - g.start) >= 0.5;

/** @param {number} a @param {number} b */
const ratio = (a, b) => (b ? a / b : 0);

/** @param {Tally} t @returns {EntityFigures} */
export const figuresOf = (t) => ({
  found: ratio(t.found, t.records),
  speakerAcc: ratio(t.speakerRight, t.found),
  titleAcc: ratio(t.titleRight, t.found),
  bothAcc: ratio(t.bothRight, t.found),
  typeAcc: ratio(t.typeRight, t.typed),
});

/**
 * Runs `extract` on every document's text and scores the speakers and titles
 * against the entity gold.
 * @param {readonly EntityDoc[]} docs
 * @param {EntityExtractor} extract
 * @returns {EntityResult}
 */
export function scoreEntities(docs, extract) {
  /** @type {Record<string, Tally>} */
  const byKind = {};
  /** @type {Record<string, Tally>} */
  const bySpeakerType = {};
  /** @type {string[]} */
  const misses = [];
  let optional = 0;
  let crashes = 0;

  for (const doc of docs) {
    /** @type {readonly EntityPrediction[]} */
    let preds;
    try {
      preds = extract(doc.text) ?? [];
    } catch (e) {
      crashes++;
      misses.push(`CRASH    ${doc.id}: ${/** @type {Error} */ (e).message}`);
      preds = [];
    }
    /** @type {Set<number>} */
    const used = new Set();
    const claimInside = (/** @type {EntityGoldQuote} */ g) => preds.forEach((p, i) => { if (inside(g, p)) used.add(i); });

    for (const g of doc.quotes) {
      if (g.optional) {
        optional++;
        claimInside(g);
        continue;
      }
      const groups = [
        (byKind[g.kind] ??= tally()),
        (bySpeakerType[g.speakerType ?? (g.speaker ? 'named' : 'unnamed')] ??= tally()),
      ];
      const add = (/** @type {keyof Tally} */ key) => { for (const t of groups) t[key]++; };
      add('records');
      const text = g.text ?? doc.text.slice(g.start, g.end);
      const where = `${doc.id}@${g.start} "${text.slice(0, 40).replace(/\s+/g, ' ')}"`;
      const finds = g.kind === 'mixed' ? inside : halfOfEach;
      const pi = preds.findIndex((p, i) => !used.has(i) && finds(g, p));
      if (pi < 0) {
        misses.push(`MISSED   ${where}`);
        continue;
      }
      used.add(pi);
      if (g.kind === 'mixed') claimInside(g);
      add('found');
      const p = /** @type {EntityPrediction} */ (preds[pi]);
      const name = p.speaker?.name ?? null;
      const title = p.speaker?.title ?? null;
      const wantType = g.speakerType === undefined ? undefined : WANTED_TYPE.get(g.speakerType);
      if (wantType) {
        add('typed');
        if (p.speaker?.type === wantType) add('typeRight');
        else misses.push(`TYPE     ${where} want ${wantType} got ${p.speaker?.type ?? null} [${g.speaker}]`);
      }
      const spk = speakerRight(g, name);
      const ttl = titleRight(g, title);
      if (spk) add('speakerRight');
      else misses.push(`SPEAKER  ${where} want ${g.speaker} got ${name} (mention "${p.speaker?.mention?.text ?? ''}", ${p.rule})`);
      if (ttl) add('titleRight');
      else misses.push(`TITLE    ${where} want ${g.title} got ${title} [${g.speaker}]`);
      if (spk && ttl) add('bothRight');
    }
  }

  const all = tally();
  for (const t of Object.values(byKind)) {
    for (const key of /** @type {(keyof Tally)[]} */ (Object.keys(all))) all[key] += t[key];
  }
  return { docs: docs.length, optional, crashes, all, figures: figuresOf(all), byKind, bySpeakerType, misses: misses.sort() };
}

/**
 * Reads entity gold: JSONL, one {id, quotes} a line (blank lines skipped).
 * @param {string} raw
 * @returns {EntityGoldDoc[]}
 */
export function parseEntityGold(raw) {
  return raw.split('\n').map((line, i) => [line, i + 1]).filter(([line]) => String(line).trim())
    .map(([line, n]) => {
      /** @type {unknown} */
      let doc;
      try {
        doc = JSON.parse(String(line));
      } catch (e) {
        // Object.assign because the project's lib (ES2020) has no ErrorOptions.
        throw Object.assign(new Error(`line ${n}: ${/** @type {Error} */ (e).message}`), { cause: e });
      }
      const d = /** @type {{ id?: unknown, quotes?: unknown }} */ (doc);
      if (typeof d?.id !== 'string' || !Array.isArray(d.quotes)) throw new Error(`line ${n}: expected {"id": string, "quotes": [...]}`);
      return /** @type {EntityGoldDoc} */ (doc);
    });
}

/** @param {number} a @param {number} b */
const r3 = (a, b) => (b ? (a / b).toFixed(3) : '  -  ');

/**
 * The report printed by `npm run eval -- --entity-gold FILE`: the reference
 * scorer's table and summary line, under a header naming the files.
 * @param {EntityResult} result
 * @param {{ file: string, texts: string, verbose?: boolean }} how
 * @returns {string}
 */
export function formatEntityReport(result, how) {
  const row = (/** @type {string} */ k, /** @type {Tally} */ t) => `${k.padEnd(16)} ${String(t.records).padStart(7)} ${r3(t.found, t.records)}`
    + `  ${r3(t.speakerRight, t.found)}  ${r3(t.titleRight, t.found)}  ${r3(t.bothRight, t.found)}  ${r3(t.typeRight, t.typed)}`;
  const a = result.all;
  const lines = [
    `${how.file}: ${result.docs} documents, texts from ${how.texts}; ${a.records} records scored`
      + ` (+${result.optional} optional, not counted); speaker, title, both and type over found records`,
    'group            records found  speaker title  both   type',
    ...Object.entries(result.byKind).map(([k, t]) => row(k, t)),
    ...Object.entries(result.bySpeakerType).map(([k, t]) => row(`  ${k}`, t)),
    `records=${a.records} found=${r3(a.found, a.records)} speakerAcc=${r3(a.speakerRight, a.found)}`
      + ` titleAcc=${r3(a.titleRight, a.found)} bothAcc=${r3(a.bothRight, a.found)} typeAcc=${r3(a.typeRight, a.typed)}`,
  ];
  if (result.crashes) lines.push(`crashes  ${result.crashes}`);
  if (how.verbose) lines.push('', 'misses:', ...result.misses.map((m) => `  ${m}`));
  return lines.join('\n');
}
