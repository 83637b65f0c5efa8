// Sets of wink's Universal POS tags (https://universaldependencies.org/u/pos/) that the grammar tests share.

/** What a name modifies when it is used as an adjective: "Arab countries", "the NATO summit", "German twin town". @internal */
export const MODIFIED_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Tags a capitalised word of a name may carry. AUX for "Will Doyle", which wink
 * reads as the modal; NOT_NAME_WORDS and the checks in readNameCore keep
 * sentence openers out.
 *
 * @internal
 */
export const NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'INTJ', 'VERB', 'AUX']);

/** Tags of the words that may stand before a title's head: "**interim prime** minister", "**2nd** district". @internal */
export const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Tags of the words of an appositive noun phrase: "the U.S. ambassador to NATO and its allies". @internal */
export const APPOSITIVE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PART', 'NUM', 'CCONJ']);

/** Tags of the words of a short prepositional phrase's object: "on **Thursday**", "in **a statement**". @internal */
export const PHRASE_OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Tags of words that never end a source's phrase: "according to [exit polls]", not "according to exit polls in". @internal */
export const FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PRON']);

/** A verb or an auxiliary. @internal */
export const VERB_POS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** Parts of speech that open a phrase before the main clause: "When", "Pressed", "After", "Still", "To". @internal */
export const OPENER_POS: ReadonlySet<string> = new Set(['SCONJ', 'ADV', 'ADP', 'VERB', 'PART']);

/** The tags of a document's modifiers: "press" and "written" (wink tags the participle a verb). @internal */
export const DOCUMENT_MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'VERB', 'PROPN']);
