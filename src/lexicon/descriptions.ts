import type { Gender } from './honorifics.js';
import { words } from './words.js';

/**
 * Common nouns that name a body of people acting as one: a speaker described
 * by one ("the company said", "police said") is an organisation.
 *
 * Source: the source descriptions of wire copy (AP Stylebook entries for
 * agencies, companies and the press) and the organisation kinds of the
 * entity-level PolNeAR guidelines (company, bank, network, board, agency, group), and the public institutions of local
 * copy that speak through statements ("the district said", "the museum said", "the park said", "the program said"),
 * the churches' bodies that speak through letters ("the archdiocese said"), and the local governments that local copy
 * names by the place ("the town said", "the county said"), and the state's offices of a French, Japanese or Arab
 * region that speak for it ("the prefecture said", "the governorate said").
 */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(words(`
  company companies firm firms bank banks agency agencies network networks group groups organization
  organizations organisation organisations board department ministry government administration police
  committee council commission campaign party union unions newspaper paper magazine website site station
  channel broadcaster airline carrier operator university college school hospital court office bureau
  service authority institute center centre foundation charity fund team club league association coalition
  alliance regulator watchdog military army navy embassy parliament congress senate legislature cabinet
  utility insurer manufacturer carmaker automaker drugmaker chipmaker retailer chain brand publisher studio outlet exchange
  federation guild trust society cooperative co-operative consortium syndicate force constabulary festival forum
  directorate panel tribunal district museum library park zoo airport port prison program programme
  archdiocese diocese
  town city county village borough township municipality
  prefecture governorate
`));

/**
 * Nouns for documents and media that can be the source of reported words
 * ("the report said", "according to the survey"). Such a source is spoken for
 * by whoever issued it: an organisation, unless the text names a person.
 *
 * Source: the document sources of the entity-level PolNeAR guidelines, and
 * the report verbs' typical subjects in CoreNLP's and the Gender Gap
 * Tracker's quote-verb documentation; "announcement" and "declaration" for
 * the statements of governments and associations, as Commonwealth copy names them.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(words(`
  report reports survey surveys study studies poll polls memo memos memorandum email emails e-mail letter
  letters statement statements complaint lawsuit suit filing filings ruling indictment document documents
  analysis review release post tweet tweets ad ads advertisement video book article editorial footnote
  message note transcript summary assessment audit findings data affidavit affidavits determination decision
  judgment judgement verdict forecast notice bulletin guidance newsletter blog update updates advisory circular
  submission submissions advice examination inspection evaluation recommendation recommendations petition prospectus
  communique communiqué communiques communiqués announcement announcements declaration
`));

/**
 * Verb forms of putting out a document one made: "the authority **issued** a boil notice", "the bureau **released**
 * its report". Not "commissioned" or "received": who asks for a document or gets it did not write it.
 *
 * Source: the verbs that introduce a body's documents in wire and local copy.
 */
export const ISSUING_FORMS: ReadonlySet<string> = new Set(words(`
  issued issues issue released releases release published publishes publish produced produces prepared prepares
  wrote writes sent sends posted posts filed files submitted submits circulated circulates distributed distributes
`));

/**
 * Participles of getting hold of a document, not of making it: "a memo **obtained** by the Herald", "the emails
 * **reviewed** by reporters". Whoever follows "by" is no issuer of the document and no subject of the verb after it.
 *
 * Source: the attribution formulas of wire and newspaper copy for leaked and requested documents ("obtained by",
 * "reviewed by", "received by", "viewed by").
 */
export const ACQUIRING_PARTICIPLES: ReadonlySet<string> = new Set(words(`obtained reviewed received viewed acquired intercepted leaked`));

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
 * Shares of a group that speak for it in poll copy ("a **third** said", "**half** say", "two **fifths** agreed"), which
 * the tagger often reads as adverbs.
 *
 * Source: the English fractions that news copy writes in words, singular and plural.
 */
export const SHARE_WORDS: ReadonlySet<string> = new Set(words(`half halves third thirds quarter quarters fifth fifths`));

/**
 * Participles that name a poll's respondents after the group they are drawn from: "voters **polled** said", "those
 * **surveyed** say".
 *
 * Source: the verbs of sampling in poll reports (AP Stylebook, "polls and surveys").
 */
export const POLLED_PARTICIPLES: ReadonlySet<string> = new Set(words(`polled surveyed interviewed questioned sampled`));

/**
 * Speakers named only by a quantity: `"…," one said`, `said another`.
 *
 * Source: the {@link QUANTIFIERS} that stand alone as a pronoun for people.
 */
export const INDEFINITE_SUBJECTS: ReadonlySet<string> = new Set(words(`one another others some many several both most few`));

/**
 * Prepositions that join a role to what it is the role of: "secretary **of**
 * state", "spokeswoman **for** the council", "economist **at** Crestline".
 *
 * Source: English grammar; the complements of job titles in the AP Stylebook's "titles" entry.
 */
export const ROLE_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'at']);

/**
 * Prepositions after a role noun whose object may be the person the role serves, named with their own title: "a
 * spokeswoman **for** Mayor Ana Ruiz", "an aide **to** Senator Tom Hale", "chief of staff **to** Gov. Ann Roe". Not
 * "of", which joins an office to its domain ("Speaker of the House Rep. Ann Roe" names the Speaker).
 *
 * Source: English grammar; the staff and spokesperson descriptions of wire copy.
 */
export const ROLE_COMPLEMENT_LINKS: ReadonlySet<string> = new Set(['for', 'to']);

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

/**
 * Abbreviated titles and the role each stands for, so that "the senator" can
 * refer back to "Sen. Ana Ruiz".
 *
 * Source: the AP Stylebook's abbreviations of titles before names ("titles",
 * "military titles"), the British councillor's "Cllr", the Australian "Cr", the Canadian Press "Coun." and the detective ranks "DC", "DI" and "DCI".
 */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen.', 'senator'], ['rep.', 'representative'], ['gov.', 'governor'], ['lt.', 'lieutenant'], ['gen.', 'general'],
  ['col.', 'colonel'], ['capt.', 'captain'], ['sgt.', 'sergeant'], ['maj.', 'major'], ['adm.', 'admiral'],
  ['cmdr.', 'commander'], ['det.', 'detective'], ['rev.', 'reverend'], ['supt.', 'superintendent'], ['insp.', 'inspector'],
  ['atty.', 'attorney'], ['pres.', 'president'], ['sec.', 'secretary'], ['gov', 'governor'], ['sen', 'senator'],
  ['cllr', 'councillor'], ['cllr.', 'councillor'], ['cr', 'councillor'], ['cr.', 'councillor'], ['coun.', 'councillor'], ['dc', 'constable'], ['di', 'inspector'], ['dci', 'inspector'],
  ['prof', 'professor'], ['prof.', 'professor'], ['det', 'detective'], ['sgt', 'sergeant'], ['insp', 'inspector'],
  ['supt', 'superintendent'], ['pc', 'constable'], ['ds', 'sergeant'],
]);

/** The titles of members of a legislature, spelt out. Source: as {@link ROLE_EQUIVALENTS}. */
const LEGISLATURE_MEMBERS: readonly string[] = words(`senator representative congressman congresswoman assemblyman assemblywoman mp msp mla mpp td mep mk`);

/** Which of two relatives a word or a kin noun names: the elder or the younger generation. */
export type Generation = 'elder' | 'younger';

/**
 * Words before a surname that tell two relatives apart by generation: "the **elder** Ms. Brandl".
 *
 * Source: English comparatives of age as news copy uses them before a relative's name.
 */
export const GENERATION_WORDS: ReadonlyMap<string, Generation> = new Map([['elder', 'elder'], ['older', 'elder'], ['younger', 'younger']]);

/**
 * The generation each kin noun names, relative to the one it is kin of.
 *
 * Source: the kin nouns of {@link KIN_NOUNS} that name a parent's or a child's generation.
 */
export const KIN_GENERATION: ReadonlyMap<string, Generation> = new Map([
  ['mother', 'elder'], ['father', 'elder'], ['grandmother', 'elder'], ['grandfather', 'elder'], ['aunt', 'elder'], ['uncle', 'elder'],
  ['daughter', 'younger'], ['son', 'younger'], ['granddaughter', 'younger'], ['grandson', 'younger'], ['niece', 'younger'], ['nephew', 'younger'],
]);

/**
 * Role nouns a description may use for a title that names the same role by another word: "the judge" for "Justice Amy
 * Ong", "the lawmaker" for "Sen. Ana Ruiz" or "Harlow MP Tom Dale".
 *
 * Source: the AP Stylebook's "judge" and "justice" entries (a justice of a high court is its judge) and its use of
 * "lawmaker" and "legislator" for any member of a legislature, with the members' titles of {@link TITLE_ABBREVIATIONS}
 * spelt out and the Westminster members' letters.
 */
export const ROLE_EQUIVALENTS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['judge', words(`justice magistrate`)],
  ['lawmaker', [...LEGISLATURE_MEMBERS, 'legislator']],
  ['legislator', [...LEGISLATURE_MEMBERS, 'lawmaker']],
]);

/**
 * For a common noun that refers back to an organisation ("the bank said"),
 * the words that mark a name as one of that kind ("Royal **Bank** of Scotland
 * Group", "Pellham **Inc.**"). The noun itself always counts too.
 *
 * Source: the organisation designators of company and agency names in wire
 * copy (legal suffixes, the kind words of US and UK public bodies and media), the closing words of investment and
 * asset-management firms that business copy calls "the firm" ("Harlow Asset **Management**", "Tarn **Securities**"), the names of shipping lines that
 * trade copy calls carriers ("Maersk Line", "Orrin Lines"), and the kind words of the regulators that business copy
 * calls "the regulator" or "the watchdog" ("Financial Conduct **Authority**", "Securities and Exchange **Commission**"),
 * and the US state universities that sports and local copy call by "State" alone ("Ohio **State**", "the university").
 */
export const ORGANISATION_KINDS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['company', words('inc. inc corp. corp co. co ltd ltd. limited llc plc group holdings corporation industries')],
  ['firm', words('inc. inc corp. corp co. ltd ltd. limited llc plc group partners associates capital management investments securities advisers advisors')],
  ['bank', words('bank bancorp banking')],
  ['network', words('network tv television broadcasting news radio channel')],
  ['broadcaster', words('network tv television broadcasting news radio channel')],
  ['newspaper', words('times post journal tribune herald observer guardian daily gazette news chronicle telegraph')],
  ['paper', words('times post journal tribune herald observer guardian daily gazette news chronicle telegraph')],
  ['agency', words('agency administration office service bureau commission department authority')],
  ['department', words('department ministry office')],
  ['ministry', words('ministry department office')],
  ['airline', words('airlines airways air')],
  ['carrier', words('airlines airways air line lines shipping')],
  ['operator', words('transit railways rail ferries buses trains lines')],
  ['university', words('university college institute state')],
  ['group', words('group coalition alliance association network fund union')],
  ['union', words('union federation')],
  ['campaign', words('campaign')],
  ['federation', words('federation')],
  ['guild', words('guild')],
  ['trust', words('trust')],
  ['society', words('society')],
  ['cooperative', words('cooperative co-operative co-op')],
  ['force', words('police constabulary force')],
  ['app', words('app apps')],
  ['platform', words('platform')],
  ['startup', words('labs technologies systems')],
  ['start-up', words('labs technologies systems')],
  ['retailer', words('stores store shops')],
  ['insurer', words('insurance assurance mutual')],
  ['lender', words('bank bancorp banking finance')],
  ['manufacturer', words('industries motors manufacturing')],
  ['carmaker', words('motors motor automotive')],
  ['automaker', words('motors motor automotive')],
  ['drugmaker', words('pharmaceuticals pharma')],
  ['chipmaker', words('semiconductor semiconductors')],
  ['publisher', words('press publishing books')],
  ['constabulary', words('constabulary police')],
  ['regulator', words('authority commission regulator office board agency')],
  ['watchdog', words('authority commission regulator office board agency ombudsman')],
]);

/**
 * Nouns any business or sports club is called, whatever its name says ("Quellby said … the company said", "Marrow
 * Athletic … the club said"): they may refer back to a name nothing marks as a person's, where the other kinds need a
 * name of their kind.
 *
 * Source: the generic heads of the {@link ORGANISATION_KINDS} for businesses, the head of the trades' names for
 * a business ("auction house", "publishing house", "fashion house"), and the nouns sports copy uses for a club whose
 * name is a place's ("Harrow Vale", "Dunmore City"), and "maker" with the trades business copy joins to it ("the chip
 * maker", "the carmaker").
 */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(words('company firm club team group house maker carmaker automaker drugmaker chipmaker'));

/**
 * Nouns a business's own name modifies ("the Thrift Lane **chain**", "the Orrin **brand**"): the name is a company's,
 * though none of its words says so. Not "campaign", "team" or "family", which a person's name modifies too ("the
 * Kerr campaign").
 *
 * Source: the heads business copy writes after a company's name used as a modifier, from the generic heads of
 * {@link ORGANISATION_KINDS} for businesses and the trade nouns for a company's shops and products.
 */
export const BUSINESS_MODIFIED_NOUNS: ReadonlySet<string> = new Set(words('company firm chain brand retailer franchise subsidiary conglomerate'));

/** The nouns for a business, which never refer back to a body of {@link NON_COMPANY_WORDS}: "the company", "the firm". */
export const BUSINESS_NOUNS: ReadonlySet<string> = new Set(words('company firm'));

/**
 * Body words that mark a name as no company's: what business copy calls "the company" or "the firm" is not the fund,
 * the regulator or the council named beside it ("the Harlow Income **Fund** will pay …, the firm said"); "the group"
 * may be any of them.
 *
 * Source: the kind words of {@link ORGANISATION_KINDS} for public bodies, associations and funds.
 */
export const NON_COMPANY_WORDS: ReadonlySet<string> = new Set(words(`
  fund board commission authority agency department ministry council university college school trust society union
  federation association coalition alliance foundation committee police
`));

/** Every word of {@link ORGANISATION_KINDS}: each marks a name as an organisation's. */
export const ORGANISATION_KIND_WORDS: ReadonlySet<string> = new Set([...ORGANISATION_KINDS.values()].flat());

/**
 * Words before "as" that make it no role: "such as", "as well as", "just as",
 * "so as to".
 *
 * Source: the compound prepositions and conjunctions with "as" in English grammar.
 */
export const NOT_ROLE_AS: ReadonlySet<string> = new Set(['such', 'well', 'as', 'just', 'so', 'same']);

/**
 * Nouns for relatives, with the gender each fixes: "Donald Trump's **son**"
 * names a relative of the possessor, not the possessor. A neighbour is a
 * relation of the same kind: "her neighbour, Wade Corliss" names no role; so are a friend, a colleague and a
 * rival ("Her Conservative rival, Mark Dunne,").
 *
 * Source: English kinship terms (the kin nouns of the title lexicon), "neighbour", and the nouns of personal and
 * political relations.
 */
export const KIN_NOUNS: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ['son', 'male'], ['daughter', 'female'], ['wife', 'female'], ['husband', 'male'], ['father', 'male'], ['mother', 'female'],
  ['brother', 'male'], ['sister', 'female'], ['grandson', 'male'], ['granddaughter', 'female'], ['grandfather', 'male'],
  ['grandmother', 'female'], ['nephew', 'male'], ['niece', 'female'], ['uncle', 'male'], ['aunt', 'female'],
  ['widow', 'female'], ['widower', 'male'], ['cousin', null], ['neighbour', null], ['neighbor', null],
  ['friend', null], ['colleague', null], ['rival', null], ['opponent', null],
]);

/**
 * Nouns for a person that fix their gender, beyond the gendered titles: "**one woman**, who asked not to be named,
 * said … '…,' she said".
 *
 * Source: English common nouns for people by sex.
 */
export const GENDERED_PERSON_NOUNS: ReadonlyMap<string, Gender> = new Map([
  ['man', 'male'], ['woman', 'female'], ['boy', 'male'], ['girl', 'female'], ['mum', 'female'], ['mom', 'female'],
  ['dad', 'male'], ['grandma', 'female'], ['grandpa', 'male'],
]);
