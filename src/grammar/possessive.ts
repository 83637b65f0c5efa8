import type { Token } from '../pipeline/analyse-text.js';

/** Whether a token is the possessive ending wink splits off a word: "Iraq**'s**", "AA**’s**". @internal */
export function isPossessive(token: Token): boolean {
  return token.text === "'s" || token.text === '’s';
}
