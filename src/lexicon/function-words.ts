import { words } from './words.js';

/**
 * Closed classes of English function words that the grammar tests read.
 *
 * Source: the closed word classes of English grammar (Huddleston & Pullum,
 * The Cambridge Grammar of the English Language: determiners, prepositions,
 * coordinators, subordinators, relative words, negators, the forms of "be"),
 * and the AP and Chicago rules for which words stay lower case in a title.
 */

/** Articles: "**a** pollster", "**the** U.S. ambassador to NATO". */
export const ARTICLES: ReadonlySet<string> = new Set(words(`a an the`));

/** The indefinite ones among {@link ARTICLES}. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(words(`a an`));

/** Words that introduce someone not named: "**a** spokesman", "**one** team owner", "**another** official". */
export const INDEFINITE_OPENERS: ReadonlySet<string> = new Set([...INDEFINITE_ARTICLES, 'one', 'another']);

/** The prepositions that tie people to where they work: "researchers **at** the Orrin Center", "economists **from** Y". */
export const WORKPLACE_LINKS: ReadonlySet<string> = new Set(words(`at from of`));

/** Possessive determiners, which a title drops ("**his** lawyer, Colin Baptiste" → "lawyer"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(words(`my your his her its our their`));

/**
 * The wh-relatives: `Ruth Adeyemi, **who**…`, `a nurse **whose** letter…`. Unlike
 * "that", which also opens a noun's complement clause ("the claim **that** the
 * plan failed"), after a noun they open nothing but a relative clause.
 */
export const WH_RELATIVE_WORDS: ReadonlySet<string> = new Set(words(`who whose which whom`));

/** Relative adverbs: ", **where** Francis visited a camp" opens a clause about a place or a time, not a new subject's. */
export const RELATIVE_ADVERBS: ReadonlySet<string> = new Set(words(`where when`));

/**
 * Quantifiers that float after the subject they count: "Lee and Hart **both** said", "the pilots **all** agreed".
 *
 * Source: the floating quantifiers of English grammars (CGEL's "all", "both", "each").
 */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(words(`all both each`));

/** Words that open a relative clause, which ends the title part of an appositive ("a pollster **whose** firm…"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([...WH_RELATIVE_WORDS, 'that']);

/** The relative words a thing takes, not a person: "a company **that** owns parks", "the plant, **which** …". */
export const THING_RELATIVES: ReadonlySet<string> = new Set(words(`that which`));

/** Words that deny the verb after them: "did **not** say", "has **never** said", "did**n't** say". */
export const NEGATIONS: ReadonlySet<string> = new Set(words(`not n't n’t never nt`));

/** Forms of "be" that make a participle passive: "it **was** said", "he **is** told", "it**'s** said". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(words(`is are was were be been being 's ’s`));

/** Modal auxiliaries: "headmasters **must** report", an obligation or a possibility, no act of speech. */
export const MODALS: ReadonlySet<string> = new Set(words(`must should would could will shall may might can`));

/** Words that open a subordinate clause: "**While** Lee said the plan would work, others…". */
export const SUBORDINATORS: ReadonlySet<string> = new Set(
  words(`while although though because if when as since after before whereas unless`),
);

/**
 * Subordinators the tagger reads as prepositions, whose clause has a subject of
 * its own: "**after** Lee resigned", "**until** the vote". Kept apart from
 * {@link SUBORDINATORS}: the two serve different tests and differ in "if",
 * "when", "until" and "once".
 */
export const CLAUSE_OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(
  words(`after before since until because while once as although though unless whereas`),
);

/**
 * Subordinators whose clause, opening a sentence on its own before a comma, is an adverbial of time, cause or
 * concession and not what someone said: "**When** Congress cut the funding, Mexico said enough". Not "if", whose clause
 * may be the report itself ("If the council agrees the ferry will run, she said").
 *
 * Source: {@link SUBORDINATORS} and {@link CLAUSE_OPENING_PREPOSITIONS} without "if".
 */
export const ADVERBIAL_SUBORDINATORS: ReadonlySet<string> = new Set(
  [...SUBORDINATORS, ...CLAUSE_OPENING_PREPOSITIONS].filter((word) => word !== 'if'),
);

/**
 * Prepositions whose object is still what its clause is about, so the next pronoun may mean it: the agent after "by"
 * ("A study **by** Larchmont Planning Group found"), the company after "in" ("Shares **in** Veridane fell").
 *
 * Source: English grammar (the agent of a passive or a nominalisation), and the business-copy idiom "shares in".
 */
export const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(words(`by in`));

/**
 * Prepositions that place a body after its name: "the Federal District Court **in** Portland", "a nurse at Harlow
 * General **at** Eastmoor".
 *
 * Source: English grammar (prepositions of place).
 */
export const LOCATING_PREPOSITIONS: ReadonlySet<string> = new Set(words(`in at`));

/** English prepositions, single words: the link from a noun to its complement ("neighbor **across** the street"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(words(`
  about above across after against along among around at before behind below beneath beside between beyond by down
  during for from in inside into near next of off on onto opposite outside over past through to toward towards under
  up upon with within without
`));

/** Subordinators that open a yes-no question: "asked **whether**", "said **if**". */
export const INTERROGATIVE_SUBORDINATORS: ReadonlySet<string> = new Set(words(`whether if`));

/**
 * Subordinators of concession or contrast, which open a clause of the writer's own even with no comma before
 * them: "said the vote was rigged **even though** turnout was high". Not "if", "because" or "when", whose
 * clause is as often part of what was said ("said he would run if elected").
 *
 * Source: the concessive and contrastive subordinators of English grammar (Quirk et al., §15.19–15.21).
 */
export const CONCESSIVE_SUBORDINATORS: ReadonlySet<string> = new Set(words(`although though whereas`));

/**
 * Words that carry speech on past its attribution: "The plan would cut costs, he said, **because** the depots are
 * old", "…, she said, **but** only for local candidates". A clause after one of them is more of what was said.
 *
 * Source: the coordinators of English grammar and "because", as PolNeAR annotates them after an interrupting
 * attribution.
 */
export const CONTINUING_LINKS: ReadonlySet<string> = new Set(words(`but because and so`));

/**
 * Words after a comma that start a clause of the writer's own: "said the plan
 * failed**, but** others…". Coordinators and subordinators, "even" of "even as",
 * and the participles "leading" and "prompting", which news copy uses to add a
 * consequence of its own (", prompting calls for…"), and "compared" of a comparison
 * the writer adds (", compared with 41 percent for…").
 */
export const CLAUSE_LINKS: ReadonlySet<string> = new Set(
  words(`but although though while even yet whereas and so after before as because leading prompting compared`),
);

/**
 * Coordinators and subordinators that, right after a quote, open a clause of its own rather than the quote's
 * attribution: `"…", while Tom Hale said`, `"…" but Tom Hale said`. Not "as", whose clause may be the quote's
 * attribution (`"…," as Ann Roe put it`), nor "after" and "before", which may open an adjunct before it (`"…"
 * before taking questions, he said`).
 *
 * Source: {@link CLAUSE_LINKS} without those three and the participles.
 */
export const NEW_CLAUSE_LINKS: ReadonlySet<string> = new Set(words(`but although though while even yet whereas and so because`));

/**
 * Words that make a count approximate, part of the phrase that counts the speakers: "**about** half of voters said",
 * "**nearly** 60 percent say", "**roughly** a third".
 *
 * Source: the approximating adverbs of poll copy (AP Stylebook, "polls and surveys"), with "almost" and "around".
 */
export const APPROXIMATORS: ReadonlySet<string> = new Set(words(`about nearly almost roughly around approximately some just only over under`));

/** Comparatives that with "than" make a count, capitalised when they open a sentence: "**More** than half said", "**Fewer** than 10". */
export const COUNT_COMPARATIVES: ReadonlySet<string> = new Set(words(`more less fewer`));

/** Words that join the parts of a title: "Secretary **of** State", "spokesman **for**", "Filmmaker **and** author". */
export const TITLE_LINKS: ReadonlySet<string> = new Set(words(`of to for on - & and`));

/** Words that stay lower case in a title of a work or a headline: "State **of the** Union". */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(
  words(`a an the and or nor but of in on at to for by with from as vs.`),
);
