/**
 * BLAKE3 through a maintained library: the native `@napi-rs/blake-hash` (the Rust `blake3` crate,
 * SIMD) where its prebuilt binary loads, else `hash-wasm` (portable WASM). Both give the same
 * digests; tests check that.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface Blake3 {
  update(chunk: Uint8Array): void;
  /** Lower-case hex of the 32-byte digest. */
  digestHex(): string;
}

type Factory = () => Blake3;

let factory: Factory | undefined;
let implementation: 'native' | 'wasm' | undefined;
let nativeError: string | undefined;
/** The file of the native binary, where it was loaded by path (a worker thread loads it too). */
let nativePath: string | undefined;

type NativeHasher = new () => { update(b: Uint8Array): unknown; digest(f?: string): string };

const requireHere = createRequire(import.meta.url);

/**
 * The program interpreter an ELF executable names (its PT_INTERP segment, e.g.
 * `/lib64/ld-linux-x86-64.so.2` or `/lib/ld-musl-x86_64.so.1`); undefined when the file is not a
 * 64-bit little-endian ELF file with one, or cannot be read.
 */
export function elfInterpreter(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY);
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    if (n < 64 || head.readUInt32BE(0) !== 0x7f454c46 || head[4] !== 2 || head[5] !== 1)
      return undefined;
    const phoff = Number(head.readBigUInt64LE(0x20));
    const phentsize = head.readUInt16LE(0x36);
    const phnum = head.readUInt16LE(0x38);
    if (phentsize < 56 || phnum > 256) return undefined;
    const table = Buffer.alloc(phentsize * phnum);
    if (readSync(fd, table, 0, table.length, phoff) !== table.length) return undefined;
    for (let i = 0; i < phnum; i++) {
      const at = i * phentsize;
      if (table.readUInt32LE(at) !== 3 /* PT_INTERP */) continue;
      const offset = Number(table.readBigUInt64LE(at + 8));
      const size = Number(table.readBigUInt64LE(at + 32));
      if (size < 2 || size > 4096) return undefined;
      const name = Buffer.alloc(size);
      if (readSync(fd, name, 0, size, offset) !== size) return undefined;
      return name.toString('latin1').replace(/\0+$/, '');
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Whether this Node was built for musl rather than glibc. Told from the interpreter its
 * executable names (one small read), as the glibc loader `ld-linux-*` or musl's `ld-musl-*`;
 * otherwise (static, unreadable) from process.report, which costs milliseconds at every start.
 */
function isMusl(): boolean {
  const interpreter = elfInterpreter(process.execPath);
  if (interpreter && /\/ld-linux-[^/]*$/.test(interpreter)) return false;
  if (interpreter && /\/ld-musl-[^/]*$/.test(interpreter)) return true;
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } };
  return !report?.header?.glibcVersionRuntime;
}

/** The prebuilt binary's file name, which the build copies next to each bundle that hashes. */
export const NATIVE_BINARY = 'blake.linux-x64-gnu.node';

/**
 * The native binding. The umbrella package's loader tests `__dirname`, which does not exist in
 * the ESM bundles, so there it always failed. On linux-x64 (glibc) the binary is loaded directly:
 * from next to the running file (the bundles; scripts/build.mjs puts it there), else from its
 * platform package (lib/, tests). Other platforms go through the umbrella package.
 */
function nativeModule(): { Blake3Hasher?: NativeHasher } {
  if (process.platform === 'linux' && process.arch === 'x64' && !isMusl()) {
    const beside = fileURLToPath(new URL(`./${NATIVE_BINARY}`, import.meta.url));
    const file = existsSync(beside)
      ? beside
      : requireHere.resolve('@napi-rs/blake-hash-linux-x64-gnu');
    const mod = requireHere(file) as { Blake3Hasher?: NativeHasher };
    nativePath = file;
    return mod;
  }
  return requireHere('@napi-rs/blake-hash') as { Blake3Hasher?: NativeHasher };
}

async function loadNative(): Promise<Factory> {
  const mod = nativeModule();
  const Hasher = mod.Blake3Hasher;
  if (!Hasher) throw new Error('@napi-rs/blake-hash has no Blake3Hasher');
  // Native hashers are reset and reused: the GC does not see their native memory, so a new one
  // per file would let memory grow with the number of files.
  const free: InstanceType<typeof Hasher>[] = [];
  return () => {
    const h = free.pop() ?? new Hasher();
    return {
      update: (chunk) => void h.update(chunk),
      digestHex: () => {
        const hex = h.digest('hex');
        (h as unknown as { reset(): void }).reset();
        free.push(h);
        return hex;
      }
    };
  };
}

async function loadWasm(): Promise<Factory> {
  const { createBLAKE3 } = await import('hash-wasm');
  // hash-wasm instances are created asynchronously; keep a small pool so update() stays
  // synchronous. At most two hash at once here (a file and the archive around it).
  const pool = await Promise.all([createBLAKE3(), createBLAKE3(), createBLAKE3(), createBLAKE3()]);
  return () => {
    const h = pool.pop();
    if (!h) throw new Error('BLAKE3 (wasm): more than 4 hashers open at once');
    h.init();
    return {
      update: (chunk) => void h.update(chunk),
      digestHex: () => {
        const hex = h.digest('hex');
        pool.push(h);
        return hex;
      }
    };
  };
}

/**
 * Prepare the hasher (call once before hashing). `prefer: 'wasm'` forces the portable path
 * (tests compare the two).
 */
export async function initBlake3(prefer?: 'native' | 'wasm'): Promise<'native' | 'wasm'> {
  if (factory && (!prefer || prefer === implementation)) return implementation!;
  if (prefer !== 'wasm') {
    try {
      factory = await loadNative();
      implementation = 'native';
      return implementation;
    } catch (err) {
      if (prefer === 'native') throw err;
      nativeError = (err as Error).message.split('\n')[0].slice(0, 300);
    }
  }
  factory = await loadWasm();
  implementation = 'wasm';
  return implementation;
}

export function blake3Implementation(): 'native' | 'wasm' | undefined {
  return implementation;
}

/**
 * The native binary's file when the native hasher is in use and was loaded by path (linux-x64),
 * so a worker thread can load the same one; undefined otherwise.
 */
export function blake3NativePath(): string | undefined {
  return implementation === 'native' ? nativePath : undefined;
}

/** Why the native hasher did not load (when the portable one is in use). */
export function blake3NativeError(): string | undefined {
  return implementation === 'wasm' ? nativeError : undefined;
}

/** A new incremental hasher (initBlake3 must have run). */
export function newBlake3(): Blake3 {
  if (!factory) throw new Error('BLAKE3 not initialised: await initBlake3() first');
  return factory();
}

export function blake3Hex(data: Uint8Array): string {
  const h = newBlake3();
  h.update(data);
  return h.digestHex();
}

/** Read buffer reused by every streaming read: memory stays flat whatever the tree size. */
export const CHUNK_SIZE = 4 * 1024 * 1024;

/** Opens a file to read it for the cache: never through a symlink, never blocking on a FIFO. */
export const OPEN_FOR_READING = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * Hash an open file from its start with positioned reads into `buffer`; stops once more than
 * `stopAfter` bytes were read (the caller compares `size` with what it expected).
 */
export function hashFdSync(
  fd: number,
  buffer: Buffer,
  stopAfter = Number.MAX_SAFE_INTEGER
): { blake3: string; size: number } {
  const h = newBlake3();
  let size = 0;
  try {
    while (size <= stopAfter) {
      const n = readSync(fd, buffer, 0, buffer.length, size);
      if (n === 0) break;
      h.update(n === buffer.length ? buffer : buffer.subarray(0, n));
      size += n;
    }
  } catch (err) {
    h.digestHex();
    throw err;
  }
  return { blake3: h.digestHex(), size };
}

/**
 * Hash one regular file in CHUNK_SIZE reads, passing each chunk to `sink` too. Returns the
 * digest, the bytes read and the permission bits; throws when it is not a regular file or its
 * size changed while it was read.
 */
export function hashFileSync(
  file: string,
  buffer: Buffer,
  sink?: (chunk: Buffer) => void
): { blake3: string; size: number; mode: number } {
  const h = newBlake3();
  const fd = openSync(file, OPEN_FOR_READING);
  let size = 0;
  let st;
  try {
    st = fstatSync(fd);
    if (!st.isFile()) throw new Error(`${file} is not a regular file`);
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      const chunk = n === buffer.length ? buffer : buffer.subarray(0, n);
      h.update(chunk);
      sink?.(chunk);
      size += n;
    }
  } catch (err) {
    h.digestHex();
    throw err;
  } finally {
    closeSync(fd);
  }
  const digest = h.digestHex();
  if (size !== st.size)
    throw new Error(`${file} changed while it was read (size ${st.size} → ${size})`);
  return { blake3: digest, size, mode: st.mode & 0o777 };
}
