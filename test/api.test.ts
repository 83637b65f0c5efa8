import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

describe('public API', () => {
  it('should export only extractQuotes at run time', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['extractQuotes']);
  });

  it('should return [] for empty text', () => {
    expect(extractQuotes('')).toEqual([]);
  });
});
