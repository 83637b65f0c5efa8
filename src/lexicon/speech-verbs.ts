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
  read: ['reads', 'reading'],
  sing: ['sang', 'sings', 'singing', 'sung'],
};

/**
 * Verbs of more than one syllable stressed on the last, which double their
 * final consonant ("admitted", "concurring"); one-syllable verbs are found by
 * their spelling in {@link doublesFinal}.
 */
const STRESSED_FINAL: ReadonlySet<string> = new Set(words(`admit concur`));

/**
 * Whether the final consonant doubles before -ed and -ing: one vowel then one
 * consonant, in one syllable ("beg", "dub", "quip") or a stressed last one.
 * Never w, x or y, which are not written double ("row", "text", "stay").
 */
function doublesFinal(lemma: string): boolean {
  if (STRESSED_FINAL.has(lemma)) return true;
  // Hint: the u of "qu" is a consonant sound: "quip" is one vowel, then p.
  return /^(?:qu|[^aeiou])*[aeiou][^aeiouwxy]$/.test(lemma);
}

/** Verbs in unstressed -el, whose l British copy doubles ("labelled") and American copy does not ("labeled"). */
const BRITISH_DOUBLE_L: ReadonlySet<string> = new Set(words(`label marvel`));

/** The regular forms of a lemma: the lemma, third person, past, and -ing. */
function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [lemma, ...irregular];
  if (BRITISH_DOUBLE_L.has(lemma)) return [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`, `${lemma}led`, `${lemma}ling`];
  // "reply" → "replies", "replied", "replying"; "stay" keeps its y.
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    return [lemma, `${stem}ies`, `${stem}ied`, `${lemma}ing`];
  }
  const third = /(?:[sxz]|sh|ch)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  if (doublesFinal(lemma)) {
    const doubled = lemma + lemma.charAt(lemma.length - 1);
    return [lemma, third, `${doubled}ed`, `${doubled}ing`];
  }
  // "agree" → "agreed", "agreeing"; "note" → "noted", "noting".
  if (lemma.endsWith('ee')) return [lemma, third, `${lemma.slice(0, -1)}ed`, `${lemma}ing`];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  return [lemma, third, `${stem}ed`, `${stem}ing`];
}

/** Every inflected form of every lemma, in list order: for the lexicon test. @internal */
export const SPEECH_VERB_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  SPEECH_VERB_LEMMAS.map((lemma) => [lemma, inflect(lemma)] as const),
);

/** Every inflected form, lower case, with its strength. */
export const SPEECH_VERBS: ReadonlyMap<string, CueStrength> = new Map(
  [...SPEECH_VERB_FORMS].flatMap(([lemma, forms]) =>
    forms.map((form) => [form, WEAK_LEMMAS.has(lemma) ? 'weak' : 'speech'] as const),
  ),
);

/**
 * Multi-word cues that name a source after them ("according to NAME") or
 * report speech without a verb of their own.
 */
export const SOURCE_PHRASES = [['according', 'to'], ['quoted', 'as', 'saying'], ['in', 'the', 'words', 'of']] as const;
