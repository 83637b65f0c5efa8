// Linear-growth measurement, run by extract.bench.mjs in a child process of its
// own: the bench's own heap (corpus, compromise, a second wink instance) would
// make every major GC during the large call dearer and skew the ratio upwards.
import { cpuClockMs, median, wallClockMs } from './measure.mjs';
import { articlePool } from './texts.mjs';

/**
 * Time per character of one large call over that of the same text in small
 * calls, for extractQuotes and, for reference, wink's readDoc. The two
 * alternate call by call and the ratio is the median over the pairs: blocks of
 * one then the other let a burst of load or one major GC land on one side only.
 *
 * The large document is `factor` chunks of distinct articles, so it also has
 * `factor` times the names and quotes: a per-mention scan over all entities
 * shows up as growth. The articles come from articlePool(polnear): `polnear`
 * is the PolNeAR dev file the bench was given, or null to leave it out.
 */
export async function measureGrowth({ distUrl, polnear, pairs, wall = false, chunkChars = 20_000, factor = 16 }) {
  const clockMs = wall ? wallClockMs : cpuClockMs;
  const { extractQuotes } = await import(distUrl);
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['sbd', 'pos']);

  const pool = articlePool(polnear);
  const chunks = [];
  let next = 0;
  while (chunks.length < factor) {
    const parts = [];
    for (let length = 0; length < chunkChars; next++) {
      const { text } = pool.articles[next % pool.articles.length];
      parts.push(text);
      length += text.length + 2;
    }
    chunks.push(parts.join('\n\n'));
  }
  const large = chunks.join('\n\n');
  const smallChars = chunks.reduce((sum, chunk) => sum + chunk.length, 0);

  const paired = (run) => {
    const time = (texts) => {
      const start = clockMs();
      for (const text of texts) run(text);
      return clockMs() - start;
    };
    time(chunks);
    time([large]);
    const smallMs = [];
    const largeMs = [];
    for (let pair = 0; pair < pairs; pair++) {
      smallMs.push(time(chunks));
      largeMs.push(time([large]));
    }
    const perCharRatio = median(largeMs.map((ms, pair) => ms / large.length / (smallMs[pair] / smallChars)));
    return { smallMs: median(smallMs) / chunks.length, largeMs: median(largeMs), perCharRatio };
  };
  return {
    source: pool.source,
    smallDocs: chunks.length,
    smallChars: Math.round(smallChars / chunks.length),
    largeChars: large.length,
    pairs,
    extractQuotes: paired((text) => extractQuotes(text)),
    wink: paired((text) => nlp.readDoc(text).tokens().out(nlp.its.pos)),
  };
}
