import { partitionPoint } from '../grammar/partition-point.js';
import type { Gender } from '../lexicon/honorifics.js';
import { DOCUMENT_NOUNS, ORGANISATION_KINDS, ORGANISATION_NOUNS, QUANTIFIERS } from '../lexicon/descriptions.js';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns.js';
import type { Quote, Speaker } from '../types.js';
import type { Attributed, Document, Subject } from './document.js';

/** How many earlier name mentions "the airline" may reach back over to find its airline. */
const BODY_REACH = 200;

/** How many earlier name mentions a pronoun may reach back over. */
const PRONOUN_REACH = 40;

/**
 * Turns attributions into the public quotes: resolves each speaker mention
 * to the fullest name and any title in the document, resolves pronouns by
 * gender and recency to a person named before them outside quotes, and gives
 * every distinct speaker one id. What a pronoun says of the gender of an
 * entity the document left open holds for the pronouns after it.
 *
 * @internal
 */
export function resolveSpeakers(doc: Document, attributions: readonly Attributed[]): Quote[] {
  const { text } = doc;
  const learnedGender = new Map<number, Gender>();
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
        speaker = toSpeaker(doc, learnedGender, subject, idFor);
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

function toSpeaker(doc: Document, learnedGender: Map<number, Gender>, subject: Subject, idFor: (key: string) => number): Speaker {
  const { text, tokens, entities } = doc;
  const mention = { text: text.slice(subject.span.start, subject.span.end), start: subject.span.start, end: subject.span.end };
  const ofEntity = (entity: number): Speaker => {
    const { name, title, organisation } = entities.list[entity]!;
    return { name, title, type: organisation ? 'organization' : 'person', mention, id: idFor(`entity:${entity}`) };
  };
  switch (subject.kind) {
    case 'name':
      return ofEntity(entities.ofMention[subject.mention]!);
    case 'pronoun': {
      const entity = resolvePronoun(doc, learnedGender, subject.token);
      if (entity >= 0) return ofEntity(entity);
      const type = tokens[subject.token]!.lower === 'it' ? 'organization' : 'person';
      return { name: null, title: null, type, mention, id: idFor(`pronoun:${subject.token}`) };
    }
    case 'nominal': {
      const described = doc.entities.descriptionAt[subject.first]!;
      const person = described >= 0 ? doc.entities.descriptions[described]!.entity : -1;
      if (person >= 0) return ofEntity(person);
      const head = tokens[subject.last]!.lower;
      const body = tokens[subject.first]!.lower === 'the' ? namedBody(doc, subject.first, head) : -1;
      if (body >= 0) return ofEntity(body);
      const organisation = ORGANISATION_NOUNS.has(head) || DOCUMENT_NOUNS.has(head);
      // "the company", "the report": one body or document the text did not name; such a source has no title.
      const definite = organisation && tokens[subject.first]!.lower === 'the' && !head.endsWith('s');
      const title = definite ? null : describedTitle(doc, subject.first, subject.last);
      return { name: null, title, type: organisation ? 'organization' : 'person', mention, id: idFor(`nominal:${mention.text.toLowerCase()}`) };
    }
  }
}

/**
 * The title of an unnamed speaker: its description without the determiner or
 * the words that only count it ("a police spokesman" → "police spokesman",
 * "two senior officials" → "senior officials"); null when nothing else is left ("one said").
 */
function describedTitle(doc: Document, first: number, last: number): string | null {
  const { tokens, text } = doc;
  while (first <= last && isCounting(tokens, first)) first++;
  return first > last ? null : text.slice(tokens[first]!.start, tokens[last]!.end);
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
 * Airlines"), else the latest whose name marks it as of that kind ("Royal
 * Bank of Scotland Group" for "the company", by its "Group").
 */
function namedBody(doc: Document, before: number, head: string): number {
  const { names } = doc.mentions;
  const { list, ofMention } = doc.entities;
  const kinds = ORGANISATION_KINDS.get(head) ?? [];
  const end = partitionPoint(names.length, (index) => names[index]!.nameLast < before);
  let ofKind = -1;
  for (let index = end - 1; index >= 0 && end - index <= BODY_REACH; index--) {
    const entity = list[ofMention[index]!]!;
    if (!entity.organisation) continue;
    const last = entity.nameWords[entity.nameWords.length - 1] ?? '';
    if (last === head || last === `${head}s`) return ofMention[index]!;
    if (ofKind < 0 && entity.nameWords.some((word) => word === head || kinds.includes(word))) ofKind = ofMention[index]!;
  }
  return ofKind;
}

/** "Loretta E. Lynch, who told Congress": the name just before a relative "who". */
function relativeAntecedent(doc: Document, token: number): number {
  const before = doc.tokens[token - 1]?.text === ',' ? token - 2 : token - 1;
  const index = before >= 0 ? doc.mentions.nameAt[before]! : -1;
  return index >= 0 ? doc.entities.ofMention[index]! : -1;
}

/** How many sentences back a pronoun looks for a subject before it settles for the nearest name. */
const SUBJECT_REACH = 2;

/**
 * The entity a pronoun stands for: the nearest person (for he or she) or
 * organisation (for it) named or described before it outside quotes, whose
 * gender agrees, preferring the subject of a clause in the sentences just
 * before over a name in an object ("Feinstein said Clinton's server … ,"
 * she said": Feinstein). A tag in brackets ("(R-Wis.)") never counts. What
 * the pronoun says of an entity of unknown gender is learned for the
 * pronouns after it.
 */
function resolvePronoun(doc: Document, learnedGender: Map<number, Gender>, token: number): number {
  const { tokens, sentenceAt } = doc;
  if (tokens[token]!.lower === 'who') return relativeAntecedent(doc, token);
  const pronoun = SUBJECT_PRONOUNS.get(tokens[token]!.lower);
  if (pronoun === undefined || pronoun.first || pronoun.plural) return -1;
  const { references, list } = doc.entities;
  const low = partitionPoint(references.length, (index) => references[index]!.last < token);
  const wantsPerson = pronoun.gender !== null;
  const oldest = sentenceAt[token]! - SUBJECT_REACH;
  let nearest = -1;
  for (let index = low - 1; index >= 0 && low - index <= PRONOUN_REACH; index--) {
    const reference = references[index]!;
    const entity = list[reference.entity]!;
    const gender = entity.gender ?? learnedGender.get(reference.entity) ?? null;
    if (reference.bracketed) continue;
    if (wantsPerson ? entity.organisation || (!entity.person && gender === null) || (gender !== null && gender !== pronoun.gender) : !entity.organisation) continue;
    if (nearest < 0) nearest = reference.entity;
    if (reference.subject || sentenceAt[reference.first]! < oldest) {
      if (reference.subject && sentenceAt[reference.first]! >= oldest) nearest = reference.entity;
      break;
    }
  }
  if (nearest >= 0 && wantsPerson && (list[nearest]!.gender ?? learnedGender.get(nearest)) === undefined) learnedGender.set(nearest, pronoun.gender);
  return nearest;
}
