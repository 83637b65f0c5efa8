import type { Token } from './analyse-text.js';
import type { Attribution, Subject } from './attribute-quotes.js';
import type { Entity, Mentions } from './find-mentions.js';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns.js';
import { TITLE_HEADS } from '../lexicon/titles.js';
import { partitionPoint } from '../grammar/partition-point.js';
import type { Quote, Speaker } from '../types.js';

/** How many earlier name mentions "the airline" may reach back over to find its airline. */
const BODY_REACH = 200;

/** How many earlier name mentions a pronoun may reach back over. */
const PRONOUN_REACH = 40;

/**
 * Turns attributions into the public quotes: resolves each speaker mention
 * to the fullest name and any title in the document, resolves pronouns by
 * gender and recency to a person named before them outside quotes, and gives
 * every distinct speaker one id.
 *
 * @internal
 */
export function resolveSpeakers(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
  attributions: readonly Attribution[],
): Quote[] {
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
        speaker = toSpeaker(text, tokens, mentions, subject, idFor);
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

function toSpeaker(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
  subject: Subject,
  idFor: (key: string) => number,
): Speaker {
  const mention = { text: text.slice(subject.span.start, subject.span.end), start: subject.span.start, end: subject.span.end };
  const ofEntity = (entity: number): Speaker => {
    const { name, title } = mentions.entities[entity]!;
    return { name, title, mention, id: idFor(`entity:${entity}`) };
  };
  switch (subject.kind) {
    case 'name':
      return ofEntity(mentions.names[subject.mention]!.entity);
    case 'pronoun': {
      const entity = resolvePronoun(tokens, mentions, subject.token);
      return entity >= 0 ? ofEntity(entity) : { name: null, title: null, mention, id: idFor(`pronoun:${subject.token}`) };
    }
    case 'nominal': {
      const head = tokens[subject.last]!.lower;
      const body = tokens[subject.first]!.lower === 'the' ? namedBody(mentions, subject.first, head) : -1;
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
function namedBody(mentions: Mentions, before: number, head: string): number {
  const { names, entities } = mentions;
  const end = partitionPoint(names.length, (index) => names[index]!.nameLast < before);
  for (let index = end - 1; index >= 0 && end - index <= BODY_REACH; index--) {
    const entity = entities[names[index]!.entity]!;
    const last = entity.nameWords[entity.nameWords.length - 1] ?? '';
    if (entity.organisation && (last === head || last === `${head}s`)) return names[index]!.entity;
  }
  return -1;
}

/** "Loretta E. Lynch, who told Congress": the name just before a relative "who". */
function relativeAntecedent(tokens: readonly Token[], mentions: Mentions, token: number): number {
  const before = tokens[token - 1]?.text === ',' ? token - 2 : token - 1;
  const index = before >= 0 ? mentions.nameAt[before]! : -1;
  return index >= 0 ? mentions.names[index]!.entity : -1;
}

/**
 * The entity a pronoun stands for: the nearest person named before it,
 * outside quotes, whose gender agrees. What the pronoun says of an entity of
 * unknown gender is learned for the pronouns after it.
 */
function resolvePronoun(tokens: readonly Token[], mentions: Mentions, token: number): number {
  if (tokens[token]!.lower === 'who') return relativeAntecedent(tokens, mentions, token);
  const pronoun = SUBJECT_PRONOUNS.get(tokens[token]!.lower);
  if (pronoun === undefined || pronoun.first || pronoun.plural) return -1;
  const { names, entities } = mentions;
  const low = partitionPoint(names.length, (index) => names[index]!.nameLast < token);
  const wantsPerson = pronoun.gender !== null;
  for (let index = low - 1; index >= 0 && low - index <= PRONOUN_REACH; index--) {
    const entity: Entity = entities[names[index]!.entity]!;
    if (wantsPerson) {
      if (entity.organisation || (!entity.person && entity.gender === null)) continue;
      if (entity.gender !== null && entity.gender !== pronoun.gender) continue;
      entity.gender ??= pronoun.gender;
      return names[index]!.entity;
    }
    if (entity.organisation) return names[index]!.entity;
  }
  return -1;
}
