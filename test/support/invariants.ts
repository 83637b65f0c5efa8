import { expect } from 'vitest';
import type { Quote, Span } from '../../src/index.js';

function spanProblem(input: string, span: Span): string | null {
  const { start, end, text } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'offsets are not integers';
  if (start < 0 || end < start || end > input.length) return `offsets outside 0 <= start <= end <= ${input.length}`;
  if (input.slice(start, end) !== text) return `input.slice(start, end) is ${JSON.stringify(input.slice(start, end))}`;
  return null;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every way `quotes` breaks the public contract for extractQuotes(input); empty when none. */
export function contractProblems(input: string, quotes: unknown): string[] {
  if (!Array.isArray(quotes)) return ['the result is not an array'];
  const problems: string[] = [];
  const list = quotes as Quote[];
  list.forEach((quote, i) => {
    const report = (problem: string): void => {
      problems.push(`quote ${i} ${JSON.stringify(quote)}: ${problem}`);
    };
    const quoteProblem = spanProblem(input, quote);
    if (quoteProblem) report(quoteProblem);
    if (quote.kind !== 'direct' && quote.kind !== 'partial' && quote.kind !== 'indirect') report('kind is not direct, partial or indirect');
    if (typeof quote.confidence !== 'number' || !(quote.confidence >= 0 && quote.confidence <= 1)) report('confidence outside 0..1');
    if (typeof quote.rule !== 'string') report('rule is not a string');
    if (quote.cue !== null) {
      const cueProblem = spanProblem(input, quote.cue);
      if (cueProblem) report(`cue: ${cueProblem}`);
      if (overlaps(quote.cue, quote)) report('cue lies inside the quote');
    }
    if (quote.speaker !== null) {
      const mentionProblem = spanProblem(input, quote.speaker.mention);
      if (mentionProblem) report(`speaker mention: ${mentionProblem}`);
      if (overlaps(quote.speaker.mention, quote)) report('speaker mention lies inside the quote');
      if (!Number.isInteger(quote.speaker.id)) report('speaker id is not an integer');
    }
    const next = list[i + 1];
    if (next !== undefined && next.start < quote.start) report('the next quote starts before it');
    // The one overlap allowed: a partial quote inside reported speech (`She said the plan was "reckless" and costly.`).
    const later = list.slice(i + 1).filter((other) => other.start < quote.end);
    for (const other of later) {
      const nested = quote.kind === 'indirect' && other.kind === 'partial' && other.end <= quote.end;
      if (!nested) report(`quote ${JSON.stringify(other.text)} overlaps it`);
    }
  });
  return problems;
}

/**
 * Asserts what the public contract promises for any output of extractQuotes on
 * `input`: every span is a true slice of the input, quotes are in document order
 * and do not overlap, except a partial quote lying inside reported speech (the
 * outer record first), a quote's speaker mention and cue lie outside the quote,
 * and the scalar fields are in range.
 */
export function expectValidQuotes(input: string, quotes: unknown): void {
  // Only the first few problems: one broken rule can repeat for every quote of a long input.
  expect(contractProblems(input, quotes).slice(0, 5)).toEqual([]);
}
