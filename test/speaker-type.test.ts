import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

/** The speaker of the only quote in `text`. */
function speakerOf(text: string) {
  const quotes = extractQuotes(text);
  expect(quotes).toHaveLength(1);
  return quotes[0]!.speaker;
}

describe('Speaker.type and unnamed titles', () => {
  it('should type a named person and a named organisation', () => {
    expect(speakerOf('"We are on schedule," said Mayor Ines Valcourt.')).toMatchObject({ name: 'Ines Valcourt', type: 'person' });
    expect(speakerOf('"Flights resume at noon," Kestrel Airlines said in a statement.')).toMatchObject({
      name: 'Kestrel Airlines',
      type: 'organization',
    });
  });

  it('should type a body named by a common noun as an organisation, with no title when it is one definite body', () => {
    expect(speakerOf('"No one was hurt," police said.')).toMatchObject({ name: null, type: 'organization' });
    expect(speakerOf('"We regret the delay," the company said.')).toMatchObject({ name: null, title: null, type: 'organization' });
    expect(speakerOf('"Prices will rise," the report said.')).toMatchObject({ name: null, title: null, type: 'organization' });
  });

  it('should give an unnamed person the description as title, without determiners or counts', () => {
    expect(speakerOf('"The road is closed," a police spokesman said.')).toMatchObject({ name: null, title: 'police spokesman', type: 'person' });
    expect(speakerOf('"The talks have stalled," two senior officials said.')).toMatchObject({ title: 'senior officials', type: 'person' });
  });
});
