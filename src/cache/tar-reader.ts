/**
 * A synchronous, push-driven tar reader for the payload archive: chunks go in with `push`, and
 * each member is reported through plain callbacks — a header, then its data as slices of the
 * chunks given (no copy, no stream per member), then its end. Restores of 20,000 small files
 * spend their time writing files, not driving a stream per member.
 *
 * It reads what the sentinel writes (ustar, PAX `x` headers for long names and sizes, base-256
 * sizes) and reports everything else it meets — hardlinks, devices, FIFOs, unknown types — by
 * type, so the caller refuses them. Global PAX and GNU long-name headers are refused here: the
 * sentinel never writes them, and a name or size that another header silently rewrites is not
 * something a verifier should guess at. Header checksums are checked; an archive that ends
 * inside a member is an error.
 */

const BLOCK = 512;
/** Largest PAX extended header accepted (names and link targets, nothing else). */
const MAX_PAX = 1024 * 1024;

export type TarMemberType =
  | 'file'
  | 'link'
  | 'symlink'
  | 'character-device'
  | 'block-device'
  | 'directory'
  | 'fifo'
  | 'contiguous-file'
  | 'unknown';

export interface TarMember {
  name: string;
  type: TarMemberType;
  size: number;
  linkname?: string;
}

export class TarFormatError extends Error {
  override name = 'TarFormatError';
}

export interface TarHandlers {
  /** A member's header; its data (size bytes) follows through `data`, then `end`. */
  entry(h: TarMember): void;
  data(piece: Buffer): void;
  end(): void;
}

const TYPES: Record<number, TarMemberType> = {
  0: 'file',
  0x30: 'file',
  0x31: 'link',
  0x32: 'symlink',
  0x33: 'character-device',
  0x34: 'block-device',
  0x35: 'directory',
  0x36: 'fifo',
  0x37: 'contiguous-file'
};

function cString(buf: Buffer, at: number, len: number): string {
  let end = at;
  const max = at + len;
  while (end < max && buf[end] !== 0) end++;
  return buf.toString('utf8', at, end);
}

/** An octal field (spaces and NULs around it allowed) or a base-256 one (high bit set). */
function numeric(buf: Buffer, at: number, len: number, what: string): number {
  if (buf[at] & 0x80) {
    if (buf[at] !== 0x80) throw new TarFormatError(`${what} is negative or too large`);
    let v = 0;
    for (let i = at + 1; i < at + len; i++) {
      v = v * 256 + buf[i];
      if (v > Number.MAX_SAFE_INTEGER) throw new TarFormatError(`${what} is too large`);
    }
    return v;
  }
  let i = at;
  const end = at + len;
  while (i < end && buf[i] === 0x20) i++;
  let v = 0;
  let digits = 0;
  for (; i < end; i++) {
    const c = buf[i];
    if (c === 0 || c === 0x20) break;
    if (c < 0x30 || c > 0x37) throw new TarFormatError(`${what} is not an octal number`);
    v = v * 8 + (c - 0x30);
    digits++;
  }
  for (; i < end; i++)
    if (buf[i] !== 0 && buf[i] !== 0x20) throw new TarFormatError(`${what} is not an octal number`);
  if (!digits && what !== 'checksum') return 0;
  return v;
}

const ZERO_BLOCK = Buffer.alloc(BLOCK);

/**
 * Whether the block at `at` is all zeros (an end-of-archive block); false when `buf` ends before
 * it. One native comparison: the archive ends in up to a record of such blocks, which a loop in
 * JavaScript, run once at start before it is optimised, would check byte by byte.
 */
function isZeroBlock(buf: Buffer, at: number): boolean {
  return at + BLOCK <= buf.length && ZERO_BLOCK.compare(buf, at, at + BLOCK) === 0;
}

function checksumOk(buf: Buffer, at: number): boolean {
  const stored = numeric(buf, at + 148, 8, 'checksum');
  // The checksum field itself counts as eight spaces.
  let sum = 8 * 0x20;
  for (let i = at; i < at + 148; i++) sum += buf[i];
  for (let i = at + 156; i < at + BLOCK; i++) sum += buf[i];
  return sum === stored;
}

/** PAX records `<len> <key>=<value>\n`; returns path, linkpath and size, refuses malformed ones. */
function parsePax(body: Buffer): { path?: string; linkpath?: string; size?: number } {
  const out: { path?: string; linkpath?: string; size?: number } = {};
  let at = 0;
  while (at < body.length) {
    if (body[at] === 0) break;
    const space = body.indexOf(0x20, at);
    if (space === -1) throw new TarFormatError('malformed PAX record');
    const len = Number(body.toString('ascii', at, space));
    if (!Number.isInteger(len) || len <= space - at || at + len > body.length)
      throw new TarFormatError('malformed PAX record length');
    const rec = body.toString('utf8', space + 1, at + len);
    if (!rec.endsWith('\n')) throw new TarFormatError('malformed PAX record');
    const eq = rec.indexOf('=');
    if (eq === -1) throw new TarFormatError('malformed PAX record');
    const key = rec.slice(0, eq);
    const value = rec.slice(eq + 1, -1);
    if (key === 'path') out.path = value;
    else if (key === 'linkpath') out.linkpath = value;
    else if (key === 'size') {
      if (!/^[0-9]{1,16}$/.test(value) || Number(value) > Number.MAX_SAFE_INTEGER)
        throw new TarFormatError('malformed PAX size');
      out.size = Number(value);
    }
    at += len;
  }
  return out;
}

const enum State {
  Header,
  Data,
  Pad,
  Pax
}

export class TarReader {
  private state = State.Header;
  /** A header (or PAX body) split across chunks is gathered here. */
  private head = Buffer.alloc(BLOCK);
  private headUsed = 0;
  private remaining = 0;
  private padLeft = 0;
  private pax: Buffer | undefined;
  private paxUsed = 0;
  private pending: { path?: string; linkpath?: string; size?: number } | undefined;
  /** The current member is a PAX header, not reported. */
  private inPax = false;
  private sawEnd = false;

  constructor(private readonly on: TarHandlers) {}

  push(chunk: Buffer): void {
    let at = 0;
    const len = chunk.length;
    while (at < len) {
      switch (this.state) {
        case State.Header: {
          if (this.headUsed === 0 && len - at >= BLOCK) {
            this.header(chunk, at);
            at += BLOCK;
          } else {
            const n = Math.min(BLOCK - this.headUsed, len - at);
            chunk.copy(this.head, this.headUsed, at, at + n);
            this.headUsed += n;
            at += n;
            if (this.headUsed === BLOCK) {
              this.headUsed = 0;
              this.header(this.head, 0);
            }
          }
          break;
        }
        case State.Data: {
          const n = Math.min(this.remaining, len - at);
          this.on.data(chunk.subarray(at, at + n));
          at += n;
          this.remaining -= n;
          if (this.remaining === 0) this.memberDone();
          break;
        }
        case State.Pax: {
          const n = Math.min(this.remaining, len - at);
          chunk.copy(this.pax!, this.paxUsed, at, at + n);
          this.paxUsed += n;
          at += n;
          this.remaining -= n;
          if (this.remaining === 0) this.memberDone();
          break;
        }
        case State.Pad: {
          const n = Math.min(this.padLeft, len - at);
          at += n;
          this.padLeft -= n;
          if (this.padLeft === 0) this.state = State.Header;
          break;
        }
      }
    }
  }

  /** The input ended: it must end between members. */
  finish(): void {
    if (this.state !== State.Header || this.headUsed !== 0 || this.pending)
      throw new TarFormatError('unexpected end of the archive (it ends inside a member)');
    if (!this.sawEnd) throw new TarFormatError('the archive has no end-of-archive blocks');
  }

  private header(buf: Buffer, at: number): void {
    if (isZeroBlock(buf, at)) {
      if (this.pending) throw new TarFormatError('a PAX header is followed by the end');
      this.sawEnd = true;
      return;
    }
    if (!checksumOk(buf, at)) throw new TarFormatError('a tar header has a bad checksum');
    const flag = buf[at + 156];
    let size = numeric(buf, at + 124, 12, 'size');
    if (flag === 0x78) {
      // PAX extended header for the next member.
      if (this.pending) throw new TarFormatError('two PAX headers in a row');
      if (size > MAX_PAX) throw new TarFormatError(`a PAX header of ${size} bytes`);
      this.pax = Buffer.alloc(size);
      this.paxUsed = 0;
      this.inPax = true;
      this.begin(size, State.Pax);
      return;
    }
    if (flag === 0x67 || flag === 0x4c || flag === 0x4b) {
      throw new TarFormatError(
        `a ${flag === 0x67 ? 'global PAX' : 'GNU long-name'} header; the sentinel never writes one`
      );
    }
    let name = cString(buf, at, 100);
    const magic = buf.toString('latin1', at + 257, at + 263);
    if (magic === 'ustar\u0000' || magic === 'ustar ') {
      const prefix = magic === 'ustar\u0000' ? cString(buf, at + 345, 155) : '';
      if (prefix) name = `${prefix}/${name}`;
    }
    let linkname: string | undefined = cString(buf, at + 157, 100) || undefined;
    const pax = this.pending;
    this.pending = undefined;
    if (pax?.path !== undefined) name = pax.path;
    if (pax?.linkpath !== undefined) linkname = pax.linkpath;
    if (pax?.size !== undefined) size = pax.size;
    const type = TYPES[flag] ?? 'unknown';
    this.inPax = false;
    this.on.entry({ name, type, size, linkname });
    this.begin(size, State.Data);
  }

  private begin(size: number, state: State.Data | State.Pax): void {
    this.remaining = size;
    this.padLeft = (BLOCK - (size % BLOCK)) % BLOCK;
    if (size === 0) this.memberDone();
    else this.state = state;
  }

  private memberDone(): void {
    if (this.inPax) {
      this.pending = parsePax(this.pax!.subarray(0, this.paxUsed));
      this.pax = undefined;
      this.inPax = false;
    } else {
      this.on.end();
    }
    this.state = this.padLeft ? State.Pad : State.Header;
  }
}
