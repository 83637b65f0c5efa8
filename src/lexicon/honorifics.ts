/**
 * Honorifics: they mark a person and often a gender, but they are not titles.
 *
 * Source: the courtesy titles of the AP Stylebook and the Chicago Manual of Style. "Prof." is no courtesy title
 * but an office, abbreviated as "Sen." is, so it is a title head (src/lexicon/titles.ts).
 */
export type Gender = 'male' | 'female';

export const HONORIFICS: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ['mr.', 'male'], ['mr', 'male'], ['mister', 'male'], ['sir', 'male'], ['lord', 'male'], ['messrs.', 'male'],
  ['mrs.', 'female'], ['mrs', 'female'], ['ms.', 'female'], ['ms', 'female'], ['miss', 'female'], ['dame', 'female'],
  ['lady', 'female'], ['madam', 'female'], ['mme.', 'female'], ['mlle.', 'female'],
  ['dr.', null], ['dr', null], ['mx.', null],
]);
