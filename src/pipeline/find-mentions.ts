import { followsOpeningMark } from '../grammar/cues.js';
import { APPOSITIVE_POS, MODIFIED_POS, MODIFIER_POS, NAME_POS } from '../grammar/pos.js';
import { ACRONYM, isCapitalised, isDeterminer, isPluralPossessive, isPossessive, isPossessiveAt, isTightHyphen, isTightMark, PARTICIPLE_ENDING, spanText } from '../grammar/tokens.js';
import { WORD_CLASS } from '../grammar/word-classes.js';
import { ARTICLES, COUNT_COMPARATIVES, INDEFINITE_ARTICLES, POSSESSIVE_DETERMINERS, RELATIVE_WORDS, THING_RELATIVES, TITLE_LINKS, TITLE_SMALL_WORDS } from '../lexicon/function-words.js';
import { DASHES } from '../lexicon/punctuation.js';
import { HONORIFIC_PHRASES, HONORIFICS, STYLE_TITLES, type Gender } from '../lexicon/honorifics.js';
import { DOCUMENT_NOUNS, GENDERED_PERSON_NOUNS, GENERATION_WORDS, KIN_NOUNS, ROLE_COMPLEMENT_LINKS, TITLE_ABBREVIATIONS } from '../lexicon/descriptions.js';
import { CAMPAIGN_OPENERS, GENERIC_BODY_WORDS, NAME_SUFFIXES, PLACE_KIND_NOUNS, POST_NOMINALS } from '../lexicon/names.js';
import { FIRST_NAME_GENDER } from '../lexicon/first-names.js';
import { SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { DATE_WORDS, TIME_WORDS } from '../lexicon/time-words.js';
import { PARTY_LETTERS, PARTY_NOUNS, PORTFOLIO_SUFFIXES, RANK_VERB_FORMS, ROLE_CLAUSE_VERBS, SEAT_TITLE_HEADS, TITLE_COMPLEMENTS, TITLE_HEADS, TITLE_PHRASES } from '../lexicon/titles.js';
import type { AnalysedText, Mentions, NameMention, Token } from './document.js';

/**
 * Finds the people and organisations named outside quotes, with the title
 * before the name or in an appositive after it. The wink lite model has no
 * named-entity recogniser, so names come from capitalisation and POS tags.
 *
 * @internal
 */
export function findMentions(doc: AnalysedText): Mentions {
  const { tokens, quoteAt, paragraphAt } = doc;
  // Hint: a title or appositive never reaches across a quote mark or a paragraph break.
  const outside = (index: number): boolean => quoteAt[index]! < 0;
  const within = (index: number, paragraph: number): boolean => outside(index) && paragraphAt[index] === paragraph;
  const names: NameMention[] = [];
  const nameAt = new Int32Array(tokens.length).fill(-1);
  const modifiers: { first: number; last: number }[] = [];
  // The surnames of people whose style ("Chief") was read as an honorific, for their later mentions.
  const styledSurnames = new Set<string>();
  // Surnames that are title words ("Ann Bishop"), so that a later "Bishop said" is her name.
  const titleSurnames = new Set<string>();

  let index = 0;
  // The last token of an appositive whose role's complement names a person, read for the names inside it.
  let complementLast = -1;
  // Hint: one predicate for every name, reading the paragraph where the current one starts (all of it lies
  // there), rather than a closure per capital.
  let paragraph = -1;
  const here = (at: number): boolean => within(at, paragraph);
  while (index < tokens.length) {
    // Hint: only a capital or a particle can start a name; skipping the rest keeps this pass cheap.
    const start = tokens[index]!;
    if ((start.classes & (WORD_CLASS.capitalised | WORD_CLASS.nameParticle)) === 0 && !isCamelCasePrefix(tokens, index)) {
      index++;
      continue;
    }
    paragraph = paragraphAt[index]!;
    const core = (doc.headlines.has(paragraph) ? readHeadlineName(doc, index, here) : readNameCore(doc, index, here)) ?? titleSurnameAt(tokens, index, titleSurnames);
    if (core === null) {
      index++;
      continue;
    }
    let { first: nameFirst } = core;
    const nameLast = core.last;
    index = nameLast + 1;
    if (nameLast > nameFirst && (tokens[nameLast]!.classes & WORD_CLASS.titleHead) !== 0) titleSurnames.add(tokens[nameLast]!.lower);
    // "HALDEN — Halden Rowing Club…": a dateline names where the story was filed, no one in it.
    if (isDateline(doc, nameFirst, nameLast)) continue;
    // "Sen. Dana Welch, D-Ferndale Park, said", "(R-Ohio)": a party and home town after a name is no one.
    if (isPartyTag(tokens, nameFirst)) continue;
    // "Arab countries", "the NATO summit": a name used as a modifier is no mention of anyone.
    const next = tokens[nameLast + 1];
    // So is one before a title: "German Chancellor Angela Merkel", "White House spokesman Scott McClellan".
    // So is one joined by a hyphen to a participle: "a Harlow-based lawyer", "the Ohio-born senator".
    if (next !== undefined && outside(nameLast + 1) && (startsTitle(tokens, nameLast + 1) || (modifies(tokens, nameFirst, nameLast, next) && !isCapitalised(next.text)) || isPlaceCompoundAt(tokens, nameLast + 1))) {
      modifiers.push({ first: nameFirst, last: nameLast });
      continue;
    }
    let honorific: Gender | null | undefined;
    // "The Baale of Oke-Ifeloju, Chief Lamidi Adeoye," and later "Chief Adeoye": a style before a name set off after an
    // office, and on the same person's later mentions, is carried as an honorific.
    const style = styleBefore(doc, nameFirst, nameLast, styledSurnames, here);
    if (style) {
      honorific = null;
      nameFirst--;
      styledSurnames.add(tokens[nameLast]!.lower);
    }
    // "First Lady Ann Cole": the end of a title phrase is no honorific. "Rt. Hon. Ibrahim Kolade", "Dr (Mrs) Ada
    // Obi": honorifics may stack, one in brackets; the first that tells a gender tells it.
    for (let width = honorificBefore(tokens, nameFirst); width > 0 && here(nameFirst - width); width = honorificBefore(tokens, nameFirst)) {
      const word = tokens[nameFirst - (width === 1 ? 1 : 2)]!;
      if (width === 1 && titlePhraseEndingAt(tokens, nameFirst - 1) >= 0) break;
      honorific ??= HONORIFICS.get(word.lower) ?? null;
      nameFirst -= width;
    }
    // "the Very Rev Dr Alan Pryce": a style of two words before the honorifics, and "the" before it, which is no title's.
    const clergyStyle = here(nameFirst - 2) ? honorificPhraseAt(tokens, nameFirst - 2) : undefined;
    if (clergyStyle !== undefined) nameFirst -= 2;
    const styled = clergyStyle !== undefined && tokens[nameFirst - 1]?.lower === 'the';
    // "Tan Sri Aziz Osman", "Datuk Seri Kamal Rahim": an honorific of two words opens the name's own words.
    const phrase = honorificPhraseAt(tokens, nameFirst);
    if (phrase !== undefined && nameLast > nameFirst + 1) honorific ??= phrase.gender;
    // "read by a family liaison officer, Ella's mother, Janet Marsh": a possessor is no one the title before it is given.
    const possessor = tokens[nameLast + 1] !== undefined && isPossessive(tokens[nameLast + 1]!) && tokens[nameFirst - 1]?.text === ',';
    // "Preceded by Joe Roe, the county sheriff, Trump launched": a title set off before a name is its own only where the
    // name is set off too ("the county sheriff, Joe Roe, said"); else the phrase is the appositive of the name before it.
    // "the Executive Office of Housing", "the Executive Committee": a title's words before a body's own word name no
    // one; they open the body's name.
    if (!styled && honorific === undefined) nameFirst = bodyNameStart(tokens, nameFirst, nameLast, here);
    const titleFirst = styled ? nameFirst - 1 : nameFirst;
    let closing = nameLast + 1;
    while (tokens[closing] !== undefined && POST_NOMINALS.has(tokens[closing]!.lower)) closing++;
    // Hint: "the county sheriff, Joe Roe of Harlow, said": a name known by its place after "of" is set off after it,
    // where a common noun ends the title (not "Rep. Peter T. King, Republican of Ohio", a party set off after a name).
    const placed = (tokens[closing]?.lower === 'of' || tokens[closing]?.lower === 'from') && !isCapitalised(tokens[titleFirst - 2]?.text ?? 'X');
    const unclosed = tokens[titleFirst - 1]?.text === ',' && tokens[closing] !== undefined && tokens[closing]!.pos !== 'PUNCT' && !placed;
    let titleBefore = possessor || unclosed ? null : readTitleBefore(doc, titleFirst, here);
    // "Leader of the Opposition M.K. Rao": the capitalised words before the person's own are the office's complement.
    const ofThe = titleBefore === null && !possessor ? readOfTheTitle(doc, nameFirst, nameLast, here) : null;
    if (ofThe !== null) {
      titleBefore = ofThe.title;
      nameFirst = ofThe.nameFirst;
    }
    // "A spokesperson for EPA Tarnland": after "a", the role is someone else's, and the whole name its complement's.
    if (titleBefore !== null && titleBefore.complement && isIndefiniteBefore(tokens, titleBefore.first) && TITLE_LINKS.has(tokens[nameFirst - 1]!.lower)) titleBefore = null;
    if (titleBefore !== null && titleBefore.complement) {
      const skipped = skipComplement(tokens, nameFirst, nameLast);
      if (skipped === nameFirst && TITLE_LINKS.has(tokens[nameFirst - 1]!.lower)) {
        // "the GOP nominee on Facebook": when the whole name is the link's object, the words before are no title of it,
        // unless an initial or a first name starts a person's name inside it ("Minister for Forests R. Mathivanan").
        const split = possessor ? null : readOfTheTitle(doc, nameFirst, nameLast, here);
        titleBefore = split?.title ?? null;
        nameFirst = split?.nameFirst ?? nameFirst;
      } else {
        titleBefore = { ...titleBefore, title: spanText(tokens, titleBefore.first, skipped - 1) };
        nameFirst = skipped;
      }
    }
    // "the Liberal Democrat leader on the council, Cllr Ruth Ames,": a title set off by a comma before a title written
    // onto the name (not before one set off itself: "read by a liaison officer, Ella's mother, Janet Marsh").
    const commaSet = titleBefore !== null && !titleBefore.complement && tokens[titleBefore.first - 1]?.text === ',' && tokens[nameFirst - 1]?.text !== ','
      ? readCommaSetTitle(doc, titleBefore.first - 2, here)
      : null;
    const appositive = readAppositive(doc, nameLast, here);
    // "Paul Vance of Dorset, a former council leader,": the appositive describes the person, not the place.
    const owner = appositive?.title != null ? ownerBeforePlace(tokens, names, nameFirst) : -1;
    if (owner >= 0) {
      const previous = names[owner]!;
      names[owner] = { ...previous, title: previous.title ?? appositive!.title, titles: [...previous.titles, appositive!.title!], last: appositive!.last };
    }
    const appositiveTitle = owner >= 0 ? null : appositive?.title ?? null;
    const roleClause = appositive?.title == null ? readRoleClause(doc, appositive?.last ?? pastNameTags(tokens, nameLast) - 1, here) : null;
    const first = commaSet?.first ?? titleBefore?.first ?? nameFirst;
    // "the Minister of Health, Ann Roe": a name read before, as the complement of the office in this one's title, is
    // part of the title, not a mention of its own (a body with its article stays one: "director of the Tarn Trust").
    while (owner < 0 && names.length > 0 && isOfficeComplement(tokens, names[names.length - 1]!, first, nameFirst)) {
      const inner = names.pop()!;
      for (let at = inner.nameFirst; at <= inner.nameLast; at++) nameAt[at] = -1;
    }
    const mentionIndex = names.length;
    names.push({
      first,
      nameFirst,
      nameLast,
      last: appositive?.last ?? nameLast,
      title: titleBefore?.title ?? appositiveTitle,
      titles: commaSet === null ? distinctTitles(titleBefore?.title ?? null, appositiveTitle) : [commaSet.title, ...distinctTitles(titleBefore!.title, appositiveTitle)],
      roleClause,
      age: appositive?.age ?? null,
      honorific,
      words: withoutHonorifics(tokens, style ? nameFirst + 1 : nameFirst, nameLast),
      inAppositive: nameFirst <= complementLast,
    });
    for (let at = nameFirst; at <= nameLast; at++) nameAt[at] = mentionIndex;
    // Names inside an appositive ("the U.S. ambassador to Canada") describe this person; they are not mentions. A
    // person named with a title as the role's complement is one: "a spokeswoman for County Executive Ana Ruiz".
    const complement = appositive === null ? null : titledComplementAt(tokens, nameLast + 1, appositive.last);
    if (complement !== null) complementLast = appositive!.last;
    if (appositive !== null) index = complement ?? appositive.last + 1;
    // Nor are the letters after a name ("Simon Prowse KC").
    while (index < tokens.length && POST_NOMINALS.has(tokens[index]!.lower)) index++;
  }

  return { names, nameAt, modifiers };
}

/** Whether `mention` lies in the title that runs from token `first` to a name at `nameFirst`, right after an office's "of" or "for". */
function isOfficeComplement(tokens: readonly Token[], mention: NameMention, first: number, nameFirst: number): boolean {
  return mention.first > first && mention.last < nameFirst && followsOfficeLink(tokens, mention.first);
}

/** Whether token `at` comes right after an office's "of" or "for": "Minister **of** Health", "Secretary **for** Trade". */
function followsOfficeLink(tokens: readonly Token[], at: number): boolean {
  const link = tokens[at - 1]?.lower;
  return (link === 'of' || link === 'for') && titleHeadEndingAt(tokens, at - 2) >= 0;
}

/** How many tokens an honorific right before token `at` takes: 1 ("Dr"), 3 in brackets ("(Mrs)"), or 0 when none is there. */
function honorificBefore(tokens: readonly Token[], at: number): number {
  if (isHonorific(tokens[at - 1])) return 1;
  return tokens[at - 1]?.text === ')' && isHonorific(tokens[at - 2]) && tokens[at - 3]?.text === '(' ? 3 : 0;
}

function isHonorific(token: Token | undefined): boolean {
  return token !== undefined && (token.classes & WORD_CLASS.honorific) !== 0;
}

/**
 * Whether the word before a name is a style ({@link STYLE_TITLES}) carried as an honorific: after a title set off
 * before it by a comma, or before the surname of one so styled already.
 */
function styleBefore(doc: AnalysedText, nameFirst: number, nameLast: number, styled: ReadonlySet<string>, outside: (index: number) => boolean): boolean {
  const { tokens } = doc;
  const word = tokens[nameFirst - 1];
  if (word === undefined || !STYLE_TITLES.has(word.lower) || !isCapitalised(word.text) || !outside(nameFirst - 1)) return false;
  if (styled.has(tokens[nameLast]!.lower)) return true;
  return tokens[nameFirst - 2]?.text === ',' && nameFirst >= 3 && readCommaSetTitle(doc, nameFirst - 3, outside) !== null;
}

/** The two-word honorific that tokens `at` and `at + 1` spell, capitalised: "Tan Sri". */
function honorificPhraseAt(tokens: readonly Token[], at: number): (typeof HONORIFIC_PHRASES)[number] | undefined {
  const [first, second] = [tokens[at], tokens[at + 1]];
  if (first === undefined || second === undefined || !isCapitalised(first.text) || !isCapitalised(second.text)) return undefined;
  return HONORIFIC_PHRASES.find(({ words }) => words[0] === first.lower && words[1] === second.lower);
}

/** Tokens `first..last` but the honorifics and the brackets round one: the words of a name. */
function withoutHonorifics(tokens: readonly Token[], first: number, last: number): Token[] {
  const words: Token[] = [];
  for (let at = first; at <= last; at++) {
    if (at + 1 < last && honorificPhraseAt(tokens, at) !== undefined) {
      at++;
      continue;
    }
    const token = tokens[at]!;
    const bracket = (token.text === '(' && isHonorific(tokens[at + 1])) || (token.text === ')' && isHonorific(tokens[at - 1]));
    if (!isHonorific(token) && !bracket) words.push(token);
  }
  return words;
}

/** The titles given, without a missing one or a repeat. */
function distinctTitles(before: string | null, appositive: string | null): string[] {
  if (before === null) return appositive === null ? [] : [appositive];
  return appositive === null || appositive === before ? [before] : [before, appositive];
}

/**
 * The mention a place name belongs to: "Paul Vance **of** Dorset", "a lawyer
 * **from** Leeds": the name right before "of" or "from"; -1 when there is none.
 */
function ownerBeforePlace(tokens: readonly Token[], names: readonly NameMention[], nameFirst: number): number {
  const link = tokens[nameFirst - 1]?.lower;
  const owner = names.length - 1;
  if ((link !== 'of' && link !== 'from') || owner < 0) return -1;
  return names[owner]!.nameLast === nameFirst - 2 ? owner : -1;
}

/**
 * Whether a name modifies the word after it ("the NATO summit"). Not when a
 * title stands before a full name ("candidate Donald Trump signs", which wink
 * tags as a noun; but "a general Russian bias") or a verb of speech follows
 * ("Ian Read said", tagged an adjective there) or the next word has an
 * article after it: then the name is someone's, and the next word is their verb.
 * Nor before a document, whose issuer it names.
 */
function modifies(tokens: readonly Token[], nameFirst: number, nameLast: number, next: Token): boolean {
  if (!MODIFIED_POS.has(next.pos) || isSpeechVerb(next)) return false;
  // "a Harlow Transit Authority review has found": a name before a document names who issued it.
  if (DOCUMENT_NOUNS.has(next.lower)) return false;
  // "Chen cast the only vote": a word with an article after it is the name's verb, tagged as a noun.
  const after = tokens[nameLast + 2];
  if (after !== undefined && ARTICLES.has(after.lower) && next.pos === 'NOUN') return false;
  // "published by the Rail Performance Board last month": a time adjunct after the name is no noun it modifies.
  if (DATE_WORDS.has(next.lower) && after !== undefined && DATE_WORDS.has(after.lower)) return false;
  return nameLast === nameFirst || nameFirst === 0 || titleHeadEndingAt(tokens, nameFirst - 1) < 0;
}

/** Whether the hyphen at `at` joins a capitalised word to a participle in lower case: "Harlow-**based**", "Ohio-**born**". */
function isPlaceCompoundAt(tokens: readonly Token[], at: number): boolean {
  const participle = tokens[at + 1];
  return isTightHyphen(tokens, at) && participle !== undefined && LOWER_PARTICIPLE.test(participle.text);
}

// Hint: module constants, as a regex literal in a function is a new RegExp on every call.
const LOWER_PARTICIPLE = /^\p{Ll}+(?:ed|n)$/u;
const LETTERS = /^\p{L}+$/u;

/** A name word with a French particle elided onto it: "d'Arcy", "d’Estaing", "l'Aude". */
const ELIDED_PARTICLE_NAME = /^[dl]['’]\p{Lu}\p{L}*$/u;
const INITIAL = /^\p{Lu}\.$/u;

/**
 * "long-time", "then-President": the tight hyphen at `at` joins two runs of letters into one modifying word; not a
 * count ("father-of-four"), whose parts are joined by more hyphens.
 */
function isHyphenatedModifierAt(tokens: readonly Token[], at: number): boolean {
  return isTightHyphen(tokens, at) && LETTERS.test(tokens[at - 1]!.text) && LETTERS.test(tokens[at + 1]!.text) && !isTightHyphen(tokens, at + 2) && !isTightHyphen(tokens, at - 2);
}

/**
 * Reads a name in a headline, where every word is capitalised and only two
 * shapes are names: the speaker before a colon that opens it ("Dana Orr:
 * 'We Will Rebuild'") and a listed first name with its surname ("Why Voters
 * Are Leaving Ana Ruiz" → "Ana Ruiz").
 */
function readHeadlineName(doc: AnalysedText, index: number, outside: (index: number) => boolean): { first: number; last: number } | null {
  const { tokens, paragraphAt } = doc;
  const core = readNameCore(doc, index, outside);
  if (core === null) return null;
  if ((index === 0 || paragraphAt[index - 1] !== paragraphAt[index]) && tokens[core.last + 1]?.text === ':') return core;
  for (let first = core.first; first < core.last; first++) {
    if ((tokens[first]!.classes & WORD_CLASS.firstName) === 0) continue;
    let last = first + 1;
    // "George W. Bush": initials before the surname.
    while (last < core.last && INITIAL.test(tokens[last]!.text)) last++;
    if (last < core.last && NAME_SUFFIXES.has(tokens[last + 1]!.lower)) last++;
    return { first, last };
  }
  return null;
}

/**
 * Whether token `at` is a word in camel case after a lower-case prefix that opens a name of capitalised words:
 * "the **iTaukei** Land Trust Board", "**eBay** Motors" (not "mRNA", an acronym's capitals, nor a lone "iPhone").
 */
function isCamelCasePrefix(tokens: readonly Token[], at: number): boolean {
  const { text } = tokens[at]!;
  const second = text.charCodeAt(1);
  return second >= 65 && second <= 90 && CAMEL_CASE_PREFIX.test(text) && tokens[at + 1] !== undefined && isNameWord(tokens[at + 1]!);
}

const CAMEL_CASE_PREFIX = /^[a-z][A-Z][a-z]/;

/** Whether a token can be part of a name: "Rice", "D.", "O'Neil". */
function isNameWord(token: Token): boolean {
  // Hint: the class bits first, which rule out most words before the tag lookup.
  const { classes } = token;
  if ((classes & WORD_CLASS.capitalised) === 0 || (classes & NEVER_NAME_WORD) !== 0) return false;
  return NAME_POS.has(token.pos);
}

/** "Bishop said" after "Ann Bishop": a title word alone that an earlier name ended in, with no name after it. */
function titleSurnameAt(tokens: readonly Token[], at: number, titleSurnames: ReadonlySet<string>): { first: number; last: number } | null {
  const token = tokens[at]!;
  const next = tokens[at + 1];
  // Not "the Bishop of Tarn", the office.
  if (!titleSurnames.has(token.lower) || !isCapitalised(token.text) || (next !== undefined && ((isCapitalised(next.text) && next.pos !== 'PUNCT') || next.lower === 'of'))) return null;
  if (at > 0 && isDeterminer(tokens[at - 1]!)) return null;
  return { first: at, last: at };
}

/**
 * Whether the capitalised title word at `at` ends the name that starts at `first`, with no name or title link after it:
 * after a lone first name ("Larry **Elder** said"), or after two name words that no article opens ("Lucía Herrero
 * **Pastor**, a doctor,"; not "the Ohio State Treasurer said").
 */
function isTitleSurname(tokens: readonly Token[], at: number, first: number): boolean {
  const token = tokens[at]!;
  const next = tokens[at + 1];
  if ((token.classes & WORD_CLASS.titleHead) === 0 || !isCapitalised(token.text) || token.text.endsWith('.')) return false;
  if (next !== undefined && isCapitalised(next.text) && next.pos !== 'PUNCT') return false;
  if (at === first + 1) return (tokens[first]!.classes & WORD_CLASS.firstName) !== 0;
  // Hint: not before a link ("… State Chief of Staff"), which the title goes on past.
  return at === first + 2 && (next === undefined || !TITLE_LINKS.has(next.lower)) && !(first > 0 && isDeterminer(tokens[first - 1]!))
    && (tokens[first]!.classes & WORD_CLASS.titleHead) === 0 && (tokens[first + 1]!.classes & WORD_CLASS.titleHead) === 0;
}

/** Whether a particle goes on into the name word at `at`, past one more particle: "de Hoop", "de la Cruz", "van der Berg". */
function particleJoins(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  if (next === undefined) return false;
  if (isNameWord(next)) return true;
  return (next.classes & WORD_CLASS.nameParticle) !== 0 && tokens[at + 1] !== undefined && isNameWord(tokens[at + 1]!);
}

/** Class bits of capitalised words that are never part of a name: sentence openers, titles, honorifics, words with digits. */
const NEVER_NAME_WORD = WORD_CLASS.notNameWord | WORD_CLASS.titleHead | WORD_CLASS.honorific | WORD_CLASS.hasDigit;

/** Whether a token is a verb of speech; its class bit rules out most words before the lookup. */
function isSpeechVerb(token: Token): boolean {
  return (token.classes & WORD_CLASS.eventFirst) !== 0 && SPEECH_VERBS.has(token.lower);
}

/** Reads the run of name words starting at `index`, with particles (de, van) inside or leading it. */
function readNameCore(doc: AnalysedText, index: number, outside: (index: number) => boolean): { first: number; last: number } | null {
  const { tokens } = doc;
  // "Mum-of-three Kerry Vale": the count's noun opens a description, not a name; "Grama **Niladhari** S.P. Dissanayake":
  // nor does the last word of a title of several words.
  if (countedPersonEndingAt(tokens, index + 4) === index) return null;
  // "More than half said": a count opening the sentence, not Thomas More.
  if (COUNT_COMPARATIVES.has(tokens[index]!.lower) && tokens[index + 1]?.lower === 'than') return null;
  // "Police in Tarnberg said": a body named by its kind alone, capitalised as the sentence's first word.
  if (GENERIC_BODY_WORDS.has(tokens[index]!.lower) && opensSentence(doc, index) && !(tokens[index + 1] !== undefined && isCapitalised(tokens[index + 1]!.text))) return null;
  const phraseFirst = index > 0 ? titlePhraseEndingAt(tokens, index) : -1;
  if (phraseFirst >= 0 && phraseFirst < index) return null;
  const campaign = campaignNameEnd(tokens, index, outside);
  if (campaign >= 0) return { first: index, last: campaign };
  // "The Premier Hockey League", "the General Assembly": a capitalised title head that opens a body's name is a word
  // of it. Hint: only when the next word starts no title, so a run of title words is read once, not once per word.
  if (startsTitle(tokens, index) && isCapitalised(tokens[index]!.text) && tokens[index + 1] !== undefined && outside(index + 1) && !startsTitle(tokens, index + 1)) {
    const body = readNameCore(doc, index + 1, outside);
    if (body !== null && body.first === index + 1 && isBodyWord(tokens[body.last])) return { first: index, last: body.last };
  }
  let at = index;
  let last = -1;
  // The word before a nickname: the first name.
  let firstName = -1;
  while (at < tokens.length && outside(at)) {
    const token = tokens[at]!;
    if (at === index && (isFirstNameBeforeSurname(tokens, at) || isCamelCasePrefix(tokens, at))) {
      last = at;
    } else if (namesOffice(tokens, at)) {
      last = at;
    } else if (last === at - 1 && isTitleSurname(tokens, at, index)) {
      // "Larry Elder", "Ann Bishop", "Lucía Herrero Pastor": a title word that ends a name, with no name after it, is a
      // surname.
      last = at;
      break;
    } else if (last >= 0 && last === at - 1 && startsTitle(tokens, at) && (isBodyWord(token) || (isCapitalised(token.text) && endsInBodyWord(tokens, at)))) {
      // "Communications **Workers** of America": a title word that also marks a body continues the name before it;
      // so does one the body's name goes on past ("Harlow **General** Hospital").
      last = at;
    } else if (last === at - 2 && continuesBodyAfterOf(tokens, index, at - 1)) {
      last = at;
    } else if (startsTitle(tokens, at) || (last >= 0 && POST_NOMINALS.has(token.lower)) || (at === index && isAgentNounBefore(tokens, at))) {
      break;
    } else if (isNameWord(token)) {
      last = at;
    } else if (last >= 0 && last === at - 1 && ELIDED_PARTICLE_NAME.test(token.text)) {
      // "Jean d'Arcy", "Syndicat du Bassin d'Arcachon", "Côte d'Ivoire": a French particle elided onto a name word.
      last = at;
    } else if (last >= 0 && last === at - 1 && token.start === tokens[last]!.end && LETTERS.test(token.text)) {
      // "Vasić": wink may split a name at a letter it does not know; the pieces touch.
      last = at;
    } else if (last === at - 1 && last > index && isGivenNameSyllables(tokens, at - 1)) {
      // "Fung Chi-keung", "Moon Jae-in": a Chinese or Korean given name of two syllables, hyphened, the second in lower
      // case, ends the name.
      last = at + 1;
      break;
    } else if (last === at - 1 && isCapitalised(token.text) && isGivenNameSyllables(tokens, at)) {
      // "Choi Da-eun": so where the tagger reads the first syllable as some other word.
      last = at + 2;
      break;
    } else if (last === at - 1 && isJoiningHyphen(tokens, at)) {
      // "Reyes-Holt", "Saint-Aubry": wink splits hyphenated names.
    } else if ((token.classes & WORD_CLASS.nameParticle) !== 0 && particleJoins(tokens, at + 1)) {
      // A particle joins only what follows it: "de Hoop Scheffer", "van der Berg", "Empresa Provincial de la Energía".
    } else if (last >= 0 && (token.classes & WORD_CLASS.nameSuffix) !== 0) {
      last = at;
      break;
    } else if (last === at - 1 && joinsBody(tokens, index, at)) {
      // "Royal Bank of Scotland Group", "Securities and Exchange Commission": one body's name; "Ministry of the
      // Interior": past the article too.
      if (tokens[at + 1]!.lower === 'the') at++;
    } else {
      break;
    }
    at++;
    // John "Tig" Tiegen, Dwayne "The Rock" Johnson: a quoted nickname between two name words is part of the name.
    const nickname = last === at - 1 ? nicknameLength(doc, at) : 0;
    if (nickname > 0 && outside(at + nickname) && isNameWord(tokens[at + nickname]!)) {
      firstName = last;
      at += nickname;
    }
  }
  if (last < 0) return null;
  if (firstName > index && endsTitleBeforeNickname(doc, index, firstName, outside)) return { first: firstName, last };
  // "Workers at the plant said", "Residents say": a lone plural of a title head where a sentence opens is a group.
  if (last === index && opensSentence(doc, index) && (tokens[index]!.classes & WORD_CLASS.leadingTitleWord) !== 0 && !PARTY_NOUNS.has(tokens[index]!.lower)) return null;
  // "Outside the courthouse": a lone capitalised word before an article opens a sentence; it names no one.
  if (last === index && tokens[last + 1]?.pos === 'DET' && opensSentence(doc, index)) return null;
  // A lone participle is a sentence opener ("Briefing reporters…", "Deadlocked over details"), not a name.
  if (last === index && tokens[index]!.pos === 'VERB' && PARTICIPLE_ENDING.test(tokens[index]!.lower)) return null;
  // "First, …", "Overall, …": a lone common word set off at the start of a sentence.
  if (last === index && tokens[index]!.pos !== 'PROPN' && tokens[index + 1]?.text === ',' && opensSentence(doc, index)) return null;
  return { first: leadingTitleEnd(tokens, index, last), last };
}

/**
 * Whether the capitalised words `index..firstName-1` before a first name and
 * its nickname end a title rather than start the name: "former Navy pilot
 * and Marine [Ann "Ace" Morrow]", "Harbour Police Chief [Jo "Red" Lyle]".
 * Not when there is no title ("William Jefferson "Bill" Clinton"), or when
 * they are first names themselves ("Rep. Mary Ann "Bee" Lowe"), unless a
 * coordinated title runs into them ("… and Marine").
 */
function endsTitleBeforeNickname(doc: AnalysedText, index: number, firstName: number, outside: (index: number) => boolean): boolean {
  const { tokens } = doc;
  if ((readTitleBefore(doc, firstName, outside)?.first ?? firstName) > index) return false;
  if (tokens[index - 1]?.lower === 'and') return true;
  for (let at = index; at < firstName; at++) if ((tokens[at]!.classes & WORD_CLASS.firstName) !== 0) return false;
  return true;
}

/** Whether token `at` is the first of its sentence. */
function opensSentence(doc: AnalysedText, at: number): boolean {
  return doc.sentences[doc.sentenceAt[at]!]!.first === at;
}

/**
 * Where the name starts in a run of capitalised words that opens with a
 * party noun or a plural title: "House Republican [Thomas Massie]",
 * "Representatives [James E. Clyburn]". The words before it are a title
 * (read by {@link readTitleBefore}). A run that names a body stays whole:
 * "Republican National Committee".
 */
function leadingTitleEnd(tokens: readonly Token[], first: number, last: number): number {
  for (let at = last - 1; at >= first; at--) {
    if ((tokens[at]!.classes & WORD_CLASS.leadingTitleWord) === 0) continue;
    const rest = tokens.slice(at + 1, last + 1);
    // "Communications Workers of America": a plural title that marks a body, or a body's word after it, names one.
    if ((tokens[at]!.classes & WORD_CLASS.bodyWord) !== 0 || rest.some((token) => (token.classes & WORD_CLASS.bodyWord) !== 0)) return first;
    const personal = rest.length >= 2 || (rest[0]!.classes & WORD_CLASS.firstName) !== 0;
    return personal ? at + 1 : first;
  }
  return first;
}

/**
 * "Dean Baker said": a capitalised title head that is also a common first
 * name, followed by exactly one name word and with nothing before it that
 * could modify a title ("Harvard Dean Baker", "law school dean"), or right
 * after a lower-case title head, is the first name.
 */
function isFirstNameBeforeSurname(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if ((token.classes & WORD_CLASS.firstName) === 0 || !isCapitalised(token.text)) return false;
  const surname = tokens[at + 1];
  const after = tokens[at + 2];
  if (surname === undefined || !isNameWord(surname) || (after !== undefined && isNameWord(after))) return false;
  const before = tokens[at - 1];
  // "Opposition environment spokesman Dean Kouros": after a title's own head it is the first name, too; so after an
  // abbreviated title, which is always a head ("Cr Dean Whitty", "Sen. Dean Hale").
  if (before !== undefined && !isCapitalised(before.text) && titleHeadEndingAt(tokens, at - 1) >= 0) return true;
  if (before !== undefined && TITLE_ABBREVIATIONS.has(before.lower)) return true;
  return before === undefined || !(MODIFIER_POS.has(before.pos) || before.pos === 'DET' || isPossessive(before) || isCapitalised(before.text));
}

/** The longest nickname, in words: `Dwayne "The Rock" Johnson`, `"Prince of Tides"`; a longer quote is speech or a label. */
const NICKNAME_WORDS = 3;

/**
 * How many tokens, both marks included, a quote opening at token `at` has
 * when it is written as a nickname: one to {@link NICKNAME_WORDS} words, the
 * first and last capitalised (`"Tig"`, `"The Rock"`); 0 when it is not one.
 */
function nicknameLength(doc: AnalysedText, at: number): number {
  const { tokens, quoteAt, quotes } = doc;
  // Hint: test the index first; reading quotes[-1] takes the array's slow path.
  if (quoteAt[at]! < 0) return 0;
  const quote = quotes[quoteAt[at]!];
  if (quote === undefined || tokens[at]!.start !== quote.open || tokens[at + 1]?.start !== quote.start) return 0;
  let last = at + 1;
  while (tokens[last + 1] !== undefined && tokens[last + 1]!.end <= quote.end) last++;
  const closer = tokens[last + 1];
  if (tokens[last]!.end !== quote.end || closer === undefined || closer.start !== quote.close || tokens[last + 2] === undefined) return 0;
  const words = tokens.slice(at + 1, last + 1);
  if (words.length > NICKNAME_WORDS || !isCapitalised(words[0]!.text) || !isCapitalised(words[words.length - 1]!.text)) return 0;
  // "Prince of Tides": small words may sit inside, but every word is a word.
  if (!words.every((word) => /^\p{L}/u.test(word.text) && (isCapitalised(word.text) || TITLE_SMALL_WORDS.has(word.lower)))) return 0;
  return words.length + 2;
}

/**
 * Whether "of", "and" or "&" at `at` joins two runs of name words into the
 * name of one body: after a run that names a body ("Royal **Bank** of
 * Scotland", "Illinois **Board** of Elections", "the **Commission** for Rail
 * Performance"), or, for "and", before a run
 * that ends in one ("Securities and Exchange **Commission**"), or inside
 * the "of" part of one ("Department of Health **and** Human Services").
 * "Vance of Dorset", "Ruiz and Cole" stay two.
 */
function joinsBody(tokens: readonly Token[], first: number, at: number): boolean {
  // "Orvian Fishermen's Union", "National Women's Law Center": a plural that takes 's is inside the body's name.
  if (isPossessive(tokens[at]!)) return namesOffice(tokens, at - 1) || (IRREGULAR_PLURAL.test(tokens[at - 1]!.lower) && endsInBodyWord(tokens, at + 1));
  // "Tarrow Farmers' Union", "the Supporters' Trust", "the Coffee Growers' Marketing Board": a plural possessive
  // before a run of name words that ends in a body's word is inside its name.
  if (isPluralPossessive(tokens, at)) return tokens[at + 1] !== undefined && isNameWord(tokens[at + 1]!) && endsInBodyWord(tokens, at + 1);
  const link = tokens[at]!.lower;
  if (link === ',') return listInBodyComplement(tokens, first, at) || listBeforeBodyWord(tokens, first, at);
  if (continuesBodyAfterOf(tokens, first, at)) return true;
  // "Ministry of the Interior", "Department of the Treasury": "of the" before a name word, after a body's word.
  if (link === 'of' && tokens[at + 1]?.text === 'the') {
    if (tokens[at + 2] === undefined || !isNameWord(tokens[at + 2]!)) return false;
    for (let probe = first; probe < at; probe++) if (isBodyWord(tokens[probe])) return true;
    return false;
  }
  if ((link !== 'of' && link !== 'for' && link !== 'and' && link !== '&') || tokens[at + 1] === undefined || !isNameWord(tokens[at + 1]!)) return false;
  // "Greyling & Marsh", "Rusk & Tallow Haulage": an ampersand between name words always makes one firm's name.
  if (link === '&') return true;
  for (let probe = first; probe < at; probe++) {
    if ((tokens[probe]!.classes & WORD_CLASS.bodyWord) === 0) continue;
    if (link !== 'and') return true;
    // "Rail and Freight Staff Union": a lone word before "and" is one of the body's, as "Food and Drug Administration".
    if (at - first === 1) break;
    // "Union of Midwives and Nurses", "Department of Health and Human Services", "Authority for Roads and Harbours":
    // "and" inside the body's "of" or "for" complement joins, unless a person's name follows ("the University of Leeds
    // and Anna Berg").
    // Hint: not after an office's own link ("Minister of State for Trade and Industry X" is a title).
    const office = followsOfficeLink(tokens, first);
    if (tokens.slice(probe + 1, at).some((token) => token.lower === 'of' || (token.lower === 'for' && !office))) return (tokens[at + 1]!.classes & WORD_CLASS.firstName) === 0;
    // "UN Food and Agriculture Organization": a first half that is no body's whole name joins a run that ends as one;
    // "Harlow Council and Tarn Police" are two.
    if ((tokens[at - 1]!.classes & WORD_CLASS.bodyWord) !== 0) return false;
    break;
  }
  if (link !== 'and') return false;
  let end = at + 1;
  while (end + 1 < tokens.length && isNameWord(tokens[end + 1]!)) end++;
  return (tokens[end]!.classes & WORD_CLASS.bodyWord) !== 0;
}

/** How many words each item of a list inside a body's name may have: "Department for Environment, Food and Rural Affairs". */
const LIST_ITEM_WORDS = 3;

/**
 * "Department for Environment, Food and Rural Affairs", "Department for Culture, Media and Sport": whether the comma at
 * token `comma` joins a list of capitalised words, closed by "and", inside the "of" or "for" complement of the body
 * whose name tokens `first..` open. No item may be a body or a person's name of its own ("the Ministry of Health,
 * Harlow Council and Tarn Police" are three); a body's word alone ("Media") is a field, as "Food" is.
 */
function listInBodyComplement(tokens: readonly Token[], first: number, comma: number): boolean {
  let inComplement = false;
  for (let at = first + 1; at < comma && !inComplement; at++) inComplement = (tokens[at]!.lower === 'of' || tokens[at]!.lower === 'for') && isBodyWord(tokens[at - 1]);
  if (!inComplement || tokens[comma + 1] === undefined || (tokens[comma + 1]!.classes & WORD_CLASS.firstName) !== 0) return false;
  const and = listClosingAnd(tokens, comma + 1);
  return and >= 0 && listItemEnd(tokens, and + 1) >= and + 1;
}

/** How many items a list inside a body's name may have before its "and". */
const LIST_ITEMS = 4;

/**
 * The "and" that closes a list of items ({@link listItemEnd}) from token `at`, separated by commas, with or without
 * one before the "and" ("…, Food and Rural Affairs", "…, Food, and Rural Affairs"); -1 when none closes it.
 */
function listClosingAnd(tokens: readonly Token[], at: number): number {
  for (let items = 0; items < LIST_ITEMS; items++) {
    const end = listItemEnd(tokens, at);
    if (end < at) return -1;
    at = end + 1;
    const separated = tokens[at]?.text === ',';
    if (separated) at++;
    if (tokens[at]?.lower === 'and') return at;
    if (!separated) return -1;
  }
  return -1;
}

/**
 * "the Agriculture, Fisheries and Conservation Department": whether the comma at token `comma` joins a list of fields,
 * closed by "and", that a body's word ends, the whole one body's name after "the" (not "In Harlow, Tarn and Dunmore
 * Council", nor a person listed in it).
 */
function listBeforeBodyWord(tokens: readonly Token[], first: number, comma: number): boolean {
  if (tokens[first - 1]?.lower !== 'the' || listItemEnd(tokens, first) !== comma - 1 || tokens[comma + 1] === undefined || (tokens[comma + 1]!.classes & WORD_CLASS.firstName) !== 0) return false;
  const and = listClosingAnd(tokens, comma + 1);
  // Hint: no comma before this list's "and".
  if (and < 0 || tokens[and - 1]!.text === ',') return false;
  let last = and + 1;
  while (last - and <= LIST_ITEM_WORDS && tokens[last] !== undefined && isNameWord(tokens[last]!)) last++;
  return last - and > 2 && isBodyWord(tokens[last - 1]);
}

/** The last token of an item of a list inside a body's name that starts at `at` ("Food", "Rural Affairs", "Media"), or `at - 1` when none starts there. */
function listItemEnd(tokens: readonly Token[], at: number): number {
  let end = at;
  while (end - at < LIST_ITEM_WORDS && tokens[end] !== undefined && isNameWord(tokens[end]!)) end++;
  // Hint: an item of two or more words ending in a body's word is a body of its own ("Harlow Council").
  return end - at > 1 && isBodyWord(tokens[end - 1]) ? at - 1 : end - 1;
}

/** Whether the body's name that tokens `first..` open goes on past "of" at token `of` with a title word after it. */
function continuesBodyAfterOf(tokens: readonly Token[], first: number, of: number): boolean {
  return isOfficeAfterOf(tokens, first, of) || isTitleWordInBodyAfterOf(tokens, of + 1);
}

/**
 * "Department of **Justice**", "Ministry of **Defence**": after "of" at token `at`, a capitalised title head ends the
 * name of the body that tokens `first..` open, when no name follows it ("Department of Justice Ann Roe" is no body).
 */
function isOfficeAfterOf(tokens: readonly Token[], first: number, at: number): boolean {
  const office = tokens[at + 1];
  if (tokens[at]!.lower !== 'of' || office === undefined || !isCapitalised(office.text) || (office.classes & WORD_CLASS.titleHead) === 0) return false;
  if (tokens[at + 2] !== undefined && isNameWord(tokens[at + 2]!)) return false;
  for (let probe = first; probe < at; probe++) if (isBodyWord(tokens[probe])) return true;
  return false;
}

/** "Association of **Academic** Staff Unions": after "of", a capitalised title word that the body's name goes on past. */
function isTitleWordInBodyAfterOf(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  return tokens[at - 1]?.lower === 'of' && word !== undefined && isCapitalised(word.text) && startsTitle(tokens, at)
    && tokens[at + 1] !== undefined && isNameWord(tokens[at + 1]!) && endsInBodyWord(tokens, at + 1);
}

/**
 * "Marlow County **Sheriff**'s Office", "the **Governor**'s Office": a capitalised role whose possessive names a
 * body is part of that body's name, not a title.
 */
function namesOffice(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at + 1];
  return mark !== undefined && isPossessive(mark) && (tokens[at]!.classes & WORD_CLASS.titleHead) !== 0 && isCapitalised(tokens[at]!.text) && isBodyWord(tokens[at + 2]);
}

/** English plurals not in -s, which take 's as a possessive: "fishermen", "women", "children", "people"; not "Yemen". */
const IRREGULAR_PLURAL = /^(?:\p{Ll}{3,}men|women|children|people)$/u;

/**
 * Whether the capitalised words ending at token `last` hold no title head and no known first name: "Harlow" in
 * "Harlow and Eastmoor MP", not "Sgt Tom Reyl" in "Sgt Tom Reyl and PC Ann Lowe".
 */
function isPlainCapitalisedRun(tokens: readonly Token[], last: number): boolean {
  for (let at = last; at >= 0 && isCapitalised(tokens[at]!.text) && tokens[at]!.pos !== 'PUNCT'; at--) {
    if ((tokens[at]!.classes & (WORD_CLASS.titleHead | WORD_CLASS.firstName)) !== 0) return false;
  }
  return true;
}

/** A slash written tight between two capitalised words: "Penal/Debe". */
function isTightSlash(tokens: readonly Token[], at: number): boolean {
  return isTightMark(tokens, at, '/') && isCapitalised(tokens[at + 1]!.text);
}

/** Whether tokens `first..last`, at least one, are all capitalised: "Eastmoor" of "Harlow and Eastmoor MP". */
function capitalisedUpTo(tokens: readonly Token[], first: number, last: number): boolean {
  for (let at = first; at <= last; at++) if (!isCapitalised(tokens[at]!.text)) return false;
  return last >= first;
}

/**
 * Whether tokens `first..` before the title head `head` are capitalised words that end in a body's word: "Track
 * Federation", and "Rescue Service" in "Rescue Service group manager", lower-case modifiers of the head after it.
 */
function bodyNameUpTo(tokens: readonly Token[], first: number, head: number): boolean {
  let end = first;
  while (end < head && isCapitalised(tokens[end]!.text)) end++;
  for (let at = end; at < head; at++) if (!MODIFIER_POS.has(tokens[at]!.pos) || isCapitalised(tokens[at]!.text)) return false;
  return end > first && isBodyWord(tokens[end - 1]);
}

/** Whether the run of name words from `at` ends in a body's word: "Law Center", "Union". */
function endsInBodyWord(tokens: readonly Token[], at: number): boolean {
  let end = at;
  while (tokens[end + 1] !== undefined && isNameWord(tokens[end + 1]!)) end++;
  return isBodyWord(tokens[end]);
}

/**
 * Where a body's name starts when capitalised title words stand tight before its first word, itself a body's word
 * that ends the name or that "of" follows ("Executive **Office** of …", "Executive **Committee**"); else `nameFirst`.
 */
function bodyNameStart(tokens: readonly Token[], nameFirst: number, nameLast: number, outside: (index: number) => boolean): number {
  if (nameFirst === 0 || !isBodyWord(tokens[nameFirst]) || (nameFirst !== nameLast && tokens[nameFirst + 1]!.lower !== 'of')) return nameFirst;
  const head = titleHeadEndingAt(tokens, nameFirst - 1);
  if (head < 0 || !outside(head)) return nameFirst;
  for (let at = head; at < nameFirst; at++) if (!isCapitalised(tokens[at]!.text) && tokens[at]!.text !== '-') return nameFirst;
  return head;
}

/** A name word that marks a body: "Office", "Union", "Trust". */
function isBodyWord(token: Token | undefined): boolean {
  return token !== undefined && isNameWord(token) && (token.classes & WORD_CLASS.bodyWord) !== 0;
}

/**
 * Whether a name opens its paragraph in capitals before a dash, as a dateline does: "HALDEN —", "BRENNER FALLS -",
 * "WASHINGTON (AP) —".
 */
function isDateline(doc: AnalysedText, first: number, last: number): boolean {
  const { tokens, paragraphAt } = doc;
  if (first > 0 && paragraphAt[first - 1] === paragraphAt[first]) return false;
  for (let at = first; at <= last; at++) if (/\p{Ll}/u.test(tokens[at]!.text)) return false;
  let after = last + 1;
  // "(AP)", "(Reuters)": the agency's credit between the place and the dash.
  if (tokens[after]?.text === '(') {
    while (after <= last + DATELINE_CREDIT && tokens[after] !== undefined && tokens[after]!.text !== ')') after++;
    after++;
  }
  return tokens[after] !== undefined && DASHES.has(tokens[after]!.text);
}

/** Whether a name at `first` is a party tag, set off by a comma or a bracket: "D-Ferndale Park", "R-Ohio", "I-Vt.". */
function isPartyTag(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.text;
  if (before !== ',' && before !== '(') return false;
  const { text } = tokens[first]!;
  // "(R., Idaho)": the Wall Street Journal's style, the party's letter with a stop and a comma before the state.
  const letter = text.endsWith('.') ? text.slice(0, -1) : text;
  // Hint: the letter in capitals, as the tag writes it; the lexicon keeps it in lower case.
  if (letter.length !== 1 || !isCapitalised(letter) || !PARTY_LETTERS.has(letter.toLowerCase())) return false;
  return text.endsWith('.') ? tokens[first + 1]?.text === ',' : isTightHyphen(tokens, first + 1);
}

/** How many tokens an agency's credit in a dateline may have, its brackets included: "(Thomson Reuters Foundation)". */
const DATELINE_CREDIT = 5;

/**
 * A romanised Chinese or Korean syllable: up to three consonants, one to three vowels, and a final nasal, stop or
 * Korean "l" ("Chi", "keung", "Jae", "in", "Kwok", "chul"); not "era", "based" or "style" ("Obama-era").
 */
const ROMANISED_SYLLABLE = /^[b-df-hj-np-tv-xz]{0,3}[aeiouy]{1,3}(?:ng|[hk-nprt])?$/i;

/** Whether token `at` and the two after it are a capitalised syllable, a tight hyphen and a lower-case syllable: "Chi-keung". */
function isGivenNameSyllables(tokens: readonly Token[], at: number): boolean {
  const second = tokens[at + 2];
  return second !== undefined && isTightHyphen(tokens, at + 1) && !isCapitalised(second.text)
    && ROMANISED_SYLLABLE.test(tokens[at]!.text) && ROMANISED_SYLLABLE.test(second.text);
}

/** A hyphen written tight between two name words. */
function isJoiningHyphen(tokens: readonly Token[], at: number): boolean {
  return isTightHyphen(tokens, at) && isNameWord(tokens[at + 1]!);
}


/** The first token of a title phrase ("first lady", "chief-of-staff") whose last word is token `at`, or -1. */
function titlePhraseEndingAt(tokens: readonly Token[], at: number): number {
  // Hint: most words end no title phrase, which one bit tells.
  if (((tokens[at]?.classes ?? 0) & WORD_CLASS.titlePhraseLast) === 0) return -1;
  for (const phrase of TITLE_PHRASES) {
    let probe = at;
    let matched = true;
    for (let word = phrase.length - 1; word >= 0; word--) {
      if (tokens[probe]?.lower !== phrase[word]) {
        matched = false;
        break;
      }
      probe--;
      if (word > 0 && probe > 0 && isTightHyphen(tokens, probe)) probe--;
    }
    if (matched) return probe + 1;
  }
  return -1;
}

/** Whether a title phrase starts at token `at`: the start of a title, never of a name. */
function startsTitle(tokens: readonly Token[], at: number): boolean {
  const { classes } = tokens[at]!;
  // "Co-owner Morag Tait": a role noun after a lower-case prefix, one token, as the role noun alone.
  if ((classes & (WORD_CLASS.titleHead | WORD_CLASS.hyphenatedTitleHead)) !== 0) return true;
  // "Rovers left-back Jamie Corder": a hyphenated head, which wink splits.
  let end = at;
  while (isTightHyphen(tokens, end + 1)) end += 2;
  if (end > at && TITLE_HEADS.has(spanText(tokens, at, end).toLowerCase())) return true;
  // Hint: this runs for every word of a name; most start no title phrase, which one bit tells.
  if ((classes & WORD_CLASS.titlePhraseFirst) === 0) return false;
  for (const phrase of TITLE_PHRASES) if (titlePhraseAt(tokens, at, phrase)) return true;
  return false;
}

/** Whether the words of `phrase` are tokens `at..`, perhaps written with tight hyphens ("chief-of-staff"). */
function titlePhraseAt(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  let probe = at;
  for (let offset = 0; offset < phrase.length; offset++) {
    if (offset > 0 && isTightHyphen(tokens, probe)) probe++;
    if (tokens[probe++]?.lower !== phrase[offset]) return false;
  }
  return true;
}

/**
 * The first token of the title head whose last token is `at`, or -1: a
 * phrase ("first lady"), a hyphenated word, which wink splits ("front-runner",
 * "co-director"), or one word ("spokesman").
 */
function titleHeadEndingAt(tokens: readonly Token[], at: number): number {
  const phrase = titlePhraseEndingAt(tokens, at);
  if (phrase >= 0) return phrase;
  let first = at;
  while (first >= 2 && isTightHyphen(tokens, first - 1)) first -= 2;
  if (first < at && TITLE_HEADS.has(spanText(tokens, first, at).toLowerCase())) return first;
  // "vice-chancellor", "co-owner", "ex-minister" as one token: a role noun after a hyphen heads the compound.
  return (tokens[at]!.classes & (WORD_CLASS.titleHead | WORD_CLASS.hyphenatedTitleHead)) !== 0 ? at : -1;
}

interface TitleBefore {
  readonly first: number;
  readonly title: string;
  /** The title ends in "of/to/for X": the name may start after X. */
  readonly complement: boolean;
}

/**
 * Reads a title written before a name, walking left from it:
 * "National Security Adviser", "White House spokesman", "U.S. ambassador to NATO",
 * "Iraq's interim prime minister," (a title set off by a comma).
 */
function readTitleBefore(doc: AnalysedText, nameFirst: number, outside: (index: number) => boolean): TitleBefore | null {
  const { tokens } = doc;
  let end = nameFirst - 1;
  const commaSet = tokens[end]?.text === ',';
  if (commaSet) end--;
  if (commaSet) return readCommaSetTitle(doc, end, outside);
  // "the elder Ms. Brandl", "the younger Hale": which of two relatives, not the title "Elder".
  if (GENERATION_WORDS.has(tokens[end]?.lower ?? '') && tokens[end - 1]?.lower === 'the') return null;
  // "Mum-of-three Kerry Vale", "the father-of-two Tom Hale": a person counted by their children is so described, a head
  // whose modifiers are read as any head's ("Lisburn mother-of-two Claire Hale").
  const counted = countedPersonEndingAt(tokens, end);
  const isCounted = counted >= 0 && outside(counted);
  // The words between a head and the name may be its complement: "Secretary of State [Colin Powell]".
  let head = isCounted ? end : -1;
  let first = isCounted ? counted : -1;
  let complement = false;
  for (let at = isCounted ? counted - 1 : end; at >= 0 && end - at < 10 && outside(at); at--) {
    const token = tokens[at]!;
    const headFirst = titleHeadEndingAt(tokens, at);
    if (headFirst >= 0 || (at === end && (((token.classes & WORD_CLASS.leadingTitleWord) !== 0 && isCapitalised(token.text)) || isAgentNounBefore(tokens, at)))) {
      head = head < 0 ? at : head;
      first = headFirst >= 0 ? headFirst : at;
      at = first;
    } else if (isPossessiveAt(tokens, at)) {
      // "Students’ union president": a plural possessive too; "Harlow High School boys’ hockey coach": a common plural
      // after a name, whose possessive the head's modifiers hang on.
      if (head < 0 || at === 0) break;
      if (!isCapitalised(tokens[at - 1]!.text)) {
        if (!isPluralPossessive(tokens, at) || at < 2 || !isCapitalised(tokens[at - 2]!.text) || !outside(at - 1)) break;
        first = at - 1;
        at--;
        continue;
      }
      first = at;
    } else if (token.text === '-' && head >= 0 && first === at + 1 && isHyphenatedModifierAt(tokens, at)) {
      // "On-loan striker", "long-serving chairman": a hyphenated modifier is one word of the title.
      first = at - 1;
      at--;
    } else if ((token.lower === 'and' || token.text === '&' || isTightSlash(tokens, at)) && first === at + 1 && at > 0 && isCapitalised(tokens[at - 1]!.text) && (bodyNameUpTo(tokens, at + 1, head) || (head >= 0 && SEAT_TITLE_HEADS.has(tokens[head]!.lower) && capitalisedUpTo(tokens, at + 1, head - 1) && isPlainCapitalisedRun(tokens, at - 1)))) {
      // "Orvia Road and Track Federation president": "and" inside the capitalised name of a body that modifies the head;
      // "Harlow and Eastmoor MP", "Badenoch and Strathspey councillor": or of a seat before a member's title ("Trump and
      // Texas Sen. Ted Cruz" is two people). So a slash: "Penal/Debe Regional Corporation chairman".
    } else if ((token.classes & WORD_CLASS.nameParticle) !== 0 && head >= 0 && first === at + 1 && first < head && at > 0 && isNameWord(tokens[at - 1]!) && isNameWord(tokens[at + 1]!)) {
      // "Conradh na Gaeilge advocacy manager": a particle inside the name of a body that modifies the head.
      first = at;
    } else if (token.lower === 'of' && head >= 0 && first === at + 1 && at > 0 && isBodyWord(tokens[at - 1]) && isCapitalised(tokens[at - 1]!.text)) {
      // "Shire of Koorabin president", "Town of Harlow mayor": "of" inside the name of a body that modifies the head.
    } else if (token.lower === 'and' && head >= 0 && first === at + 1 && first < head && at > 0 && isTitleModifier(tokens, at - 1) && titleHeadEndingAt(tokens, at - 1) < 0
      && (tokens[at - 1]!.classes & WORD_CLASS.notNameWord) === 0 && !isCapitalised(tokens[at + 1]!.text) && (!isCapitalised(tokens[at - 1]!.text) || (opensSentence(doc, at - 1) && tokens[at - 1]!.pos !== 'PROPN'))) {
      // "Sheep and beef farmer Tom Hale": two lower-case modifiers of the one head, joined by "and" (not "Trump and
      // Texas Sen. Ted Cruz", two people).
    } else if (TITLE_LINKS.has(token.lower)) {
      if (token.text === '-' ? !isTightHyphen(tokens, at) : at === 0 || (titleHeadEndingAt(tokens, at - 1) < 0 && !isHeadWithComplementEndingAt(tokens, at - 1))) break;
      // "A spokeswoman for Mayor Ann Roe": after "a", the role before the link is someone else's; the name has the one after.
      if (head >= 0 && isIndefiniteBefore(tokens, titleHeadEndingAt(tokens, at - 1))) break;
      if (head < 0) complement = true;
    } else if (isTitleModifier(tokens, at) && (token.classes & WORD_CLASS.notNameWord) === 0 && token.text !== ',') {
      if (head < 0 && !isCapitalised(token.text) && !endsLowerComplement(tokens, at)) break;
      first = at;
    } else {
      break;
    }
  }
  if (head < 0 || first < 0) return null;
  while (first < head && TITLE_LINKS.has(tokens[first]!.lower) && !isTightHyphen(tokens, first + 1)) first++;
  return { first, title: spanText(tokens, first, end), complement: complement || head < end };
}

/**
 * "vice president for **operations** Ann Roe", "minister of state for **rural affairs** Ann Roe": a lower-case
 * word before a name ends a title when it is the object of a link that follows a title's head.
 */
function endsLowerComplement(tokens: readonly Token[], at: number): boolean {
  for (let probe = at - 1; probe > 0 && at - probe <= COMPLEMENT_REACH; probe--) {
    const token = tokens[probe]!;
    if (token.pos === 'ADP' && TITLE_LINKS.has(token.lower)) return titleHeadEndingAt(tokens, probe - 1) >= 0 || isHeadWithComplementEndingAt(tokens, probe - 1);
    if (!MODIFIER_POS.has(token.pos) || isCapitalised(token.text)) return false;
  }
  return false;
}

/** How many words a lower-case complement of a title may have before its link. */
const COMPLEMENT_REACH = 3;

/**
 * The last token of a campaign's name opened at token `at` by a verb and "the" ("Save the Children said", "Stop the
 * Bypass Coalition"): name words after "the" that end in a body's word or come before a verb; or -1.
 */
function campaignNameEnd(tokens: readonly Token[], at: number, outside: (index: number) => boolean): number {
  const opener = tokens[at]!;
  if (!CAMPAIGN_OPENERS.has(opener.lower) || !isCapitalised(opener.text) || tokens[at + 1]?.text !== 'the') return -1;
  let end = at + 1;
  while (tokens[end + 1] !== undefined && outside(end + 1) && isNameWord(tokens[end + 1]!)) end++;
  if (end === at + 1) return -1;
  return isBodyWord(tokens[end]) || tokens[end + 1]?.pos === 'VERB' ? end : -1;
}

/** The first token of "mum-of-three" or "father-of-two" ending at token `end`, hyphens tight; or -1. */
function countedPersonEndingAt(tokens: readonly Token[], end: number): number {
  const noun = tokens[end - 4];
  if (tokens[end]?.pos !== 'NUM' || noun === undefined || tokens[end - 2]!.lower !== 'of') return -1;
  if (!isTightHyphen(tokens, end - 1) || !isTightHyphen(tokens, end - 3)) return -1;
  return KIN_NOUNS.has(noun.lower) || GENDERED_PERSON_NOUNS.has(noun.lower) ? end - 4 : -1;
}

/** Whether "a" or "an" comes right before token `at`, or before the modifiers that lead to it. */
function isIndefiniteBefore(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (before > 0 && at - before <= 3 && MODIFIER_POS.has(tokens[before]!.pos) && !isCapitalised(tokens[before]!.text)) before--;
  const article = tokens[before]?.lower ?? '';
  return INDEFINITE_ARTICLES.has(article);
}

/**
 * Agent nouns, by their endings: "controller", "master", "organiser", "florist", "librarian", "attendant",
 * "fisherman", "auctioneer".
 */
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent|man|eer|ier)$/;

/**
 * "Civil Defence **controller** Mere Tane", "Harbour **master** Colm Tierney": an agent noun that the
 * title lexicon does not list, right before a name of two words or one that opens with a known first name, and after no determiner ("the
 * letter Ann Roe sent" is a relative clause, its noun no title); not a document or a word of time. Capitalised,
 * only where a sentence opens and before a known first name ("Commuter Brendan Fahy").
 */
function isAgentNounBefore(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (!AGENT_NOUN.test(token.lower) || token.lower.endsWith('ment')) return false;
  const name = tokens[at + 1];
  const firstName = name !== undefined && (name.classes & WORD_CLASS.firstName) !== 0;
  const surname = tokens[at + 2] !== undefined && isNameWord(tokens[at + 2]!);
  const before = tokens[at - 1];
  if (isCapitalised(token.text)) {
    // "Commuter Brendan Fahy, who travels …": capitalised where a sentence opens, before a first name and a surname.
    return followsOpeningMark(tokens, at) && firstName && surname && (token.classes & WORD_CLASS.firstName) === 0 && (token.pos === 'NOUN' || token.pos === 'PROPN');
  }
  if (!(firstName || surname) || !isAgentNoun(token)) return false;
  return before === undefined || !isDeterminer(before);
}

/** A lower-case noun with an agent's ending that is no document and no word of time: "controller", "organiser". */
function isAgentNoun(token: Token): boolean {
  if (token.pos !== 'NOUN' || isCapitalised(token.text) || !AGENT_NOUN.test(token.lower) || token.lower.endsWith('ment')) return false;
  return !DOCUMENT_NOUNS.has(token.lower) && !TIME_WORDS.has(token.lower) && !DATE_WORDS.has(token.lower);
}


/**
 * A word before a title's head: "interim", "White House", and the parts of a
 * hyphenated modifier ("best-selling", "home-care") or a participle
 * ("acting", "managing"), which wink may tag as verbs.
 */
function isTitleModifier(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (MODIFIER_POS.has(token.pos) || isCapitalised(token.text)) return true;
  if (token.pos !== 'VERB' || isSpeechVerb(token)) return false;
  if (isTightHyphen(tokens, at + 1) || (at > 0 && isTightHyphen(tokens, at - 1))) return true;
  // "Its lead author", "the lead negotiator", "Acme's lead independent director": between a determiner or a
  // possessive and a title's head a verb's form is its modifier.
  if (at > 0 && (isDeterminer(tokens[at - 1]!) || isPossessiveAt(tokens, at - 1)) && leadsToTitleHead(tokens, at + 1)) return true;
  // "led by lead author Ana Reis", "says lead negotiator Tom Roe": so wherever it stands, a verb's form that is also
  // an adjective of rank.
  if (RANK_VERB_FORMS.has(token.lower) && leadsToTitleHead(tokens, at + 1)) return true;
  // Hint: only -ing: a verb in -ed before a title is more often the sentence's own ("resigned Mayor Ruiz").
  const next = tokens[at + 1];
  return token.lower.endsWith('ing') && next !== undefined && MODIFIER_POS.has(next.pos) && !isCapitalised(next.text);
}

/** How many modifiers may stand between a verb's form and the title head it modifies: "lead **independent** director". */
const MODIFIER_REACH = 2;

/** Whether a title's head ends at token `from` or after at most {@link MODIFIER_REACH} lower-case modifiers. */
function leadsToTitleHead(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at <= from + MODIFIER_REACH && tokens[at] !== undefined; at++) {
    if (titleHeadEndingAt(tokens, at) >= 0) return true;
    if (!MODIFIER_POS.has(tokens[at]!.pos) || isCapitalised(tokens[at]!.text)) return false;
  }
  return false;
}

/**
 * "the ferry's **licensed** operator", "a **retired** schoolteacher": inside an appositive, after its first word, a
 * participle in -ed before a lower-case noun modifies it (before a name it is more often the sentence's verb).
 */
function isParticipleModifier(tokens: readonly Token[], at: number, start: number): boolean {
  const token = tokens[at]!;
  const next = tokens[at + 1];
  return at > start && token.pos === 'VERB' && token.lower.endsWith('ed') && !isSpeechVerb(token)
    && next !== undefined && next.pos === 'NOUN' && !isCapitalised(next.text);
}

/** "**assisting** the board" after "Counsel", "**representing** the family" after "the lawyer": an -ing verb right after a title head. */
function isComplementParticiple(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  return token.pos === 'VERB' && token.lower.endsWith('ing') && at > 0 && titleHeadEndingAt(tokens, at - 1) >= 0 && !isSpeechVerb(token);
}

/** How many tokens a title set off by a comma before the name may have. */
const COMMA_SET_REACH = 16;

/**
 * Reads a title set off by a comma before the name, ending at token `end`:
 * "Iraq's interim prime minister, Iyad Allawi", "Another delegate on the
 * town slate, Jim Poole". It must open its clause: after a copula or "to"
 * the phrase is a predicate ("the first woman to be president, Fiorina
 * said"), and after another verb or a preposition only a phrase with its
 * own determiner is an object that the name restates ("behind his lawyer,
 * Colin Baptiste").
 */
function readCommaSetTitle(doc: AnalysedText, end: number, outside: (index: number) => boolean): TitleBefore | null {
  const { tokens } = doc;
  // "the Chairman of the … Association of Lecturers (ASL), Comrade Ada Okafor": the body's acronym in brackets is no
  // part of the title.
  if (tokens[end]?.text === ')' && ACRONYM.test(tokens[end - 1]?.text ?? '') && tokens[end - 2]?.text === '(') end -= 3;
  let start = end + 1;
  let head = -1;
  let agentNoun = false;
  let beforeComplement = false;
  while (start - 1 >= 0 && end - start < COMMA_SET_REACH && outside(start - 1)) {
    const at = start - 1;
    const token = tokens[at]!;
    // "The council's emergency management controller, Kirsten Hale,": an agent noun the lexicon lacks, before the comma;
    // "The driver of that van, Ola Brandt,": or before its complement, when no head was read yet.
    const agentHead = head < 0 && titleHeadEndingAt(tokens, at) < 0 && isAgentNoun(token) && (at === end || tokens[at + 1]?.pos === 'ADP');
    agentNoun ||= agentHead;
    beforeComplement ||= agentHead && at < end;
    // Hint: a title word inside a body's name is none ("the Association of **Academic** Staff Unions").
    const inBody = isTitleWordInBodyAfterOf(tokens, at);
    const headFirst = inBody ? -1 : titleHeadEndingAt(tokens, at) >= 0 ? titleHeadEndingAt(tokens, at) : agentHead ? at : -1;
    if (headFirst >= 0) {
      head = head < 0 ? at : head;
      start = headFirst;
      continue;
    }
    // "The Ministry of Health spokesperson, Ana Pell,": "of" inside the capitalised name of a body before the head.
    if (head >= 0 && token.lower === 'of' && start === at + 1 && isCapitalised(tokens[at + 1]!.text) && isBodyWord(tokens[at - 1])) {
      start = at;
      continue;
    }
    // Hint: a preposition joins a complement after the head ("delegate on the town slate"); before it, one ends the
    // phrase ("signed at the Orlin Hall by Kestria's farm minister, Ana Pell").
    if (head >= 0 && token.pos === 'ADP') break;
    const determiner = isDeterminer(token);
    // "Counsel assisting the board, Naomi Sinclair,": a participle after the head opens its complement.
    const complementVerb = head < 0 && isComplementParticiple(tokens, at);
    // "Hartley Freight Services' regional director, …": a plural possessive as a singular one.
    const possessive = isPossessiveAt(tokens, at);
    const inPhrase = APPOSITIVE_POS.has(token.pos) || possessive || isTitleModifier(tokens, at) || isTightHyphen(tokens, at) || complementVerb;
    // "Marchand-Roy's father, Sylvain Roy,": a hyphen inside a possessor's name; "his long-time lawyer, …": or inside
    // one word of the title; not in a count ("father-of-four").
    // So is one between a place and a participle ("a Harlow-based lawyer").
    const wordHyphen = isTightHyphen(tokens, at) && (isCapitalised(tokens[at - 1]!.text) ? isCapitalised(tokens[at + 1]!.text) || isPlaceCompoundAt(tokens, at) : isHyphenatedModifierAt(tokens, at));
    if (!determiner && (!inPhrase || (token.pos === 'PUNCT' && !wordHyphen && !possessive))) break;
    start = wordHyphen ? at - 1 : at;
    // Hint: a determiner after the head opens its complement ("delegate on the town slate"); before it, the phrase.
    if (determiner && head >= 0 && at < head) break;
  }
  if (head < 0) return null;
  const opener = tokens[start]!;
  const opened = isDeterminer(opener);
  // "by Kestria's farm minister, Ana Pell": a named possessor determines the phrase as an article would.
  const determined = opened || (start + 1 < head && isPossessiveAt(tokens, start + 1) && isCapitalised(opener.text));
  const before = outside(start - 1) && doc.sentenceAt[start - 1] === doc.sentenceAt[start] ? tokens[start - 1] : undefined;
  // "A spokesperson for the senator, Blake Hennessey,": set off after a role and its link, the phrase is that role's
  // object; the name set off is the role's own, with the whole as its title.
  const role = opened && before?.pos === 'ADP' && TITLE_LINKS.has(before.lower) && outside(start - 2) ? titleHeadEndingAt(tokens, start - 2) : -1;
  if (role >= 0 && outside(role) && head === end) return { first: role, title: spanText(tokens, role, end), complement: false };
  if (before !== undefined && (before.pos === 'AUX' || before.pos === 'PART')) return null;
  if (before !== undefined && (before.pos === 'VERB' || before.pos === 'ADP') && !determined && !isSpeechVerb(before)) return null;
  // "two blocks from the plant, Omar Diallo said": a noun that only ends like an agent's, after a preposition, is a
  // thing or a place.
  if (agentNoun && before?.pos === 'ADP') return null;
  // Hint: a noun that only ends like an agent's before its complement ("painted it the colour of rust, Ola Brandt
  // said") is a title only where the phrase opens its sentence, as "The driver of that van, Ola Brandt," does.
  if (beforeComplement && before !== undefined) return null;
  // After the head only its complement may follow: "delegate on the town slate", not "minister Tuesday".
  if (head < end && !TITLE_LINKS.has(tokens[head + 1]!.lower) && tokens[head + 1]!.pos !== 'ADP' && !isComplementParticiple(tokens, head + 1)) return null;
  // "Jo Abt, a planner in Kellbach, Harwell's twin town": after a comma that follows a name, a phrase with a complement
  // is the appositive of that name; after an opening phrase ("Speaking outside the count, the party's leader on the
  // council, Ruth Ames,"; "Reacting, the commissioner for information, Ann Obi,"; "Also, the lawmaker for …, Ade Obi,")
  // it is the title of the name after it.
  if (head < end && before?.text === ',' && start >= 2 && isCapitalised(tokens[start - 2]!.text) && tokens[start - 2]!.pos !== 'VERB' && tokens[start - 2]!.pos !== 'ADV') return null;
  let first = opened ? start + 1 : start;
  // Hint: keep a named possessor ("Iraq's interim prime minister"), drop a common one ("the hospital's chief executive").
  for (let at = first; at < head; at++) {
    if (isPossessiveAt(tokens, at) && !isCapitalised(tokens[at - 1]!.text)) first = at + 1;
  }
  return { first, title: spanText(tokens, first, end), complement: false };
}

const INITIALS = /^(?:\p{Lu}\.)+$/u;

/**
 * "Leader of the Opposition M.K. Rao", "Speaker of the House Ann Roe": a title head, "of the", then capitalised
 * words before a first name or initials, which start the person's name. Null when no such start follows
 * ("chairman of the Federal Reserve" names a body).
 */
function readOfTheTitle(doc: AnalysedText, nameFirst: number, nameLast: number, outside: (index: number) => boolean): { title: TitleBefore; nameFirst: number } | null {
  const { tokens } = doc;
  const link = nameFirst - 2;
  const ofThe = nameFirst >= 3 && tokens[nameFirst - 1]!.lower === 'the' && tokens[link]!.lower === 'of' && titleHeadEndingAt(tokens, nameFirst - 3) >= 0;
  // "Minister for Forests R. Mathivanan": so right after the head's "of" or "for", where an initial or a first name
  // shows where the person's name starts.
  const ofFor = !ofThe && nameFirst >= 2 && followsOfficeLink(tokens, nameFirst);
  const headEnd = ofThe ? link : ofFor ? nameFirst - 1 : coordinatedComplementLink(tokens, nameFirst);
  if (headEnd < 0) return null;
  let start = -1;
  for (let at = nameFirst + 1; at < nameLast && start < 0; at++) {
    if ((tokens[at]!.classes & WORD_CLASS.firstName) !== 0 || INITIALS.test(tokens[at]!.text)) start = at;
  }
  // "Leader of the Opposition Kavitha Rao", "Minister for Fisheries Semi Tuilau": else after the complement's last
  // portfolio word with a name of two words or more after it.
  if (start < 0) start = afterPortfolio(tokens, nameFirst, nameLast);
  const head = start < 0 ? null : readTitleBefore(doc, headEnd, outside);
  if (head === null || head.first > headEnd - 1) return null;
  return { title: { first: head.first, title: spanText(tokens, head.first, start - 1), complement: false }, nameFirst: start };
}

/**
 * The token after the last word of `nameFirst..nameLast` with two words after it that names a portfolio (one of
 * {@link TITLE_COMPLEMENTS}, or ending as {@link PORTFOLIO_SUFFIXES} do), or -1.
 */
function afterPortfolio(tokens: readonly Token[], nameFirst: number, nameLast: number): number {
  // "Chairman of the Tarn Riders Association of Nigeria", "head of the National College Republican Party": a body's
  // name is no portfolio and no person's name.
  for (let at = nameFirst; at <= nameLast; at++) if (isBodyWord(tokens[at])) return -1;
  for (let at = nameLast - 2; at >= nameFirst; at--) {
    const token = tokens[at]!;
    if (TITLE_COMPLEMENTS.has(token.lower) || PORTFOLIO_SUFFIXES.some((suffix) => token.lower.endsWith(suffix))) {
      return isNameWord(tokens[at + 1]!) ? at + 1 : -1;
    }
  }
  return -1;
}

/** "Minister **of State**", "Minister **of state**": a title head, "of" and one capitalised word or noun ending at token `at`. */
function isHeadWithComplementEndingAt(tokens: readonly Token[], at: number): boolean {
  return at >= 2 && (isCapitalised(tokens[at]!.text) || tokens[at]!.pos === 'NOUN') && tokens[at - 1]!.lower === 'of' && titleHeadEndingAt(tokens, at - 2) >= 0;
}

/** How many capitalised words a title's complement may have before its "and". */
const COMPLEMENT_WORDS = 4;

/**
 * "Secretary for Transport and Logistics Henry Chow": where the name read starts after "and" in a title's
 * capitalised complement, the link ("for", "of") after the title's head; else -1.
 */
function coordinatedComplementLink(tokens: readonly Token[], nameFirst: number): number {
  if (tokens[nameFirst - 1]?.lower !== 'and' && tokens[nameFirst - 1]?.text !== '&') return -1;
  for (let at = nameFirst - 2; at > 0 && nameFirst - 2 - at < COMPLEMENT_WORDS; at--) {
    const token = tokens[at]!;
    // "Minister of State for Trade and Industry": the head may have a complement of its own before the link.
    if (TITLE_LINKS.has(token.lower) && token.pos === 'ADP') return titleHeadEndingAt(tokens, at - 1) >= 0 || isHeadWithComplementEndingAt(tokens, at - 1) ? at : -1;
    if (!isCapitalised(token.text) && token.lower !== 'the') return -1;
  }
  return -1;
}

/** Drops the complement of a title from the front of a name: "[NATO] Nicholas Burns", "[State] Colin Powell". */
function skipComplement(tokens: readonly Token[], nameFirst: number, nameLast: number): number {
  let at = nameFirst;
  while (at < nameLast) {
    const token = tokens[at]!;
    const acronym = ACRONYM.test(token.text);
    if (!acronym && !TITLE_COMPLEMENTS.has(token.lower) && (token.classes & WORD_CLASS.bodyWord) === 0) break;
    at++;
  }
  // "Minister of State Dr Ann Roe": an honorific opens the person's name.
  if (isHonorific(tokens[at])) return at;
  for (let probe = at; probe < nameLast; probe++) {
    if ((tokens[probe]!.classes & WORD_CLASS.firstName) !== 0) return probe;
  }
  // "MEC for Roads and Public Works Thabo Mokoena": a portfolio noun ends the complement.
  const portfolio = afterPortfolio(tokens, at, nameLast);
  return portfolio >= 0 ? portfolio : at;
}

/** How many words the name of a body set off after a capitalised title may have. */
const SET_OFF_BODY_REACH = 8;

/**
 * "R. Selvam, Joint Director, Public Health Department, said": after a capitalised title that ends at `last`
 * with its head, Indian and Nigerian copy sets off the body it heads; the body's last token, or `last` if none.
 */
function bodySetOffAfter(tokens: readonly Token[], head: number, last: number, outside: (index: number) => boolean): number {
  if (head !== last || !isCapitalised(tokens[head]!.text) || tokens[last + 1]?.text !== ',') return last;
  let end = last + 2;
  while (end - last <= SET_OFF_BODY_REACH && tokens[end + 1] !== undefined && outside(end + 1)
    && (isCapitalised(tokens[end + 1]!.text) || TITLE_SMALL_WORDS.has(tokens[end + 1]!.lower) || tokens[end + 1]!.text === '&')) end++;
  const after = tokens[end + 1];
  const closed = after === undefined || after.text === ',' || after.text === '.';
  return outside(last + 2) && isCapitalised(tokens[last + 2]!.text) && isBodyWord(tokens[end]) && closed ? end : last;
}

/** How many tokens an appositive may have, past which it ends (but not inside a name: see {@link continuesName}). */
const APPOSITIVE_TOKENS = 12;

/** How many more tokens a name that an appositive's last words open may run on past {@link APPOSITIVE_TOKENS}. */
const APPOSITIVE_NAME_TAIL = 6;

/**
 * "…, chief of operations for the Harlow Port Authority's Dunmore **District**", "…at Tarn University **School of
 * Law**", "…a former director **of the Harlow Budget Office**": a capitalised word, or the small words before one,
 * that goes on a name, which the reach never cuts.
 */
function continuesName(tokens: readonly Token[], at: number, start: number): boolean {
  // Hint: not past a title ("daughter of Harlow Elementary Principal"): a name after it is another person's.
  if (at - start >= APPOSITIVE_TOKENS + APPOSITIVE_NAME_TAIL || titleHeadEndingAt(tokens, at - 1) >= 0) return false;
  const before = tokens[at - 1]!;
  const token = tokens[at]!;
  // "director **of the** Harlow Budget Office": small words go on when a capitalised word follows within two.
  // So does a possessive before a capitalised word: "a former chairman of Mr. Roe**'s** Council of Advisers".
  if (TITLE_SMALL_WORDS.has(token.lower)) return [tokens[at + 1], tokens[at + 2]].some((next) => next !== undefined && isCapitalised(next.text));
  if (isPossessive(token)) return tokens[at + 1] !== undefined && isCapitalised(tokens[at + 1]!.text);
  return isCapitalised(token.text) && (isCapitalised(before.text) || TITLE_SMALL_WORDS.has(before.lower));
}

/**
 * The first token after the tags that may follow a name ending at `nameLast`: letters ("Simon Prowse KC") and a
 * bracket ("Cllr Anil Dhar (Lib Dem, Eastgate)", "Lin Mei-hua (林美華)").
 */
function pastNameTags(tokens: readonly Token[], nameLast: number): number {
  let after = nameLast + 1;
  while (tokens[after] !== undefined && POST_NOMINALS.has(tokens[after]!.lower)) after++;
  if (tokens[after]?.text === '(') {
    let close = after + 1;
    while (close - after <= BRACKET_REACH && tokens[close] !== undefined && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text === ')') after = close + 1;
  }
  return after;
}

/** Reads ", the U.S. ambassador to NATO," after a name; returns its last token (before the closing comma). */
function readAppositive(doc: AnalysedText, nameLast: number, outside: (index: number) => boolean): { last: number; title: string | null; age: number | null } | null {
  const { tokens } = doc;
  const comma = pastNameTags(tokens, nameLast);
  // "Ana Ruiz — the board's longest-serving member — said": an appositive between dashes as between commas.
  const mark = tokens[comma]?.text;
  if (mark !== ',' && mark !== '\u2014' && mark !== '\u2013') return null;
  let start = comma + 1;
  // "Sara Walker, 44, a home-care aide": the age comes first.
  const age = tokens[start]?.pos === 'NUM' && tokens[start + 1]?.text === ',' && outside(start) ? start : -1;
  if (age >= 0) start += 2;
  let at = start;
  let head = -1;
  let possessive = -1;
  let broken = false;
  for (; at < tokens.length && (at - start < APPOSITIVE_TOKENS || continuesName(tokens, at, start)) && outside(at); at++) {
    const token = tokens[at]!;
    if (token.text === ',' || token.text === '.' || token.text === ';' || token.text === mark || RELATIVE_WORDS.has(token.lower)) break;
    // "Ana Pell, and Deputy Prime Minister Tomas Vik": a phrase opened by "and" is the next item of a list.
    if (at === start && token.pos === 'CCONJ') {
      broken = true;
      break;
    }
    // Hint: a possessive inside the head's complement ("member for children's services") is never dropped; one right
    // after a role noun is a possessor's ("the president's deputy national security adviser").
    if (isPossessive(token)) possessive = head < 0 || head === at - 1 ? at : possessive;
    // "Tom Reed, his lawyer,": a possessive pronoun opens the phrase as an article does.
    else if (at === start && isDeterminer(token)) continue;
    else if (token.text === '(' && ACRONYM.test(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.text === ')') at += 2;
    else if (token.text === "'" || token.text === '’') continue;
    // "In the House, state Rep. Rosa Ortiz, said": a title with a name after it is another person's; but in "a
    // spokeswoman for Mayor Ana Ruiz" the name is the role's complement, part of the title.
    else if (head === at - 1 && token.pos === 'PROPN' && isCapitalised(token.text) && tokens[at + 1]?.pos === 'PROPN' && isCapitalised(tokens[at + 1]!.text)
      && !roleLinkBetween(tokens, start, head)) {
      broken = true;
      break;
    } else if (titleHeadEndingAt(tokens, at) >= 0) head = at;
    // "a spokeswoman for Mayor Ana Ruiz (D)": a bracket after the complement's name closes the appositive.
    else if (token.text === '(' && head >= 0 && roleLinkBetween(tokens, start, at)) break;
    else if (!APPOSITIVE_POS.has(token.pos) && token.text !== '-' && token.text !== '&' && !isTitleModifier(tokens, at) && !isParticipleModifier(tokens, at, start) && !isMistaggedNoun(tokens, at, start)) {
      broken = true;
      break;
    }
  }
  let last = at - 1;
  // Hint: the reach may stop after a small word ("a former director of"), which ends no title.
  while (last > start && at - start >= APPOSITIVE_TOKENS && (TITLE_SMALL_WORDS.has(tokens[last]!.lower) || isPossessive(tokens[last]!))) last--;
  const ageOnly = age >= 0 ? { last: age, title: null, age: ageOf(tokens[age]!) } : null;
  // "As reported by Westmark Daily, former Navy pilot Ann "Ace" Morrow found": a first name before a nickname
  // starts the next person's name, and the words before it are that person's title, not an appositive.
  if (at < tokens.length && !outside(at) && last >= start && isCapitalised(tokens[last]!.text) && nicknameLength(doc, at) > 0) return ageOnly;
  if (broken || last < start) return ageOnly;
  // "a glaciologist at the University of Vestmark": after an article, the noun before any preposition is a role.
  const closed = at < tokens.length && outside(at);
  if (head < 0 && closed && ARTICLES.has(tokens[start]!.lower)) head = describedRole(tokens, start, last);
  // "DeShawn Boykin, its leading scorer,": after a possessive pronoun, an agent noun ("Vermont, its delegates" and
  // "Brazil, her country of birth" name no role of the name).
  if (head < 0 && closed && POSSESSIVE_DETERMINERS.has(tokens[start]!.lower) && isAgentNoun(tokens[last]!)) head = last;
  // An age ("Abraham, 92,") is an appositive without a title.
  if (head < 0) return tokens[start]!.pos === 'NUM' && last === start ? { last, title: null, age: ageOf(tokens[start]!) } : ageOnly;
  let first = start;
  if (isDeterminer(tokens[first]!)) first++;
  // Hint: keep a named possessor ("Iraq's interim prime minister"), drop a common one ("the hospital's chief executive");
  // keep one right after "a", which classifies rather than possesses ("a master's student", "a children's author").
  const classifying = possessive === first + 1 && INDEFINITE_ARTICLES.has(tokens[start]!.lower);
  if (possessive >= first && possessive < head && !isCapitalised(tokens[possessive - 1]!.text) && !classifying) first = possessive + 1;
  const end = regionSetOffAfter(tokens, bodySetOffAfter(tokens, head, last, outside), outside);
  // "chairman of the Harlow Street Vendors Association (HSVA)": the body's acronym in brackets is no part of the title.
  const acronym = tokens[end]!.text === ')' && ACRONYM.test(tokens[end - 1]!.text) && tokens[end - 2]?.text === '(' && end - 3 > head;
  return { last: end, title: spanText(tokens, first, acronym ? end - 3 : end), age: age >= 0 ? ageOf(tokens[age]!) : null };
}

/** Whether a role noun and the preposition of its complement stand in `first..last`: "spokeswoman **for**", "aide **to**". */
function roleLinkBetween(tokens: readonly Token[], first: number, last: number): boolean {
  for (let at = first + 1; at < last; at++) if (ROLE_COMPLEMENT_LINKS.has(tokens[at]!.lower) && titleHeadEndingAt(tokens, at - 1) >= 0) return true;
  return false;
}

/** How many capitalised words a title before a name in a role's complement may have: "County Executive", "Lt. Gov.". */
const COMPLEMENT_TITLE_WORDS = 3;

/**
 * The first token of a person named with a capitalised title after a role noun's preposition in `first..last` ("a
 * spokeswoman for **County** Executive Ana Ruiz", "an aide to **Senator** Tom Hale"), or null.
 */
function titledComplementAt(tokens: readonly Token[], first: number, last: number): number | null {
  for (let link = first + 1; link < last; link++) {
    if (!ROLE_COMPLEMENT_LINKS.has(tokens[link]!.lower) || titleHeadEndingAt(tokens, link - 1) < 0) continue;
    for (let at = link + 1; at < last && at - link <= COMPLEMENT_TITLE_WORDS && isCapitalised(tokens[at]!.text); at++) {
      if (titleHeadEndingAt(tokens, at) >= 0 && isCapitalised(tokens[at + 1]!.text)) return link + 1;
    }
  }
  return null;
}

/** How many words the name of a state or country set off after a town may have: "New South Wales". */
const REGION_WORDS = 3;

/**
 * "Ann Roe, a dentist in Scottsdale, Arizona, said": a town after "in" or "from" that ends a title at `last`, and a
 * region set off after it by a comma and closed by a comma or a stop; the region's last token, or `last` if none.
 */
function regionSetOffAfter(tokens: readonly Token[], last: number, outside: (index: number) => boolean): number {
  // Hint: "in Kaptamo village, Kwanza subcounty": the town and the region may each end in a word for their kind.
  const townLast = PLACE_KIND_NOUNS.has(tokens[last]!.lower) ? last - 1 : last;
  let town = townLast;
  while (town > 0 && isCapitalised(tokens[town - 1]!.text) && townLast - town < REGION_WORDS) town--;
  const link = tokens[town - 1];
  if (!isCapitalised(tokens[townLast]!.text) || link === undefined || (link.lower !== 'in' && link.lower !== 'from') || tokens[last + 1]?.text !== ',') return last;
  let end = last + 2;
  // Hint: not a person listed after the town ("in Harlow, Tom Hale, a farmer,"), whose first name the lexicon knows.
  if (tokens[end] === undefined || !outside(end) || tokens[end]!.pos !== 'PROPN' || !isCapitalised(tokens[end]!.text) || FIRST_NAME_GENDER.has(tokens[end]!.lower)) return last;
  while (end + 1 - (last + 2) < REGION_WORDS && tokens[end + 1] !== undefined && outside(end + 1) && tokens[end + 1]!.pos === 'PROPN' && isCapitalised(tokens[end + 1]!.text)) end++;
  if (tokens[end + 1] !== undefined && PLACE_KIND_NOUNS.has(tokens[end + 1]!.lower)) end++;
  const after = tokens[end + 1];
  return after === undefined || after.text === ',' || after.text === '.' ? end : last;
}

/** How many tokens a bracket between a name and its appositive may hold, its closing bracket included. */
const BRACKET_REACH = 8;

/** The years an appositive number gives, or null for one that is no age ("Rule 13"). */
function ageOf(token: Token): number | null {
  return /^\d+$/.test(token.text) ? Number(token.text) : null;
}

/** How many tokens a role clause may have after its verb: longer, it says more than a role. */
const ROLE_CLAUSE_REACH = 16;

/**
 * Reads a role written as a relative clause after a name (or its age) that
 * ends at `last`: `Eric Dane, who chairs the history department at Lakeview
 * College,` → "chairs the history department at Lakeview College", from a
 * verb of {@link ROLE_CLAUSE_VERBS} (an adverb may stand before it: "who now
 * heads") to the closing comma or the end of the sentence, with a relative
 * clause on its noun ("who runs a bakery that supplies the school"). The clause
 * stops before any other relative word or verb of its own ("who runs the bakery
 * and says…" → "runs the bakery"). The verb needs its object ("who runs for
 * mayor" gives none), except "teaches" ("who teaches at Lakeview College").
 */
function readRoleClause(doc: AnalysedText, last: number, outside: (index: number) => boolean): string | null {
  const { tokens, sentenceAt } = doc;
  if (tokens[last + 1]?.text !== ',' || tokens[last + 2]?.lower !== 'who' || !outside(last + 2)) return null;
  let verb = last + 3;
  if (tokens[verb]?.pos === 'ADV' && outside(verb)) verb++;
  // Hint: wink splits "co-founded" at its hyphen.
  const verbEnd = tokens[verb]?.lower === 'co' && isTightHyphen(tokens, verb + 1) ? verb + 2 : verb;
  if (verbEnd >= tokens.length || !outside(verbEnd) || !ROLE_CLAUSE_VERBS.has(spanText(tokens, verb, verbEnd).toLowerCase())) return null;
  const object = tokens[verbEnd + 1];
  if (object === undefined || !outside(verbEnd + 1) || (object.pos === 'ADP' && tokens[verbEnd]!.lower !== 'teaches')) return null;
  let end = verbEnd;
  let cutShort = false;
  // "who heads the unit that processes claims at …": a relative clause on the role's own noun, with its one verb, is
  // part of the role.
  let relative = -1;
  let relativeVerb = false;
  for (let at = verbEnd + 1; at < tokens.length && outside(at) && sentenceAt[at] === sentenceAt[verb]; at++) {
    const token = tokens[at]!;
    if (token.pos === 'PUNCT' && token.text !== '-' && token.text !== '&' && !isPluralPossessive(tokens, at)) break;
    // Hint: a capitalised "verb" is a word of a name ("a yard outside Ashby Cross"), and one after a determiner,
    // a possessive or an adjective, or an -ing before a noun, a word of a noun phrase ("the union's lobbying arm",
    // "a small polling firm").
    const previous = tokens[at - 1]!;
    const modifier = isDeterminer(previous) || isPossessive(previous) || previous.pos === 'ADJ' || (token.lower.endsWith('ing') && tokens[at + 1]?.pos === 'NOUN');
    const inPhrase = modifier || isCapitalised(token.text) || isTightHyphen(tokens, at - 1);
    const ownVerb = (token.pos === 'VERB' || token.pos === 'AUX') && !inPhrase;
    const opensRelative = relative < 0 && THING_RELATIVES.has(token.lower) && previous.pos === 'NOUN' && !isCapitalised(previous.text);
    const relativesVerb: boolean = ownVerb && relative >= 0 && !relativeVerb;
    if (!opensRelative && !relativesVerb && (RELATIVE_WORDS.has(token.lower) || ownVerb)) {
      // "who manages a firm that was sold and …": a relative clause cut short is left out whole.
      if (relative >= 0) end = relative - 1;
      cutShort = true;
      break;
    }
    if (opensRelative) relative = at;
    relativeVerb ||= relativesVerb;
    if (at - verbEnd > ROLE_CLAUSE_REACH) return null;
    end = at;
  }
  // "who runs the bakery and says": a coordinator before the verb that ended the clause is not the role's.
  while (end > verbEnd && (tokens[end]!.pos === 'CCONJ' || tokens[end]!.text === '-')) end--;
  // A clause that stops in the middle of a phrase ("runs the", "runs Clinton's", "runs a shop in") names no role;
  // one that reaches its comma may end in a particle ("a print shop two doors down").
  const cut = tokens[end]!;
  if (end === verbEnd || isDeterminer(cut) || isPossessive(cut) || (cutShort && (cut.pos === 'ADP' || cut.pos === 'PART'))) return null;
  // "who runs two stalls in Tarnby, West Holm,": a region set off after the clause's town, as after a title's.
  return spanText(tokens, verb, cutShort ? end : regionSetOffAfter(tokens, end, outside));
}

/** The last lower-case noun before the first preposition in the appositive `article..last`, or -1. */
function describedRole(tokens: readonly Token[], article: number, last: number): number {
  let role = -1;
  for (let at = article + 1; at <= last; at++) {
    const token = tokens[at]!;
    if (token.pos === 'ADP') break;
    if ((token.pos === 'NOUN' && !isCapitalised(token.text)) || isMistaggedNoun(tokens, at, article)) role = at;
  }
  return role;
}

/**
 * A noun the tagger read as a verb or an adjective, in an appositive opened by an article at `start`, where the
 * phrase ends or a preposition follows: a verb's base form after a noun ("a sanitation crew **lead** on the night
 * shift", "the project **lead**,") or an adjective alone after the article ("a **senior** at the high school"),
 * not a superlative or one before "of".
 */
function isMistaggedNoun(tokens: readonly Token[], at: number, start: number): boolean {
  const token = tokens[at]!;
  const next = tokens[at + 1];
  if (!ARTICLES.has(tokens[start]!.lower) || isCapitalised(token.text)) return false;
  // "a senior who pitched all seven innings": before a relative word, too.
  if (next !== undefined && next.pos !== 'ADP' && next.text !== ',' && next.text !== '.' && !RELATIVE_WORDS.has(next.lower)) return false;
  if (token.pos === 'VERB') return tokens[at - 1]!.pos === 'NOUN' && !PARTICIPLE_ENDING.test(token.lower) && !token.lower.endsWith('s');
  // Hint: not a superlative ("the smallest of the three parties"): that describes a body as often as a person.
  return token.pos === 'ADJ' && at === start + 1 && !token.lower.endsWith('est') && next?.lower !== 'of';
}
