/** A half-open range of UTF-16 offsets into the input: `[start, end)`. @internal */
export interface Range {
  readonly start: number;
  readonly end: number;
}
