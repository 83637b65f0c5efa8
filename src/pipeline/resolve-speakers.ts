import { partitionPoint } from '../grammar/partition-point.js';
import type { Gender } from '../lexicon/honorifics.js';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns.js';
import { TITLE_HEADS } from '../lexicon/titles.js';
import type { Quote, Speaker } from '../types.js';
import type { Attribution, Document, Subject } from './document.js';

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
export function resolveSpeakers(doc: Document, attributions: readonly Attribution[]): Quote[] {
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
    const { name, title } = entities.list[entity]!;
    return { name, title, mention, id: idFor(`entity:${entity}`) };
  };
  switch (subject.kind) {
    case 'name':
      return ofEntity(entities.ofMention[subject.mention]!);
    case 'pronoun': {
      const entity = resolvePronoun(doc, learnedGender, subject.token);
      return entity >= 0 ? ofEntity(entity) : { name: null, title: null, mention, id: idFor(`pronoun:${subject.token}`) };
    }
    case 'nominal': {
      const head = tokens[subject.last]!.lower;
      const body = tokens[subject.first]!.lower === 'the' ? namedBody(doc, subject.first, head) : -1;
      if (body >= 0) return ofEntity(body);
      let first = subject.first;
      if (tokens[first]!.pos === 'DET') first++;
      const title = TITLE_HEADS.has(head) ? text.slice(tokens[first]!.start, subject.span.end) : null;
      return { name: null, title, mention, id: idFor(`nominal:${mention.text.toLowerCase()}`) };
    }
  }
}

/**
 * The organisation that "the airline" or "the ministry" refers back to: the
 * latest one named before it whose name ends in that word ("Skyway Airlines").
 */
function namedBody(doc: Document, before: number, head: string): number {
  const { names } = doc.mentions;
  const { list, ofMention } = doc.entities;
  const end = partitionPoint(names.length, (index) => names[index]!.nameLast < before);
  for (let index = end - 1; index >= 0 && end - index <= BODY_REACH; index--) {
    const entity = list[ofMention[index]!]!;
    const last = entity.nameWords[entity.nameWords.length - 1] ?? '';
    if (entity.organisation && (last === head || last === `${head}s`)) return ofMention[index]!;
  }
  return -1;
}

/** "Loretta E. Lynch, who told Congress": the name just before a relative "who". */
function relativeAntecedent(doc: Document, token: number): number {
  const before = doc.tokens[token - 1]?.text === ',' ? token - 2 : token - 1;
  const index = before >= 0 ? doc.mentions.nameAt[before]! : -1;
  return index >= 0 ? doc.entities.ofMention[index]! : -1;
}

/**
 * The entity a pronoun stands for: the nearest person named before it,
 * outside quotes, whose gender agrees. What the pronoun says of an entity of
 * unknown gender is learned for the pronouns after it.
 */
function resolvePronoun(doc: Document, learnedGender: Map<number, Gender>, token: number): number {
  const { tokens } = doc;
  if (tokens[token]!.lower === 'who') return relativeAntecedent(doc, token);
  const pronoun = SUBJECT_PRONOUNS.get(tokens[token]!.lower);
  if (pronoun === undefined || pronoun.first || pronoun.plural) return -1;
  const { names } = doc.mentions;
  const { list, ofMention } = doc.entities;
  const low = partitionPoint(names.length, (index) => names[index]!.nameLast < token);
  const wantsPerson = pronoun.gender !== null;
  for (let index = low - 1; index >= 0 && low - index <= PRONOUN_REACH; index--) {
    const id = ofMention[index]!;
    const entity = list[id]!;
    const gender = entity.gender ?? learnedGender.get(id) ?? null;
    if (wantsPerson) {
      if (entity.organisation || (!entity.person && gender === null)) continue;
      if (gender !== null && gender !== pronoun.gender) continue;
      if (gender === null) learnedGender.set(id, pronoun.gender);
      return id;
    }
    if (entity.organisation) return id;
  }
  return -1;
}
