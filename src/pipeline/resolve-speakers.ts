import { partitionPoint } from '../grammar/partition-point.js';
import { isRefusedAt, reportingVerbAt } from '../grammar/cues.js';
import { DOCUMENT_MODIFIER_POS, MODIFIER_POS } from '../grammar/pos.js';
import { isCapitalised, isDeterminer, isLowerModifier, isModifierAfterPossessive, isPossessive, isPossessiveAt } from '../grammar/tokens.js';
import { WORD_CLASS } from '../grammar/word-classes.js';
import { introducedSubject, isInModifier } from '../grammar/subjects.js';
import { WH_RELATIVE_WORDS, WORKPLACE_LINKS } from '../lexicon/function-words.js';
import { DATE_WORDS, TIME_WORDS } from '../lexicon/time-words.js';
import { ACQUIRING_PARTICIPLES, BUSINESS_NOUNS, COMPANY_NOUNS, ISSUING_FORMS, DOCUMENT_NOUNS, GENDERED_PERSON_NOUNS, KIN_NOUNS, NON_COMPANY_WORDS, ORGANISATION_KINDS, ORGANISATION_NOUNS, QUANTIFIERS } from '../lexicon/descriptions.js';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns.js';
import { LISTENER_REPORTING_LEMMAS } from '../lexicon/speech-verbs.js';
import { COUNTRY_WORDS } from '../lexicon/names.js';
import { GENDERED_TITLES, TITLE_HEADS } from '../lexicon/titles.js';
import type { Gender } from '../lexicon/honorifics.js';
import type { Quote, Speaker } from '../types.js';
import type { Attributed, Document, SpeechEvents, Subject } from './document.js';
import { holdsQuote, isReadByQuotes } from './scan-quotes.js';
import { organisationOfAcronym } from './link-entities.js';

/** How many earlier name mentions "the airline" may reach back over to find its airline. */
const BODY_REACH = 200;

/**
 * Turns attributions into the public quotes: resolves each speaker mention
 * (a name, a pronoun the entity stage resolved, a description or a common
 * noun for a body) to the fullest name and title in the document, and gives
 * every distinct speaker one id.
 *
 * @internal
 */
export function resolveSpeakers(doc: Document, events: SpeechEvents, attributions: readonly Attributed[]): Quote[] {
  const { text } = doc;
  const ids = new Map<string, number>();
  const idFor = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size + 1;
      ids.set(key, id);
    }
    return id;
  };
  const speakerCache = new Map<Subject, Speaker>();
  return attributions.map((attribution) => {
    const { quote, subject, cue } = attribution;
    let speaker: Speaker | null = null;
    if (subject !== null) {
      speaker = speakerCache.get(subject) ?? null;
      if (speaker === null) {
        speaker = toSpeaker(doc, events, subject, idFor);
        speakerCache.set(subject, speaker);
      }
    }
    return {
      text: text.slice(quote.start, quote.end),
      start: quote.start,
      end: quote.end,
      kind: attribution.kind,
      speaker,
      cue: cue === null ? null : { text: text.slice(cue.start, cue.end), start: cue.start, end: cue.end },
      confidence: speaker === null ? 0 : attribution.confidence,
      rule: attribution.rule,
    };
  });
}

function toSpeaker(doc: Document, events: SpeechEvents, subject: Subject, idFor: (key: string) => number): Speaker {
  const { text, tokens, entities } = doc;
  const mention = { text: text.slice(subject.span.start, subject.span.end), start: subject.span.start, end: subject.span.end };
  const ofEntity = (entity: number): Speaker => {
    const { name, title, organisation, place } = entities.list[entity]!;
    // Hint: what an appositive says of a body ("the Westmere Building Society, a deal that …") is no title; a role is
    // a person's. A name like a place's that speaks ("Harvest Bridge said") is a body's.
    const body = organisation || place;
    return { name, title: body ? null : title, type: body ? 'organization' : 'person', mention, id: idFor(`entity:${entity}`) };
  };
  /** "the Beige Book said": a document with a name of its own speaks for its issuer, when the text names one; else as a document. */
  const documentIssuer = (index: number): Speaker | null => {
    const name = doc.mentions.names[index]!;
    const entity = entities.list[entities.ofMention[index]!]!;
    // Hint: being quoted marks a name as a person's; a gender or a title shows one.
    if (entity.gender !== null || entity.titles.length > 0 || !DOCUMENT_NOUNS.has(tokens[name.nameLast]!.lower)) return null;
    const first = tokens[name.nameFirst - 1]?.lower === 'the' ? name.nameFirst - 1 : name.nameFirst;
    const issuer = issuerOf(doc, first, name.nameLast);
    return issuer < 0 ? { ...ofEntity(entities.ofMention[index]!), title: null, type: 'organization' } : ofEntity(issuer);
  };
  switch (subject.kind) {
    case 'name': {
      // "Donald Trump's son told": the name is the possessor of the speaker, who is the relative.
      const described = entities.descriptionAt[doc.mentions.names[subject.mention]!.nameFirst]!;
      const kin = described >= 0 && entities.descriptions[described]!.possessor === subject.mention ? entities.descriptions[described]! : undefined;
      if (kin === undefined) return documentIssuer(subject.mention) ?? ofEntity(entities.ofMention[subject.mention]!);
      if (kin.entity >= 0) return { ...ofEntity(kin.entity), mention: spanOf(text, tokens, kin.first, kin.last) };
      return { name: null, title: kin.title, type: 'person', mention: spanOf(text, tokens, kin.first, kin.last), id: idFor(`kin:${kin.first}`) };
    }
    case 'pronoun': {
      const entity = resolvePronoun(doc, subject.token);
      const unnamed = unnamedAntecedent(doc, events, subject.token, entity);
      const described = unnamed === null ? null : toSpeaker(doc, events, unnamed, idFor);
      // "The ruling said … The transfer, it said, …": a document whose issuer the text does not name leaves "it"
      // to the body the entity stage resolved it to.
      if (described !== null && (described.name !== null || entity < 0 || tokens[subject.token]!.lower !== 'it')) return { ...described, mention };
      if (entity >= 0) return ofEntity(entity);
      const type = tokens[subject.token]!.lower === 'it' ? 'organization' : 'person';
      return { name: null, title: null, type, mention, id: idFor(`pronoun:${subject.token}`) };
    }
    case 'nominal': {
      const described = doc.entities.descriptionAt[subject.first]!;
      const person = described >= 0 ? doc.entities.descriptions[described]!.entity : -1;
      if (person >= 0) return ofEntity(person);
      const head = tokens[subject.head]!.lower;
      const definite = tokens[subject.first]!.lower === 'the';
      // "One team owner, who asked not to be named, said … 'the owner said'": the unnamed source introduced before.
      const introduced = definite && !ORGANISATION_NOUNS.has(head) && !DOCUMENT_NOUNS.has(head) && !COMPANY_NOUNS.has(head)
        ? unnamedSourceBefore(doc, events, subject.first, head)
        : null;
      if (introduced !== null) return { ...toSpeaker(doc, events, introduced, idFor), mention };
      // "The MCA said" after "the Maritime and Coastguard Agency": an office's acronym that spells a body's initials is
      // that body.
      const initialled = definite && subject.head === subject.last ? organisationOfAcronym(entities.list, tokens[subject.head]!) : -1;
      if (initialled >= 0) return { ...ofEntity(initialled), title: null, type: 'organization', mention: spanOf(text, tokens, subject.head, subject.head) };
      // "the trust's board said": a body's own board or committee speaks for the body.
      const possessor = definite && subject.head > subject.first + 2 && isPossessive(tokens[subject.first + 2]!) ? subject.first + 1 : -1;
      const owner = possessor >= 0 && ORGANISATION_NOUNS.has(head) && isBodyNoun(tokens[possessor]!.lower) ? bodyOfNoun(doc, possessor) : -1;
      if (owner >= 0) return ofEntity(owner);
      // "Nurses … belong to the Allied Health Workers Union. Their union said": a body its members' "their" points to is
      // the one of that kind named before, as "the union" is. Hint: not "its", whose union or parent company is another body.
      const theirs = tokens[subject.first]!.lower === 'their' && ORGANISATION_NOUNS.has(head);
      const body = definite || theirs ? namedBody(doc, subject.first, head) : -1;
      const company = definite && COMPANY_NOUNS.has(head) ? unmarkedBody(doc, subject.first, head) : -1;
      // "The Action Group said … Pellbrook Homes said … the company said": the company named since, not a group before.
      // Hint: what a body's common noun refers to is a body, whether or not its name says so ("the park").
      if (body >= 0 && !(company >= 0 && entities.list[company]!.organisation && mentionedSince(doc, company, body, subject.first))) return { ...ofEntity(body), title: null, type: 'organization' };
      if (company >= 0) return { ...ofEntity(company), title: null, type: 'organization' };
      const issuer = DOCUMENT_NOUNS.has(head) ? issuerOf(doc, subject.first, subject.last) : -1;
      // "A report by council officers said": the mention is the document without its maker, who is the speaker.
      const documentMention = DOCUMENT_NOUNS.has(head) ? spanOf(text, tokens, subject.first, documentEnd(tokens, subject.head, subject.last)) : mention;
      // Hint: an issuer nothing marks as a person is a body ("Quellby told customers in an email … the email said").
      if (issuer >= 0) {
        const { person, gender } = entities.list[issuer]!;
        return { ...ofEntity(issuer), mention: documentMention, ...(person || gender !== null ? {} : { type: 'organization' as const }) };
      }
      // A body named only as a modifier: "the Cedar Hollow School District board voted … the district said"; "a report
      // by Moyne County Council officials".
      const modifier = DOCUMENT_NOUNS.has(head) ? modifierIssuer(doc, subject.head, subject.last) : definite && ORGANISATION_NOUNS.has(head) ? modifierBody(doc, subject.first, head) : null;
      if (modifier !== null) return { name: modifier, title: null, type: 'organization', mention: documentMention, id: idFor(`body:${modifier.toLowerCase()}`) };
      const placed = !definite && ORGANISATION_NOUNS.has(head) && !isPluralNoun(head) ? placeNamedBody(tokens, subject.first, subject.head) : false;
      if (placed) return { name: mention.text, title: null, type: 'organization', mention, id: idFor(`body:${mention.text.toLowerCase()}`) };
      const organisation = ORGANISATION_NOUNS.has(head) || DOCUMENT_NOUNS.has(head);
      // "the company", "the report": one body or document the text did not name; such a source has no title.
      const oneBody = organisation && (definite || theirs) && !isPluralNoun(head);
      const title = oneBody ? null : describedTitle(doc, subject.first, subject.last);
      return { name: null, title, type: organisation ? 'organization' : 'person', mention, id: idFor(`nominal:${mention.text.toLowerCase()}`) };
    }
  }
}

function spanOf(text: string, tokens: Document['tokens'], first: number, last: number): Speaker['mention'] {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { text: text.slice(start, end), start, end };
}

/**
 * The title of an unnamed speaker: its description without the determiner or
 * the words that only count it ("a police spokesman" → "police spokesman",
 * "two senior officials" → "senior officials"); null when no noun is left ("one said", "those surveyed").
 */
function describedTitle(doc: Document, first: number, last: number): string | null {
  const { tokens, text } = doc;
  const opener = first;
  while (first <= last && isCounting(tokens, first)) first++;
  // "Most of the candidates", "more than half of voters": a share of a group is described whole.
  if (first > opener && first <= last && (tokens[first]!.pos === 'ADP' || tokens[first]!.lower === 'than')) first = isDeterminer(tokens[opener]!) ? opener + 1 : opener;
  // "the study's authors" → "authors": a common noun's possessive only points back into the story.
  if (first + 1 < last && isPossessiveAt(tokens, first + 1) && tokens[first]!.pos === 'NOUN' && !isCapitalised(tokens[first]!.text)) first += 2;
  // "those surveyed": with no noun left there is no description to show.
  // Hint: a role the tagger reads as an adjective is a noun here ("One senior academic").
  if (!tokens.slice(first, last + 1).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN' || TITLE_HEADS.has(token.lower))) return null;
  return text.slice(tokens[first]!.start, tokens[last]!.end);
}

/** A determiner, possessive or number in front of a description; not "30" in "a 30-year-old". */
function isCounting(tokens: Document['tokens'], at: number): boolean {
  const token = tokens[at]!;
  if (tokens[at + 1]?.text === '-' && tokens[at + 1]!.start === token.end) return false;
  return token.pos === 'DET' || token.pos === 'PRON' || token.pos === 'NUM' || QUANTIFIERS.has(token.lower);
}

/**
 * The organisation that "the airline" or "the bank" refers back to: the
 * latest one named before it whose name ends in that word ("Skyway
 * Airlines") or that the text called so ("the bank, NatWest"), else the
 * latest whose name marks it as of that kind ("Royal Bank of Scotland Group"
 * for "the company", by its "Group").
 */
function namedBody(doc: Document, before: number, head: string): number {
  const { names } = doc.mentions;
  const { list, ofMention } = doc.entities;
  const kinds = ORGANISATION_KINDS.get(head) ?? [];
  const end = partitionPoint(names.length, (index) => names[index]!.nameLast < before);
  let ofKind = -1;
  for (let index = end - 1; index >= 0 && end - index <= BODY_REACH; index--) {
    const entity = list[ofMention[index]!]!;
    const last = entity.nameWords[entity.nameWords.length - 1] ?? '';
    // "Millbrook Wildlife Park … the park said": a name no word marks as a body's still is one when it ends in the noun.
    if (!entity.organisation && (entity.person || entity.nameWords.length < 2 || last !== head)) continue;
    if (last === head || last === `${head}s` || entity.kinds.includes(head)) return ofMention[index]!;
    if (ofKind < 0 && entity.nameWords.some((word) => word === head || kinds.includes(word))) ofKind = ofMention[index]!;
  }
  return ofKind;
}

/**
 * For "the company" after a company whose name does not say what it is ("Quellby said…"): the latest name that
 * was the subject of its clause and that nothing gives a gender (no he or she, honorific or known first name),
 * within {@link BODY_REACH} references; -1 if none. For "the company" and "the firm", a name that ends in a word of
 * {@link NON_COMPANY_WORDS} says it is no company, and is skipped: "the Harlow Income Fund will pay …, the firm said"
 * is the fund's manager.
 */
function unmarkedBody(doc: Document, before: number, noun: string): number {
  const { references, list } = doc.entities;
  const kinds = ORGANISATION_KINDS.get(noun) ?? [];
  const end = partitionPoint(references.length, (index) => references[index]!.last < before);
  for (let index = end - 1; index >= 0 && end - index <= BODY_REACH; index--) {
    const reference = references[index]!;
    const entity = list[reference.entity]!;
    const last = entity.nameWords[entity.nameWords.length - 1] ?? '';
    if (BUSINESS_NOUNS.has(noun) && NON_COMPANY_WORDS.has(last) && !kinds.includes(last)) continue;
    if (reference.subject && !reference.setOff && entity.gender === null) return reference.entity;
  }
  return -1;
}

/** Whether `entity` was referred to after the last reference to `other` before token `before`. */
function mentionedSince(doc: Document, entity: number, other: number, before: number): boolean {
  const { references } = doc.entities;
  const end = partitionPoint(references.length, (index) => references[index]!.last < before);
  for (let index = end - 1; index >= 0 && end - index <= BODY_REACH; index--) {
    if (references[index]!.entity === entity) return true;
    if (references[index]!.entity === other) return false;
  }
  return false;
}

/** How many sentences back "the report" may reach for the document it names again. */
const DOCUMENT_REACH = 4;

/** How many tokens back a chain of "the report"s may lead in all. */
const DOCUMENT_SCAN = 1000;

/** "filed", "released", "commissioned": any past participle before "by" names who issued the document. */
const ISSUING_PARTICIPLE = /^\p{Ll}+ed$/u;

/** How many words may say when a document was issued, between its participle and "by": "published **last month** by". */
const ISSUE_TIME_REACH = 3;

/** A word of a time adjunct: "last month", "on Friday", "in May", "this week", "in 2023". */
function isIssueTime(token: Document['tokens'][number]): boolean {
  return TIME_WORDS.has(token.lower) || DATE_WORDS.has(token.lower) || token.pos === 'NUM';
}

/** How many modifiers may stand between an issuer's possessive and the document: "the Fed's **Beige Book** survey". */
const ISSUER_REACH = 3;

/**
 * Who issued the document a subject names: a name in the phrase itself ("the
 * Federal Reserve's survey", "a report by the GAO"), else, for "the report" or
 * "the survey", the issuer of the latest document named so in the few
 * sentences before; -1 when the text names none.
 */
function issuerOf(doc: Document, first: number, last: number): number {
  const { tokens, sentences, sentenceAt } = doc;
  for (let at = last; at >= first; at--) {
    const issuer = DOCUMENT_NOUNS.has(tokens[at]!.lower) ? issuerAt(doc, at) : -1;
    if (issuer >= 0) return issuer;
  }
  const maker = relativeClauseMaker(doc, last);
  if (maker >= 0) return maker;
  if (tokens[first]!.lower !== 'the') return -1;
  // Hint: however long the chain, no further back than DOCUMENT_SCAN tokens, so a text of many reports stays linear.
  const floor = Math.max(0, first - DOCUMENT_SCAN);
  const reachFrom = (at: number) => Math.max(floor, sentences[Math.max(0, sentenceAt[at]! - DOCUMENT_REACH)]!.first);
  let reach = reachFrom(first);
  let namedBefore = false;
  const previousFirst = sentences[Math.max(0, sentenceAt[first]! - 1)]!.first;
  for (let at = first - 1; at >= reach; at--) {
    if (!DOCUMENT_NOUNS.has(tokens[at]!.lower)) continue;
    namedBefore ||= at >= previousFirst && tokens[at]!.lower === tokens[last]!.lower && isAcquiredAt(tokens, at);
    const issuer = issuerAt(doc, at);
    if (issuer >= 0) return issuer;
    // "NAME said in a statement … the statement said": the same document again, whose maker the clause names; so
    // "The authority issued a boil notice. … The notice said".
    const maker = tokens[at]!.lower === tokens[last]!.lower ? Math.max(statementMaker(doc, at), issuingSubject(doc, at)) : -1;
    if (maker >= 0) return maker;
    // "The survey said … The report noted … according to the report": each "the report" names the same one again.
    if (tokens[at - 1]?.lower === 'the') reach = Math.min(reach, reachFrom(at));
  }
  const finder = subjectBodySince(doc, reachFrom(first), first);
  // Hint: not where the sentence before names the document as one its subject got ("The board received a notice."),
  // nor for one someone got hold of ("The memo, obtained by the Courier,").
  if (finder >= 0 || namedBefore || ACQUIRING_PARTICIPLES.has(tokens[tokenAfterDocument(tokens, last)]?.lower ?? '')) return finder;
  return previousSubjectBody(doc, first);
}

/** The token after the document noun at `at`, past a comma: "a memo obtained by", "The memo, obtained by". */
function tokenAfterDocument(tokens: Document['tokens'], at: number): number {
  return tokens[at + 1]?.text === ',' ? at + 2 : at + 1;
}

/** How many words may stand between a verb of getting and the document it got: "received a boil **notice**". */
const ACQUIRED_REACH = 3;

/** Whether the document noun at `at` is the object of a verb of getting ("received a notice", "obtained the memo"). */
function isAcquiredAt(tokens: Document['tokens'], at: number): boolean {
  for (let before = at - 1; before >= 0 && at - before <= ACQUIRED_REACH; before--) if (ACQUIRING_PARTICIPLES.has(tokens[before]!.lower)) return true;
  return false;
}

/**
 * "The Dam Safety Bureau gave the company 60 days. The report said …": with no document named before, "the report" is
 * the body that was the first subject of the sentence just before; -1 if none.
 */
function previousSubjectBody(doc: Document, first: number): number {
  const { sentences, sentenceAt } = doc;
  const { references, list } = doc.entities;
  const here = sentenceAt[first]!;
  if (here === 0) return -1;
  const previous = sentences[here - 1]!;
  const start = partitionPoint(references.length, (index) => references[index]!.first < previous.first);
  const reference = references[start];
  if (reference === undefined || reference.last > previous.last || !reference.subject || reference.setOff) return -1;
  // Hint: a name, not a pronoun the entity stage resolved ("The Acme campaign responded that it had …"), and itself the
  // subject, not a modifier of its head.
  const after = doc.tokens[reference.last + 1];
  if (doc.mentions.nameAt[reference.first]! < 0 || (after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN'))) return -1;
  // Hint: a body whose name ends as one's ("Bureau", "Commission"), not a country that only acted ("The United States
  // sent troops").
  const last = doc.tokens[reference.last]!;
  const bodied = (last.classes & WORD_CLASS.bodyWord) !== 0 && !COUNTRY_WORDS.has(last.lower);
  return bodied && list[reference.entity]!.organisation ? reference.entity : -1;
}

/**
 * "The Commission for Rail Performance found that … '…,' the report said": with no document named before, "the
 * report" is the latest body since token `from` that was the subject of a verb reporting a finding (a verb with
 * "that" after it); -1 if none.
 */
function subjectBodySince(doc: Document, from: number, before: number): number {
  const { tokens } = doc;
  const { references, list } = doc.entities;
  const end = partitionPoint(references.length, (index) => references[index]!.last < before);
  for (let index = end - 1; index >= 0 && references[index]!.first >= from; index--) {
    const reference = references[index]!;
    if (!reference.subject || reference.setOff || !list[reference.entity]!.organisation) continue;
    let verb = pastRelativeClauseAfter(tokens, reference.last + 1);
    while (tokens[verb]?.pos === 'ADV' || tokens[verb]?.pos === 'AUX') verb++;
    if (tokens[verb]?.pos === 'VERB' && tokens[verb + 1]?.lower === 'that') return reference.entity;
  }
  return -1;
}

/** The entity named as the issuer of the document noun at `at`: "NAME's (…) survey", "survey (filed) by/from (the) NAME"; or -1. */
function issuerAt(doc: Document, at: number): number {
  const { tokens, mentions, entities } = doc;
  let premodifier = -1;
  for (let before = at - 1; before >= 0 && at - before <= ISSUER_REACH + 1; before--) {
    if (isPossessive(tokens[before]!)) {
      const named = mentions.nameAt[before - 1]!;
      // "the department's report", "the company's recall notice": the body named before that the common noun refers to.
      if (named < 0 && isBodyNoun(tokens[before - 1]?.lower ?? '')) return bodyOfNoun(doc, before - 1);
      return named >= 0 ? entities.ofMention[named]! : -1;
    }
    // "a league memo", "a union statement": a body's common noun modifying the document.
    if (before === at - 1 && mentions.nameAt[before]! < 0 && ORGANISATION_NOUNS.has(tokens[before]!.lower)) return namedBody(doc, before, tokens[before]!.lower);
    // "a Harlow Transit Authority review": a name doing so, unless a possessive before it names the issuer ("the
    // Federal Reserve's Beige Book survey").
    const named = mentions.nameAt[before]!;
    if (before === at - 1 && named >= 0 && mentions.names[named]!.nameLast === before) {
      premodifier = entities.ofMention[named]!;
      before = mentions.names[named]!.nameFirst;
      continue;
    }
    if (!MODIFIER_POS.has(tokens[before]!.pos) && !isModifierAfterPossessive(tokens, before)) break;
  }
  if (premodifier >= 0) return premodifier;
  // "an affidavit filed by the sheriff's office", "a report released by the GAO": a participle may come first, and
  // when it was issued ("published last month by", "released on Friday by"); "The report, by the authority,": a comma.
  let by = tokenAfterDocument(tokens, at);
  // "a memo obtained by the Herald": whoever got hold of it did not issue it.
  if (ACQUIRING_PARTICIPLES.has(tokens[by]?.lower ?? '')) return -1;
  if (ISSUING_PARTICIPLE.test(tokens[by]?.lower ?? '')) {
    by++;
    // "carried out by": a particle of the participle's.
    if ((tokens[by]?.pos === 'ADP' || tokens[by]?.pos === 'ADV') && tokens[by + 1]?.lower === 'by' && tokens[by]!.lower !== 'by') by++;
    const when = by;
    while (by - when < ISSUE_TIME_REACH && tokens[by] !== undefined && isIssueTime(tokens[by]!)) by++;
  }
  const link = tokens[by]?.lower;
  if (link !== 'by' && link !== 'from') return -1;
  const issuer = tokens[by + 1]?.lower === 'the' ? by + 2 : by + 1;
  let named = mentions.nameAt[issuer] ?? -1;
  // "by the Toronto law firm Harcourt Vail LLP": the name its kind introduces, past the kind's modifiers.
  for (let probe = issuer; named < 0 && probe - issuer <= ISSUER_REACH && probe < tokens.length && isIssuerKindWord(doc, probe); probe++) {
    named = mentions.nameAt[probe + 1] ?? -1;
  }
  let after = named >= 0 ? mentions.names[named]!.nameLast + 1 : issuer + 1;
  // "an analysis commissioned by the museum from Orrin Labs": the body it was commissioned from made it.
  const from = link === 'by' && tokens[after]?.lower === 'from' ? mentions.nameAt[tokens[after + 1]?.lower === 'the' ? after + 2 : after + 1] ?? -1 : -1;
  if (from >= 0) return entities.ofMention[from]!;
  // "A 2023 study by economists at the Tarn Housing Institute": the body its makers work at.
  if (named < 0 && tokens[issuer]?.pos === 'NOUN' && WORKPLACE_LINKS.has(tokens[issuer + 1]?.lower ?? '')) {
    const workplace = mentions.nameAt[tokens[issuer + 2]?.lower === 'the' ? issuer + 3 : issuer + 2] ?? -1;
    if (workplace >= 0) return entities.ofMention[workplace]!;
  }
  // "a report released by the department": the body named before that the common noun refers to; so for "a report by
  // council officers", the people who work for it.
  const staff = issuer === by + 1 && tokens[issuer + 1]?.pos === 'NOUN';
  // "a report by the trust's property committee": a body's own committee or staff work for it, as its board speaks for it.
  if (named < 0 && (issuer === by + 2 || staff) && ORGANISATION_NOUNS.has(tokens[issuer]?.lower ?? '')) return namedBody(doc, issuer, tokens[issuer]!.lower);
  // "by the Legislature's nonpartisan Office of Fiscal Review": the body the possessive phrase names, not its possessor.
  if (named >= 0 && tokens[after] !== undefined && isPossessive(tokens[after]!)) {
    const limit = ++after + ISSUER_REACH;
    while (after < limit && tokens[after] !== undefined && mentions.nameAt[after]! < 0 && MODIFIER_POS.has(tokens[after]!.pos)) after++;
    if ((mentions.nameAt[after] ?? -1) >= 0) named = mentions.nameAt[after]!;
  }
  return named >= 0 ? entities.ofMention[named]! : -1;
}

/** The name of the latest body before token `before` that the text names only as a modifier and whose name ends in `head`; or null. */
function modifierBody(doc: Document, before: number, head: string): string | null {
  const { tokens, mentions } = doc;
  const { modifiers } = mentions;
  const end = partitionPoint(modifiers.length, (index) => modifiers[index]!.last < before);
  for (let index = end - 1; index >= 0 && end - index <= BODY_REACH; index--) {
    const modifier = modifiers[index]!;
    if (modifier.last > modifier.first && tokens[modifier.last]!.lower === head) return modifierText(doc, modifier);
  }
  return null;
}

/** "a report by Moyne County Council officials": the name of a body that modifies the maker named after "by"; or null. */
function modifierIssuer(doc: Document, head: number, last: number): string | null {
  const { tokens, mentions } = doc;
  const by = documentEnd(tokens, head, last) + 1;
  if (tokens[by]?.lower !== 'by' && tokens[by + 1]?.lower !== 'by') return null;
  const at = tokens[by]!.lower === 'by' ? by + 1 : by + 2;
  const start = tokens[at]?.lower === 'the' ? at + 1 : at;
  const modifier = mentions.modifiers[partitionPoint(mentions.modifiers.length, (index) => mentions.modifiers[index]!.first < start)];
  if (modifier === undefined || modifier.first !== start || (tokens[modifier.last]!.classes & WORD_CLASS.bodyWord) === 0) return null;
  return modifierText(doc, modifier);
}

/**
 * "Brackenford borough council said": a place's name, then lower-case words up to a body's noun, and nothing else in
 * the subject; British copy names a local authority so, as it writes "Harlow City Council".
 */
function placeNamedBody(tokens: Document['tokens'], first: number, head: number): boolean {
  if (head - first < 1 || tokens[first]!.pos !== 'PROPN' || !isCapitalised(tokens[first]!.text)) return false;
  for (let at = first + 1; at <= head; at++) if (!isLowerModifier(tokens[at])) return false;
  return true;
}

function modifierText(doc: Document, modifier: Document['mentions']['modifiers'][number]): string {
  return doc.text.slice(doc.tokens[modifier.first]!.start, doc.tokens[modifier.last]!.end);
}

/** The last token of a document phrase before the "by" that names its maker ("a report [released] by …"); else `last`. */
function documentEnd(tokens: Document['tokens'], head: number, last: number): number {
  for (let at = head + 1; at <= last; at++) {
    if (tokens[at]!.lower !== 'by') continue;
    return ISSUING_PARTICIPLE.test(tokens[at - 1]!.lower) && at - 1 > head ? at - 2 : at - 1;
  }
  return last;
}

/**
 * "a summary of the offer that the company posted", "the report which Varn Energy filed": the subject of a relative
 * clause right after the document phrase ending at `last`, when its verb follows it: a name, or a body's common noun
 * that refers back to one named before; -1 otherwise.
 */
function relativeClauseMaker(doc: Document, last: number): number {
  const { tokens, mentions, entities } = doc;
  const relative = tokens[last + 1]?.lower;
  if (relative !== 'that' && relative !== 'which') return -1;
  const subject = tokens[last + 2]?.lower === 'the' ? last + 3 : last + 2;
  const named = mentions.nameAt[subject] ?? -1;
  if (named >= 0) {
    const mention = mentions.names[named]!;
    return mention.first <= subject && tokens[mention.last + 1]?.pos === 'VERB' ? entities.ofMention[named]! : -1;
  }
  const noun = tokens[subject]?.lower ?? '';
  if (subject !== last + 3 || tokens[subject + 1]?.pos !== 'VERB' || !(ORGANISATION_NOUNS.has(noun) || COMPANY_NOUNS.has(noun))) return -1;
  return namedBody(doc, subject, noun);
}

/** Whether token `at` may stand in a body's kind before its name: a lower-case noun or adjective ("law firm"), or a modifying name ("Toronto"). */
function isIssuerKindWord(doc: Document, at: number): boolean {
  const token = doc.tokens[at]!;
  return (MODIFIER_POS.has(token.pos) && !isCapitalised(token.text)) || isInModifier(doc, at);
}

/** "the reports", "the banks": a plural by its ending; not "the prospectus" or "the press". */
function isPluralNoun(lower: string): boolean {
  return lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us');
}

/** A common noun for a body: "the commission", "the company". */
function isBodyNoun(lower: string): boolean {
  return ORGANISATION_NOUNS.has(lower) || COMPANY_NOUNS.has(lower);
}

/** The body that the common noun at `at` refers back to, as a subject of that noun would be resolved; or -1. */
function bodyOfNoun(doc: Document, at: number): number {
  const noun = doc.tokens[at]!.lower;
  const body = namedBody(doc, at, noun);
  return body >= 0 || !COMPANY_NOUNS.has(noun) ? body : unmarkedBody(doc, at, noun);
}

/** How many tokens may follow the document in a sentence's opening phrase: "In a statement released with the results,". */
const OPENING_PHRASE_REACH = 8;

function sentenceStartOf(doc: Document, at: number): number {
  return doc.sentences[doc.sentenceAt[at]!]!.first;
}

/** The name that is the subject of the verb putting out the document noun at `at` ("NAME issued a boil notice"); or -1. */
function issuingSubject(doc: Document, at: number): number {
  const { tokens, mentions, entities } = doc;
  const determiner = documentDeterminer(tokens, at);
  const verb = determiner - 1;
  if (!isDeterminer(tokens[determiner]!) || !ISSUING_FORMS.has(tokens[verb]?.lower ?? '')) return -1;
  let subjectEnd = verb - 1;
  while (subjectEnd > 0 && tokens[subjectEnd]!.pos === 'AUX') subjectEnd--;
  const named = mentions.nameAt[subjectEnd] ?? -1;
  return named >= 0 && mentions.names[named]!.nameLast === subjectEnd ? entities.ofMention[named]! : -1;
}

/** "In a press release", "In its written recommendation": the token past the document noun's modifiers, its determiner if it has one. */
function documentDeterminer(tokens: Document['tokens'], at: number): number {
  let determiner = at - 1;
  while (determiner > at - 1 - DOCUMENT_MODIFIERS && determiner > 0 && !isDeterminer(tokens[determiner]!) && DOCUMENT_MODIFIER_POS.has(tokens[determiner]!.pos)) determiner--;
  return determiner;
}

/**
 * Who made the statement at `at` when a clause says so: "NAME said in a statement" (past adverbs: "said
 * later in a statement"), "In a statement, NAME said" (with a phrase of its own before the comma: "In a filing on
 * Wednesday, NAME said"); -1 when that is no name.
 */
function statementMaker(doc: Document, at: number): number {
  const { tokens, mentions, entities } = doc;
  const determiner = documentDeterminer(tokens, at);
  if (tokens[determiner - 1]?.lower !== 'in' || !isDeterminer(tokens[determiner]!)) return -1;
  // "In a statement, NAME said", "In a filing on Wednesday, NAME said", "In a statement released with the results, NAME".
  if (determiner - 1 === sentenceStartOf(doc, at)) {
    let comma = at + 1;
    while (comma - at <= OPENING_PHRASE_REACH && tokens[comma] !== undefined && tokens[comma]!.text !== ',') comma++;
    if (tokens[comma]?.text !== ',') return -1;
    // "In a letter to the board, however, the commission said": past a lone adverb set off after the phrase.
    let subjectFirst = comma + 1;
    if (tokens[subjectFirst]?.pos === 'ADV' && tokens[subjectFirst + 1]?.text === ',') subjectFirst += 2;
    const subject = tokens[subjectFirst]?.lower === 'the' ? subjectFirst + 1 : subjectFirst;
    const named = mentions.nameAt[subject] ?? -1;
    if (named >= 0) return mentions.names[named]!.first <= subject ? entities.ofMention[named]! : -1;
    // "In a statement, the group said": a body's common noun, for the body named before.
    return subject > subjectFirst && isBodyNoun(tokens[subject]?.lower ?? '') ? bodyOfNoun(doc, subject) : -1;
  }
  let verb = determiner - 2;
  while (verb > 0 && tokens[verb]!.pos === 'ADV') verb--;
  // "NAME told customers in an email": past the listener of a verb that takes one.
  for (let probe = verb; probe > 0 && verb - probe < LISTENER_REACH && tokens[probe]!.pos !== 'VERB'; probe--) {
    const lemma = reportingVerbAt(tokens, probe - 1);
    if (lemma !== null && LISTENER_REPORTING_LEMMAS.has(lemma)) verb = probe - 1;
  }
  if (tokens[verb]?.pos !== 'VERB' || reportingVerbAt(tokens, verb) === null) return -1;
  const subjectEnd = pastRelativeClause(tokens, verb - 1);
  const named = mentions.nameAt[subjectEnd] ?? -1;
  if (named >= 0) return mentions.names[named]!.last === subjectEnd ? entities.ofMention[named]! : -1;
  // "the company said in an email": a body's common noun, for the body named before.
  return tokens[subjectEnd - 1]?.lower === 'the' && isBodyNoun(tokens[subjectEnd]?.lower ?? '') ? bodyOfNoun(doc, subjectEnd) : -1;
}

/** How many words the listener between a verb and "in a statement" may have: "told **its customers** in an email". */
const LISTENER_REACH = 3;

/** How many modifiers may stand between a document's determiner and its noun: "a joint press release". */
const DOCUMENT_MODIFIERS = 3;

/** How many tokens a relative clause set off by commas between a subject and its verb may have. */
const RELATIVE_CLAUSE_REACH = 24;

/** `Varn Energy, which supplies 600,000 homes, said`: from the comma at `at`, the token before the clause; else `at`. */
function pastRelativeClause(tokens: Document['tokens'], at: number): number {
  if (tokens[at]?.text !== ',') return at;
  for (let open = at - 1; open > 0 && at - open <= RELATIVE_CLAUSE_REACH; open--) {
    if (tokens[open]!.text !== ',') continue;
    return WH_RELATIVE_WORDS.has(tokens[open + 1]!.lower) ? open - 1 : at;
  }
  return at;
}

/** Past a relative clause set off by commas that opens at `at` ("the board, which inspected the home in March, found"); else `at`. */
function pastRelativeClauseAfter(tokens: Document['tokens'], at: number): number {
  if (tokens[at]?.text !== ',' || !WH_RELATIVE_WORDS.has(tokens[at + 1]?.lower ?? '')) return at;
  for (let close = at + 2; close < tokens.length && close - at <= RELATIVE_CLAUSE_REACH; close++) {
    if (tokens[close]!.text === ',') return close + 1;
  }
  return at;
}

/** The entity the entity stage resolved the pronoun at token `token` to, or -1. */
function resolvePronoun(doc: Document, token: number): number {
  const { references } = doc.entities;
  const index = partitionPoint(references.length, (at) => references[at]!.first < token);
  const reference = references[index];
  return reference !== undefined && reference.first === token && reference.last === token ? reference.entity : -1;
}

/** How many sentences back "the owner" may reach for the unnamed owner who spoke before. */
const INTRODUCED_REACH = 12;

/**
 * The unnamed source that "the owner" or "the official" refers back to: the latest source of a speech event before
 * token `before`, within {@link INTRODUCED_REACH} sentences, that is a description with the same head and no article
 * of its own ("One team owner, who asked …, said", "A senior official in the finance ministry said"). Only events in
 * paragraphs that hold a quote or come right before one count: those are read for any kinds asked, so reported speech
 * never changes a quote's speaker. Null when there is none.
 */
function unnamedSourceBefore(doc: Document, events: SpeechEvents, before: number, head: string): Subject | null {
  const { tokens, sentences, sentenceAt, paragraphAt } = doc;
  const from = sentences[Math.max(0, sentenceAt[before]! - INTRODUCED_REACH)]!.first;
  for (let index = partitionPoint(events.list.length, (at) => events.list[at]!.first < before) - 1; index >= 0; index--) {
    const event = events.list[index]!;
    if (event.first < from) break;
    const source = event.source;
    if (source === null || source.kind !== 'nominal' || source.first >= before || tokens[source.head]!.lower !== head) continue;
    if (tokens[source.first]!.lower === 'the') continue;
    const paragraph = paragraphAt[event.first]!;
    if (isReadByQuotes(doc.quotes, paragraph)) return source;
  }
  return null;
}

/** How many references back the person a pronoun was resolved to is looked for. */
const REFERENCE_REACH = 40;

/** How many sentences of a quote a pronoun's speaker may be looked for past, back to the sentence before it. */
const PRONOUN_SENTENCE_REACH = 8;

/** How many pronouns back a chain of them may lead to the unnamed source they all stand for. */
const PRONOUN_CHAIN = 3;

/**
 * "One neighbor, who asked not to be named, said … '…,' she said": a he or
 * she means the unnamed person who spoke last before it (a verb that reports
 * speech: not "a storm surge snapped"), when the person the entity stage
 * resolved it to was last referred to in an earlier sentence than that one's:
 * who speaks in a sentence outranks a name inside it ("a spokeswoman for Holt
 * said Holt would …"). So does "they" for an unnamed source of any number ("A
 * spokesperson for the operator said … '…,' they said"; "Union officials
 * said"), and "it" for a body or a document ("The company said … '…,' it
 * said"). A pronoun that is itself the source of the last speech ("She added
 * …") leads on to the one it stands for. The speaker is looked for in the
 * pronoun's sentence and the one before in its paragraph, or the last sentence
 * of the paragraph before when the pronoun's paragraph holds a quote: the
 * speech events read there are read for any kinds asked, so reported speech
 * never changes a quote's speaker. Null when the last speaker before the
 * pronoun is named, or the description is linked to a named person, does not
 * fit the pronoun, or is of the other sex.
 */
function unnamedAntecedent(doc: Document, events: SpeechEvents, token: number, entity: number, chain = 0): Subject | null {
  const { tokens, sentences, sentenceAt, paragraphAt } = doc;
  const pronoun = tokens[token]!.lower;
  const info = SUBJECT_PRONOUNS.get(pronoun);
  if (info === undefined || info.first) return null;
  const sentence = sentenceAt[token]!;
  const paragraph = paragraphAt[token]!;
  // Hint: a sentence inside the quote ("'People came. Nobody shouted,' she said") holds no speech event; the one
  // before it is the sentence before.
  let previous = sentence - 1;
  while (previous > 0 && doc.quoteAt[sentences[previous]!.first]! >= 0 && sentence - previous < PRONOUN_SENTENCE_REACH) previous--;
  const before = sentences[previous];
  const from = before !== undefined && (paragraphAt[before.first] === paragraph || holdsQuote(doc.quotes, paragraph)) ? before.first : sentences[sentence]!.first;
  // Hint: an infinitive with no source of its own ("it was too early to say") is no one's speech; the one before it is.
  // So is a verb that reports nothing done by the same pronoun ("told the board she had read it"), and a passive inside
  // the report of a verb before it in its sentence ("said employees were told"): each leads back too.
  let index = partitionPoint(events.list.length, (at) => events.list[at]!.first < token) - 1;
  while (index >= 0 && (isSourcelessInfinitive(tokens, events.list[index]!) || isSamePronounActing(tokens, events.list[index]!, pronoun)
    || isPassiveInsideReport(doc, events, index))) index--;
  const event = events.list[index];
  const referred = entity < 0 ? -1 : lastReferenceBefore(doc, entity, token);
  // "A neighbour across the hall pointed at the window. '…,' she said": one the sentence before introduces as its
  // subject, after whoever last spoke and after the last name of the pronoun's entity (a pronoun there, "A neighbour,
  // who asked that her name not be used,", may be the description's own).
  const named = referred >= from && doc.mentions.nameAt[referred]! >= 0;
  const introduced = before !== undefined && from === before.first && !named ? introducedSubject(doc, before.first, before.last) : null;
  // Hint: whoever spoke since goes first, unless it is the same one ("A neighbour, who asked that …,").
  const spokeSince = event !== undefined && event.first >= from && !(introduced !== null && event.source !== null && isSameOrRelative(tokens, event.source, introduced));
  if (introduced !== null && !spokeSince && agreesWithPronoun(doc, introduced, pronoun, info.gender)) return introduced;
  // Hint: one who declined to say something still speaks in the passage ("A spokesman declined to say when … '…,' he said").
  if (event === undefined || event.first < from || event.reporting === null || (event.negated && !isRefusedAt(tokens, event.first)) || event.passive || event.source === null) return null;
  const source = event.source;
  // Hint: a reference in the speaker's own sentence ("…, who asked not to be named because she …, said Holt had …")
  // does not outrank who spoke there, as in the entity stage's own choice of antecedent.
  if (referred >= 0 && sentenceAt[referred]! > sentenceAt[event.first]!) return null;
  if (source.kind === 'pronoun') {
    const same = tokens[source.token]!.lower === pronoun;
    return same && chain < PRONOUN_CHAIN ? unnamedAntecedent(doc, events, source.token, resolvePronoun(doc, source.token), chain + 1) : null;
  }
  return agreesWithPronoun(doc, source, pronoun, info.gender) ? source : null;
}

/** Whether `source` is the nominal `subject` itself or the relative pronoun right after it: "A neighbour, **who** asked …". */
function isSameOrRelative(tokens: Document['tokens'], source: Subject, subject: Subject): boolean {
  if (subject.kind !== 'nominal') return false;
  if (source.kind === 'nominal') return source.first === subject.first;
  if (source.kind !== 'pronoun') return false;
  const gap = tokens[subject.last + 1]?.text === ',' ? 2 : 1;
  return source.token === subject.last + gap && WH_RELATIVE_WORDS.has(tokens[source.token]!.lower);
}

/** Whether the unnamed nominal `source` can be what `pronoun` (of `gender`) stands for: a body or document for "it", one person for he or she. */
function agreesWithPronoun(doc: Document, source: Subject, pronoun: string, gender: Gender | null): boolean {
  const { tokens, entities } = doc;
  if (source.kind !== 'nominal') return false;
  const described = entities.descriptionAt[source.first]!;
  if (described >= 0 && entities.descriptions[described]!.entity >= 0) return false;
  const head = tokens[source.head]!;
  const body = ORGANISATION_NOUNS.has(head.lower) || COMPANY_NOUNS.has(head.lower);
  const document = DOCUMENT_NOUNS.has(head.lower);
  if (pronoun === 'it') return body || document;
  if (pronoun === 'they') return !document;
  if ((head.pos !== 'NOUN' && head.pos !== 'ADJ') || body || document) return false;
  if (isPluralNoun(head.lower)) return false;
  const sex = GENDERED_TITLES.get(head.lower) ?? GENDERED_PERSON_NOUNS.get(head.lower) ?? KIN_NOUNS.get(head.lower) ?? null;
  return sex === null || sex === gender;
}

function isSourcelessInfinitive(tokens: Document['tokens'], event: SpeechEvents['list'][number]): boolean {
  return event.source === null && tokens[event.first - 1]?.lower === 'to';
}

function isPassiveInsideReport(doc: Document, events: SpeechEvents, index: number): boolean {
  const event = events.list[index]!;
  const before = events.list[index - 1];
  // So is a negated verb there: "said neighbours had signed protests but would not testify".
  const mute = event.passive || (event.negated && !isRefusedAt(doc.tokens, event.first));
  return mute && before !== undefined && before.reporting !== null && doc.sentenceAt[before.first] === doc.sentenceAt[event.first];
}

function isSamePronounActing(tokens: Document['tokens'], event: SpeechEvents['list'][number], pronoun: string): boolean {
  return event.reporting === null && event.source?.kind === 'pronoun' && tokens[event.source.token]!.lower === pronoun;
}

/** The first token of the latest reference to `entity` before token `before`, within {@link REFERENCE_REACH}; or -1. */
function lastReferenceBefore(doc: Document, entity: number, before: number): number {
  const { references } = doc.entities;
  const end = partitionPoint(references.length, (index) => references[index]!.first < before);
  for (let index = end - 1; index >= 0 && end - index <= REFERENCE_REACH; index--) if (references[index]!.entity === entity) return references[index]!.first;
  return -1;
}
