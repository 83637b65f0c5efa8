// @ts-check
// Scoring logic behind `npm run eval`, kept apart from the CLI so it can be unit-tested.
//
// Gold is PolNeAR-style JSONL (one document per line: {id, text, quotes:[...]}).
// Direct quotes are matched exactly as the reference scorer (score.mjs) does with
// `--kinds direct --speaker-mode mention`, so the headline figures of both agree:
//   - a prediction matches a gold record when their overlap covers half of each;
//   - gold records are visited in document order and each takes the first unused
//     prediction that matches it, whether or not its kind is being scored;
//   - gold records of kinds not being scored are optional: a prediction with half
//     of its own length inside one is left out of precision altogether.
// Partial quotes (our `partial`, gold `mixed`) need a different rule, because a
// mixed gold record is the whole annotated content ("that voting fraud is “a big
// problem”") while our partial quote is only the quoted words inside it:
//   - a mixed gold record is found when at least one unused prediction has half
//     or more of its own length inside it; every such prediction is claimed by
//     the record and counts as correct for precision;
//   - the first of them stands for the record in speaker and cue scoring.
// Reported speech (our `indirect`, gold `indirect`) is matched as direct quotes are,
// and the extractor is then asked for the kinds scored, as score.mjs's --pred-kinds
// does. With `speechCues` (score.mjs --speech-cues), only indirect records cued by a
// verb of saying or "according to", with an annotated source and not negated, are
// required; the rest are optional.

/** @typedef {{ start: number, end: number }} Range */
/** @typedef {{ start: number, end: number, text: string }} GoldSpan */
/**
 * @typedef {object} GoldQuote
 * @property {number} start
 * @property {number} end
 * @property {string} text
 * @property {string} kind `direct`, `mixed` or `indirect`
 * @property {string | null} [speaker]
 * @property {GoldSpan | null} [speakerMention]
 * @property {boolean} [speakerIsPronoun]
 * @property {GoldSpan | null} [cueSpan]
 */
/** @typedef {{ id: string, text: string, quotes: GoldQuote[] }} GoldDoc */
/**
 * The parts of a predicted quote the scorer reads; the package's `Quote` fits it.
 * @typedef {object} PredictedQuote
 * @property {number} start
 * @property {number} end
 * @property {string} text
 * @property {string} kind
 * @property {{ name: string | null, mention?: Range | null } | null} speaker
 * @property {Range | null} cue
 */
/**
 * Called with the text and the kinds being scored (an extractor may ignore them).
 * @typedef {(text: string, kinds: readonly OurKind[]) => readonly PredictedQuote[] | null | undefined} Extractor
 */
/** @typedef {'direct' | 'partial' | 'indirect'} OurKind */
/**
 * @typedef {object} Miss
 * @property {string} cause
 * @property {string} docId
 * @property {string | null} gold  Gold quote text (shortened), when the miss concerns one.
 * @property {string | null} predicted  Predicted quote text (shortened), when there is one.
 * @property {string | null} note  What was expected and what came back.
 */
/**
 * @typedef {object} KindCounts
 * @property {number} gold  Gold records of this gold kind that are scored.
 * @property {number} goldFound
 * @property {number} pred  Counted predictions of the matching predicted kind.
 * @property {number} predCorrect
 */
/**
 * @typedef {object} Counts
 * @property {number} docs
 * @property {number} gold  Gold records scored (of the selected kinds).
 * @property {number} goldFound  Of those, matched by a prediction.
 * @property {number} pred  Predictions counted for precision.
 * @property {number} predCorrect  Of those, matched to a gold record.
 * @property {number} predIgnored  Predictions lying mostly inside a gold record of a kind not scored.
 * @property {number} speakerRight  Found gold records whose speaker is right.
 * @property {number} goldCue  Found gold records with an annotated cue.
 * @property {number} cueRight  Of those, the predicted cue overlaps the gold cue.
 * @property {number} kindRight  Found gold records whose predicted kind maps to the gold kind.
 * @property {number} badOffsets  Predictions whose text is not input.slice(start, end).
 * @property {number} crashes  Documents on which the extractor threw.
 * @property {Record<string, KindCounts>} byKind  Keyed by gold kind (`direct`, `mixed`).
 */
/**
 * @typedef {object} Metrics
 * @property {number} quoteP
 * @property {number} quoteR
 * @property {number} quoteF1
 * @property {number} speakerAcc  Right speakers over all scored gold records (score.mjs's definition).
 * @property {number} speakerAccFound  Right speakers over found gold records.
 * @property {number} cueAcc  Right cues over found gold records that have a gold cue.
 * @property {number} kindAcc  Right kinds over found gold records.
 */
/** @typedef {{ metrics: Metrics, counts: Counts, misses: Miss[] }} EvalResult */

/** Our quote kinds and the gold kind each is scored against. */
export const GOLD_KIND = Object.freeze({ direct: 'direct', partial: 'mixed', indirect: 'indirect' });

/** Causes reported by {@link evaluate}, in the order they are listed. */
export const CAUSES = Object.freeze({
  crash: 'extractor threw',
  badOffsets: 'prediction text is not input.slice(start, end)',
  missedNoCandidate: 'missed quote (no candidate)',
  missedSpan: 'missed quote (span mismatch)',
  missedTaken: 'missed quote (overlapping prediction matched another gold record)',
  extraSpan: 'extra quote (overlaps a gold record, span mismatch)',
  extraNoGold: 'extra quote (no gold record there)',
  speakerNull: 'speaker null when gold has one',
  speakerPronoun: 'speaker wrong: pronoun gold',
  speakerName: 'speaker wrong: name gold',
  speakerExtra: 'speaker given when gold has none',
  cueMissing: 'cue null when gold has one',
  cueWrong: 'cue wrong',
  kindWrong: 'kind wrong',
});

/**
 * Parses `--kinds` ("direct,partial"); throws on an unknown kind.
 * @param {string | undefined} value
 * @returns {OurKind[]}
 */
export function parseKinds(value) {
  if (value === undefined) return ['direct'];
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !Object.prototype.hasOwnProperty.call(GOLD_KIND, k));
  if (bad.length || !kinds.length) {
    throw new Error(`--kinds: expected a comma-separated list of ${Object.keys(GOLD_KIND).join(', ')}; got "${value}"`);
  }
  return /** @type {OurKind[]} */ ([...new Set(kinds)]);
}

/**
 * Reads gold documents from JSONL (or a JSON array, as score.mjs also accepts).
 * @param {string} raw
 * @returns {GoldDoc[]}
 */
export function parseGold(raw) {
  const trimmed = raw.trim();
  if (trimmed.startsWith('[')) return JSON.parse(trimmed);
  return trimmed.split('\n').filter((line) => line.trim()).map((line, i) => {
    try {
      return JSON.parse(line);
    } catch (e) {
      // Object.assign because the project's lib (ES2020) has no ErrorOptions.
      throw Object.assign(new Error(`line ${i + 1}: ${/** @type {Error} */ (e).message}`), { cause: e });
    }
  });
}

// norm and lastTok are score.mjs's, character for character: the mention-mode
// speaker rule depends on them and the figures must agree.
/** @param {string | null | undefined} s */
const norm = (s) => (s ?? '').normalize('NFC').toLowerCase().replace(/[’']s\b/g, '')
  .replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
/** @param {string | null | undefined} s */
const lastTok = (s) => norm(s).split(' ').pop();

// SAY_VERBS, inflect, speechCue and negatedCue are score.mjs's --speech-cues rules (its groups made non-capturing), to agree with it.
const SAY_VERBS = `say tell add argue claim note warn insist explain announce report write suggest acknowledge deny admit
  declare state assert contend maintain predict confirm concede recall reiterate stress emphasize emphasise reveal disclose
  testify tweet promise vow pledge allege complain conclude reply respond answer indicate mention remind assure caution
  observe point boast speculate estimate agree charge counter hint inform threaten`.split(/\s+/);
/** @type {Record<string, string[]>} */
const IRREGULAR = { say: ['said'], tell: ['told'], write: ['wrote', 'written'], tweet: ['tweeted'], hint: ['hinted'] };
/** @param {string} v */
const inflect = (v) => {
  const stem = v.endsWith('e') ? v.slice(0, -1) : v;
  const double = /^(?:admit|commit|regret|refer|occur)$/.test(v) ? v + v.at(-1) : null;
  const forms = [v, v + 's', v + 'es', stem + 'ed', stem + 'ing', v + 'ed', v + 'ing', ...(IRREGULAR[v] ?? [])];
  if (v.endsWith('y') && !/[aeiou]y$/.test(v)) forms.push(v.slice(0, -1) + 'ies', v.slice(0, -1) + 'ied');
  if (double) forms.push(double + 'ed', double + 'ing');
  return forms;
};
const SAY_FORMS = new Set(SAY_VERBS.flatMap(inflect));
/** @param {GoldQuote & { cue?: string | null }} q */
const speechCue = (q) => {
  const c = (q.cue ?? q.cueSpan?.text ?? '').toLowerCase();
  return /\baccording to\b/.test(c) || c.split(/[^a-z]+/).some((w) => SAY_FORMS.has(w));
};
/** @param {string} text @param {GoldQuote & { cue?: string | null }} q */
const negatedCue = (text, q) => {
  const s = q.cueSpan?.start ?? -1;
  const c = (q.cue ?? '').toLowerCase();
  return /\b(?:not|never)\b|n[’']t\b/.test(c) || (s >= 0 && /\b(?:not|never)\s+(?:\w+\s+)?$|n[’']t\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, s - 24), s)));
};

/**
 * Whether an indirect gold record is reported speech as `--speech-cues` counts it.
 * @param {GoldDoc} doc @param {GoldQuote} q
 */
export function isSpeechRecord(doc, q) {
  return q.kind === 'indirect' && speechCue(q) && q.speakerMention != null && !negatedCue(doc.text, q);
}

/** @param {Range} a @param {Range} b */
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** score.mjs's match: the overlap covers half of each. @param {Range} g @param {Range} p */
const halfOfEach = (g, p) => {
  const o = overlap(g, p);
  return o > 0 && o / (g.end - g.start) >= 0.5 && o / (p.end - p.start) >= 0.5;
};

/** Half or more of the prediction lies inside the gold span. @param {Range} g @param {Range} p */
const mostlyInside = (g, p) => {
  const o = overlap(g, p);
  return o > 0 && o / (p.end - p.start) >= 0.5;
};

/**
 * score.mjs's `--speaker-mode mention` rule: right when the predicted mention
 * overlaps the gold mention, or the predicted name's last word is in it; with no
 * gold mention, right only when no speaker is given.
 * @param {GoldQuote} g
 * @param {PredictedQuote} p
 */
export function speakerRight(g, p) {
  const gm = g.speakerMention;
  const pn = p.speaker?.name ?? null;
  if (!gm) return p.speaker == null;
  const pm = p.speaker?.mention;
  if (pm && Math.min(pm.end, gm.end) > Math.max(pm.start, gm.start)) return true;
  return pn != null && norm(gm.text).split(' ').includes(/** @type {string} */ (lastTok(pn)));
}

/**
 * @param {GoldQuote} g
 * @param {PredictedQuote} p
 * @returns {string} the cause, from {@link CAUSES}
 */
function speakerCause(g, p) {
  if (!g.speakerMention) return CAUSES.speakerExtra;
  if (p.speaker == null) return CAUSES.speakerNull;
  return g.speakerIsPronoun ? CAUSES.speakerPronoun : CAUSES.speakerName;
}

/** @param {unknown} s */
const short = (s, max = 70) => {
  const t = String(s).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** @param {PredictedQuote} p */
const describeSpeaker = (p) => {
  if (!p.speaker) return 'null';
  const m = p.speaker.mention;
  return `${JSON.stringify(p.speaker.name)}${m ? ` @${m.start}-${m.end}` : ''}`;
};

/** @param {number} a @param {number} b */
const ratio = (a, b) => (b ? a / b : 0);

/**
 * Runs `extract` on every document and scores it against the gold quotes.
 * The extractor is called with the text alone, as score.mjs calls it, so a
 * quote labelled with the wrong kind still counts as found; the `kindAcc`
 * metric and the "kind wrong" cause report the labelling separately.
 * @param {readonly GoldDoc[]} docs
 * @param {Extractor} extract
 * @param {{ kinds?: readonly OurKind[], speechCues?: boolean }} [options]
 * @returns {EvalResult}
 */
export function evaluate(docs, extract, options = {}) {
  const ourKinds = options.kinds ?? ['direct'];
  const speechCues = options.speechCues ?? false;
  /** @type {Map<string, OurKind>} gold kind → our kind, for the kinds scored */
  const scored = new Map(ourKinds.map((k) => [GOLD_KIND[k], k]));
  /** @type {Counts} */
  const c = {
    docs: docs.length, gold: 0, goldFound: 0, pred: 0, predCorrect: 0, predIgnored: 0,
    speakerRight: 0, goldCue: 0, cueRight: 0, kindRight: 0, badOffsets: 0, crashes: 0,
    byKind: Object.fromEntries([...scored.keys()].map((k) => [k, { gold: 0, goldFound: 0, pred: 0, predCorrect: 0 }])),
  };
  /** @type {Miss[]} */
  const misses = [];
  /** @param {string} cause @param {string} docId @param {{ gold?: unknown, predicted?: unknown, note?: string }} what */
  const miss = (cause, docId, { gold, predicted, note }) => misses.push({
    cause, docId,
    gold: gold == null ? null : short(gold),
    predicted: predicted == null ? null : short(predicted),
    note: note ?? null,
  });

  for (const doc of docs) {
    /** A gold record that counts: of a kind scored, and with `speechCues` reported speech proper. @param {GoldQuote} g */
    const counts = (g) => scored.has(g.kind) && (!speechCues || g.kind !== 'indirect' || isSpeechRecord(doc, g));
    /** @type {readonly PredictedQuote[]} */
    let preds;
    try {
      preds = extract(doc.text, ourKinds) ?? [];
    } catch (e) {
      c.crashes++;
      preds = [];
      miss(CAUSES.crash, doc.id, { note: String(/** @type {Error} */ (e)?.message ?? e) });
    }
    for (const p of preds) {
      if (doc.text.slice(p.start, p.end) !== p.text) {
        c.badOffsets++;
        miss(CAUSES.badOffsets, doc.id, { predicted: p.text, note: `slice(${p.start}, ${p.end}) is ${JSON.stringify(short(doc.text.slice(p.start, p.end), 40))}` });
      }
    }

    /** @type {Set<number>} */
    const used = new Set();
    /** @type {GoldQuote[]} scored gold records no prediction matched */
    const unmatched = [];
    for (const g of doc.quotes) {
      const isScored = counts(g);
      /** @type {number} */
      let pi;
      if (isScored && g.kind === GOLD_KIND.partial) {
        const inside = preds.flatMap((p, i) => (!used.has(i) && mostlyInside(g, p) ? [i] : []));
        for (const i of inside) used.add(i);
        pi = inside[0] ?? -1;
      } else {
        pi = preds.findIndex((p, i) => !used.has(i) && halfOfEach(g, p));
        if (pi >= 0) used.add(pi);
      }
      if (!isScored) continue;
      const kc = /** @type {KindCounts} */ (c.byKind[g.kind]);
      c.gold++;
      kc.gold++;
      const p = preds[pi];
      if (!p) {
        unmatched.push(g);
        continue;
      }
      c.goldFound++;
      kc.goldFound++;
      if (speakerRight(g, p)) c.speakerRight++;
      else {
        miss(speakerCause(g, p), doc.id, {
          gold: g.text, predicted: p.text,
          note: `want ${JSON.stringify(g.speakerMention?.text ?? null)}${g.speakerMention ? ` @${g.speakerMention.start}-${g.speakerMention.end}` : ''}, got ${describeSpeaker(p)}`,
        });
      }
      if (g.cueSpan) {
        c.goldCue++;
        if (p.cue && overlap(p.cue, g.cueSpan) > 0) c.cueRight++;
        else {
          miss(p.cue ? CAUSES.cueWrong : CAUSES.cueMissing, doc.id, {
            gold: g.text, predicted: p.text,
            note: `want ${JSON.stringify(g.cueSpan.text)} @${g.cueSpan.start}, got ${p.cue ? `${JSON.stringify(doc.text.slice(p.cue.start, p.cue.end))} @${p.cue.start}` : 'null'}`,
          });
        }
      }
      if (p.kind === scored.get(g.kind)) c.kindRight++;
      else miss(CAUSES.kindWrong, doc.id, { gold: g.text, predicted: p.text, note: `gold ${g.kind}, predicted ${p.kind}` });
    }

    // Classified once every prediction has been claimed, so "taken" is final.
    for (const g of unmatched) {
      const overlapping = preds.flatMap((p, i) => (overlap(g, p) > 0 ? [i] : []));
      const cause = !overlapping.length ? CAUSES.missedNoCandidate
        : overlapping.some((i) => !used.has(i)) ? CAUSES.missedSpan : CAUSES.missedTaken;
      const near = preds[overlapping[0] ?? -1];
      miss(cause, doc.id, {
        gold: g.text, predicted: near?.text,
        ...(near ? { note: `gold @${g.start}-${g.end}, predicted @${near.start}-${near.end}` } : {}),
      });
    }

    // score.mjs: a prediction lying mostly inside a gold record that is not scored
    // (an indirect record, say) is not counted against precision.
    const ignored = new Set(preds.flatMap((p, i) => (
      doc.quotes.some((g) => !counts(g) && overlap(g, p) / (p.end - p.start) >= 0.5) ? [i] : [])));
    preds.forEach((p, i) => {
      if (ignored.has(i)) {
        c.predIgnored++;
        return;
      }
      const kc = c.byKind[GOLD_KIND[/** @type {OurKind} */ (p.kind)]];
      c.pred++;
      if (kc) kc.pred++;
      if (used.has(i)) {
        c.predCorrect++;
        if (kc) kc.predCorrect++;
        return;
      }
      const onGold = doc.quotes.some((g) => overlap(g, p) > 0);
      miss(onGold ? CAUSES.extraSpan : CAUSES.extraNoGold, doc.id, { predicted: p.text, note: `@${p.start}-${p.end}, kind ${p.kind}, speaker ${describeSpeaker(p)}` });
    });
  }

  const quoteP = ratio(c.predCorrect, c.pred);
  const quoteR = ratio(c.goldFound, c.gold);
  return {
    metrics: {
      quoteP, quoteR,
      quoteF1: quoteP + quoteR ? (2 * quoteP * quoteR) / (quoteP + quoteR) : 0,
      speakerAcc: ratio(c.speakerRight, c.gold),
      speakerAccFound: ratio(c.speakerRight, c.goldFound),
      cueAcc: ratio(c.cueRight, c.goldCue),
      kindAcc: ratio(c.kindRight, c.goldFound),
    },
    counts: c,
    misses,
  };
}

/**
 * Groups misses by cause, in the order of {@link CAUSES}, keeping the first
 * `examples` of each.
 * @param {readonly Miss[]} misses
 * @param {number} [examples]
 * @returns {{ cause: string, count: number, examples: Miss[] }[]}
 */
export function groupMisses(misses, examples = 3) {
  /** @type {string[]} */
  const order = Object.values(CAUSES);
  /** @type {Map<string, Miss[]>} */
  const byCause = new Map();
  for (const m of misses) byCause.set(m.cause, [...(byCause.get(m.cause) ?? []), m]);
  return [...byCause.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([cause, all]) => ({ cause, count: all.length, examples: all.slice(0, examples) }));
}

/** @param {number} x */
const f3 = (x) => x.toFixed(3);

/**
 * The human-readable report printed by `npm run eval`.
 * @param {EvalResult} result
 * @param {{ file: string, kinds: readonly OurKind[], verbose?: boolean, examples?: number }} how
 * @returns {string}
 */
export function formatReport({ metrics: m, counts: c, misses }, how) {
  const kinds = how.kinds.map((k) => `${k} (gold ${GOLD_KIND[k]})`).join(', ');
  const lines = [
    `${how.file}: ${c.docs} documents; scoring ${kinds}`,
    `quotes   P ${f3(m.quoteP)}  R ${f3(m.quoteR)}  F1 ${f3(m.quoteF1)}`
      + `   gold ${c.gold}, found ${c.goldFound}; predictions ${c.pred}, correct ${c.predCorrect}`
      + ` (+${c.predIgnored} inside gold records of other kinds, not counted)`,
    `speaker  ${f3(m.speakerAcc)} of gold quotes (${c.speakerRight}/${c.gold}); ${f3(m.speakerAccFound)} of found quotes`,
    `cue      ${f3(m.cueAcc)} of found quotes with a gold cue (${c.cueRight}/${c.goldCue})`,
    `kind     ${f3(m.kindAcc)} of found quotes have the kind that maps to the gold kind (${c.kindRight}/${c.goldFound})`,
  ];
  if (how.kinds.length > 1) {
    for (const [goldKind, k] of Object.entries(c.byKind)) {
      lines.push(`  gold ${goldKind}: recall ${f3(ratio(k.goldFound, k.gold))} (${k.goldFound}/${k.gold});`
        + ` predicted ${Object.keys(GOLD_KIND).find((k) => GOLD_KIND[/** @type {OurKind} */ (k)] === goldKind)}: precision ${f3(ratio(k.predCorrect, k.pred))} (${k.predCorrect}/${k.pred})`);
    }
  }
  lines.push(`crashes  ${c.crashes}; predictions with wrong offsets ${c.badOffsets}`);
  if (how.verbose) {
    lines.push('', 'misses by cause:');
    for (const group of groupMisses(misses, how.examples ?? 3)) {
      lines.push(`  ${group.cause}: ${group.count}`);
      for (const e of group.examples) {
        const parts = [e.gold != null ? `gold “${e.gold}”` : null, e.predicted != null ? `predicted “${e.predicted}”` : null, e.note];
        lines.push(`    ${e.docId}: ${parts.filter(Boolean).join('; ')}`);
      }
    }
  }
  return lines.join('\n');
}
