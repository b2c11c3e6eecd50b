/**
 * A POSIX tar writer for the payload archive, built for throughput: headers and small files are
 * assembled in one large buffer (small files are read straight into it), and only full buffers
 * are handed on, so a tree of 20,000 small files costs a few hundred writes, not 150,000. Names
 * longer than ustar allows, and link targets likewise, go in a PAX extended header; sizes past
 * ustar's 8 GiB use base-256, as GNU tar and tar-stream read them.
 */

const BLOCK = 512;
/** Bytes gathered before a flush. */
export const BATCH_BYTES = 1 << 20;

function writeOctal(buf: Buffer, at: number, width: number, value: number): void {
  const digits = value.toString(8);
  if (digits.length <= width - 1) {
    buf.write(digits.padStart(width - 1, '0'), at, 'ascii');
    buf[at + width - 1] = 0;
    return;
  }
  // base-256: high bit set, big-endian value in the remaining bytes.
  let v = value;
  for (let i = width - 1; i > 0; i--) {
    buf[at + i] = v % 256;
    v = Math.floor(v / 256);
  }
  buf[at] = 0x80;
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  const bodyLen = Buffer.byteLength(body);
  const digits = String(bodyLen).length;
  let len = bodyLen + digits;
  if (String(len).length > digits) len++;
  return Buffer.from(`${len}${body}`, 'utf8');
}

export type TarType = 'file' | 'directory' | 'symlink';
const TYPEFLAG: Record<TarType | 'pax', number> = {
  file: 0x30,
  directory: 0x35,
  symlink: 0x32,
  pax: 0x78
};

/**
 * The fields every header shares, laid out once: uid, gid and mtime zero, the ustar magic, the
 * checksum field as spaces (as it is summed); `TEMPLATE_SUM` is their byte sum.
 */
const TEMPLATE = (() => {
  const t = Buffer.alloc(BLOCK);
  writeOctal(t, 108, 8, 0);
  writeOctal(t, 116, 8, 0);
  writeOctal(t, 136, 12, 0);
  t.write('ustar\u000000', 257, 8, 'latin1');
  t.fill(0x20, 148, 156);
  return t;
})();
const TEMPLATE_SUM = TEMPLATE.reduce((sum, b) => sum + b, 0);

/** Octal digits of `value` right-aligned in `width - 1` bytes and a NUL; returns their byte sum. */
function putOctal(buf: Buffer, at: number, width: number, value: number): number {
  if (value >= 8 ** (width - 1)) {
    writeOctal(buf, at, width, value); // base-256
    let sum = 0;
    for (let i = at; i < at + width; i++) sum += buf[i];
    return sum;
  }
  let sum = 0;
  let v = value;
  for (let i = at + width - 2; i >= at; i--) {
    const d = 0x30 + (v % 8);
    buf[i] = d;
    sum += d;
    v = Math.floor(v / 8);
  }
  buf[at + width - 1] = 0;
  return sum;
}

/** Write `text` (UTF-8, at most `max` bytes, the caller made sure) at `at`; its byte sum. */
function putText(buf: Buffer, at: number, text: string, max: number): number {
  const n = buf.write(text, at, max, 'utf8');
  let sum = 0;
  for (let i = at; i < at + n; i++) sum += buf[i];
  return sum;
}

/** Fill one 512-byte header at `buf[at]`. Name and link must already fit (≤ 100 bytes). */
function fillHeader(
  buf: Buffer,
  at: number,
  name: string,
  type: TarType | 'pax',
  size: number,
  mode: number,
  linkname = ''
): void {
  TEMPLATE.copy(buf, at);
  let sum = TEMPLATE_SUM + TYPEFLAG[type];
  sum += putText(buf, at, name, 100);
  sum += putOctal(buf, at + 100, 8, mode);
  sum += putOctal(buf, at + 124, 12, size);
  buf[at + 156] = TYPEFLAG[type];
  if (linkname) sum += putText(buf, at + 157, linkname, 100);
  putOctal(buf, at + 148, 7, sum);
  buf[at + 155] = 0x20;
}

const pad = (n: number) => (BLOCK - (n % BLOCK)) % BLOCK;

/**
 * Takes a full batch (`batch` is the filled part of the buffer last handed out) and returns the
 * buffer to fill next, at least BLOCK * 3 bytes long (it may be the same one once its bytes are
 * written, or the next slot of a ring).
 */
export type BatchSink = (batch: Buffer) => Buffer;

/**
 * Assembles tar bytes synchronously into the buffers `sink` hands out, and gives each full batch
 * back to it: no promise per member, and no allocation per batch.
 */
export class TarWriter {
  private used = 0;
  bytes = 0;

  constructor(
    private readonly sink: BatchSink,
    private buf: Buffer
  ) {}

  private reserve(n: number): void {
    if (this.used + n > this.buf.length) this.flush();
  }

  flush(): void {
    if (!this.used) return;
    const chunk = this.buf.subarray(0, this.used);
    this.used = 0;
    this.bytes += chunk.length;
    this.buf = this.sink(chunk);
  }

  private header(name: string, type: TarType, size: number, mode: number, linkname?: string): void {
    const nameLen = Buffer.byteLength(name);
    const linkLen = linkname ? Buffer.byteLength(linkname) : 0;
    if (nameLen > 100 || linkLen > 100) {
      const records = [paxRecord('path', name)];
      if (linkname) records.push(paxRecord('linkpath', linkname));
      const pax = Buffer.concat(records);
      this.reserve(BLOCK + pax.length + pad(pax.length));
      if (BLOCK + pax.length + pad(pax.length) > this.buf.length) throw new Error('name too long');
      fillHeader(this.buf, this.used, 'PaxHeader', 'pax', pax.length, 0o644);
      this.used += BLOCK;
      pax.copy(this.buf, this.used);
      this.used += pax.length;
      this.buf.fill(0, this.used, this.used + pad(pax.length));
      this.used += pad(pax.length);
      name = truncateUtf8(name, 100);
      linkname = linkname ? truncateUtf8(linkname, 100) : linkname;
    }
    this.reserve(BLOCK);
    fillHeader(this.buf, this.used, name, type, size, mode, linkname);
    this.used += BLOCK;
  }

  directory(name: string, mode: number): void {
    this.header(name, 'directory', 0, mode);
  }

  symlink(name: string, target: string): void {
    this.header(name, 'symlink', 0, 0o777, target);
  }

  /**
   * A file of `size` bytes whose content `read(buf, offset, length)` fills (returning bytes read,
   * 0 at end); `onData` sees each piece. Small files are read straight into the batch buffer.
   * Returns the bytes actually read (the caller compares with `size`).
   */
  file(
    name: string,
    mode: number,
    size: number,
    read: (buf: Buffer, offset: number, length: number) => number,
    onData: (piece: Buffer) => void
  ): number {
    this.header(name, 'file', size, mode);
    let done = 0;
    while (done < size) {
      if (this.used === this.buf.length) this.flush();
      const want = Math.min(size - done, this.buf.length - this.used);
      const n = read(this.buf, this.used, want);
      if (n === 0) break;
      onData(this.buf.subarray(this.used, this.used + n));
      this.used += n;
      done += n;
    }
    if (done < size) return done;
    const p = pad(size);
    this.reserve(p);
    this.buf.fill(0, this.used, this.used + p);
    this.used += p;
    return done;
  }

  /** Two zero blocks, then the last flush. */
  end(): void {
    this.reserve(2 * BLOCK);
    this.buf.fill(0, this.used, this.used + 2 * BLOCK);
    this.used += 2 * BLOCK;
    this.flush();
  }
}

function truncateUtf8(s: string, max: number): string {
  const b = Buffer.from(s, 'utf8');
  if (b.length <= max) return s;
  let end = max;
  while (end > 0 && (b[end] & 0xc0) === 0x80) end--;
  return b.subarray(0, end).toString('utf8');
}
