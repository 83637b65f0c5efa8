import type { Gender } from './honorifics.js';
import { phrases, words } from './words.js';

/**
 * Role nouns that head a title ("National Security **Adviser**", "police
 * **spokesman**", "**ambassador** to NATO"), lower case.
 *
 * Source: the job titles of the AP Stylebook's "titles" entry, US and UK
 * government offices, the source descriptions most common in wire copy, and
 * (the managing director's "MD" is in {@link CAPITALS_TITLE_HEADS}), the informal kin
 * nouns of British and American copy ("His mum Lisa Walsh"; not "pal", a common surname), the Pakistani police ranks and members' letters written before a name ("SSP" a senior superintendent, "DPO" a
 * district police officer, "MPA" and "MNA" members of a provincial and the national assembly; Dawn house style), the
 * Nigerian and Indian police ranks written before a name ("SP Tunde Bello", "ACP Ravi Kumar": an inspector-general, deputy
 * and assistant commissioners, a chief, a deputy and an assistant superintendent and a superintendent of police; not
 * "AIG", an insurer's name, nor "DIG", a verb), the
 * Irish head of government and deputy, "Taoiseach" and "Tánaiste" (with the fada and without), as Irish copy
 * writes them before a name, the landlord and landlady of housing copy, which no agent-noun ending marks ("Landlord Ann Roe"),
 * the convener (convenor) of a forum or committee that Indian and British copy names as a source, the "expat"
 * (expatriate) that Gulf copy writes before a name with the nationality ("Indian expat Priya Menon"), the "vet" of
 * British and Irish farming copy ("Cookstown vet Ann Roe") and the Scottish river keeper's "ghillie" (or "gillie"), and
 * the playing positions and sports roles of sports copy ("Rovers goalkeeper
 * Tom Hale", "striker Cal Brennan"), and the trades and professions of
 * science, health and feature copy that are no common surname ("psychologist",
 * "midwife"; not "baker" or "porter", nor "advocate" and "campaigner", more often a description in US copy: "a
 * leading advocate of the bill"), and the British police ranks written
 * before a name ("DC", "DI", "DCI", and without points "Det Insp", "Sgt",
 * "Supt", "PC", "DS"), and the British abbreviations for a family doctor and
 * for members of the European, Scottish, Irish and provincial parliaments ("a GP
 * in Leeds", "Labour MEP Ann Roe", "MLA Ravi Kumar", "TD Marie Doyle") and the Israeli member of the Knesset's "MK"
 * ("Labour MK Dana Levit"; Times of Israel and Jerusalem Post house style), and the
 * Australian councillor's "Cr" ("Cr Ann Roe", as the British "Cllr") and the Canadian Press "Coun.", the Kenyan member
 * of a county assembly "MCA" ("Gatundu Ward MCA Ann Roe") and principal secretary "PS" ("Agriculture PS Ann Roe"), the Indian district's chief administrator, the "Collector"
 * ("District Collector R. Anand"), the US and Philippine cabinet secretary's "Sec." ("DOTr Sec. Ana Cruz"), the South African provincial minister's "MEC"
 * ("the provincial MEC for health, Ann Roe") and member of a mayoral committee's "MMC" ("Roads and transport MMC Ann
 * Roe"), and the nouns in "-ee" for a person's
 * standing that news writes before a name as it writes "pensioner" ("retiree Ann Roe", "trainee Tom Hale"), and the
 * US school years that local copy writes so ("sophomore Tom Hale"; "freshman" and "junior" read as agent nouns; not
 * "senior", more often an adjective: "the senior Cruz adviser"), and the te reo Māori words for an elder and a chief
 * that New Zealand copy writes before a name as English roles ("local kaumātua Hemi Rua", "kuia Mere Tane"), in both
 * spellings (with the macron and without), and the English "elder" of Indigenous and church communities and "deacon"
 * ("Elder Mary Kopak", "Deacon Tom Hale").
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  words(`
  president vice-president president-elect minister premier chancellor secretary secretary-general
  undersecretary spokesman spokeswoman spokesperson ambassador envoy diplomat senator sen. representative rep.
  congressman congresswoman governor gov. lieutenant mayor chairman chairwoman chairperson chair director
  chief executive officer ceo cfo coo adviser advisor analyst professor economist commissioner attorney lawyer
  judge justice general gen. colonel col. lt. captain capt. sergeant sgt. major maj. admiral adm. commander
  cmdr. king queen prince princess pope bishop archbishop cardinal rabbi imam reverend rev. pastor leader head
  founder co-founder candidate nominee strategist consultant aide official administrator superintendent
  sheriff detective det. inspector constable coach manager owner partner researcher scientist surgeon
  physician nurse teacher principal dean provost editor reporter correspondent columnist author writer
  treasurer auditor comptroller clerk speaker whip delegate councilman councilwoman councillor councilor cllr cllr. cr cr. coun.
  alderman assemblyman assemblywoman assemblymember legislator lawmaker trustee regent marshal deputy emir sultan sheikh
  ayatollah mp pollster activist organizer organiser vp prosecutor spokespeople fellow historian expert
  specialist counsel negotiator commentator host anchor producer chef architect engineer secretary-designate
  frontrunner front-runner hopeful challenger incumbent governor-elect mayor-elect senator-elect
  director-general attorney-general surgeon-general emeritus supervisor coordinator member
  convener convenor staffer pilot agent trooper firefighter paramedic soldier veteran resident student voter supporter farmer
  expat expatriate elder deacon
  worker employee volunteer investor broker trader banker entrepreneur doctor scholar lecturer mediator
  planner passenger witness neighbor neighbour parent councilmember curator conductor playwright actor actress
  singer artist musician novelist poet journalist blogger priest magistrate registrar coroner ombudsman
  chaplain warden headmaster headteacher bailiff co-director co-chair co-chairman dj moderator operative
  mastermind filmmaker businessman businesswoman billionaire tycoon mogul gp mep msp prof prof. mla mpp td mk mec mca ps collector sec. mmc
  goalkeeper goaltender striker midfielder defender winger quarterback linebacker pitcher referee umpire
  batsman bowler jockey sprinter swimmer cyclist rower golfer boxer wrestler athlete footballer cricketer
  champion medallist medalist olympian player skipper boss left-back right-back full-back fullback centre-back center-back wing-back fly-half scrum-half
  centre-forward center-forward
  investigator investigator-in-charge officer-in-charge editor-in-chief commander-in-chief critic reviewer dc di dci
  det sgt insp supt pc ds supt. insp. cpl. pvt. msgr. fr. ald.
  psychologist psychiatrist epidemiologist virologist biologist geologist climatologist meteorologist
  criminologist sociologist cardiologist oncologist neurologist pathologist pediatrician paediatrician
  archaeologist archeologist anthropologist ecologist hydrologist zoologist toxicologist seismologist volcanologist
  ornithologist entomologist radiologist dermatologist glaciologist oceanographer demographer astronomer chemist
  botanist agronomist horticulturist arborist naturalist conservationist nutritionist dietitian veterinarian actuary
  notary paralegal tutor rancher vet ghillie gillie
  technician electrician statistician mathematician physicist pharmacist dentist therapist counsellor counselor
  accountant librarian archivist academic midwife surveyor mechanic plumber designer programmer trucker machinist
  welder carpenter
  lobsterman fisherman winemaker shopkeeper solicitor barrister vicar rector headmistress receptionist cashier
  forecaster sophomore retiree trainee appointee detainee evacuee licensee franchisee
  kaumātua kaumatua kuia rangatira landlord landlady taoiseach tánaiste tanaiste ssp dpo mpa mna
  igp dcp acp csp sp dsp asp
  mum mom dad
  wife husband widow widower mother father daughter son sister brother grandmother grandfather granddaughter
  grandson niece nephew cousin aunt uncle friend colleague rival opponent
`),
);

/**
 * Verb forms that are also adjectives of rank before a role noun, which the tagger reads as verbs: "**lead** author",
 * "**lead** negotiator".
 *
 * Source: English adjectives of rank homographic with a verb's base form.
 */
export const RANK_VERB_FORMS: ReadonlySet<string> = new Set(words(`lead`));

/**
 * The party letters of a US legislator's tag, lower case ("D-Mass.", "R-Ohio", "I-Vt."): Democrat, Republican,
 * independent.
 *
 * Source: the AP Stylebook's "party affiliation" entry.
 */
export const PARTY_LETTERS: ReadonlySet<string> = new Set(words(`d r i`));

/**
 * Verbs that give a role in a relative clause after a name: "Eric Dane, who
 * **chairs** the history department at Lakeview College,". The clause, without
 * "who", is that person's title when the text gives no other.
 *
 * Source: the verbs of holding or having created an office or post that AP
 * and wire copy use in a relative clause on a source (the Leadership,
 * Intentionally_create and Education_teaching frames of FrameNet), present
 * tense for a role held now; "founded" and "co-founded" in the past, as a
 * founder is one for good.
 */
export const ROLE_CLAUSE_VERBS: ReadonlySet<string> = new Set(
  words(`
  heads chairs co-chairs leads directs co-directs runs manages oversees founded co-founded teaches
`),
);

/**
 * Titles of more than one word, matched only as a whole ("**First Lady**
 * Ann Cole"): "first" alone is an ordinal and "staff" alone a body of people.
 * Hyphens between the words may be written or not ("chief-of-staff").
 *
 * Source: as {@link TITLE_HEADS}, the British school jobs written before a name ("dinner lady Ann Roe"), and the Sri
 * Lankan village officer, the "Grama Niladhari" (Daily Mirror house style), and the Fijian village headman, the
 * "Turaga ni Koro" (The Fiji Times house style).
 */
export const TITLE_PHRASES: readonly (readonly string[])[] = phrases(`
  first lady
  first gentleman
  chief of staff
  dinner lady
  lollipop lady
  grama niladhari
  turaga ni koro
`);

/**
 * Party and faction nouns that name a politician's side, read as a title
 * only right before a person's name ("House **Republican** Thomas Massie",
 * "**Democrat** Ana Ruiz"); elsewhere they start names of bodies
 * ("Republican National Committee").
 *
 * Source: the party labels of the AP Stylebook's "party affiliation" entry
 * and the main US and UK parties.
 */
export const PARTY_NOUNS: ReadonlySet<string> = new Set(
  words(`
  republican democrat libertarian independent conservative liberal progressive socialist tory labourite
  republicans democrats libertarians independents conservatives liberals progressives socialists tories
`),
);

/**
 * Endings of role nouns the lexicon cannot list, the sciences and crafts: "geomorphologist", "choreographer".
 *
 * Source: English derivational morphology (the agent nouns of "-ology" and "-graphy").
 */
export const ROLE_SUFFIXES: readonly string[] = ['ologist', 'grapher'];

/**
 * Title heads that reveal the holder's gender. Not "chairman" or "alderman": British and Commonwealth copy writes
 * both of women ("committee chairman Wong Mei Lan … she said"), as the Guardian and Economist style guides note.
 */
export const GENDERED_TITLES: ReadonlyMap<string, Gender> = new Map([
  ['spokesman', 'male'], ['spokeswoman', 'female'], ['chairwoman', 'female'],
  ['congressman', 'male'], ['congresswoman', 'female'], ['councilman', 'male'], ['councilwoman', 'female'],
  ['assemblyman', 'male'], ['assemblywoman', 'female'], ['king', 'male'], ['queen', 'female'],
  ['prince', 'male'], ['princess', 'female'], ['actress', 'female'], ['businessman', 'male'],
  ['businesswoman', 'female'], ['lady', 'female'], ['widow', 'female'], ['mother', 'female'], ['father', 'male'],
  ['wife', 'female'], ['husband', 'male'], ['grandmother', 'female'], ['grandfather', 'male'],
  ['widower', 'male'], ['daughter', 'female'], ['son', 'male'], ['sister', 'female'], ['brother', 'male'],
  ['granddaughter', 'female'], ['grandson', 'male'], ['niece', 'female'], ['nephew', 'male'], ['aunt', 'female'],
  ['uncle', 'male'], ['gentleman', 'male'],
]);

/**
 * Words that follow "of", "to" or "for" inside a title and are never part of
 * a person's name ("Secretary of **State** Colin Powell").
 *
 * Source: the names of US cabinet departments and common ministry portfolios, and the Westminster "Leader of the
 * Opposition".
 */
export const TITLE_COMPLEMENTS: ReadonlySet<string> = new Set(
  words(`
  state defense defence security homeland treasury energy health education agriculture commerce labor labour
  justice interior transportation veterans affairs foreign finance staff housing urban development human
  services the and economy trade industry culture environment home office war navy army air force intelligence
  national public information communications policy operations research studies opposition
`),
);

/**
 * Endings of the abstract and plural nouns that name a minister's or secretary's portfolio ("Minister for
 * **Fisheries**", "Permanent Secretary for Rural and Maritime **Development**", "MEC for Roads and Public **Works**"),
 * which end an office's complement before a name whose given name no list holds.
 *
 * Source: English derivational morphology (the abstract-noun suffixes) and the plural of the portfolios of
 * Commonwealth cabinets ("Lands", "Fisheries", "Resources", "Affairs").
 */
export const PORTFOLIO_SUFFIXES: readonly string[] = ['ment', 'tion', 'sion', 'ture', 'ism', 'ity', 'ics', 'ance', 'ence', 'ies', 'ces', 'rks', 'nds', 'irs'];

/**
 * Title heads only when written all in capitals, another word otherwise: the Welsh Member of the Senedd's "MS"
 * ("Ynys Fawr MS Ann Roe"), which is the honorific "Ms" when not in capitals, and the managing director's "MD"
 * ("Orrin Foods MD Ravi Nair"), which is "Md", short for Mohammad, in a Bangladeshi name ("Md Jahangir Alam").
 *
 * Source: the Senedd's own style for its members since 2020 (BBC Wales and WalesOnline house style); Indian and
 * British business copy for "MD", and The Daily Star (Dhaka) house style for "Md".
 */
export const CAPITALS_TITLE_HEADS: ReadonlySet<string> = new Set(['ms', 'md']);

/**
 * Title heads that follow the name of a seat, which may hold "and" ("Harlow and Eastmoor MP"): members of
 * parliaments and assemblies, as {@link TITLE_HEADS} lists them, and the councillors of wards ("Badenoch and
 * Strathspey councillor").
 *
 * Source: the members' post-nominal styles of the UK, Scottish, Welsh, Irish, Northern Irish, Ontario and Kenyan
 * legislatures; the councillor words of {@link TITLE_HEADS}.
 */
export const SEAT_TITLE_HEADS: ReadonlySet<string> = new Set(words(`mp msp ms mla mpp td mca councillor councilor cllr councilman councilwoman councilmember alderman`));
