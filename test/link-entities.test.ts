import { describe, expect, it } from 'vitest';
import { documentOf } from './support/analyse.js';

/** Each description as "title -> name" (or "-" when it is linked to no one). */
function links(text: string): string[] {
  const { descriptions, list } = documentOf(text).entities;
  return descriptions.map((description) => `${description.title} -> ${description.entity < 0 ? '-' : list[description.entity]!.name}`);
}

describe('linkEntities', () => {
  it('should link a description to the person whose title has its role', () => {
    expect(links('Senator Ines Halloran met Mayor Tobias Wren. The senator said little.')).toEqual(['senator -> Ines Halloran']);
  });

  it('should link a description with no matching title to the person the passage is about', () => {
    expect(links('Carla Benning, a surgeon, won the seat. Benning thanked Tom Price. The former chairwoman then spoke.')).toEqual([
      'former chairwoman -> Carla Benning',
    ]);
  });

  it('should let a pronoun in its sentence rule out a person of the other gender', () => {
    expect(links('Mayor Liam Dorsey met Rita Vance. Rita Vance thanked Liam Dorsey twice. The former minister began her speech.')).toEqual([
      'former minister -> Rita Vance',
    ]);
  });

  it('should not link a description to a person named after it in its sentence', () => {
    expect(links('Rita Vance spoke first. Omar Tills followed. The former minister mocked Tills.')).toEqual([
      'former minister -> Rita Vance',
    ]);
  });

  it('should not link a role mostly held by unnamed people to whoever was named last', () => {
    expect(links('Rita Vance spoke first. The official, who asked not to be named, disagreed.')).toEqual(['official -> -']);
  });

  it('should read only descriptions that are the subject of a clause', () => {
    expect(links('Rita Vance spoke first. Critics attacked the former minister. The next president will face it.')).toEqual([]);
  });

  it('should give the linked person the description as a title, and show the fullest title', () => {
    const { list } = documentOf('Rita Vance, a lawyer, spoke first. The former transport minister then left.').entities;
    const vance = list.find((entity) => entity.name === 'Rita Vance')!;
    expect(vance.titles).toEqual(['lawyer', 'former transport minister']);
    expect(vance.title).toBe('former transport minister');
  });
});
