import { describe, expect, it } from 'vitest';
import type { Quote } from '../src/index.js';
import { contractProblems } from './support/invariants.js';

// The property and adversarial tests pass only if this checker notices broken output.
const input = 'Jane Doe said: "The bridge will reopen." "Soon," she added.';

function quote(start: number, end: number, extra: Partial<Quote> = {}): Quote {
  return { text: input.slice(start, end), start, end, kind: 'direct', speaker: null, cue: null, confidence: 0.5, rule: 'test', ...extra };
}

const first = quote(input.indexOf('The'), input.indexOf('." ') + 1);
const second = quote(input.indexOf('Soon'), input.indexOf(',"'));
const mention = { text: 'Jane Doe', start: 0, end: 8 };

describe('contractProblems', () => {
  it('should accept well-formed output', () => {
    expect(contractProblems(input, [first, second])).toEqual([]);
    expect(contractProblems(input, [{ ...first, speaker: { name: 'Jane Doe', title: null, mention, id: 0 } }])).toEqual([]);
  });

  it('should accept a partial quote inside reported speech, the one overlap allowed', () => {
    expect(contractProblems(input, [quote(first.start, first.end, { kind: 'indirect' }), quote(first.start + 4, first.end - 1, { kind: 'partial' })])).toEqual([]);
  });

  it.each([
    ['a result that is not an array', { length: 0 }],
    ['text that is not the slice', [{ ...first, text: 'The bridge' }]],
    ['an end past the input', [{ ...quote(50, 58), end: input.length + 1 }]],
    ['start after end', [{ ...first, start: first.end + 1, text: '' }]],
    ['quotes out of order', [second, first]],
    ['overlapping quotes', [first, quote(first.end - 1, second.end)]],
    ['reported speech inside reported speech', [quote(first.start, first.end, { kind: 'indirect' }), quote(first.start + 4, first.end, { kind: 'indirect' })]],
    ['a partial quote running out of reported speech', [quote(first.start, first.start + 10, { kind: 'indirect' }), quote(first.start + 4, first.end, { kind: 'partial' })]],
    ['a partial quote before the reported speech it lies in', [quote(first.start + 4, first.end, { kind: 'partial' }), quote(first.start, first.end, { kind: 'indirect' })]],
    ['an unknown kind', [{ ...first, kind: 'reported' }]],
    ['confidence above 1', [{ ...first, confidence: 1.01 }]],
    ['confidence NaN', [{ ...first, confidence: Number.NaN }]],
    ['a cue that is not the slice', [{ ...first, cue: { text: 'said', start: 0, end: 4 } }]],
    ['a speaker mention inside the quote', [{ ...first, speaker: { name: null, title: null, mention: { text: 'bridge', start: first.start + 4, end: first.start + 10 }, id: 0 } }]],
  ])('should report %s', (_label, output) => {
    expect(contractProblems(input, output)).not.toEqual([]);
  });
});
