/**
 * A word list written as one string, space- and line-separated: shorter to
 * ship than an array literal of quoted strings.
 *
 * @internal
 */
export const words = (list: string): string[] => list.trim().split(/\s+/);
