/**
 * A stretch of the input text.
 *
 * Offsets are 0-based UTF-16 code unit indices into the input; `end` is
 * exclusive, so `input.slice(start, end) === text` always holds.
 */
export interface Span {
  /** The characters of the input between `start` and `end`. */
  readonly text: string;
  /** Index of the first character, 0-based, in UTF-16 code units. */
  readonly start: number;
  /** Index one past the last character (exclusive). */
  readonly end: number;
}

/** Who a quote is attributed to. */
export interface Speaker {
  /**
   * The most complete form of the name in the document ("Condoleezza Rice"
   * for a quote cued by "Rice"), an organisation's name ("Skyway Airlines"),
   * or `null` for an unnamed speaker ("a police spokesman").
   */
  readonly name: string | null;
  /**
   * The speaker's role as written in any mention of this speaker in the
   * document: "National Security Adviser", "U.S. ambassador to NATO",
   * "police spokesman". Honorifics (Mr., Dr.) are not titles; an organisation has none.
   */
  readonly title: string | null;
  /**
   * `person` for a person or a group of people ("Condoleezza Rice", "a police
   * spokesman", "officials"); `organization` for an organisation, institution,
   * company, government body or publication, named or not ("Skyway Airlines",
   * "the company", "police"), and for a document ("the report").
   */
  readonly type: 'person' | 'organization';
  /** The mention the quote was attributed through: "Rice", "she", "a police spokesman". */
  readonly mention: Span;
  /** Equal for every quote of the same speaker within one call. */
  readonly id: number;
}

/** A piece of speech: the words inside the quote marks, without the marks; or, for reported speech, the reported clause. */
export interface Quote extends Span {
  /**
   * `direct`: one or more whole sentences of speech.
   * `partial`: a fragment woven into the writer's own sentence
   * (called the mission a "nucleus").
   * `indirect`: reported speech without quotation marks; `text` is the reported
   * clause, without a leading "that" and without the sentence's final
   * punctuation (`Powell said that the coalition would grow.` → `the coalition
   * would grow`). Returned only when asked for in {@link ExtractOptions.kinds}.
   */
  readonly kind: 'direct' | 'partial' | 'indirect';
  /** Who said it; `null` only when no speaker can be found. */
  readonly speaker: Speaker | null;
  /** The speech verb or phrase: "said", "told", "added", "according to". */
  readonly cue: Span | null;
  /** 0..1, higher for more certain attributions. */
  readonly confidence: number;
  /** The attribution rule that fired, for debugging ("quote-cue-name", "pronoun", ...). */
  readonly rule: string;
}

/** Options for {@link extractQuotes}. Every field is optional. */
export interface ExtractOptions {
  /**
   * Drop quotes whose `confidence` is below this value (0..1).
   * Default `0`: every quote found is returned.
   */
  readonly minConfidence?: number;
  /**
   * Which kinds of quote to return. Default `['direct', 'partial']`; add
   * `'indirect'` for reported speech.
   */
  readonly kinds?: readonly Quote['kind'][];
}
