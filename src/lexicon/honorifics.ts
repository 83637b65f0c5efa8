/**
 * Honorifics: they mark a person and often a gender, but they are not titles.
 *
 * Source: the courtesy titles of the AP Stylebook and the Chicago Manual of Style. "Prof." is no courtesy title
 * but an office, abbreviated as "Sen." is, so it is a title head (src/lexicon/titles.ts). Beside them, the one-word
 * honorifics carried in every reference in Malaysian and Indian English copy: the Malaysian awards "Datuk", "Dato",
 * "Datin" (a Datuk's wife) and "Tun", and the Hindi courtesy titles "Shri", "Shrimati" and "Smt." (the Malaysian
 * honours system as described by the Prime Minister's Department; Hindustan Times style guide), and the
 * professional honorifics of Philippine English copy, written like "Dr." before every reference: "Atty." (a lawyer),
 * "Engr." (an engineer), and those of Nigerian copy: "Hon." and "Rt. Hon." for a lawmaker, "Alhaji" and "Alhaja" for
 * one who has made the pilgrimage, and "Comrade" for a union or student leader (Premium Times and Punch house style),
 * and the same pilgrim's honorific as Pakistani and Malaysian copy writes it, "Haji" and "Hajja" (Dawn house style),
 * and the Fijian chiefly style "Ratu", carried before a chief's name in every reference (The Fiji Times house style;
 * not its female counterpart "Adi", a common given name in Hebrew and Indonesian).
 */
export type Gender = 'male' | 'female';

export const HONORIFICS: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ['mr.', 'male'], ['mr', 'male'], ['mister', 'male'], ['sir', 'male'], ['lord', 'male'], ['messrs.', 'male'],
  ['mrs.', 'female'], ['mrs', 'female'], ['ms.', 'female'], ['ms', 'female'], ['miss', 'female'], ['dame', 'female'],
  ['lady', 'female'], ['madam', 'female'], ['mme.', 'female'], ['mlle.', 'female'],
  ['dr.', null], ['dr', null], ['mx.', null],
  ['datuk', null], ['dato', null], ['datin', 'female'], ['tun', null], ['shri', 'male'], ['shrimati', 'female'], ['smt.', 'female'],
  ['atty.', null], ['engr.', null], ['hon.', null], ['rt.', null], ['alhaji', 'male'], ['alhaja', 'female'], ['comrade', null],
  ['haji', 'male'], ['hajja', 'female'], ['ratu', 'male'],
]);

/**
 * Honorifics of two words, carried before every reference like one: the higher Malaysian awards "Tan Sri" and
 * "Datuk Seri" ("Dato' Sri"), a Tan Sri's wife "Puan Sri" and a Tun's wife "Toh Puan", with the gender each tells;
 * and the styles of senior Anglican and Catholic clergy, "the Very Rev" (a dean), "the Rt Rev" (a bishop) and "the
 * Most Rev" (an archbishop), written before the name as "Dr" is and no office ("the Dean of Marwick, the Very Rev Dr
 * Alan Pryce"). Their words are read as one honorific only together: "Tan" is a surname and "Seri" begins place names.
 *
 * Source: the Malaysian honours system as described by the Prime Minister's Department, as for {@link HONORIFICS};
 * the forms of address of the Church of England and Debrett's.
 */
export const HONORIFIC_PHRASES: readonly { readonly words: readonly [string, string]; readonly gender: Gender | null }[] = [
  { words: ['tan', 'sri'], gender: 'male' },
  { words: ['datuk', 'seri'], gender: null },
  { words: ['dato', 'seri'], gender: null },
  { words: ['dato', 'sri'], gender: null },
  { words: ['puan', 'sri'], gender: 'female' },
  { words: ['toh', 'puan'], gender: 'female' },
  ...['very', 'rt', 'right', 'most'].flatMap((rank) => ['rev', 'rev.', 'reverend'].map((rev) => ({ words: [rank, rev] as [string, string], gender: null }))),
];

/**
 * Titles that are a person's style, carried like an honorific, where an office is set off before the name: Nigerian
 * copy's traditional "Chief" ("The Baale of Oke-Ifeloju, Chief Lamidi Adeoye," and later "Chief Adeoye"), where US
 * and Canadian copy's "Chief Dale Roe" is the office itself.
 *
 * Source: Nigerian house style (Vanguard, Punch, Premium Times) for chieftaincy titles, as for the Nigerian
 * {@link HONORIFICS}.
 */
export const STYLE_TITLES: ReadonlySet<string> = new Set(['chief']);
