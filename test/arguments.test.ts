import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { newsArticle } from '../bench/adversarial.mjs';

/** Calls extractQuotes the way an untyped JavaScript caller could. */
const callUntyped = extractQuotes as (text: unknown, options?: unknown) => unknown;

class Options {
  minConfidence = 0.5;
}

describe('extractQuotes rejects a `text` that is not a string', () => {
  const cases: [label: string, value: unknown, received: string][] = [
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['a number', 42, 'the number 42'],
    ['zero', 0, 'the number 0'],
    ['negative zero', -0, 'the number -0'],
    ['NaN', Number.NaN, 'the number NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'the number Infinity'],
    ['a plain object', { text: 'hi' }, 'an object'],
    ['an object without a prototype', Object.create(null), 'an object'],
    ['a String object', new String('he said "hi"'), 'an object (String)'],
    ['a Date', new Date(0), 'an object (Date)'],
    ['a class instance', new Options(), 'an instance of Options'],
    ['an empty array', [], 'an array of length 0'],
    ['an array of strings', ['he said', '"hi"'], 'an array of length 2'],
    ['a symbol', Symbol('text'), 'a symbol (Symbol(text))'],
    ['a named function', function readText() {}, 'a function (readText)'],
    ['an arrow function', (): string => 'text', 'a function'],
    ['a bigint', 10n, 'the bigint 10n'],
    ['true', true, 'the boolean true'],
    ['false', false, 'the boolean false'],
  ];

  it.each(cases)('should throw a TypeError for %s', (_label, value, received) => {
    expect(() => callUntyped(value)).toThrow(TypeError);
    expect(() => callUntyped(value)).toThrow(`extractQuotes: expected \`text\` to be a string, received ${received}`);
  });

  it('should check `text` before `options`', () => {
    expect(() => callUntyped(null, { bogus: 1 })).toThrow('expected `text` to be a string, received null');
  });
});

describe('extractQuotes rejects bad `options`', () => {
  const cases: [label: string, options: unknown, message: string][] = [
    ['null', null, 'expected `options` to be a plain object or undefined, received null'],
    ['a string', 'direct', 'expected `options` to be a plain object or undefined, received the string "direct"'],
    ['a number', 0.5, 'expected `options` to be a plain object or undefined, received the number 0.5'],
    ['an array', ['direct'], 'expected `options` to be a plain object or undefined, received an array of length 1'],
    ['a Map', new Map([['minConfidence', 0.5]]), 'expected `options` to be a plain object or undefined, received an object (Map)'],
    ['a class instance', new Options(), 'expected `options` to be a plain object or undefined, received an instance of Options'],
    ['a function', () => ({}), 'expected `options` to be a plain object or undefined, received a function'],
    ['an unknown field', { minConfidance: 0.5 }, 'unknown option `minConfidance`; known options are `minConfidence`, `kinds`'],
    ['two unknown fields', { kind: 'direct', min: 1 }, 'unknown option `kind`, `min`; known options are `minConfidence`, `kinds`'],
    ['minConfidence as a string', { minConfidence: '0.5' }, 'expected `options.minConfidence` to be a number from 0 to 1, received the string "0.5"'],
    ['minConfidence NaN', { minConfidence: Number.NaN }, 'expected `options.minConfidence` to be a number from 0 to 1, received the number NaN'],
    ['minConfidence Infinity', { minConfidence: Number.POSITIVE_INFINITY }, 'received the number Infinity'],
    ['minConfidence below 0', { minConfidence: -0.1 }, 'expected `options.minConfidence` to be a number from 0 to 1, received the number -0.1'],
    ['minConfidence above 1', { minConfidence: 1.5 }, 'received the number 1.5'],
    ['minConfidence null', { minConfidence: null }, 'expected `options.minConfidence` to be a number from 0 to 1, received null'],
    ['minConfidence a bigint', { minConfidence: 1n }, 'received the bigint 1n'],
    ['minConfidence a boolean', { minConfidence: true }, 'received the boolean true'],
    ['kinds as a string', { kinds: 'direct' }, "expected `options.kinds` to be an array of 'direct', 'partial' and 'indirect', received the string \"direct\""],
    ['kinds as a Set', { kinds: new Set(['direct']) }, "expected `options.kinds` to be an array of 'direct', 'partial' and 'indirect', received an object (Set)"],
    ['kinds null', { kinds: null }, "expected `options.kinds` to be an array of 'direct', 'partial' and 'indirect', received null"],
    ['an unknown kind', { kinds: ['direct', 'reported'] }, "expected `options.kinds[1]` to be 'direct', 'partial' or 'indirect', received the string \"reported\""],
    ['a kind in capitals', { kinds: ['Direct'] }, "expected `options.kinds[0]` to be 'direct', 'partial' or 'indirect', received the string \"Direct\""],
    ['a number among kinds', { kinds: [0] }, "expected `options.kinds[0]` to be 'direct', 'partial' or 'indirect', received the number 0"],
    // eslint-disable-next-line no-sparse-arrays -- a hole is the input under test
    ['a hole among kinds', { kinds: ['direct', , 'partial'] }, "expected `options.kinds[1]` to be 'direct', 'partial' or 'indirect', received undefined"],
    ['a long string among kinds', { kinds: ['x'.repeat(1000)] }, `received the string "${'x'.repeat(40)}…"`],
  ];

  it.each(cases)('should throw a TypeError for %s', (_label, options, message) => {
    expect(() => callUntyped('He said "hi".', options)).toThrow(TypeError);
    expect(() => callUntyped('He said "hi".', options)).toThrow(message);
  });
});

describe('extractQuotes accepts well-formed options', () => {
  const cases: [label: string, options: unknown][] = [
    ['undefined', undefined],
    ['an empty object', {}],
    ['an object without a prototype', Object.assign(Object.create(null) as object, { minConfidence: 0.5 })],
    ['minConfidence 0', { minConfidence: 0 }],
    ['minConfidence 1', { minConfidence: 1 }],
    ['a field set to undefined', { minConfidence: undefined, kinds: undefined }],
    ['no kinds', { kinds: [] }],
    ['one kind', { kinds: ['partial'] }],
    ['both kinds, repeated', { kinds: ['direct', 'partial', 'direct'] }],
  ];

  it.each(cases)('should return an array for %s', (_label, options) => {
    expect(Array.isArray(callUntyped('"Yes," she said.', options))).toBe(true);
  });
});

describe('extractQuotes applies the options', () => {
  const text = newsArticle(2_000);

  it('should return nothing when `kinds` is empty', () => {
    expect(extractQuotes(text, { kinds: [] })).toEqual([]);
  });

  it.each(['direct', 'partial'] as const)('should return only %s quotes when asked for that kind', (kind) => {
    const all = extractQuotes(text);
    expect(extractQuotes(text, { kinds: [kind] })).toEqual(all.filter((quote) => quote.kind === kind));
  });

  it.each([0.25, 0.5, 0.75, 1])('should return exactly the quotes with confidence >= %s', (minConfidence) => {
    const all = extractQuotes(text);
    expect(extractQuotes(text, { minConfidence })).toEqual(all.filter((quote) => quote.confidence >= minConfidence));
  });
});
