/**
 * The JSON reader proper (jsonText.ts is its public face): a strict recursive descent that
 * writes down where each value starts, refuses what JSON does not allow with a problem
 * code (jsonProblems.ts) at the offset it names, and bounds what it reads at all.
 */
import { JSON_PROBLEMS_EN, type JsonFound, type JsonProblemCode, type JsonProblemParams } from './jsonProblems';

/**
 * Keys refused wherever JSON is read: assigned to a JavaScript object they change its
 * prototype or shadow what every object has, so a value written under them could vanish
 * or change meaning on the way (e.g. a sweep factor named `__proto__`).
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 3)}...` : text);

/** Key of a JSON path in the position map: segments joined with a NUL. */
export const pathKey = (path: readonly (string | number)[]): string => path.join('\u0000');

const MAX_DEPTH = 200;
/**
 * Values read at most, so that a hostile document is refused with a message instead of
 * exhausting memory (the largest valid scenario, 100,000 listed organisations, has about
 * 850,000 values; its length is bounded before reading, jsonText.ts MAX_JSON_LENGTH).
 */
export const MAX_JSON_VALUES = 1_000_000;

/** A problem found while reading, at an offset of the text. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly code: JsonProblemCode,
    readonly params: Record<string, unknown>,
    readonly offset: number,
  ) {
    super((JSON_PROBLEMS_EN[code] as (p: unknown) => string)(params));
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const LITERALS = [
  ['true', true],
  ['false', false],
  ['null', null],
] as const;

/**
 * Recursive descent over `text` from offset `i`, writing down where each value starts (an
 * offset per value, by JSON path: line and column are worked out only for the few asked
 * for). A problem is thrown as a JsonSyntaxError at the offset it names.
 */
export class JsonReader {
  /** Where every value starts, by pathKey. */
  readonly offsets = new Map<string, number>();
  private i = 0;
  private values = 0;
  private readonly path: (string | number)[] = [];

  constructor(
    private readonly text: string,
    /** The line of an offset (a duplicate key's message names the line of the first). */
    private readonly lineOf: (offset: number) => number,
  ) {}

  readDocument(): unknown {
    // A UTF-8 byte-order mark is common in files saved by Windows editors.
    if (this.text.charCodeAt(0) === 0xfeff) this.i = 1;
    const value = this.readValue();
    this.skipSpace();
    if (this.i < this.text.length) this.fail('afterEnd', { found: this.describe() });
    return value;
  }

  private fail<K extends JsonProblemCode>(code: K, params: JsonProblemParams[K]): never {
    throw new JsonSyntaxError(code, params as Record<string, unknown>, this.i);
  }

  private describe(): JsonFound {
    return this.i >= this.text.length ? { kind: 'end' } : { kind: 'char', text: JSON.stringify(this.text[this.i]) };
  }

  private skipSpace(): void {
    const text = this.text;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  // Runs of plain characters are sliced from the text in one piece: memory stays linear in
  // the input (building a string one character at a time costs a node per character).
  private readString(): string {
    const text = this.text;
    const start = this.i;
    this.i++; // opening quote
    let run = this.i;
    let out = '';
    for (;;) {
      if (this.i >= text.length) {
        this.i = start;
        this.fail('unterminatedString', {});
      }
      const c = text.charCodeAt(this.i);
      if (c === 34) {
        out += text.slice(run, this.i);
        this.i++;
        return out;
      }
      if (c === 92) {
        out += text.slice(run, this.i) + this.readEscape();
        run = this.i;
      } else if (c < 32) {
        this.fail('controlCharacter', {});
      } else {
        this.i++;
      }
    }
  }

  /** The character an escape at `i` stands for (`i` moves past it). */
  private readEscape(): string {
    const text = this.text;
    const e = text[this.i + 1];
    if (e !== undefined && Object.hasOwn(ESCAPES, e)) {
      this.i += 2;
      return ESCAPES[e]!;
    }
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 2, this.i + 6))) {
      this.i += 6;
      return String.fromCharCode(parseInt(text.slice(this.i - 4, this.i), 16));
    }
    this.i++;
    return this.fail('invalidEscape', {});
  }

  private readNumber(): number {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (!match) this.fail('unexpected', { found: this.describe() });
    const value = Number(match![0]);
    // 1e400 would silently become Infinity (and 1e-400 zero is harmless): refuse it where it stands.
    if (!Number.isFinite(value)) this.fail('numberTooLarge', { text: match![0].length > 40 ? `${match![0].slice(0, 37)}...` : match![0] });
    this.i += match![0].length;
    return value;
  }

  private readValue(): unknown {
    this.skipSpace();
    if (this.path.length > MAX_DEPTH) this.fail('tooDeep', { limit: MAX_DEPTH });
    if (++this.values > MAX_JSON_VALUES) this.fail('tooManyValues', { limit: MAX_JSON_VALUES });
    this.offsets.set(pathKey(this.path), this.i);
    const c = this.text[this.i];
    if (c === '{') return this.readObject();
    if (c === '[') return this.readArray();
    if (c === '"') return this.readString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.readNumber();
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return value;
      }
    }
    return this.fail('expectedValue', { found: this.describe() });
  }

  private readObject(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (this.opensEmpty('}')) return out;
    for (;;) {
      this.skipSpace();
      const key = this.readKey(out);
      this.skipSpace();
      if (this.text[this.i] !== ':') this.fail('expectedColon', { key: clip(key), found: this.describe() });
      this.i++;
      this.path.push(key);
      const value = this.readValue();
      this.path.pop();
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      const after = this.afterItem('}');
      if (after === 'closed') return out;
      if (after === undefined) this.fail('expectedCommaOrBrace', { key: clip(key), found: this.describe() });
    }
  }

  /** A property name of `out`, refused (where it starts) when reserved or already there. */
  private readKey(out: Record<string, unknown>): string {
    if (this.text[this.i] !== '"') this.fail('expectedPropertyName', { found: this.describe() });
    const keyAt = this.i;
    const key = this.readString();
    if (RESERVED_KEYS.has(key)) {
      this.i = keyAt;
      this.fail('reservedKey', { key });
    }
    if (Object.hasOwn(out, key)) {
      const first = this.offsets.get(pathKey([...this.path, key]));
      this.i = keyAt;
      this.fail('duplicateKey', { key: clip(key), firstLine: first === undefined ? null : this.lineOf(first) });
    }
    return key;
  }

  private readArray(): unknown[] {
    const out: unknown[] = [];
    if (this.opensEmpty(']')) return out;
    for (;;) {
      this.path.push(out.length);
      out.push(this.readValue());
      this.path.pop();
      const after = this.afterItem(']');
      if (after === 'closed') return out;
      if (after === undefined) this.fail('expectedCommaOrBracket', { found: this.describe() });
    }
  }

  /** Past an opening bracket and spaces: true (and past `close` too) when the object or array is empty. */
  private opensEmpty(close: '}' | ']'): boolean {
    this.i++;
    this.skipSpace();
    if (this.text[this.i] !== close) return false;
    this.i++;
    return true;
  }

  /** After an item: a comma (then another item, not `close`), `close`, or neither (undefined; `i` stays). */
  private afterItem(close: '}' | ']'): 'next' | 'closed' | undefined {
    this.skipSpace();
    if (this.text[this.i] === ',') {
      this.i++;
      this.skipSpace();
      if (this.text[this.i] === close) this.fail('trailingComma', { bracket: close });
      return 'next';
    }
    if (this.text[this.i] !== close) return undefined;
    this.i++;
    return 'closed';
  }
}
