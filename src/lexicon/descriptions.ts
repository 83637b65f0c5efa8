import { words } from './words.js';

/**
 * Common nouns that name a body of people acting as one: a speaker described
 * by one ("the company said", "police said") is an organisation.
 *
 * Source: the source descriptions of wire copy (AP Stylebook entries for
 * agencies, companies and the press) and the organisation kinds of the
 * entity-level PolNeAR guidelines (company, bank, network, board, agency, group).
 */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(words(`
  company companies firm firms bank banks agency agencies network networks group groups organization
  organizations organisation organisations board department ministry government administration police
  committee council commission campaign party union unions newspaper paper magazine website site station
  channel broadcaster airline carrier operator university college school hospital court office bureau
  service authority institute center centre foundation charity fund team club league association coalition
  alliance regulator watchdog military army navy embassy parliament congress senate legislature cabinet
  utility insurer manufacturer retailer chain brand publisher studio outlet exchange
`));

/**
 * Nouns for documents and media that can be the source of reported words
 * ("the report said", "according to the survey"). Such a source is spoken for
 * by whoever issued it: an organisation, unless the text names a person.
 *
 * Source: the document sources of the entity-level PolNeAR guidelines, and
 * the report verbs' typical subjects in CoreNLP's and the Gender Gap
 * Tracker's quote-verb documentation.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(words(`
  report reports survey surveys study studies poll polls memo memos memorandum email emails e-mail letter
  letters statement statements complaint lawsuit suit filing filings ruling indictment document documents
  analysis review release post tweet tweets ad ads advertisement video book article editorial footnote
  message note transcript summary assessment audit findings data
`));

/**
 * Words that count people without describing them ("two officials", "many
 * lawmakers", "some residents"): they are not part of a description's title.
 *
 * Source: English quantifiers and the cardinal numbers wink tags NUM.
 */
export const QUANTIFIERS: ReadonlySet<string> = new Set(words(`
  one two three four five six seven eight nine ten dozens several many some few most both all other others
  another more
`));
