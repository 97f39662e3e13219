/**
 * Offsets in UTF-16 code units (JavaScript string indexes, Sightline's internal coordinate
 * system) and in Unicode code points (what the W3C Web Annotation TextPositionSelector
 * counts). They differ only where the text holds characters outside the Basic Multilingual
 * Plane (emoji, some CJK, mathematical letters), each two code units but one code point.
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Moves `offset` back to the start of the character it falls inside. */
export function snapBack(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset - 1 : offset;
}

/** Moves `offset` forward to the end of the character it falls inside. */
export function snapForward(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset + 1 : offset;
}

/**
 * Converts UTF-16 offsets into code-point offsets in one pass over the text. `offsets`
 * need not be sorted; an offset inside a surrogate pair counts the pair's character as
 * not yet reached.
 */
export function toCodePointOffsets(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const result = new Array<number>(offsets.length);
  let unit = 0;
  let point = 0;
  for (const [offset, index] of order) {
    if (offset < 0 || offset > text.length) throw new RangeError(`Offset ${offset} is outside the text (0–${text.length}).`);
    while (unit < offset) {
      const step = isHighSurrogate(text.charCodeAt(unit)) && isLowSurrogate(text.charCodeAt(unit + 1)) ? 2 : 1;
      if (unit + step > offset) break;
      unit += step;
      point++;
    }
    result[index] = point;
  }
  return result;
}

/** Converts code-point offsets into UTF-16 offsets; throws when one lies beyond the text. */
export function fromCodePointOffsets(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const result = new Array<number>(offsets.length);
  let unit = 0;
  let point = 0;
  for (const [offset, index] of order) {
    if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`Offset ${offset} is not a character position.`);
    while (point < offset) {
      if (unit >= text.length) throw new RangeError(`Offset ${offset} is beyond the end of the text (${point} characters).`);
      unit += isHighSurrogate(text.charCodeAt(unit)) && isLowSurrogate(text.charCodeAt(unit + 1)) ? 2 : 1;
      point++;
    }
    result[index] = unit;
  }
  return result;
}

/** Length of a string in code points. */
export function codePointLength(text: string): number {
  return toCodePointOffsets(text, [text.length])[0]!;
}
