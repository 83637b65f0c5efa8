import { phraseAt } from '../grammar/cues.js';
import { ageEndingAt, isChildCountAt, readAsRole, readDescription, readKindOf, readKinDescription, readPersonalDescription, type DescriptionSpan } from '../grammar/descriptions.js';
import { partitionPoint } from '../grammar/partition-point.js';
import { PHRASE_OBJECT_POS } from '../grammar/pos.js';
import { ACRONYM, isAccordingToObject, isCapitalised, isDeterminer, isPossessive, isWhiteSpace, spanText } from '../grammar/tokens.js';
import { WORD_CLASS } from '../grammar/word-classes.js';
import { BUSINESS_MODIFIED_NOUNS, GENERATION_WORDS, KIN_GENERATION, KIN_NOUNS, ORGANISATION_KIND_WORDS, ORGANISATION_NOUNS, type Generation, ROLE_EQUIVALENTS, ROLE_LINKS, TITLE_ABBREVIATIONS, UNNAMED_ROLES } from '../lexicon/descriptions.js';
import { AGENT_PREPOSITIONS, CLAUSE_OPENING_PREPOSITIONS, INDEFINITE_OPENERS, PREPOSITIONS, RELATIVE_ADVERBS, WH_RELATIVE_WORDS } from '../lexicon/function-words.js';
import { LISTENER_REPORTING_LEMMAS, NO_COMMENT_PHRASES, REPORTING_VERBS, SPEECH_VERBS, type CueStrength } from '../lexicon/speech-verbs.js';
import { FIRST_NAME_GENDER } from '../lexicon/first-names.js';
import type { Gender } from '../lexicon/honorifics.js';
import { ACRONYM_GAPS, CAMPAIGN_OPENERS, NAME_SUFFIXES, ORGANISATION_WORDS, PLACE_WORDS, SPORT_WORDS } from '../lexicon/names.js';
import { GENDERED_PRONOUNS, SUBJECT_FORMS, SUBJECT_PRONOUNS } from '../lexicon/pronouns.js';
import { GENDERED_TITLES, ROLE_SUFFIXES, TITLE_HEADS } from '../lexicon/titles.js';
import type { AnalysedText, Description, Entities, Entity, Mentions, NameMention, Reference, Token, TokenIndex } from './document.js';

/** An entity while the mentions are read: the stage fills it in, then returns it read-only. */
/** Hint: `rank` is the {@link titleRank} of the shown title, kept so that adding a title ranks only the new one. */
type WorkingEntity = { -readonly [Field in keyof Entity]: Entity[Field] } & {
  titles: string[];
  kinds: string[];
  rank: number;
  honorifics: string[];
  firstNamed: boolean;
  /** Whether the last two words of the name as first written were tagged as names ("Ochoa Rentería", not "Pence Calls"). */
  surnamePair: boolean;
  /** Whether the name as first written puts the surname first, before a hyphened given name ("Kim Min-jun"). */
  surnameFirst: boolean;
};

/**
 * Builds the document's people and organisations from its name mentions:
 * later mentions ("Powell", "Mr. Biden") link to the fullest name seen
 * ("Colin Powell"), and each entity gathers the titles, honorifics and
 * gender evidence of its mentions. Gender comes from honorifics and gendered
 * titles, then from the first-name list, then from a he/she right after the
 * name. A name that speaks ("Tiegen said") is a person unless it names a body. Definite descriptions ("the former secretary of
 * state") are linked to the person they most likely mean, whose titles they join.
 *
 * @internal
 */
export function linkEntities(doc: AnalysedText, mentions: Mentions): Entities {
  const { names } = mentions;
  const list: WorkingEntity[] = [];
  const nameIndex: NameIndex = { byLastWord: new Map(), byFirstWord: new Map(), byInnerWord: new Map() };
  const ofMention = new Int32Array(names.length);
  const mentionCount: number[] = [];
  // Hint: read once per mention; linking, salience and the references all ask.
  const subjects = names.map((mention) => isClauseSubject(doc.tokens, mention.first, mention.last));
  for (let at = 0; at < names.length; at++) {
    const mention = names[at]!;
    // "understood Dale's frustration": a possessor refers to its person as a subject does.
    const after = doc.tokens[mention.nameLast + 1];
    // "She tells Harold the news": a known first name is a person's as an object too, though not after a
    // preposition, where it may be a place ("a trip to Virginia").
    const asObject = (doc.tokens[mention.nameFirst]!.classes & WORD_CLASS.firstName) !== 0 && doc.tokens[mention.first - 1]?.pos !== 'ADP';
    const refers = subjects[at]! || (after !== undefined && isPossessive(after)) || asObject;
    // Hint: an honorific is the name's first token; "Dr." and "Dr" are one. A one-word title before the name styles
    // it too: "Cllr Trevelyan" is the Trevelyan who was "Cllr Ruth Trevelyan", not her father.
    const honorific = mention.honorific === undefined ? null : doc.tokens[mention.nameFirst]!.lower;
    const title = mention.title !== null && !/\s/.test(mention.title) ? mention.title.toLowerCase() : null;
    const styledBy = honorific ?? title;
    const style = styledBy === null ? null : withoutFinalStop(styledBy);
    const generation = mention.first > 0 ? GENERATION_WORDS.get(doc.tokens[mention.first - 1]!.lower) ?? null : null;
    // "Marrick Dynamics, which makes aircraft parts,": a name that "which" describes is no person's.
    const thing = (after?.text === ',' && doc.tokens[mention.nameLast + 2]?.lower === 'which') || isTeamName(doc, mention, list);
    ofMention[at] = linkEntity(list, nameIndex, mentionCount, mention, refers, style, generation, thing);
  }
  names.forEach((mention, index) => giveKind(list[ofMention[index]!]!, readKindOf(doc.tokens, mention)));
  for (const modifier of mentions.modifiers) giveFullerName(doc, list, nameIndex, modifier);
  // Hint: the first-name list goes before pronouns: a he or she near a name is often someone else's.
  for (const entity of list) {
    // "Kim Min-jun": a surname that is also a first name in the list tells no gender.
    if (entity.gender !== null || entity.place || entity.surnameFirst) continue;
    const firstName = entity.nameWords.length > 1 ? entity.nameWords[0] : undefined;
    const gender: Gender | undefined = firstName === undefined ? undefined : FIRST_NAME_GENDER.get(firstName);
    if (gender !== undefined) {
      entity.gender = gender;
      entity.person = true;
    }
  }
  const spans = findDescriptions(doc, mentions);
  learnGenderFromPronouns(doc, names, list, ofMention, spans);
  markSpeakers(doc, names, list, ofMention);
  const { descriptions, descriptionAt } = linkDescriptions(doc, mentions, subjects, list, ofMention, spans);
  const references = resolvePronouns(doc, list, listReferences(doc, mentions, subjects, ofMention, descriptions));
  giveAsRoles(doc, mentions, list, references);
  giveRoleClauses(names, list, ofMention);
  return { list, ofMention, descriptions, descriptionAt, references };
}

/**
 * A role written as a relative clause ("Eric Dane, who chairs the history
 * department,") is the title of an entity that has no other: an office or a
 * role noun anywhere in the text says more. Read last, once every other title is known.
 */
function giveRoleClauses(names: readonly NameMention[], entities: readonly WorkingEntity[], ofMention: TokenIndex): void {
  names.forEach((mention, index) => {
    const entity = entities[ofMention[index]!]!;
    // "Her neighbour, Ama Osei, who chairs the village cooperative,": a role says more than a relation.
    if (mention.roleClause === null || (entity.title !== null && !isKinTitle(entity.title))) return;
    addTitle(entity, mention.roleClause);
  });
}

/** How many earlier entities with the same last word a name is compared with. */
const LINK_REACH = 64;

/** Entities by the last and by the first word of their names: the only ones a name is compared with. */
interface NameIndex {
  readonly byLastWord: Map<string, number[]>;
  /** Hint: an entry may be stale once a fuller name replaces the first word; lookups check it again. */
  readonly byFirstWord: Map<string, number[]>;
  /** The words between a person's first and last: "Faiz" in "Muhammad Faiz Osman". */
  readonly byInnerWord: Map<string, number[]>;
}

function indexed(index: Map<string, number[]>, word: string): number[] {
  let entries = index.get(word);
  if (entries === undefined) {
    entries = [];
    index.set(word, entries);
  }
  return entries;
}

/** How many words a name needs before a common body noun ending it ("Adventure **Park**") marks it as a body's. */
const MARKED_BODY_WORDS = 3;

/**
 * Finds or creates the entity for a name: a fuller name goes to the most
 * recent one it ends like; a bare surname to the bearer named most so far;
 * never to one whose gender the name's honorific, title or first name rules out.
 */
function linkEntity(
  entities: WorkingEntity[],
  index: NameIndex,
  mentionCount: number[],
  mention: NameMention,
  refers: boolean,
  style: string | null,
  generation: Generation | null,
  thing: boolean,
): number {
  const { words, title, honorific } = mention;
  // Hint: one loop for the words and whether they name a body, without a closure or an array per step.
  const lower: string[] = [];
  let organisation = false;
  for (const token of words) {
    // "Jr" in a headline and "Jr." in the text are one suffix.
    const suffix = (token.classes & WORD_CLASS.nameSuffix) !== 0;
    const word = suffix ? withoutFinalStop(token.lower) : token.lower;
    lower.push(word);
    // "Rusk & Tallow": a name joined by an ampersand is a firm's. Hint: a word as read has its class bit; a suffix
    // without its full stop is another word, looked up.
    organisation ||= (suffix ? ORGANISATION_WORDS.has(word) || ORGANISATION_KIND_WORDS.has(word) : (token.classes & (WORD_CLASS.bodyWord | WORD_CLASS.organisationKindWord)) !== 0) || word === '&';
  }
  const name = spanText(words, 0, words.length - 1);
  // "Save the Children": a campaign's name is a body's.
  // "The contractor, Medisafe Gases, which installed the plant,": a one-word role before such a name is the thing's kind.
  organisation ||= ACRONYM.test(name) || MIXED_ACRONYM.test(name) || (thing && mention.honorific === undefined && (title === null || !/\s/.test(title))) || (CAMPAIGN_OPENERS.has(lower[0]!) && lower[1] === 'the');
  const lastWord = lower[lower.length - 1]!;
  const surnameFirst = surnameBeforeGivenName(words) !== null;
  // Hint: the first word's class bit says whether the list has it; only a suffix, read without its stop, is looked up blind.
  const listed = !surnameFirst && (words[0]!.classes & (WORD_CLASS.firstName | WORD_CLASS.nameSuffix)) !== 0;
  // "Palmetto Cove Adventure Park said": a name of three words or more that ends in a body's common noun, with no
  // first name, honorific or title, is the body's (a surname may be such a noun: "Ana Park").
  // Hint: not the half of a hyphenated surname ("Dev Lowther-Banks").
  // "Curling Canada said": a sport's name opening a name of two words or more is its governing body's.
  organisation ||= lower.length >= 2 && SPORT_WORDS.has(lower[0]!);
  organisation ||= lower.length >= MARKED_BODY_WORDS && ORGANISATION_NOUNS.has(lastWord) && lower[lower.length - 2] !== '-' && !listed && honorific === undefined && title === null;
  // Hint: both ways of matching need the same last word, so only entities ending in it are candidates.
  const candidates = indexed(index.byLastWord, lastWord);
  const titleGender = title === null ? undefined : GENDERED_TITLES.get(afterLastSeparator(title).toLowerCase());
  const firstNameGender = lower.length > 1 && listed ? FIRST_NAME_GENDER.get(lower[0]!) : undefined;
  const gender = honorific ?? titleGender ?? firstNameGender ?? null;
  // "Bank Rd", "the Pell River": a name that ends in a place's kind is a place, whatever words it holds.
  // Hint: not "the Town of Harlow Creek", a body named for its place.
  const bodyOfPlace = lower[1] === 'of' && (words[0]!.classes & WORD_CLASS.bodyWord) !== 0;
  const place = PLACE_WORDS.has(lastWord) && honorific === undefined && title === null && firstNameGender === undefined && !bodyOfPlace;
  if (place) organisation = false;
  const person = !organisation && !place && (title !== null || honorific !== undefined || firstNameGender !== undefined);
  let found = -1;
  let styled = false;
  let gendered = false;
  const generational = generation !== null && candidates.some((candidate) => ofGeneration(entities[candidate]!, generation));
  // "Mrs Marsh" after "Ella Marsh" (then just "Ella") and "her mother, Janet Marsh": an honorific
  // names the one the story calls formally, not the one it calls by first name.
  const formal = honorific !== undefined && lower.length === 1
    && candidates.some((candidate) => entities[candidate]!.firstNamed && mayHave(entities[candidate]!, gender))
    && candidates.some((candidate) => !entities[candidate]!.firstNamed && mayHave(entities[candidate]!, gender) && endsWith(entities[candidate]!.nameWords, lower));
  // Hint: the most recent few suffice, and keep a text of thousands of Smiths linear.
  for (let at = candidates.length - 1; at >= 0 && at >= candidates.length - LINK_REACH; at--) {
    const candidate = entities[candidates[at]!]!;
    const known = candidate.nameWords;
    if (!endsWith(known, lower) && !(known.length === 1 && lower.length > 1) && !isSurnameBeforeGivenName(known, lower) && !isSurnameBeforeSuffix(known, lower)) continue;
    // "Roy said" after "Juliette Marchand-Roy" and "her father, Sylvain Roy": the half of a double surname is no name.
    if (known[known.length - lower.length - 1] === '-' && endsWith(known, lower)) continue;
    // "Kowalchuk said" after "Team Kowalchuk" and "Jenna Kowalchuk": a bare surname names the person, not a body named
    // for her.
    if (lower.length === 1 && known.length > 1 && candidate.organisation && !organisation && hasPersonEndingIn(entities, candidates, lastWord)) continue;
    // "Mrs. Rusk" after "Peter Rusk" and "Alma Rusk": the honorific tells which of the two.
    if (!mayHave(candidate, gender)) continue;
    // "the elder Ms. Brandl" after "Dana Brandl" and "her mother, Ruth Brandl": the parent; "the younger", the child.
    if (generational && !ofGeneration(candidate, generation)) continue;
    if (formal && candidate.firstNamed) continue;
    // "Dr Varga" after "Dr Ilse Varga" and her husband: a bearer already styled so comes first.
    const sameStyle = style !== null && candidate.honorifics.includes(style);
    if (styled && !sameStyle) continue;
    // "Mr Valk" after "Dr Ines Valk" and "her husband, Pieter Valk": next, a bearer known to have the honorific's gender.
    const sameGender = gender !== null && candidate.gender === gender;
    if (!styled && gendered && !sameGender && !sameStyle) continue;
    // A bare surname goes to the bearer named most so far (the first of equals): whom the story is about, not who came last.
    if (found < 0 || (sameStyle && !styled) || (sameGender && !gendered && !styled) || (lower.length === 1 && mentionCount[candidates[at]!]! >= mentionCount[found]!)) {
      found = candidates[at]!;
    }
    styled ||= sameStyle;
    gendered ||= sameGender;
    if (lower.length > 1) break;
  }
  // "Chris went on" after "Chris Anderson": a lone first name that acts is that person when only one name starts with it.
  const sameStart = index.byFirstWord.get(lower[0]!) ?? NO_ENTITIES;
  if (found < 0 && lower.length === 1 && refers) {
    found = onlyBearerOfFirstName(entities, sameStart, lastWord);
    if (found >= 0) entities[found]!.firstNamed = true;
  }
  // "his wife, Sara, … Sara Belden said": a full name after a lone first name no one else has is that person's.
  if (found < 0 && lower.length >= 2 && !organisation && (words[0]!.classes & WORD_CLASS.firstName) !== 0) {
    found = onlyOne(sameStart, (entity) => entities[entity]!.nameWords[0] === lower[0] && !entities[entity]!.organisation);
    if (found >= 0 && (entities[found]!.nameWords.length !== 1 || !mayHave(entities[found]!, gender))) found = -1;
  }
  // "Ahmad Faizal said" after "Ahmad Faizal Rahman": a person called again by the first words of their name, as Malay
  // names are by the given names; not "Donald Trump" after "Donald Trump Jr.", which names the father.
  if (found < 0 && lower.length >= 2 && !organisation) {
    found = onlyOne(sameStart, (entity) => startsPersonName(entities[entity]!, lower) && mayHave(entities[entity]!, gender));
  }
  // "Mr Faiz" after "Muhammad Faiz Osman": a Malay name is called formally by its given name, which stands inside it.
  if (found < 0 && lower.length === 1 && honorific !== undefined) {
    found = onlyOne(index.byInnerWord.get(lastWord) ?? NO_ENTITIES, (entity) => isInnerWordOf(entities[entity]!, lastWord) && mayHave(entities[entity]!, gender));
  }
  // "Ochoa said" after "Guadalupe Ochoa Rentería": a Spanish name is called by its first surname, the word before the
  // last; not by a middle given name ("Ann" of "Mary Ann Roe"), which the first-name list knows.
  if (found < 0 && lower.length === 1 && (words[0]!.classes & WORD_CLASS.firstName) === 0) {
    found = onlyOne(index.byInnerWord.get(lastWord) ?? NO_ENTITIES, (entity) => isFirstSurnameOf(entities[entity]!, lastWord) && mayHave(entities[entity]!, gender));
  }
  // "Corran" after "Corran Savings Bank", "Karsk National Gas" after "Karsk National Gas Company": an organisation
  // is shortened to its first words wherever it stands.
  if (found < 0) found = onlyOrganisationStartingWith(entities, sameStart, lower);
  if (found < 0 && organisation) found = organisationNamedTheOtherWay(entities, index, lower);
  // "the Kalyanpet Metropolitan Transport Corporation (KMTC) … the KMTC said": an acronym of a body's initials is that body.
  if (found < 0 && lower.length === 1 && ACRONYM.test(name)) found = organisationWithInitials(entities, lastWord.replace(FULL_STOPS, ''));
  // "the Department of Environment (DoE) … the DoE said": the capitals of an acronym written with its small words'.
  if (found < 0 && lower.length === 1 && MIXED_ACRONYM.test(name)) found = organisationWithInitials(entities, name.replace(LOWER_CASE, '').toLowerCase());
  // "the West End Development Corporation … Wedco said": a word made of the starts of a body's words is that body.
  if (found < 0 && lower.length === 1 && !listed && lastWord.length >= SHORT_FORM_LENGTH && lastWord.length <= SHORT_FORM_MAX) found = organisationShortenedTo(entities, lastWord);
  // "The District Chief Executive for Harlow, Mrs Ama Boateng, … the DCE said": so is one of a person's office.
  if (found < 0 && lower.length === 1 && ACRONYM.test(name)) found = personWithOfficeInitials(entities, lastWord.replace(FULL_STOPS, ''));
  if (found < 0) {
    const entity: WorkingEntity = { name, nameWords: lower, title: null, titles: [], gender, person, organisation, kinds: [], rank: -1, honorifics: style === null ? [] : [style], firstNamed: false, place, surnamePair: isSurnamePair(words), surnameFirst };
    for (const given of mention.titles) addTitle(entity, given);
    entities.push(entity);
    mentionCount.push(1);
    candidates.push(entities.length - 1);
    // "Dr Ronald Fung Chi-keung … Fung said": a surname written before a hyphened given name finds the person too.
    const surname = surnameBeforeGivenName(words);
    if (surname !== null) indexed(index.byLastWord, surname).push(entities.length - 1);
    // "Villareal said" after "Andres Villareal Jr.": the surname before a suffix finds the person too.
    if (lower.length > 2 && NAME_SUFFIXES.has(lastWord)) indexed(index.byLastWord, lower[lower.length - 2]!).push(entities.length - 1);
    indexed(index.byFirstWord, lower[0]!).push(entities.length - 1);
    indexInnerWords(index, entity, entities.length - 1);
    return entities.length - 1;
  }
  mentionCount[found]!++;
  const entity = entities[found]!;
  // Hint: a body named both ways ends in two words; either finds it again.
  if (lastWord !== entity.nameWords[entity.nameWords.length - 1] && !candidates.includes(found)) candidates.push(found);
  if (style !== null && !entity.honorifics.includes(style)) entity.honorifics.push(style);
  // Hint: of two spellings of the same words, the longer keeps a suffix's full stop ("Jr." over a headline's "Jr").
  if (lower.length > entity.nameWords.length || (lower.length === entity.nameWords.length && name.length > entity.name.length)) {
    if (lower[0] !== entity.nameWords[0]) indexed(index.byFirstWord, lower[0]!).push(found);
    entity.name = name;
    entity.nameWords = lower;
    indexInnerWords(index, entity, found);
  }
  for (const given of mention.titles) addTitle(entity, given);
  entity.gender ??= gender;
  entity.person ||= person;
  return found;
}

function indexInnerWords(index: NameIndex, entity: WorkingEntity, at: number): void {
  if (entity.organisation) return;
  for (let word = 1; word < entity.nameWords.length - 1; word++) indexed(index.byInnerWord, entity.nameWords[word]!).push(at);
}

/** Whether `word` stands inside the person's name, neither first nor last. */
function isInnerWordOf(entity: WorkingEntity, word: string): boolean {
  const inner = entity.nameWords.indexOf(word, 1);
  return !entity.organisation && inner > 0 && inner < entity.nameWords.length - 1;
}

/** Whether `word` is the word before the last of a person's name of three words or more: "Ochoa" of "Guadalupe Ochoa Rentería". */
function isFirstSurnameOf(entity: WorkingEntity, word: string): boolean {
  const { nameWords } = entity;
  return !entity.organisation && !entity.place && entity.surnamePair && nameWords.length >= 3 && nameWords[nameWords.length - 2] === word;
}

/** Whether a name of three words or more ends in two the tagger read as names: "Guadalupe Ochoa Rentería". */
function isSurnamePair(words: NameMention['words']): boolean {
  return words.length >= 3 && words[words.length - 1]!.pos === 'PROPN' && words[words.length - 2]!.pos === 'PROPN';
}

/** The surname of a name that ends in a hyphened given name in lower case after its hyphen ("Fung Chi-keung"), or null. */
function surnameBeforeGivenName(words: NameMention['words']): string | null {
  const last = words.length - 1;
  return last >= 3 && words[last - 1]!.text === '-' && !isCapitalised(words[last]!.text) ? words[last - 3]!.lower : null;
}

/** Whether a one-word name is the surname before such a given name in `known` (see {@link surnameBeforeGivenName}). */
function isSurnameBeforeGivenName(known: readonly string[], lower: readonly string[]): boolean {
  return lower.length === 1 && known.length >= 4 && known[known.length - 2] === '-' && known[known.length - 4] === lower[0];
}

/** Whether a candidate's gender, if known, is the name's (null: the name tells none). */
function mayHave(candidate: WorkingEntity, gender: Gender | null): boolean {
  return gender === null || candidate.gender === null || candidate.gender === gender;
}

/** For a word with no entities in an index. */
const NO_ENTITIES: readonly number[] = [];

/** The text without one final full stop: "dr." → "dr", "jr." → "jr". */
function withoutFinalStop(text: string): string {
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

/** The last word of a title, split at spaces and hyphens: "vice-chairwoman" → "chairwoman". */
function afterLastSeparator(title: string): string {
  let at = title.length - 1;
  while (at >= 0 && !isSpaceOrHyphen(title.charCodeAt(at))) at--;
  return title.slice(at + 1);
}

/** What `/[\s-]/` matches: a hyphen or white space. */
function isSpaceOrHyphen(code: number): boolean {
  return code === 0x2d || isWhiteSpace(code);
}

/**
 * "Bexley Moor said" after "the Bexley Moor Foods plant": a body's name used as a modifier is the full name of
 * the one entity named by its first words, when nothing marks that entity as a person (a gender, a title, an honorific).
 * A name before a business noun ("the Thrift Lane chain") is a company's name as it stands.
 */
function giveFullerName(doc: AnalysedText, entities: readonly WorkingEntity[], index: NameIndex, modifier: { first: number; last: number }): void {
  const { tokens } = doc;
  const words: string[] = [];
  for (let at = modifier.first; at <= modifier.last; at++) words.push(tokens[at]!.lower);
  // "the Thrift Lane chain": a business noun after the name makes the entity of that very name a company's.
  const business = BUSINESS_MODIFIED_NOUNS.has(tokens[modifier.last + 1]?.lower ?? '');
  if (!business && !words.some((word) => ORGANISATION_WORDS.has(word))) return;
  const shorter = onlyOne(index.byFirstWord.get(words[0]!) ?? [], (entity) => {
    const { nameWords, gender, titles, honorifics } = entities[entity]!;
    const named = business ? nameWords.length === words.length : nameWords.length < words.length;
    return named && startsWith(words, nameWords) && gender === null && titles.length === 0 && honorifics.length === 0;
  });
  if (shorter < 0) return;
  const entity = entities[shorter]!;
  entity.name = spanText(tokens, modifier.first, modifier.last);
  entity.nameWords = words;
  entity.organisation = true;
  entity.person = false;
}

/** "the bank, NatWest": a kind of organisation makes the entity one, whatever its name looks like. */
function giveKind(entity: WorkingEntity, kind: string | null): void {
  if (kind === null || entity.kinds.includes(kind)) return;
  entity.kinds.push(kind);
  entity.organisation = true;
  entity.person = false;
}

/**
 * Adds a title to an entity's and keeps the fullest of them shown: one that names a role before one
 * that only names a relative ("builder" before "husband"), then the one with the most words
 * ("Republican presidential nominee" over "nominee"), then the first.
 */
function addTitle(entity: WorkingEntity, title: string): void {
  if (entity.titles.includes(title)) return;
  entity.titles.push(title);
  const rank = titleRank(title);
  if (rank > entity.rank) {
    entity.title = title;
    entity.rank = rank;
  }
}

/** The shortest role noun read as the end of a closed compound: "teacher" in "schoolteacher", not "chief" in "mischief". */
const COMPOUND_HEAD_MIN = 6;

/**
 * Kin labels rank lowest ("wife" beside "senator"), then descriptions without a role noun
 * ("consummate tactician" beside "Chicago mayor"), then by length: the fullest phrase of a rank.
 */
function titleRank(title: string): number {
  const length = wordCount(title);
  if (isKinTitle(title)) return length;
  return (hasRoleWord(title.toLowerCase()) ? 2000 : 1000) + length;
}

/** How many pieces `title.split(/[\s-]+/)` gives, counted without the array: one more than the runs of separators. */
function wordCount(title: string): number {
  let count = 1;
  for (let at = 0; at < title.length; at++) {
    if (isSpaceOrHyphen(title.charCodeAt(at)) && (at === 0 || !isSpaceOrHyphen(title.charCodeAt(at - 1)))) count++;
  }
  return count;
}

/** Whether a word of a lower-case title, split at white space, is a role word ({@link isRoleWord}). */
function hasRoleWord(lower: string): boolean {
  let start = 0;
  for (let at = 0; at <= lower.length; at++) {
    if (at < lower.length && !isWhiteSpace(lower.charCodeAt(at))) continue;
    if (at > start && isRoleWord(lower.slice(start, at))) return true;
    start = at + 1;
  }
  return false;
}

/** A title that only names a relation: "wife", "Ella's mother", "neighbour", "neighbor across the street". */
function isKinTitle(title: string): boolean {
  if (KIN_NOUNS.has(lastWordOf(title))) return true;
  const [head, link] = title.toLowerCase().split(' ', 2);
  return link !== undefined && KIN_NOUNS.has(head!) && PREPOSITIONS.has(link);
}

function lastWordOf(title: string): string {
  return title.slice(title.lastIndexOf(' ') + 1).toLowerCase();
}


/** Whether a kin title of the entity names the generation: "mother" is the elder, "son" the younger. */
function ofGeneration(entity: WorkingEntity, generation: Generation | null): boolean {
  return entity.titles.some((title) => KIN_GENERATION.get(lastWordOf(title)) === generation);
}

/**
 * "mayor", "front-runner", "ex-senator", "schoolteacher": a role noun, whole, after its hyphen, or
 * ending a closed compound (role nouns are an open class; the lexicon lists the heads).
 */
function isRoleWord(word: string): boolean {
  if (TITLE_HEADS.has(word) || TITLE_HEADS.has(word.slice(word.lastIndexOf('-') + 1))) return true;
  if (ROLE_SUFFIXES.some((suffix) => word.endsWith(suffix))) return true;
  // Hint: a compound's head ends as the word does, so a word whose last three letters end no long head ends no compound.
  if (word.length - 2 < COMPOUND_HEAD_MIN || !COMPOUND_HEAD_ENDINGS.has(word.slice(-3))) return false;
  for (let cut = 2; cut <= word.length - COMPOUND_HEAD_MIN; cut++) if (TITLE_HEADS.has(word.slice(cut))) return true;
  return false;
}

/** The last three letters of every title head that can end a closed compound ({@link COMPOUND_HEAD_MIN} letters or more). */
const COMPOUND_HEAD_ENDINGS: ReadonlySet<string> = new Set([...TITLE_HEADS].filter((head) => head.length >= COMPOUND_HEAD_MIN).map((head) => head.slice(-3)));

/**
 * "University of Hexcombe" after "Hexcombe University", "Orvia Central Bank" after "Central Bank of Orvia": the one
 * organisation named with the same words the other way round, the kind before "of" or after the place; or -1.
 */
function organisationNamedTheOtherWay(entities: readonly WorkingEntity[], index: NameIndex, words: readonly string[]): number {
  const isOrganisation = (entity: number, other: readonly string[]) => entities[entity]!.organisation && sameWords(entities[entity]!.nameWords, other);
  const of = words.indexOf('of');
  if (of > 0) {
    const kind = words.slice(0, of);
    const other = [...words.slice(of + 1), ...kind];
    return onlyOne(index.byLastWord.get(kind[kind.length - 1]!) ?? [], (entity) => isOrganisation(entity, other));
  }
  for (let cut = 1; cut < words.length; cut++) {
    const kind = words.slice(cut);
    if (!kind.some((word) => ORGANISATION_WORDS.has(word))) break;
    const other = [...kind, 'of', ...words.slice(0, cut)];
    const found = onlyOne(index.byLastWord.get(words[cut - 1]!) ?? [], (entity) => isOrganisation(entity, other));
    if (found >= 0) return found;
  }
  return -1;
}

const FULL_STOPS = /\./g;

/** An acronym that keeps a small word's letter in lower case between capitals: "DoE", "DfE", "MoD". */
const MIXED_ACRONYM = /^\p{Lu}(?:\p{Ll}?\p{Lu})+$/u;

const LOWER_CASE = /\p{Ll}/gu;

/**
 * "the Hawks said in a statement": a plural name after "the", with no first name or honorific, is a team's or a
 * band's, unless its singular names someone already ("the Obamas" after "Barack Obama" are a family).
 */
function isTeamName(doc: AnalysedText, mention: NameMention, list: readonly WorkingEntity[]): boolean {
  const { tokens } = doc;
  if (tokens[mention.nameFirst - 1]?.lower !== 'the' || mention.honorific !== undefined || mention.title !== null) return false;
  if ((tokens[mention.nameFirst]!.classes & WORD_CLASS.firstName) !== 0) return false;
  const last = tokens[mention.nameLast]!.lower;
  if (!/[^su]s$/.test(last)) return false;
  const singular = last.slice(0, -1);
  return !list.some((entity) => entity.nameWords[entity.nameWords.length - 1] === singular);
}

/** The latest of the last {@link LINK_REACH} entities, a body of two or more words, whose initials spell `acronym` (lower case); or -1. */
/**
 * The latest body whose initials the acronym token `token` spells ("the MCA" after "the Maritime and Coastguard
 * Agency"), or -1; -1 too for a token that is no acronym.
 *
 * @internal
 */
export function organisationOfAcronym(entities: readonly Pick<Entity, 'organisation' | 'nameWords'>[], token: Token): number {
  return ACRONYM.test(token.text) ? organisationWithInitials(entities, token.lower.replace(FULL_STOPS, '')) : -1;
}

function organisationWithInitials(entities: readonly Pick<Entity, 'organisation' | 'nameWords'>[], acronym: string): number {
  for (let at = entities.length - 1; at >= 0 && entities.length - at <= LINK_REACH; at--) {
    const { organisation, nameWords } = entities[at]!;
    if (!organisation || nameWords.length < 2) continue;
    // "the Presidential Anti-Fraud Commission (PAFC)": a hyphenated word gives its parts' initials, or its own.
    // "the Ministry of Transportation and Communications (MOTC)": some acronyms keep the letter of "of".
    let initials = '';
    let partInitials = '';
    let ofInitials = '';
    for (const word of nameWords) {
      if (word === 'of') ofInitials += 'o';
      if (ACRONYM_GAPS.has(word) || !/^\p{L}/u.test(word)) continue;
      initials += word[0];
      ofInitials += word[0];
      for (const part of word.split('-')) if (part !== '') partInitials += part[0];
    }
    if (initials === acronym || partInitials === acronym || ofInitials === acronym) return at;
  }
  return -1;
}

/** How many letters a body's short form made of its words' starts has at least ("Wedco"), and at most, which keeps the search small. */
const SHORT_FORM_LENGTH = 4;
const SHORT_FORM_MAX = 12;

/** How many words a body shortened so may have besides "of" and "and". */
const SHORT_FORM_WORDS = 8;

/**
 * The latest of the last {@link LINK_REACH} entities, a body of three or more words besides "of" and "and", that `word`
 * spells by the starts of all those words in order ("wedco": **W**est **E**nd **D**evelopment **Co**rporation); or -1.
 */
function organisationShortenedTo(entities: readonly WorkingEntity[], word: string): number {
  for (let at = entities.length - 1; at >= 0 && entities.length - at <= LINK_REACH; at--) {
    const { organisation, nameWords } = entities[at]!;
    if (!organisation) continue;
    const parts = nameWords.filter((part) => !ACRONYM_GAPS.has(part));
    if (parts.length >= 3 && parts.length <= SHORT_FORM_WORDS && spellsByStarts(word, 0, parts, 0)) return at;
  }
  return -1;
}

/** Whether `word` from `from` is the starts of `parts` from `part` on, one or more letters of each, in order. */
function spellsByStarts(word: string, from: number, parts: readonly string[], part: number): boolean {
  if (part === parts.length) return from === word.length;
  const next = parts[part]!;
  // Hint: at most a few letters of each word, so the search stays small however the letters fall.
  for (let length = 1; length <= next.length && from + length <= word.length; length++) {
    if (word[from + length - 1] !== next[length - 1]) return false;
    if (spellsByStarts(word, from + length, parts, part + 1)) return true;
  }
  return false;
}

/**
 * The latest of the last {@link LINK_REACH} entities, a person, one of whose titles opens with capitalised words whose
 * initials spell `acronym` (lower case: "District Chief Executive for Harlow" is the DCE, "Public Relations Officer of
 * the command" the PRO) or with `acronym` itself ("CEC for Health"); or -1.
 */
function personWithOfficeInitials(entities: readonly WorkingEntity[], acronym: string): number {
  for (let at = entities.length - 1; at >= 0 && entities.length - at <= LINK_REACH; at--) {
    const entity = entities[at]!;
    if (entity.organisation) continue;
    for (const title of entity.titles) {
      const words = title.split(/[\s-]+/);
      if (words[0]!.toLowerCase() === acronym) return at;
      let initials = '';
      for (const word of words) {
        if (!/^\p{Lu}/u.test(word)) break;
        initials += word[0]!.toLowerCase();
      }
      if (initials.length > 1 && initials === acronym) return at;
    }
  }
  return -1;
}

function sameWords(words: readonly string[], other: readonly string[]): boolean {
  return words.length === other.length && endsWith(words, other);
}

/** The one organisation among `sameStart` whose name starts with `words` and goes on past them, or -1 when none or several do. */
function onlyOrganisationStartingWith(entities: readonly WorkingEntity[], sameStart: readonly number[], words: readonly string[]): number {
  // Hint: read for every new name, so a loop rather than onlyOne's closure.
  let found = -1;
  for (let at = sameStart.length - 1; at >= 0 && sameStart.length - at <= LINK_REACH; at--) {
    const entity = sameStart[at]!;
    const { organisation, nameWords } = entities[entity]!;
    if (!organisation || nameWords.length <= words.length || !startsWith(nameWords, words)) continue;
    if (found >= 0 && found !== entity) return -1;
    found = entity;
  }
  return found;
}

/** Whether `words` begin a person's longer name and what follows them is more than a suffix ("Jr."). */
function startsPersonName(entity: WorkingEntity, words: readonly string[]): boolean {
  const { nameWords, organisation } = entity;
  return !organisation && nameWords.length > words.length && startsWith(nameWords, words)
    && nameWords.slice(words.length).some((word) => !NAME_SUFFIXES.has(word));
}

function startsWith(words: readonly string[], start: readonly string[]): boolean {
  for (let index = 0; index < start.length; index++) if (words[index] !== start[index]) return false;
  return true;
}

/** The one entity among `sameStart`, not a body, whose full name starts with `word`, or -1 when none or several do. */
function onlyBearerOfFirstName(entities: readonly WorkingEntity[], sameStart: readonly number[], word: string): number {
  return onlyOne(sameStart, (entity) => entities[entity]!.nameWords.length >= 2 && entities[entity]!.nameWords[0] === word && !entities[entity]!.organisation);
}

/**
 * The one entity of `candidates` that `matches`, or -1 when none or several do; an index may be listed twice.
 * Hint: only the latest {@link LINK_REACH} are read, as for surnames, so a text of thousands of Johns stays linear.
 */
function onlyOne(candidates: readonly number[], matches: (entity: number) => boolean): number {
  let found = -1;
  for (let at = candidates.length - 1; at >= 0 && candidates.length - at <= LINK_REACH; at--) {
    const entity = candidates[at]!;
    if (!matches(entity)) continue;
    if (found >= 0 && found !== entity) return -1;
    found = entity;
  }
  return found;
}

/** Whether the one word of `lower` is the surname right before the suffix that ends `known`: "Villareal", "Andres Villareal Jr.". */
function isSurnameBeforeSuffix(known: readonly string[], lower: readonly string[]): boolean {
  return lower.length === 1 && known.length > 2 && NAME_SUFFIXES.has(known[known.length - 1]!) && known[known.length - 2] === lower[0];
}

/** Whether one of `candidates` is a person's name of more than one word that ends in `word`. */
function hasPersonEndingIn(entities: readonly WorkingEntity[], candidates: readonly number[], word: string): boolean {
  return candidates.some((candidate) => {
    const { organisation, place, nameWords } = entities[candidate]!;
    return !organisation && !place && nameWords.length > 1 && nameWords[nameWords.length - 1] === word;
  });
}

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > words.length) return false;
  const offset = words.length - tail.length;
  return tail.every((word, index) => words[offset + index] === word);
}

/**
 * "Tiegen said", "said Tiegen": a name that speaks is a person, unless it is named like a body; so is one given an
 * age ("Dev Lowther-Banks, 34,") or followed by a relative "who" ("Lowther-Banks, who lives next door").
 */
function markSpeakers(doc: AnalysedText, names: readonly NameMention[], entities: readonly WorkingEntity[], ofMention: TokenIndex): void {
  const { tokens } = doc;
  names.forEach((mention, index) => {
    const entity = entities[ofMention[index]!]!;
    if (entity.person || entity.organisation) return;
    const after = tokens[mention.nameLast + 1];
    const before = tokens[mention.first - 1];
    // Hint: "The senator from Vermont told": a name in a noun's complement is not the subject of the verb after it.
    const saysAfter = after !== undefined && isSpeechVerbOf(after, 'speech') && !isNounComplement(tokens, mention.first);
    const saidBefore = before !== undefined && isSpeechVerbOf(before, 'speech') && endsClause(tokens[mention.last + 1]);
    // Hint: "Sen. Marco Rubio of Florida, who": after a preposition the name is a place, and "who" is the person's.
    const who = tokens[mention.last + 1]?.text === ',' && tokens[mention.last + 2]?.lower === 'who' && before?.pos !== 'ADP' && before?.text !== '(';
    // "Mariela Sosa, whose son plays at the club, said": "whose" may describe a body too, so only with the verb of
    // speech after the aside.
    const whoseThenSays = tokens[mention.last + 1]?.text === ',' && tokens[mention.last + 2]?.lower === 'whose' && before?.pos !== 'ADP' && saysAfterAside(tokens, mention.last + 3);
    if (saysAfter || saidBefore || mention.age !== null || who || whoseThenSays) entity.person = true;
  });
}

/** Whether the aside from token `first` closes with a comma that a verb of speech follows: "…, whose son plays at the club, said". */
function saysAfterAside(tokens: AnalysedText['tokens'], first: number): boolean {
  for (let at = first; at < tokens.length && at - first <= ASIDE_REACH; at++) {
    const token = tokens[at]!;
    if (token.text === ',') return tokens[at + 1] !== undefined && isSpeechVerbOf(tokens[at + 1]!, 'speech');
    if (token.pos === 'PUNCT' && token.text !== '-') return false;
  }
  return false;
}

/** Whether the name starting at token `first` follows a noun and a preposition: "the senator **from** Vermont", "a spokesman for Hale". */
function isNounComplement(tokens: AnalysedText['tokens'], first: number): boolean {
  const preposition = tokens[first - 1];
  const noun = tokens[first - 2];
  return preposition?.pos === 'ADP' && (noun?.pos === 'NOUN' || noun?.pos === 'PROPN');
}

/** Whether a token is a verb of speech of that strength; its eventFirst bit rules out most words before the lookup. */
function isSpeechVerbOf(token: AnalysedText['tokens'][number], strength: CueStrength): boolean {
  return (token.classes & WORD_CLASS.eventFirst) !== 0 && SPEECH_VERBS.get(token.lower) === strength;
}

/**
 * A name followed, before any other name or description, by he/his or she/her tells that
 * person's gender: the document's own evidence outranks the first-name list.
 */
function learnGenderFromPronouns(
  doc: AnalysedText,
  names: readonly NameMention[],
  entities: readonly WorkingEntity[],
  ofMention: TokenIndex,
  descriptions: readonly DescriptionSpan[],
): void {
  const { tokens, quoteAt } = doc;
  let nextDescription = 0;
  names.forEach((mention, index) => {
    while (nextDescription < descriptions.length && descriptions[nextDescription]!.first <= mention.last) nextDescription++;
    const entity = entities[ofMention[index]!]!;
    // A lone word ("Harwell", "Iraq") may be a place: only a fuller name learns from a pronoun.
    if (entity.gender !== null || entity.organisation || entity.place || (entity.nameWords.length < 2 && !entity.person)) return;
    // "a presence in Iraq and said he…": the object of a preposition is rarely what the next pronoun means.
    if (tokens[mention.first - 1]?.pos === 'ADP') return;
    // The pronoun must come before anyone else is named or described: "…Dorsey. The former minister began her speech."
    const nextName = names[index + 1]?.first ?? tokens.length;
    const limit = Math.min(nextName, descriptions[nextDescription]?.first ?? tokens.length, mention.last + 25);
    for (let at = mention.last + 1; at < limit; at++) {
      // Hint: one bit rules out most tokens before the lookup.
      const gender = (tokens[at]!.classes & WORD_CLASS.genderedPronoun) !== 0 && quoteAt[at]! < 0 ? GENDERED_PRONOUNS.get(tokens[at]!.lower) : undefined;
      // "South Carolina, he said": a pronoun set off by a comma right after the name is someone else.
      if (gender !== undefined && at === mention.last + 2 && tokens[at - 1]!.text === ',') return;
      if (gender !== undefined) {
        if (sharesSentenceWith(doc, names, entities, ofMention, index, gender)) return;
        entity.gender = gender;
        entity.person = true;
        return;
      }
    }
  });
}

/**
 * `Chief Executive Dana Orr wrote that Quellby had … and that she took …`: a pronoun after a name may mean a person
 * named before it in the sentence who may have its gender, so it tells nothing of the name's.
 */
function sharesSentenceWith(
  doc: AnalysedText,
  names: readonly NameMention[],
  entities: readonly WorkingEntity[],
  ofMention: TokenIndex,
  index: number,
  gender: Gender,
): boolean {
  const sentenceFirst = doc.sentences[doc.sentenceAt[names[index]!.first]!]!.first;
  for (let earlier = index - 1; earlier >= 0 && names[earlier]!.first >= sentenceFirst; earlier--) {
    const other = entities[ofMention[earlier]!]!;
    if (other.gender === gender || (other.gender === null && other.person && !other.organisation)) return true;
  }
  return false;
}

/** The definite descriptions of people outside quotes, in document order. */
function findDescriptions(doc: AnalysedText, mentions: Mentions): DescriptionSpan[] {
  const { tokens, quoteAt } = doc;
  const outside = (index: number): boolean => quoteAt[index]! < 0;
  // Hint: "Burns, the U.S. ambassador": a description inside a name's own phrase is that name's title already, and so
  // is one set off before it, with its article ("the party leader, Ruth Ames").
  const inPhrase = new Uint8Array(tokens.length);
  for (const mention of mentions.names) {
    const article = mention.first < mention.nameFirst && mention.first > 0 && isDeterminer(tokens[mention.first - 1]!);
    inPhrase.fill(1, article ? mention.first - 1 : mention.first, mention.last + 1);
  }
  const spans: DescriptionSpan[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const named = mentions.nameAt[at]!;
    // "Donald Trump's son": a relative named through a name, read where the name starts.
    const mention = named >= 0 && mentions.names[named]!.nameFirst === at ? mentions.names[named]! : undefined;
    const kin = mention === undefined ? null : readKinDescription(tokens, mention.first, mention.nameLast, named, mentions.nameAt);
    if (kin !== null) {
      spans.push(kin);
      at = kin.last;
      continue;
    }
    // Hint: both readings open with "the", which one bit tells.
    if ((tokens[at]!.classes & WORD_CLASS.the) === 0 || inPhrase[at] === 1 || !outside(at)) continue;
    const span = readDescription(tokens, at, mentions.nameAt, outside) ?? readPersonalDescription(tokens, at, mentions.nameAt);
    if (span === null) continue;
    spans.push(span);
    at = span.last;
  }
  return spans;
}

/**
 * Links each description to the person it most likely means (see
 * {@link referent}); the description then counts as one of that person's titles.
 */
function linkDescriptions(
  doc: AnalysedText,
  mentions: Mentions,
  subjects: readonly boolean[],
  entities: readonly WorkingEntity[],
  ofMention: TokenIndex,
  spans: readonly DescriptionSpan[],
): { descriptions: Description[]; descriptionAt: Int32Array } {
  const { tokens } = doc;
  const { names } = mentions;
  const descriptions: Description[] = [];
  const descriptionAt = new Int32Array(tokens.length).fill(-1);
  const salience: Salience = { count: new Int32Array(entities.length), lastSeen: new Int32Array(entities.length).fill(-1) };
  const roleWords = titleWords();
  let seen = 0;
  for (const span of spans) {
    for (; seen < names.length && names[seen]!.nameLast < span.first; seen++) {
      const entity = ofMention[seen]!;
      // Hint: the subject of a clause is what the passage is about more than a name in an object or a preposition.
      salience.count[entity]! += subjects[seen]! ? 2 : 1;
      salience.lastSeen[entity] = names[seen]!.nameLast;
    }
    // "the MCA" after "the Maritime and Coastguard Agency": an office's acronym that spells a body's initials is that
    // body, and no one's title.
    if (span.possessor < 0 && span.head === span.last && organisationOfAcronym(entities, tokens[span.head]!) >= 0) continue;
    const title = spanText(tokens, span.possessor >= 0 ? span.first : span.first + 1, span.last);
    const age = span.possessor >= 0 ? null : ageEndingAt(tokens, span.head);
    const personal = age !== null || (span.possessor < 0 && isChildCountAt(tokens, span.head));
    const describedPerson = personal ? personOfAge(names, ofMention, age, span.first) ?? latestSubjectPerson(names, subjects, entities, ofMention, span.first) : null;
    const entity = span.possessor >= 0
      ? relativeOf(entities, ofMention[span.possessor]!, tokens[span.head]!.lower, salience.lastSeen)
      : describedPerson ?? referent(doc, mentions, entities, ofMention, salience, roleWords, span);
    if (entity >= 0) {
      const target = entities[entity]!;
      // Hint: an age or a count of children describes a person; it is no title.
      if (!personal) addTitle(target, title);
      target.person = true;
    }
    descriptionAt.fill(descriptions.length, span.first, span.last + 1);
    // Hint: fields named, not spread: V8 builds `{ ...span, title }` in its runtime, about 2 µs a time.
    descriptions.push({ first: span.first, head: span.head, last: span.last, subject: span.subject, possessor: span.possessor, title, entity });
  }
  return { descriptions, descriptionAt };
}

/** How many names back an age description looks for the person given that age. */
const AGE_REACH = 64;

/**
 * "the 61-year-old" after "Dale Voss, 61,": the latest person given that age in an appositive before token `before`;
 * null when no one was, or the description gives no age ("the mother-of-two").
 */
function personOfAge(names: readonly NameMention[], ofMention: TokenIndex, age: number | null, before: number): number | null {
  if (age === null) return null;
  const end = partitionPoint(names.length, (index) => names[index]!.nameLast < before);
  // Hint: the names just before suffice, and keep a text of thousands of ages linear.
  for (let index = end - 1; index >= 0 && end - index <= AGE_REACH; index--) if (names[index]!.age === age) return ofMention[index]!;
  return null;
}

/**
 * `Dunstan captain Lee Marsh was sent off. "…," said the 31-year-old.`: an age no one was given goes to the latest
 * person who was a clause's subject before token `before`, within {@link AGE_REACH} names; null when none.
 */
function latestSubjectPerson(names: readonly NameMention[], subjects: readonly boolean[], entities: readonly WorkingEntity[], ofMention: TokenIndex, before: number): number | null {
  const end = partitionPoint(names.length, (index) => names[index]!.nameLast < before);
  for (let index = end - 1; index >= 0 && end - index <= AGE_REACH; index--) {
    const entity = entities[ofMention[index]!]!;
    if (subjects[index] && entity.person && !entity.organisation) return ofMention[index]!;
  }
  return null;
}

/** How far a subject may be from its verb across a bracket or an appositive set off by commas. */
const APPOSITIVE_REACH = 12;

/**
 * Whether a name whose phrase ends at `last` is its clause's subject: followed
 * by its verb ("Sanders met", "Rice also said"), also across a bracket, a
 * short prepositional phrase ("Scheffer on Thursday was") or an appositive without a verb ("Johnson (R-Wis.) is", "Kuster, Democrat of New
 * Hampshire, kept"), or after a verb of speech ("said Jake Horowitz,"); not
 * the subject of a clause inside another ("acknowledged Trump was", "that Trump was").
 */
function isClauseSubject(tokens: AnalysedText['tokens'], first: number, last: number): boolean {
  const before = tokens[first - 1];
  // "said Harvey," is the subject turned round; "acknowledged Trump was", "said that Trump was" are inside another clause.
  const afterVerb = before !== undefined && (before.pos === 'VERB' || before.pos === 'AUX' || before.pos === 'SCONJ');
  // "told Coastline.", "warned reporters.": after a verb whose object is the listener, a name is that listener.
  const inverted = afterVerb && (before.classes & WORD_CLASS.eventFirst) !== 0 && SPEECH_VERBS.has(before.lower)
    && !LISTENER_REPORTING_LEMMAS.has(REPORTING_VERBS.get(before.lower) ?? '');
  if (inverted) return endsClause(tokens[last + 1]);
  if (afterVerb) return false;
  // "Ana Perera, 67, of Kotiyagala said", "a spokesman for the Harlow Trust said": the object of a preposition is no
  // subject, unless the preposition keeps it what the clause is about (see AGENT_PREPOSITIONS) or opens a clause of
  // its own ("after Nabisco announced").
  if (before !== undefined && before.pos === 'ADP' && !AGENT_PREPOSITIONS.has(before.lower) && !CLAUSE_OPENING_PREPOSITIONS.has(before.lower)) return false;
  let at = skipAdverbs(tokens, last + 1);
  if (tokens[at]?.text === '(') at = skipAdverbs(tokens, closing(tokens, at, '(', ')') + 1);
  if (tokens[at]?.text === ',') {
    // "Kuster, who chairs the panel, said", "The board, which met on Monday, found": the clause is an aside.
    if (WH_RELATIVE_WORDS.has(tokens[at + 1]?.lower ?? '')) return true;
    // "The father-of-three, who found fame on Fire Kitchen, has not been seen": the name ends the aside, inside it.
    if (insideRelativeAside(tokens, first)) return false;
    at = skipAdverbs(tokens, closing(tokens, at, ',', ',') + 1);
  }
  at = skipShortPhrase(tokens, at);
  return isVerb(tokens[at]);
}

/** How far a relative clause set off by commas runs: back to its opening comma, or on to its closing one. */
const ASIDE_REACH = 20;

/** Whether token `first` lies in a relative clause opened by ", who" or ", which" with no comma between. */
function insideRelativeAside(tokens: AnalysedText['tokens'], first: number): boolean {
  for (let at = first - 1; at > 0 && first - at <= ASIDE_REACH; at--) {
    const token = tokens[at]!;
    if (token.text === '.' || token.text === ';') return false;
    if (token.text === ',') return WH_RELATIVE_WORDS.has(tokens[at + 1]!.lower);
  }
  return false;
}

/** "said Harvey**,**", "said Tiegen**.**": the subject of a verb turned round ends its clause; "told Politico **earlier**" is an object. */
function endsClause(token: AnalysedText['tokens'][number] | undefined): boolean {
  return token === undefined || token.text === ',' || token.text === '.' || token.text === ';' || token.text === '(';
}

function isVerb(token: AnalysedText['tokens'][number] | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX');
}

/** Steps over "on Thursday", "in a statement" (a preposition and at most three words) and adverbs after it. */
function skipShortPhrase(tokens: AnalysedText['tokens'], at: number): number {
  if (tokens[at]?.pos !== 'ADP') return at;
  let end = at + 1;
  while (end - at <= 3 && tokens[end] !== undefined && PHRASE_OBJECT_POS.has(tokens[end]!.pos)) end++;
  return end > at + 1 ? skipAdverbs(tokens, end) : at;
}

function skipAdverbs(tokens: AnalysedText['tokens'], at: number): number {
  while (tokens[at]?.pos === 'ADV') at++;
  return at;
}

/** The token that closes what `open` opens, before any verb and within {@link APPOSITIVE_REACH}; or `open` itself. */
function closing(tokens: AnalysedText['tokens'], open: number, opening: string, closer: string): number {
  for (let at = open + 1; at < tokens.length && at - open <= APPOSITIVE_REACH; at++) {
    const token = tokens[at]!;
    if (token.text === closer) return at;
    if (token.text === opening || ((token.pos === 'VERB' || token.pos === 'AUX') && closer === ',')) break;
  }
  return open;
}

/** The name mentions and linked descriptions merged in document order. */
function listReferences(doc: AnalysedText, mentions: Mentions, subjects: readonly boolean[], ofMention: TokenIndex, descriptions: readonly Description[]): Reference[] {
  const { tokens } = doc;
  const references: Reference[] = [];
  const named = mentions.names.map((mention, index): Reference => ({
    first: mention.first,
    last: mention.nameLast,
    entity: ofMention[index]!,
    subject: subjects[index]!,
    setOff: (tokens[mention.first - 1]?.text === '(' && mentions.nameAt[mention.first - 2]! >= 0) || mention.inAppositive,
  }));
  let next = 0;
  for (const description of descriptions) {
    if (description.entity < 0) continue;
    while (next < named.length && named[next]!.first < description.first) references.push(named[next++]!);
    references.push({ first: description.first, last: description.last, entity: description.entity, subject: description.subject, setOff: false });
  }
  while (next < named.length) references.push(named[next++]!);
  return references;
}

/** How often and how lately each entity has been named, up to a point of the text (a subject counts twice). */
interface Salience {
  readonly count: Int32Array;
  readonly lastSeen: Int32Array;
}

/**
 * The relative a kin description names: another person of the possessor's
 * surname whose gender the kin noun allows ("Donald Trump's son" → Donald
 * Trump Jr.); -1 when the article names no such person.
 */
function relativeOf(entities: readonly WorkingEntity[], possessor: number, kin: string, lastSeen: Int32Array): number {
  const surname = [...entities[possessor]!.nameWords].reverse().find((word) => !NAME_SUFFIXES.has(word));
  const gender = KIN_NOUNS.get(kin) ?? null;
  // Hint: only one named before ("from Nina Pell's uncle … Her husband, Tom Pell,": the uncle is someone else).
  return entities.findIndex(
    (entity, index) =>
      index !== possessor &&
      lastSeen[index]! >= 0 &&
      !entity.organisation &&
      entity.nameWords.includes(surname ?? '') &&
      (gender === null || entity.gender === null || entity.gender === gender),
  );
}

/** How many sentences back a description may reach for the person it means, when no title matches. */
const DESCRIPTION_REACH = 5;

/**
 * The person a description means: one whose titles share its role noun and
 * its capitalised words ("the senator" after "Senator Ana Ruiz"), or the only
 * one whose titles share the role ("the Vermont senator" after "Sen. Ana
 * Ruiz of Vermont"); else, among the people named in the few sentences
 * before, the one named most so far (who the passage is about), unless the
 * role is one mostly held by unnamed people ("the official"), names whose it
 * is ("the senior Cruz adviser") or, outside a subject, is tied to something
 * of its own ("the mayor of Roanoke"). Never
 * one named in the description's sentence (after it, for a subject), never
 * anything but a person, and never one whose gender the description or a
 * pronoun after it in its sentence ("began her speech") rules out.
 */
function referent(
  doc: AnalysedText,
  mentions: Mentions,
  entities: readonly WorkingEntity[],
  ofMention: TokenIndex,
  salience: Salience,
  roleWords: (title: string) => readonly string[],
  span: DescriptionSpan,
): number {
  const { first, head, last } = span;
  const { tokens, sentences, sentenceAt } = doc;
  const here = sentenceAt[first]!;
  const sentence = sentences[here]!;
  // Hint: a subject does not mean someone named after it in its sentence ("the former secretary of state mocked
  // Trump"); an object does not mean anyone named in its sentence at all ("Clinton attacked the nominee").
  const namedHere = new Set<number>();
  for (let at = span.subject ? last + 1 : sentence.first; at <= sentence.last; at++) {
    // "the pope told reporters aboard the plane from Lesbos, where Francis visited a camp": a relative clause may name him.
    if (span.subject && opensRelativeClause(tokens, at)) break;
    const mention = mentions.nameAt[at]!;
    if (mention >= 0) namedHere.add(ofMention[mention]!);
  }
  // "the mayor of Roanoke", "the candidate of their choice", "the senior Cruz adviser": a role tied to something or
  // someone of its own may be a person the text never names.
  const specific = last > head || ROLE_LINKS.has(tokens[last + 1]?.lower ?? '');
  // "The head of the Tarn Riders Union followed suit": a role in a named body is someone with that role or no one.
  const bodyAt = tokens[head + 2] !== undefined && isDeterminer(tokens[head + 2]!) ? head + 3 : head + 2;
  const body = ROLE_LINKS.has(tokens[head + 1]?.lower ?? '') ? mentions.nameAt[bodyAt] ?? -1 : -1;
  const tiedToName = body >= 0 && entities[ofMention[body]!]!.organisation && mentions.names[body]!.nameLast > bodyAt;
  const gender = GENDERED_TITLES.get(tokens[head]!.lower) ?? pronounGender(doc, mentions.nameAt, last + 1, sentence.last);
  const role = tokens[head]!.lower;
  const equivalents = ROLE_EQUIVALENTS.get(role);
  const marks = capitalisedWords(tokens, first + 1, last);
  const relational = capitalisedWords(tokens, first + 1, head - 1).some((mark) => entities.some((entity) => entity.person && entity.nameWords.includes(mark)));
  const reach = sentences[Math.max(0, here - DESCRIPTION_REACH)]!.first;
  // Hint: by role, the latest person with the role and the description's capitalised words, else the only one with the role.
  let byRole = -1;
  let onlyByRole = -1;
  let withRole = 0;
  let bySalience = -1;
  for (let entity = 0; entity < entities.length; entity++) {
    const candidate = entities[entity]!;
    if (salience.count[entity] === 0 || !candidate.person || candidate.organisation || namedHere.has(entity)) continue;
    // "the senior Cruz adviser": a name inside the description belongs to someone else.
    if (marks.some((mark) => candidate.nameWords.includes(mark))) continue;
    if (gender !== undefined && candidate.gender !== null && candidate.gender !== gender) continue;
    // Hint: one pass over the titles, without a list of those with the role, for every candidate of every description.
    let hasRole = false;
    let marked = false;
    for (const title of candidate.titles) {
      const words = roleWords(title);
      if (!words.includes(role) && !(equivalents?.some((word) => words.includes(word)) ?? false)) continue;
      hasRole = true;
      marked ||= marks.every((mark) => mark === role || words.includes(mark));
    }
    if (hasRole) {
      withRole++;
      onlyByRole = entity;
      if (marked && (byRole < 0 || salience.lastSeen[entity]! > salience.lastSeen[byRole]!)) byRole = entity;
    }
    if ((!span.subject && specific) || tiedToName || relational || salience.lastSeen[entity]! < reach || UNNAMED_ROLES.has(role)) continue;
    // A person known to have the description's gender goes before one whose gender is unknown.
    const agrees = gender !== undefined && candidate.gender === gender;
    const best = bySalience < 0 ? undefined : entities[bySalience]!;
    const bestAgrees = best !== undefined && gender !== undefined && best.gender === gender;
    if (best === undefined || (agrees && !bestAgrees) || (agrees === bestAgrees && moreSalient(salience, entity, bySalience))) bySalience = entity;
  }
  const pick = byRole >= 0 ? byRole : withRole === 1 ? onlyByRole : bySalience;
  // "One team owner, who asked not to be identified, said … "…," the owner said": an unnamed source of the same role
  // introduced since the named one was last seen is who the description means.
  if (pick >= 0 && unnamedAntecedent(doc, mentions, span, role, reach) > salience.lastSeen[pick]!) return -1;
  return pick;
}

/** The head of the latest indefinite description with the role before the span ("one team **owner**"), or -1. */
function unnamedAntecedent(doc: AnalysedText, mentions: Mentions, span: DescriptionSpan, role: string, reach: number): number {
  const { tokens, quoteAt } = doc;
  for (let at = span.first - 1; at >= reach; at--) {
    if (tokens[at]!.lower !== role || quoteAt[at]! >= 0 || mentions.nameAt[at]! >= 0) continue;
    let opener = at - 1;
    while (opener > at - 4 && opener >= 0 && (tokens[opener]!.pos === 'ADJ' || tokens[opener]!.pos === 'NOUN')) opener--;
    if (!INDEFINITE_OPENERS.has(tokens[opener]?.lower ?? '')) continue;
    // A source, not a description of someone named: it opens its sentence or a clause, or follows a verb of saying
    // ("said a neighbour of the family"); "Anton Harrow, a former minister," and "is a psychologist" are about a name.
    const before = tokens[opener - 1];
    const opensSentence = opener === doc.sentences[doc.sentenceAt[opener]!]!.first;
    if (opensSentence || (before !== undefined && REPORTING_VERBS.has(before.lower)) || (before?.text === ',' && mentions.nameAt[opener - 2]! < 0)) return at;
  }
  return -1;
}

/** `, where`, `, who`: a comma before a relative word opens a clause of its own. */
function opensRelativeClause(tokens: AnalysedText['tokens'], at: number): boolean {
  const next = tokens[at + 1]?.lower ?? '';
  return tokens[at]!.text === ',' && (WH_RELATIVE_WORDS.has(next) || RELATIVE_ADVERBS.has(next));
}

function moreSalient(salience: Salience, entity: number, than: number): boolean {
  const { count, lastSeen } = salience;
  return count[entity]! > count[than]! || (count[entity] === count[than] && lastSeen[entity]! > lastSeen[than]!);
}

/** The gender of the first he/she/his/her in `from..to` outside quotes, before any name. */
function pronounGender(doc: AnalysedText, nameAt: TokenIndex, from: number, to: number): Gender | undefined {
  for (let at = from; at <= to; at++) {
    // "The former secretary of state mocked Trump for calling himself …": a pronoun after a name is more likely that name's.
    if (nameAt[at]! >= 0) return undefined;
    if ((doc.tokens[at]!.classes & WORD_CLASS.genderedPronoun) === 0 || doc.quoteAt[at]! >= 0) continue;
    const gender = GENDERED_PRONOUNS.get(doc.tokens[at]!.lower);
    if (gender !== undefined) return gender;
  }
  return undefined;
}

/** The capitalised words of tokens `first..last`, lower case: "the **Vermont** senator". */
function capitalisedWords(tokens: AnalysedText['tokens'], first: number, last: number): string[] {
  const found: string[] = [];
  for (let at = first; at <= last; at++) if (isCapitalised(tokens[at]!.text)) found.push(tokens[at]!.lower);
  return found;
}

/** Splits titles into lower-case words, abbreviations spelt out ("Sen." → "senator"), each title once per document. */
function titleWords(): (title: string) => readonly string[] {
  const known = new Map<string, readonly string[]>();
  return (title) => {
    let found = known.get(title);
    if (found === undefined) {
      found = title.toLowerCase().split(/[\s-]+/).map((word) => TITLE_ABBREVIATIONS.get(word) ?? word);
      known.set(title, found);
    }
    return found;
  };
}

/** How many references back a pronoun may reach. */
const PRONOUN_REACH = 40;

/**
 * Resolves every he, she, it and relative who outside quotes, in document
 * order, and returns the references with the resolved pronouns among them:
 * each pronoun then counts as a subject mention of its entity for the
 * pronouns after it ("Walz approached it. She said … . 'They are …,' she
 * said": both she are Walz, though Clinton is named in between). What a
 * pronoun says of the gender of an entity the document left open is kept.
 */
function resolvePronouns(doc: AnalysedText, entities: readonly WorkingEntity[], named: readonly Reference[]): Reference[] {
  const { tokens, quoteAt } = doc;
  const silent = new Int8Array(doc.sentences.length).fill(-1);
  const references: Reference[] = [];
  let next = 0;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    // Hint: two bits rule out most tokens; the names before a pronoun join the references only when one is read.
    // Hint: "according to her" is looked for only where the two bits fail.
    const accordingTo = (token.classes & (WORD_CLASS.who | WORD_CLASS.subjectPronoun)) === 0;
    if ((accordingTo && !isAccordingToObject(tokens, at)) || quoteAt[at]! >= 0) continue;
    while (next < named.length && named[next]!.first < at) references.push(named[next++]!);
    let entity = -1;
    if ((token.classes & WORD_CLASS.who) !== 0) {
      if (isRelativeWho(tokens, at)) entity = relativeAntecedent(doc, entities, references, at);
    } else {
      const pronoun = SUBJECT_PRONOUNS.get(accordingTo ? SUBJECT_FORMS.get(token.lower)! : token.lower);
      if (pronoun === undefined || pronoun.first || pronoun.plural) continue;
      entity = antecedent(doc, entities, references, silent, at, pronoun.gender);
      const target = entities[entity];
      if (target !== undefined && target.gender === null && pronoun.gender !== null) target.gender = pronoun.gender;
    }
    if (entity >= 0) references.push({ first: at, last: at, entity, subject: true, setOff: false });
  }
  while (next < named.length) references.push(named[next++]!);
  return references;
}

/** "Lynch, who told", "Nakagiri, a delegate from Michigan who": a relative who after a name or its appositive; not "asked who". */
function isRelativeWho(tokens: AnalysedText['tokens'], at: number): boolean {
  const before = tokens[at - 1];
  return before !== undefined && (before.text === ',' || before.pos === 'PROPN' || before.pos === 'NOUN');
}

/** The person a relative who hangs on: the latest one referred to in its sentence before it ("Feinstein of California, …, who said"). */
function relativeAntecedent(doc: AnalysedText, entities: readonly WorkingEntity[], references: readonly Reference[], at: number): number {
  const sentence = doc.sentences[doc.sentenceAt[at]!]!;
  for (let index = references.length - 1; index >= 0 && references[index]!.first >= sentence.first; index--) {
    const entity = entities[references[index]!.entity]!;
    if (!entity.organisation && (entity.person || entity.gender !== null)) return references[index]!.entity;
  }
  return -1;
}

/**
 * The entity a pronoun stands for: the nearest person (for he or she) or
 * organisation (for it) referred to before it outside quotes, whose gender
 * agrees, or the subject of a clause in that one's sentence ("Dunmore met
 * Orla Figgis. \u201c…,\u201d she said": Dunmore; "Feinstein, who said the emails
 * … Clinton. \u201c…,\u201d she said": Feinstein). A name set off inside another's
 * phrase (a tag in brackets, "(R-Wis.)"; a name in an appositive, "Dana Pell, an
 * aide to Senator Ana Ruiz,") never counts.
 */
function antecedent(doc: AnalysedText, entities: readonly WorkingEntity[], references: readonly Reference[], silent: Int8Array, at: number, gender: Gender | null): number {
  const { sentences, sentenceAt } = doc;
  // "Molder could not be reached for comment. "…," he said": the subject of a no-comment sentence is not who speaks next.
  const fits = (reference: Reference): boolean => fitsPronoun(entities, reference, gender) && !(reference.subject && givesNoComment(doc, silent, sentenceAt[reference.first]!));
  let nearest = references.length - 1;
  while (nearest >= 0 && references.length - nearest <= PRONOUN_REACH && !fits(references[nearest]!)) nearest--;
  if (nearest < 0 || references.length - nearest > PRONOUN_REACH) return -1;
  const sentenceFirst = sentences[sentenceAt[references[nearest]!.first]!]!.first;
  // Hint: who speaks in that sentence ("Rannu said the former director, Molder, had approved…") before any other subject.
  for (let index = nearest; index >= 0 && references[index]!.first >= sentenceFirst; index--) {
    if (references[index]!.subject && fits(references[index]!) && speaksNext(doc.tokens, references[index]!.last)) return references[index]!.entity;
  }
  for (let index = nearest; index >= 0 && references[index]!.first >= sentenceFirst; index--) {
    if (references[index]!.subject && fits(references[index]!)) return references[index]!.entity;
  }
  return references[nearest]!.entity;
}

/** Whether a verb of speech follows token `last`, past adverbs and auxiliaries: "Rannu **said**", "she has **told**". */
function speaksNext(tokens: AnalysedText['tokens'], last: number): boolean {
  let at = last + 1;
  while (at < tokens.length && at - last <= AUXILIARY_GAP && (tokens[at]!.pos === 'ADV' || tokens[at]!.pos === 'AUX')) at++;
  const verb = tokens[at];
  // Hint: the eventFirst bit holds every verb of both lexicons, and rules out most words before the lookups.
  return verb !== undefined && (verb.classes & WORD_CLASS.eventFirst) !== 0 && (SPEECH_VERBS.has(verb.lower) || REPORTING_VERBS.has(verb.lower));
}

/** How many adverbs and auxiliaries may stand between a speaker and the verb of speech. */
const AUXILIARY_GAP = 3;

/**
 * Whether sentence `index` says someone gave no comment (see {@link NO_COMMENT_PHRASES}) outside quotes.
 * Hint: read only for the sentences a pronoun looks back into, once each; `known` keeps the answers (-1: not yet read).
 */
function givesNoComment(doc: AnalysedText, known: Int8Array, index: number): boolean {
  if (known[index] === -1) {
    const { tokens, quoteAt } = doc;
    const sentence = doc.sentences[index]!;
    known[index] = 0;
    for (let at = sentence.first; at <= sentence.last && known[index] === 0; at++) {
      if ((tokens[at]!.classes & WORD_CLASS.noCommentFirst) === 0 || quoteAt[at]! >= 0) continue;
      for (const phrase of NO_COMMENT_PHRASES) if (phraseAt(tokens, at, phrase)) known[index] = 1;
    }
  }
  return known[index] === 1;
}

/** Whether a reference can be what a pronoun of `gender` (null: "it") means. */
function fitsPronoun(entities: readonly WorkingEntity[], reference: Reference, gender: Gender | null): boolean {
  const entity = entities[reference.entity]!;
  if (reference.setOff) return false;
  if (gender === null) return entity.organisation;
  return !entity.organisation && (entity.person || entity.gender !== null) && (entity.gender === null || entity.gender === gender);
}

/**
 * A role given with "as" is a title of the subject of its clause: "he won a
 * second term as Chicago mayor", "a remark Trump made as a businessman". The
 * subject is the latest subject referred to in the sentence before "as", else
 * the latest person.
 */
function giveAsRoles(doc: AnalysedText, mentions: Mentions, entities: readonly WorkingEntity[], references: readonly Reference[]): void {
  const { tokens, quoteAt, sentences, sentenceAt } = doc;
  const outside = (index: number): boolean => quoteAt[index]! < 0;
  let next = 0;
  for (let at = 0; at < tokens.length; at++) {
    if ((tokens[at]!.classes & WORD_CLASS.as) === 0 || !outside(at)) continue;
    while (next < references.length && references[next]!.last < at) next++;
    const role = readAsRole(tokens, at, mentions.nameAt, outside);
    if (role === null) continue;
    const sentenceFirst = sentences[sentenceAt[at]!]!.first;
    let holder = -1;
    for (let index = next - 1; index >= 0 && references[index]!.first >= sentenceFirst; index--) {
      const entity = entities[references[index]!.entity]!;
      if (entity.organisation || !(entity.person || entity.gender !== null)) continue;
      if (holder < 0) holder = references[index]!.entity;
      if (references[index]!.subject) {
        holder = references[index]!.entity;
        break;
      }
    }
    if (holder >= 0) addTitle(entities[holder]!, spanText(tokens, role.first, role.last));
    at = role.last;
  }
}
