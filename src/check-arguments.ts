import type { Quote } from './types.js';

/** {@link ExtractOptions} after validation, with every default filled in. */
export interface CheckedOptions {
  /** Quotes with a lower `confidence` are dropped; 0..1. */
  readonly minConfidence: number;
  /** The kinds of quote to return. */
  readonly kinds: ReadonlySet<Quote['kind']>;
}

/** The kinds returned by default; reported speech (`indirect`) only when asked for. */
const DEFAULT_KINDS: readonly Quote['kind'][] = ['direct', 'partial'];
const QUOTE_KINDS: readonly Quote['kind'][] = ['direct', 'partial', 'indirect'];
const KNOWN_OPTIONS = ['minConfidence', 'kinds'] as const;
/** Long strings are cut in messages so an error never echoes a whole article. */
const MAX_SHOWN_CHARS = 40;

/**
 * Validates the arguments of `extractQuotes` as a JavaScript caller may pass
 * them (the types do not protect untyped callers) and fills in the defaults.
 *
 * @param text - Must be a string.
 * @param options - `undefined` or a plain object with only known fields;
 *   a field set to `undefined` takes its default.
 * @returns The options with defaults: `minConfidence` 0, kinds direct and partial.
 * @throws TypeError naming the argument or field and describing what was
 *   received, e.g. "extractQuotes: expected `text` to be a string, received null".
 */
export function checkArguments(text: unknown, options: unknown): CheckedOptions {
  if (typeof text !== 'string') throw wrongType('`text`', 'a string', text);
  if (options === undefined) return { minConfidence: 0, kinds: new Set(DEFAULT_KINDS) };
  if (!isPlainObject(options)) throw wrongType('`options`', 'a plain object or undefined', options);

  const unknown = Object.keys(options).filter((key) => !(KNOWN_OPTIONS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    const names = unknown.map((key) => `\`${key}\``).join(', ');
    const known = KNOWN_OPTIONS.map((key) => `\`${key}\``).join(', ');
    throw new TypeError(`extractQuotes: unknown option ${names}; known options are ${known}`);
  }

  const { minConfidence = 0, kinds = DEFAULT_KINDS } = options;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw wrongType('`options.minConfidence`', 'a number from 0 to 1', minConfidence);
  }
  if (!Array.isArray(kinds)) throw wrongType('`options.kinds`', "an array of 'direct', 'partial' and 'indirect'", kinds);
  // An index loop, because array methods skip the holes of a sparse array.
  for (let i = 0; i < kinds.length; i++) {
    const kind: unknown = kinds[i];
    if (!QUOTE_KINDS.includes(kind as Quote['kind'])) {
      throw wrongType(`\`options.kinds[${i}]\``, "'direct', 'partial' or 'indirect'", kind);
    }
  }
  return { minConfidence, kinds: new Set(kinds as Quote['kind'][]) };
}

function wrongType(what: string, expected: string, received: unknown): TypeError {
  return new TypeError(`extractQuotes: expected ${what} to be ${expected}, received ${describeValue(received)}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A short phrase for a value of any type, e.g. "the number NaN", "an array of length 2". */
function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return `the string ${JSON.stringify(value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value)}`;
    case 'number':
      // String(-0) is "0"; show the sign so the message matches the value passed.
      return `the number ${Object.is(value, -0) ? '-0' : String(value)}`;
    case 'bigint':
      return `the bigint ${value}n`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'symbol':
      return `a symbol (${value.toString()})`;
    case 'function':
      return value.name ? `a function (${value.name})` : 'a function';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return `an array of length ${value.length}`;
      if (isPlainObject(value)) return 'an object';
      return describeObject(value as object);
  }
}

/** Names the kind of a non-plain object: "an object (Date)", "an instance of Options". */
function describeObject(value: object): string {
  const tag = Object.prototype.toString.call(value).slice('[object '.length, -1);
  if (tag !== 'Object') return `an object (${tag})`;
  const { constructor } = Object.getPrototypeOf(value) as { constructor?: unknown };
  return typeof constructor === 'function' && constructor.name ? `an instance of ${constructor.name}` : 'an object';
}
