import { Transform, type TransformCallback } from "node:stream";

// COPY's text format writes each row's one column with backslash escapes (\\ \b \f \n \r \t \v)
// and ends the row with a bare LF. The SQL builds each CSV line completely, so this transform
// only undoes those escapes and turns each row end into CSV's CRLF: a byte scan, no parsing.
const BACKSLASH = 0x5c;
const LF = 0x0a;
const UNESCAPED: Record<number, number> = { 0x5c: 0x5c, 0x62: 0x08, 0x66: 0x0c, 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x76: 0x0b };

/** Output is pushed in blocks of about this size: COPY delivers rows one small chunk each. */
const BLOCK = 64 * 1024;

export class CopyTextToCsv extends Transform {
  private pendingBackslash = false;
  private block = Buffer.allocUnsafe(BLOCK * 2);
  private length = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    // At most one extra byte per input byte (CR before LF): make room for the worst case.
    if (this.length + chunk.length * 2 > this.block.length) {
      this.pushBlock();
      if (chunk.length * 2 > this.block.length) this.block = Buffer.allocUnsafe(chunk.length * 2);
    }
    const out = this.block;
    let length = this.length;
    let index = 0;
    if (this.pendingBackslash && chunk.length > 0) {
      out[length++] = unescaped(chunk[0]!);
      this.pendingBackslash = false;
      index = 1;
    }
    while (index < chunk.length) {
      const byte = chunk[index]!;
      if (byte === BACKSLASH) {
        if (index + 1 === chunk.length) {
          this.pendingBackslash = true;
          break;
        }
        out[length++] = unescaped(chunk[index + 1]!);
        index += 2;
      } else if (byte === LF) {
        out[length++] = 0x0d;
        out[length++] = LF;
        index++;
      } else {
        out[length++] = byte;
        index++;
      }
    }
    this.length = length;
    if (this.length >= BLOCK) this.pushBlock();
    callback();
  }

  override _flush(callback: TransformCallback) {
    this.pushBlock();
    callback(this.pendingBackslash ? new Error("COPY output ended inside an escape") : null);
  }

  private pushBlock() {
    if (this.length === 0) return;
    this.push(Buffer.from(this.block.subarray(0, this.length)));
    this.length = 0;
  }
}

function unescaped(letter: number): number {
  const byte = UNESCAPED[letter];
  if (byte === undefined) throw new Error(`unexpected COPY escape \\${String.fromCharCode(letter)}`);
  return byte;
}
