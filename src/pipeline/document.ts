import type { Gender } from '../lexicon/honorifics.js';
import type { QuoteFamily } from '../lexicon/quote-marks.js';
import type { CueStrength } from '../lexicon/speech-verbs.js';

// The document model: what each stage of the pipeline adds, in order. A stage
// reads the parts it needs and returns new data; nothing here is changed after
// the stage that made it. Token indices are inclusive; offsets are UTF-16.

/** A half-open range of UTF-16 offsets into the input: `[start, end)`. @internal */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A word or punctuation token with its place in the input. @internal */
export interface Token {
  /** Offset of the first character (UTF-16). */
  readonly start: number;
  /** Offset one past the last character. */
  readonly end: number;
  /** The token as it appears in the input. */
  readonly text: string;
  /** Lower-cased `text`, for lexicon lookups. */
  readonly lower: string;
  /** Universal POS tag from wink ("PROPN", "VERB", "PUNCT", ...). */
  readonly pos: string;
  /** Which of the lexicons read at nearly every token hold `lower`: bits of `WORD_CLASS` (grammar/word-classes.ts). */
  readonly classes: number;
}

/** A top-level quotation found by the quote scanner. @internal */
export interface ScannedQuote {
  /** Start of the quoted words (after the opening mark and any space). */
  readonly start: number;
  /** End of the quoted words (before the closing mark and any space). */
  readonly end: number;
  /** Offset of the opening mark (its first character: a mark may be two, as `''` and ``` `` ```). */
  readonly open: number;
  /** Offset of the closing mark's last character, or -1 when the quote runs on into the next paragraph. */
  readonly close: number;
  /** Index of the paragraph. */
  readonly paragraph: number;
  readonly family: QuoteFamily;
}

/** A sentence as a run of tokens, `first..last`, inside one paragraph. @internal */
export interface Sentence {
  readonly first: number;
  readonly last: number;
  /** Whether `last` is a sentence-final mark (., !, ?, …) rather than the end of the paragraph. */
  readonly closed: boolean;
}

/** Per-token indices; -1 where a token has none. Written once by the stage that makes them. @internal */
export type TokenIndex = Readonly<Int32Array>;

/** The text, its paragraphs and its quotations: what is known before any language analysis. @internal */
export interface Layout {
  readonly text: string;
  readonly paragraphs: readonly Range[];
  readonly quotes: readonly ScannedQuote[];
}

/** The layout with its tokens placed in paragraphs, quotes and sentences. @internal */
export interface AnalysedText extends Layout {
  readonly tokens: readonly Token[];
  /** For each token, the index of the quote it lies in (marks included), or -1. */
  readonly quoteAt: TokenIndex;
  /** For each token, its paragraph. */
  readonly paragraphAt: TokenIndex;
  readonly sentences: readonly Sentence[];
  /** For each token, its sentence. */
  readonly sentenceAt: TokenIndex;
  /** The paragraphs that read as headlines (pipeline/find-headlines.ts). */
  readonly headlines: ReadonlySet<number>;
}

/** A mention of a named person or organisation, with the title and appositive around it. @internal */
export interface NameMention {
  /** First token of the whole phrase: the title before the name, or the honorific, or the name. */
  readonly first: number;
  /** First token of the name itself (an honorific counts as part of the name). */
  readonly nameFirst: number;
  /** Last token of the name. */
  readonly nameLast: number;
  /** Last token of the phrase: the end of an appositive after the name, or the name. */
  readonly last: number;
  /** Title as written, if this mention carries one: the one before the name, else the appositive's. */
  readonly title: string | null;
  /** Every title at this mention, before the name and in the appositive ("her husband, Anton Varga, a builder"). */
  readonly titles: readonly string[];
  /**
   * A role given in a relative clause after the name, without "who": "chairs the history department at Lakeview
   * College" in `Eric Dane, who chairs the history department at Lakeview College,`; null when there is none.
   * Not among {@link NameMention.titles}: it is the entity's title only when nothing else gives one.
   */
  readonly roleClause: string | null;
  /** An age given in an appositive: 61 for "Dale Voss, 61,". */
  readonly age: number | null;
  /** The honorific before the name: its gender, null for one without ("Dr."), undefined when there is none. */
  readonly honorific: Gender | null | undefined;
  /** Name tokens without honorifics. */
  readonly words: readonly Token[];
  /** Read inside another name's appositive, as the complement of its role: "Ana Ruiz" in "Dana Pell, a spokeswoman for Mayor Ana Ruiz,". */
  readonly inAppositive: boolean;
}

/** The names found outside quotes. @internal */
export interface Mentions {
  readonly names: readonly NameMention[];
  /** For each token, the index in `names` of the mention whose name covers it, or -1. */
  readonly nameAt: TokenIndex;
  /**
   * Names used as modifiers ("the Bexley Moor Foods plant", token ranges, inclusive): no mention of anyone, but
   * the full name of a body the text may name again by its first words.
   */
  readonly modifiers: readonly { readonly first: number; readonly last: number }[];
}

/** A person or organisation named in the document. @internal */
export interface Entity {
  /** The most complete form of the name in the document. */
  readonly name: string;
  /** Name tokens, lower case, without honorifics: for matching later mentions by surname. */
  readonly nameWords: readonly string[];
  /** The fullest of {@link Entity.titles}. */
  readonly title: string | null;
  /** Every title the document gives it, in document order, each once. */
  readonly titles: readonly string[];
  readonly gender: Gender | null;
  /** Whether anything marks it as a person (a title, an honorific, a first name, a pronoun) rather than a place or body. */
  readonly person: boolean;
  /** Named like a body ("Skyway Airlines", "NATO"): never the antecedent of he or she. */
  readonly organisation: boolean;
  /** Named like a place ("the Pell River", "Bank Rd"): neither a person nor a body, so no pronoun means it. */
  readonly place: boolean;
  /** Kinds of organisation the text calls it ("bank" for "the bank, NatWest"), which "the bank" then refers back to. */
  readonly kinds: readonly string[];
}

/**
 * A definite description of a person by their role, outside quotes: "the
 * former secretary of state", "the GOP nominee". Token indices. @internal
 */
export interface Description {
  /** The article "the". */
  readonly first: number;
  /** The role noun. */
  readonly head: number;
  /** The last token, after any complement ("of state"). */
  readonly last: number;
  /** Whether it is the subject of its clause ("the senator said"), not an object or a complement ("for the senator"). */
  readonly subject: boolean;
  /** For a relative named through another ("Donald Trump's son"), the index in {@link Mentions.names} of that name; else -1. */
  readonly possessor: number;
  /** The description as a title: without its article ("former secretary of state", "Donald Trump's son"). */
  readonly title: string;
  /** Index in {@link Entities.list} of the person it refers to, or -1. */
  readonly entity: number;
}

/** A place where the text refers to an entity by name or description, in document order. @internal */
export interface Reference {
  readonly first: number;
  readonly last: number;
  /** Index in {@link Entities.list}. */
  readonly entity: number;
  /** Whether it is the subject of its clause ("Ruiz said", "the senator, who …, said"), which makes it what the next pronoun most likely means. */
  readonly subject: boolean;
  /**
   * Set off inside another name's phrase: in brackets after it ("(R-Wis.)") or in its appositive
   * ({@link NameMention.inAppositive}). Such a reference never speaks there, and no pronoun goes back to it.
   */
  readonly setOff: boolean;
}

/** The document's people and organisations, and which one each name mention stands for. @internal */
export interface Entities {
  readonly list: readonly Entity[];
  /** For each index in {@link Mentions.names}, the index in `list` of its entity. */
  readonly ofMention: TokenIndex;
  readonly descriptions: readonly Description[];
  /** For each token, the index in `descriptions` of the description that covers it, or -1. */
  readonly descriptionAt: TokenIndex;
  /** Every name mention and every linked description, in document order. */
  readonly references: readonly Reference[];
}

/** The whole document model that attribution and resolution read. @internal */
export interface Document extends AnalysedText {
  readonly mentions: Mentions;
  readonly entities: Entities;
}

/** How a quote's speaker is mentioned in the text. @internal */
export type Subject =
  | { readonly kind: 'name'; readonly mention: number; readonly span: Range }
  | { readonly kind: 'pronoun'; readonly token: number; readonly span: Range }
  | {
      readonly kind: 'nominal';
      readonly first: number;
      readonly last: number;
      /** The noun the phrase is about: "officials" in "officials at the transit authority". */
      readonly head: number;
      readonly span: Range;
    };

/** The sieve that attributed a quote, most certain first. @internal */
export type Rule =
  | 'quote-cue-name'
  | 'quote-cue-pronoun'
  | 'quote-cue-nominal'
  | 'according-to'
  | 'dash'
  | 'sentence-cue'
  | 'colon'
  | 'same-sentence'
  | 'follow-on'
  | 'multi-paragraph'
  | 'none';

/**
 * A cue of speech and who it is said by: a verb of saying or "according to",
 * found once for every sentence. The quote sieves and reported speech read the
 * same events, so they cannot disagree about who spoke. Token indices. @internal
 */
export interface SpeechEvent {
  readonly first: number;
  readonly last: number;
  /** Its strength as a cue of quotes; null for a verb that reports a clause but cues no quote ("denied", "hinted"). */
  readonly strength: CueStrength | null;
  /** "according to": the source follows the cue and no subject precedes it. */
  readonly sourceAfter: boolean;
  /** The lemma of a verb of saying that reports a clause ("say", "deny"), "according to", or null ("called", "laughed"). */
  readonly reporting: string | null;
  /** Who says it: the subject before the cue, or the one after it when {@link SpeechEvent.inverted}. */
  readonly source: Subject | null;
  /** The source follows the cue: `…, said Powell`, `according to officials`. */
  readonly inverted: boolean;
  /** "did not say", "never said". */
  readonly negated: boolean;
  /** "it was said", "he was told": the subject is not who spoke. */
  readonly passive: boolean;
}

/** Every speech event of the document, in document order. @internal */
export interface SpeechEvents {
  readonly list: readonly SpeechEvent[];
  /** For each token, the index in `list` of the event whose cue starts there, or -1. */
  readonly eventAt: TokenIndex;
}

/** The sieve that found a piece of reported speech. @internal */
export type ReportedRule =
  | 'reported-clause'
  | 'reported-before-cue'
  | 'reported-according-to'
  | 'reported-interrupted'
  | 'reported-coordinated';

/** Speech with who said it, as a mention in the text, not yet resolved to an entity: what resolution reads. @internal */
export interface Attributed {
  /** The words of the speech. */
  readonly quote: Range;
  readonly kind: 'direct' | 'partial' | 'indirect';
  readonly subject: Subject | null;
  readonly cue: Range | null;
  readonly rule: Rule | ReportedRule;
  readonly confidence: number;
}

/** A quote with who said it. @internal */
export interface Attribution extends Attributed {
  readonly quote: ScannedQuote;
  readonly kind: 'direct' | 'partial';
  readonly rule: Rule;
}

/** A reported clause, without quotation marks, with who said it. @internal */
export interface ReportedAttribution extends Attributed {
  readonly kind: 'indirect';
  readonly rule: ReportedRule;
}
