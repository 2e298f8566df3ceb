import { Transform, type TransformCallback, type TransformOptions } from "node:stream";
import { csvCell } from "@/lib/csv/writer";

// COPY's text format writes each row as its columns separated by a tab and ended by a LF, with
// backslash escapes (\\ \b \f \n \r \t \v) for those bytes inside a value, so a raw tab or LF is
// always a separator. This transform turns that into CSV in one byte scan, no parsing:
// - a column the SQL wrote as a finished CSV cell (numbers, dates, booleans: ./copy-cells.ts) is
//   copied with its escapes undone;
// - a text column gets the CSV writer's own rule (lib/csv/writer.ts csvCell: the formula guard,
//   quoting). Almost every value holds none of the bytes that rule looks at (" , ; and a
//   backslash, which stands for a tab, CR or LF; = + - @ first) and is copied as it is; the few
//   that do are decoded and written by csvCell itself, so the two cannot disagree;
// - a timestamp column arrives as milliseconds since 1970 and is written as the writer's
//   Date#toISOString writes it.
// Why here and not in SQL (issue 13, 500,000 status changes, CPU of the database backend): with
// the guard, quoting and timestamps in SQL (two regular expressions per text cell, to_char, a
// concatenated line) the COPY took 3.9 s, with plain columns 1.5 s, beside 1.3–1.4 s for
// PostgreSQL's own CSV of the same rows; this scan takes about 0.4 s on the Node core.

/**
 * How the transform writes a column of the COPY select. Cell: the SQL wrote the finished cell.
 * Text: a text value, given the writer's formula guard and quoting. Timestamp: integer
 * milliseconds since 1970, written as Date#toISOString writes them.
 */
export const CopyColumn = { Cell: 0, Text: 1, Timestamp: 2 } as const;
export type CopyColumn = (typeof CopyColumn)[keyof typeof CopyColumn];
const TEXT = CopyColumn.Text;
const TIMESTAMP = CopyColumn.Timestamp;

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;
const UNESCAPED: Record<number, number> = { 0x5c: 0x5c, 0x62: 0x08, 0x66: 0x0c, 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x76: 0x0b };

// What a byte means to the scan. 0: copied as it is.
const ATTENTION = 1; // " , ; in a text value: the writer's rule decides
const ESCAPE = 2;
const VALUE_END = 3;
const ROW_END = 4;
const CLASS = new Uint8Array(256);
for (const byte of [0x22, 0x2c, 0x3b]) CLASS[byte] = ATTENTION;
CLASS[BACKSLASH] = ESCAPE;
CLASS[TAB] = VALUE_END;
CLASS[LF] = ROW_END;
/** First bytes of a formula (a leading tab, CR or LF arrives escaped, as a backslash). */
const TRIGGER = new Uint8Array(256);
for (const byte of [0x3d, 0x2b, 0x2d, 0x40]) TRIGGER[byte] = 1;

/** Output is pushed in blocks of about this size: COPY can deliver rows in small chunks. */
const BLOCK = 64 * 1024;

export interface CopyTextToCsvOptions extends TransformOptions {
  /** How to write each column of the COPY select; without it every column is a finished cell, in any number. */
  columns?: readonly CopyColumn[];
}

export class CopyTextToCsv extends Transform {
  private readonly kinds: Uint8Array;
  private readonly columnCount: number;
  /** Bytes of a row not yet ended by its LF (a chunk ends anywhere). */
  private pending: Buffer[] = [];
  private block: Buffer = Buffer.allocUnsafe(BLOCK * 2);
  private length = 0;

  constructor({ columns, ...options }: CopyTextToCsvOptions = {}) {
    super(options);
    this.columnCount = columns?.length ?? 0;
    this.kinds = Uint8Array.from(columns ?? []);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    const lastRowEnd = chunk.lastIndexOf(LF);
    if (lastRowEnd === -1) {
      this.pending.push(chunk);
      return callback();
    }
    let input = chunk;
    let end = lastRowEnd + 1;
    if (this.pending.length > 0) {
      input = Buffer.concat([...this.pending, chunk]);
      end += input.length - chunk.length;
      this.pending = [];
    }
    // Whole rows only, so an escape or a value never spans two calls. The rest waits for its LF
    // (copied: a slice would keep the whole chunk alive).
    if (end < input.length) this.pending.push(Buffer.from(input.subarray(end)));
    try {
      this.convert(input, end);
    } catch (error) {
      return callback(error as Error);
    }
    if (this.length >= BLOCK) this.pushBlock();
    callback();
  }

  override _flush(callback: TransformCallback) {
    this.pushBlock();
    callback(this.pending.length > 0 ? new Error("COPY output ended inside a row") : null);
  }

  /** Converts input[0, end), whole rows, into the block. */
  private convert(input: Buffer, end: number) {
    // The scan writes at most 2 bytes for each byte it reads (a row end becomes CR LF); a value
    // that is rewritten makes room for itself first (rewrite()).
    if (this.length + end * 2 > this.block.length) {
      this.pushBlock();
      if (end * 2 > this.block.length) this.block = Buffer.allocUnsafe(end * 2);
    }
    let out: Buffer = this.block;
    const kinds = this.kinds;
    const columnCount = this.columnCount;
    let length = this.length;
    let column = 0;
    let valueStart = 0;
    let valueOut = length;
    let attention = false;
    for (let index = 0; index < end; index++) {
      const byte = input[index]!;
      const kind = CLASS[byte]!;
      if (kind === 0) {
        out[length++] = byte;
      } else if (kind === ATTENTION) {
        attention = true;
        out[length++] = byte;
      } else if (kind === ESCAPE) {
        // A text value is rewritten below (its bytes are decoded again); elsewhere, undo it here.
        attention = true;
        out[length++] = unescaped(input[++index]!);
      } else {
        const columnKind = kinds[column];
        if (columnKind === TIMESTAMP ? index > valueStart : columnKind === TEXT && (attention || TRIGGER[input[valueStart]!] === 1)) {
          length = this.rewrite(input, valueStart, index, end, valueOut, columnKind!);
          out = this.block;
        }
        if (kind === VALUE_END) {
          out[length++] = COMMA;
          column++;
        } else {
          if (columnCount > 0 && column + 1 !== columnCount) throw new Error(`COPY row has ${column + 1} columns, expected ${columnCount}`);
          out[length++] = CR;
          out[length++] = LF;
          column = 0;
        }
        valueStart = index + 1;
        valueOut = length;
        attention = false;
      }
    }
    this.length = length;
  }

  /**
   * Writes the value input[start, end) of a text or timestamp column at `at` in the block, in
   * place of its bytes as scanned, and returns where the block's content now ends. A method,
   * not code in convert's loop: a minifier inlining it there as a function expression made the
   * loop 2.5 times slower in the production build.
   */
  private rewrite(input: Buffer, start: number, end: number, inputEnd: number, at: number, columnKind: number): number {
    let cell = "";
    let bytes = ISO_BYTES;
    if (columnKind === TEXT) {
      cell = csvCell(decode(input, start, end));
      bytes = Buffer.byteLength(cell);
    }
    // Room for this cell and for the rest of the input at 2 bytes a byte (from its separator on).
    const needed = at + bytes + (inputEnd - end) * 2;
    if (needed > this.block.length) {
      const bigger = Buffer.allocUnsafe(needed + (needed >> 1));
      this.block.copy(bigger, 0, 0, at);
      this.block = bigger;
    }
    if (columnKind === TEXT) return at + this.block.write(cell, at, "utf8");
    return at + writeIsoTimestamp(this.block, at, milliseconds(input, start, end));
  }

  private pushBlock() {
    if (this.length === 0) return;
    this.push(Buffer.from(this.block.subarray(0, this.length)));
    this.length = 0;
  }
}

/** A value's text from its COPY bytes, escapes undone. */
function decode(input: Buffer, start: number, end: number): string {
  const value = input.subarray(start, end);
  if (value.indexOf(BACKSLASH) === -1) return value.toString("utf8");
  const bytes = Buffer.allocUnsafe(value.length);
  let length = 0;
  for (let index = 0; index < value.length; index++) {
    const byte = value[index]!;
    bytes[length++] = byte === BACKSLASH ? unescaped(value[++index]!) : byte;
  }
  return bytes.toString("utf8", 0, length);
}

/** The digits of an int8 as COPY writes it: milliseconds since 1970. */
function milliseconds(input: Buffer, start: number, end: number): number {
  const negative = input[start] === 0x2d;
  let value = 0;
  for (let index = negative ? start + 1 : start; index < end; index++) {
    const digit = input[index]! - 0x30;
    if (digit < 0 || digit > 9 || end - start > 17 || (negative && end === start + 1)) {
      throw new Error(`unexpected COPY timestamp ${JSON.stringify(input.toString("latin1", start, end))}: milliseconds expected`);
    }
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/** YYYY-MM-DDTHH:MM:SS.mmmZ */
const ISO_BYTES = 27; // the longest Date#toISOString: ±YYYYYY-MM-DDTHH:MM:SS.mmmZ
const DAY = 86_400_000;
// 0000-01-01 and 9999-12-31's end: the years Date#toISOString writes with four digits.
const FIRST_FOUR_DIGIT = -62_167_219_200_000;
const AFTER_FOUR_DIGIT = 253_402_300_800_000;

/**
 * Writes `new Date(ms).toISOString()` into out at `at` and returns its length. The digits are
 * computed here (days to a civil date: H. Hinnant's algorithm), not by toISOString, which cost
 * 0.7 µs a row, about a third of the whole transform (issue 13); lib/exports/copy.test.ts checks
 * the two agree.
 */
function writeIsoTimestamp(out: Buffer, at: number, ms: number): number {
  if (!(ms >= FIRST_FOUR_DIGIT && ms < AFTER_FOUR_DIGIT)) return out.write(new Date(ms).toISOString(), at, "latin1");
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  digits(out, at, year, 4);
  out[at + 4] = 0x2d;
  digits(out, at + 5, month, 2);
  out[at + 7] = 0x2d;
  digits(out, at + 8, day, 2);
  out[at + 10] = 0x54; // T
  digits(out, at + 11, hour, 2);
  out[at + 13] = 0x3a;
  digits(out, at + 14, minute, 2);
  out[at + 16] = 0x3a;
  digits(out, at + 17, second, 2);
  out[at + 19] = 0x2e;
  digits(out, at + 20, milli, 3);
  out[at + 23] = 0x5a; // Z
  return 24;
}

function digits(out: Buffer, at: number, value: number, width: number) {
  for (let index = at + width - 1; index >= at; index--) {
    out[index] = 0x30 + (value % 10);
    value = Math.floor(value / 10);
  }
}

function unescaped(letter: number): number {
  const byte = UNESCAPED[letter];
  if (byte === undefined) throw new Error(`unexpected COPY escape \\${String.fromCharCode(letter)}`);
  return byte;
}
