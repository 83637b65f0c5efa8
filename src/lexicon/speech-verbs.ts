import { words } from './words.js';

/**
 * Verbs of speech and report, in every inflection that appears in news copy.
 *
 * Source: the reporting verbs of Stanford CoreNLP's QuoteAttributionAnnotator
 * word lists and SFU's Gender Gap Tracker quote verbs, merged and inflected by hand.
 */

/** How strongly a verb signals that the quote next to it is speech. */
export type CueStrength = 'speech' | 'weak';

const SPEECH_VERB_LEMMAS = words(`
  say tell add declare write continue insist warn ask explain note state remark reply respond answer argue
  claim acknowledge admit announce assert comment complain concede confirm contend cry emphasize emphasise
  exclaim joke quip recall remind report reiterate repeat shout stress testify tweet post yell whisper predict
  vow pledge promise urge observe muse boast counter recount lament scoff sigh snap charge caution proclaim
  protest rail retort conclude marvel chide mock plead beg demand suggest describe wonder tout concur
  interject mutter murmur groan grumble thunder blast fume gush laugh begin quote cite opine allege maintain
  elaborate clarify disclose reveal lash hit fire shoot call dub label brand term advise email text read
  attack assure chant sing pronounce recommend chime bark snarl thank tease gloat brag beam sneer grin smile
  riff react needle jab
`);

/** Lemmas that are cues only next to a quote, because they have other common senses ("hit", "call"). */
const WEAK_LEMMAS: ReadonlySet<string> = new Set(
  words(`
  call dub label brand term describe begin lash hit fire shoot post quote cite report suggest wonder laugh
  continue add maintain promise demand charge text read attack chant sing recommend beam sneer grin smile
  thank tease riff react needle jab
`),
);

/** Irregular forms; regular ones are derived by {@link inflect}. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  begin: ['began', 'begins', 'beginning', 'begun'],
  hit: ['hits', 'hitting'],
  shoot: ['shot', 'shoots', 'shooting'],
  cry: ['cried', 'cries', 'crying'],
  reply: ['replied', 'replies', 'replying'],
  testify: ['testified', 'testifies', 'testifying'],
  snap: ['snapped', 'snaps', 'snapping'],
  quip: ['quipped', 'quips', 'quipping'],
  admit: ['admitted', 'admits', 'admitting'],
  concur: ['concurred', 'concurs', 'concurring'],
  clarify: ['clarified', 'clarifies', 'clarifying'],
  rail: ['railed', 'rails', 'railing'],
  read: ['reads', 'reading'],
  sing: ['sang', 'sings', 'singing', 'sung'],
};

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [lemma, ...irregular];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(?:[sxz]|sh|ch)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, third, `${stem}ed`, `${stem}ing`];
}

/** Every inflected form, lower case, with its strength. */
export const SPEECH_VERBS: ReadonlyMap<string, CueStrength> = new Map(
  SPEECH_VERB_LEMMAS.flatMap((lemma) =>
    inflect(lemma).map((form) => [form, WEAK_LEMMAS.has(lemma) ? 'weak' : 'speech'] as const),
  ),
);

/**
 * Multi-word cues that name a source after them ("according to NAME") or
 * report speech without a verb of their own.
 */
export const SOURCE_PHRASES = [['according', 'to'], ['quoted', 'as', 'saying'], ['in', 'the', 'words', 'of']] as const;
