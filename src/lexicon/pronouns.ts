import type { Gender } from './honorifics.js';
import { words } from './words.js';

/**
 * Personal pronouns that can stand for a speaker, with what they tell of that speaker.
 *
 * Source: English grammar (nominative, accusative and possessive forms).
 */
export interface PronounInfo {
  /** `null` when the pronoun does not fix a gender (they, I, we). */
  readonly gender: Gender | null;
  readonly plural: boolean;
  /** First person: the speaker is the writer or someone the text quotes at length. */
  readonly first: boolean;
}

export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ['he', { gender: 'male', plural: false, first: false }],
  ['she', { gender: 'female', plural: false, first: false }],
  ['they', { gender: null, plural: true, first: false }],
  ['i', { gender: null, plural: false, first: true }],
  ['we', { gender: null, plural: true, first: true }],
  ['it', { gender: null, plural: false, first: false }],
]);

/** Pronouns that reveal the gender of the person just named ("Jordan Ellis… her office"). */
export const GENDERED_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
]);

/** Object pronouns, which can be the listener of a verb like "tell": "told **him** the plan…". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(words(`me you him her us them it`));

/**
 * Reflexive pronouns, which after a subject only stress it: "Harlow **itself** said", "the mayor **herself** told".
 *
 * Source: English grammar (the intensive use of the reflexive pronouns).
 */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(words(`myself yourself himself herself itself ourselves yourselves themselves`));

/**
 * The subject form of an object pronoun that names a source after "according to" ("according to **her**"), which is
 * resolved as its subject form is.
 *
 * Source: the personal pronouns of English grammar, third person.
 */
export const SUBJECT_FORMS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);
