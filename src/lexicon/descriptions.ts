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

/**
 * Prepositions that join a role to what it is the role of: "secretary **of**
 * state", "spokeswoman **for** the council", "economist **at** Crestline".
 *
 * Source: English grammar; the complements of job titles in the AP Stylebook's "titles" entry.
 */
export const ROLE_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'at']);

/**
 * Roles held mostly by people the story does not name ("the official, who
 * spoke on condition of anonymity", "the aide"): a description by one of them
 * refers back only to someone given that role by name.
 *
 * Source: the anonymous-source descriptions of the AP Stylebook's "anonymous
 * sources" entry and the unnamed speakers of wire copy.
 */
export const UNNAMED_ROLES: ReadonlySet<string> = new Set(words(`
  official aide source spokesman spokeswoman spokesperson staffer employee worker resident witness voter
  supporter student passenger neighbor neighbour parent member officer agent trooper investigator analyst
  expert
`));

/**
 * Modifiers that make a description point away from anyone named: "the
 * **next** president", "a **future** nominee".
 *
 * Source: English grammar (modifiers of time that refer forward).
 */
export const FORWARD_MODIFIERS: ReadonlySet<string> = new Set(['next', 'future', 'eventual']);
