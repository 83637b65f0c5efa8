import { words } from './words.js';

/**
 * Word lists for telling names from other capitalised words.
 *
 * Source: naming conventions (particles and suffixes) from the Chicago Manual
 * of Style §8; calendar words; the indefinite pronouns and quantifiers of
 * English grammar, which open sentences capitalised ("Others", "Several");
 * organisation designators from company and agency names in wire copy.
 */


/**
 * Lower-case particles inside names: Jaap **de** Hoop Scheffer, Ludwig **van** Beethoven, and the Irish article of
 * bodies' names: Conradh **na** Gaeilge, Bord **na** Móna.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(words(`
  de del della der den van von da di du dos das le la ter ten bin ibn al el ben st. mac op na
`));

/** Generational suffixes: Martin Luther King **Jr.** */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/**
 * Letters after a British or Commonwealth name that are neither part of it nor a role: silk ("Simon Prowse **KC**")
 * and honours ("Ann Roe **OBE**").
 *
 * Source: the post-nominal letters of the UK honours system and of King's and Queen's Counsel.
 */
export const POST_NOMINALS: ReadonlySet<string> = new Set(words(`kc qc obe mbe cbe kbe dbe`));

/**
 * Bodies named only by their kind, which are no name when a sentence opens with them ("Police said", "Authorities in
 * Harlow said"), though they close one ("Tarn Police").
 *
 * Source: the AP Stylebook's "police" and "authorities" usage (lowercase when standing alone).
 */
export const GENERIC_BODY_WORDS: ReadonlySet<string> = new Set(words(`police authorities`));

/**
 * Lower-case nouns for a kind of place written after its name ("Kaptamo **village**", "Kwanza **subcounty**",
 * "Harlow **district**"), which a title's place keeps.
 *
 * Source: the administrative units of Commonwealth and US local copy (villages, wards, subcounties, districts,
 * counties, provinces).
 */
export const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set(words(`
  village town city county subcounty sub-county district ward province region state parish municipality township
  borough division location constituency
`));

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan. feb. mar. apr. aug. sept. sep. oct. nov. dec. today
  yesterday tomorrow i the a an in on at but and or so if as for with from by after before when while then
  this that these those it he she we they you his her their our my its there here what who why how yes no
  not also still even now meanwhile however instead asked said says told added according mr. mrs. ms. dr.
  god internet web am pm a.m. p.m.
  others another several many some both most few all each everyone everybody someone somebody anyone anybody nobody half
`));

/**
 * Words that make a capitalised name an organisation rather than a person
 * ("Skyway **Airlines**", "State **Department**").
 *
 * Source: the generic words of organisation names in news copy, and the closing words of company names in business
 * wire copy ("Westrow **Properties**", "Elmstead **Securities**", "Harbin **Holdings**"), and the closing words of
 * newspaper titles ("the Velsk **Courier**", "the Western **Gazette**"), and the trades and utilities that close the
 * names of local firms ("Ormond **Dairy**", "Corvale **Water**", "Northfield **Rail**", "Tarvo **Mobile**"), and the plurals of federated bodies, the
 * bodies of churches and the local governments named for their place (the Australian "Shire of Koorabin"), and the services named as guards ("Academic Staff **Unions**",
 * "the **Diocese** of Marwick", "the **Town** of Harlow Creek", "the Irish Coast **Guard**"), the religious
 * authorities of Jewish and Orthodox copy ("the Chief **Rabbinate**", "the Ecumenical **Patriarchate**") and the
 * missions and standing offices of diplomatic copy ("the U.S. **Embassy**", "the Commonwealth **Secretariat**"), none
 * of them a common surname.
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(words(`
  airlines airline airways department ministry office house agency administration association university
  college school institute party committee council commission bank times post news press journal network
  inc. inc corp. corp co. ltd ltd. llc group company foundation center centre service services court
  senate congress parliament police army navy force forces union federation board authority organization
  organisation corporation hospital clinic church club team campaign fund trust society league coalition
  alliance nato un eu fbi cia pentagon kremlin reuters tv radio channel magazine review herald tribune
  daily globe observer guardian telegraph mail street avenue city county state states republic kingdom
  nations industries systems technologies partners capital research media studios motors energy health
  labs laboratories museum library prison convention show reserve chamber guild cooperative co-operative
  consortium syndicate legislature assembly cabinet insurance assurance mutual homes foods farms mining
  brands products chemicals petroleum logistics workers employees teamsters friends engineering consulting
  construction festival forum directorate division panel tribunal bureau inspectorate
  properties holdings realty estates investments ventures securities pharmaceuticals enterprises resources
  developments solutions utilities telecom communications airport railway railways transit shipping
  courier gazette chronicle ledger sentinel examiner inquirer enquirer dispatch bulletin mirror express echo argus
  advertiser gleaner observatory laboratory
  dairy dairies creamery bakery bakeries brewery breweries distillery winery supermarkets stores hotels resorts
  pharmacy pharmacies water gas rail transport aviation automotive electric mobile wireless broadband
  unions associations federations diocese archdiocese synod town village borough township municipality guard shire
  rabbinate patriarchate embassy consulate secretariat
`));

/**
 * Words left out of an acronym: "Bureau **of** Labor Statistics" is BLS.
 *
 * Source: the function words English acronyms skip.
 */
export const ACRONYM_GAPS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&']);

/**
 * Sports whose name opens the name of the body that governs them in a country or region ("**Curling** Canada",
 * "**Rugby** Australia", "**Cycling** Ireland"): such a name is a body's, never a person's.
 *
 * Source: the national governing bodies of the Olympic and Commonwealth Games sports, named "SPORT + country".
 */
export const SPORT_WORDS: ReadonlySet<string> = new Set(words(`
  athletics badminton baseball basketball bowls boxing canoe cricket curling cycling diving equestrian fencing football
  golf gymnastics handball hockey judo lacrosse netball rowing rugby sailing shooting skating skiing snowsport soccer
  softball squash swimming taekwondo tennis triathlon volleyball weightlifting wrestling
`));

/**
 * Closing words of the names of countries, which {@link ORGANISATION_WORDS} also marks as bodies ("the United
 * **States**", "the United **Kingdom**"): a country acts, but issues no report of its own.
 *
 * Source: the generic words of English country names.
 */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(words(`states kingdom republic emirates`));

/**
 * Words that make a capitalised name a place's, which is neither a person nor a body: it takes no he, she or it
 * ("the Pell **River**", "Bank **Rd**", "Tanners **Bridge**").
 *
 * Source: the generic terms of English place names for water, roads and landforms.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set(words(`river creek road rd bridge valley gorge harbour harbor island`));

/**
 * Verbs that open the name of a campaign, before "the": "**Save** the Children", "**Stop** the Bypass Coalition".
 *
 * Source: the imperative names of charities and campaign groups in news copy.
 */
export const CAMPAIGN_OPENERS: ReadonlySet<string> = new Set(words(`save stop protect defend keep`));

/**
 * Compass points that qualify a place before its name ("in **north** Harlow", "a school in **south** Belfast"), which
 * the tagger often reads as adverbs.
 *
 * Source: the eight points of the compass, written as one word.
 */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(words(`north south east west northeast northwest southeast southwest`));
