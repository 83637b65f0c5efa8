// @ts-check
// A fake extractor for scripts/eval-agree.mjs: it answers from the gold itself,
// spoiled on purpose in a fixed rotation (dropped quotes, spans cut short or run
// long, exactly half-overlapping spans, split spans, empty spans, wrong and
// missing speakers and cues, wrong kinds, extra quotes), so that the evaluator
// and score.mjs are compared on every branch of their matching rules, not only
// on the all-zero output of an unfinished extractor.

/** @typedef {import('./eval-core.mjs').GoldDoc} GoldDoc */
/** @typedef {import('./eval-core.mjs').GoldQuote} GoldQuote */
/** @typedef {import('./eval-core.mjs').PredictedQuote} PredictedQuote */
/** @typedef {{ start: number, end: number, text: string }} Span */

/** @param {string} s */
const hash = (s) => [...s].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);

/**
 * @param {readonly GoldDoc[]} docs
 * @returns {(text: string) => PredictedQuote[]} answers for the texts of `docs`, [] for any other text
 */
export function makeNoisyOracle(docs) {
  const byText = new Map(docs.map((d) => [d.text, d]));
  return (text) => {
    const doc = byText.get(text);
    if (!doc) return [];
    /** @param {number} start @param {number} end @returns {Span} */
    const span = (start, end) => {
      const s = Math.max(0, Math.min(start, text.length));
      const e = Math.max(s, Math.min(end, text.length));
      return { start: s, end: e, text: text.slice(s, e) };
    };
    /** @type {PredictedQuote[]} */
    const preds = [];
    /**
     * @param {number} start @param {number} end
     * @param {{ kind?: string, speaker?: { name: string | null, mention: Span } | null, cue?: Span | null }} [rest]
     */
    const add = (start, end, rest = {}) => preds.push({ ...span(start, end), kind: 'direct', speaker: null, cue: null, ...rest });
    /** @param {GoldQuote} g */
    const goldSpeaker = (g) => (g.speakerMention ? { name: g.speakerMention.text, mention: span(g.speakerMention.start, g.speakerMention.end) } : null);
    /** @param {GoldQuote} g */
    const goldCue = (g) => (g.cueSpan ? span(g.cueSpan.start, g.cueSpan.end) : null);
    const elsewhere = { name: 'Nobody Inparticular', mention: span(0, 1) };

    const offset = hash(doc.id);
    doc.quotes.forEach((g, i) => {
      const len = g.end - g.start;
      switch ((offset + i) % 11) {
        case 0: // dropped, with an empty prediction where it starts
          add(g.start, g.start);
          break;
        case 1:
          add(g.start, g.end, { speaker: goldSpeaker(g), cue: goldCue(g) });
          break;
        case 2:
          add(g.start, g.end, { cue: goldCue(g) });
          break;
        case 3: // overlap covers 40% of the gold
          add(g.start, g.start + Math.floor(len * 0.4), { speaker: goldSpeaker(g) });
          break;
        case 4: // the last word of the mention as the name, the mention elsewhere
          add(g.start + 1, g.end - 1, {
            speaker: g.speakerMention ? { name: `Someone ${g.speakerMention.text.split(/\s+/).pop()}`, mention: span(0, 1) } : null,
            cue: g.cueSpan ? span(g.cueSpan.end, g.cueSpan.end + 3) : null,
          });
          break;
        case 5: // overlap covers exactly half of the prediction
          add(g.start, g.end + len, { speaker: elsewhere });
          break;
        case 6: // overlap covers just under half of the prediction
          add(g.start, g.end + len + 1, { speaker: goldSpeaker(g) });
          break;
        case 7:
          add(g.start, g.end, { kind: 'partial', speaker: goldSpeaker(g), cue: goldCue(g) });
          break;
        case 8: // split in two halves
          add(g.start, g.start + Math.ceil(len / 2), { speaker: goldSpeaker(g) });
          add(g.start + Math.ceil(len / 2), g.end, { kind: 'partial', speaker: goldSpeaker(g) });
          break;
        case 9: // a short partial quote inside the record
          add(g.start + Math.floor(len / 3), g.start + Math.floor(len / 3) + Math.min(12, len), { kind: 'partial', speaker: goldSpeaker(g) });
          break;
        default: // a speaker even where the gold has none
          add(g.start, g.end, { speaker: elsewhere, cue: goldCue(g) });
      }
    });
    add(0, 20, { speaker: elsewhere });
    return preds.sort((a, b) => a.start - b.start);
  };
}
