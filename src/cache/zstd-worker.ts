/**
 * zstd (de)compression of the payload, with the stored bytes' BLAKE3, on a worker thread. The
 * main thread packs or extracts the tar synchronously and meets the worker in a ring of shared
 * 1 MiB slots: on save it fills slots with tar bytes, which the worker compresses, hashes and
 * writes to the archive; on restore the worker reads, hashes and decompresses the archive into
 * the slots, which the main thread checks and writes out. No buffer is allocated per chunk on
 * the main thread (no GC churn there), no promise per file, and reading, hashing, compressing
 * and writing run on two cores instead of one.
 *
 * The worker hashes with the native BLAKE3 binary (loaded by its path). Where only the portable
 * hasher loads, save still compresses here but hashes the archive afterwards, and restore keeps
 * to the in-process stream. (The stream must be one zstd frame: Node's zstd decompressor stops
 * at the end of the first frame of a large input.)
 */
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';

/** worker_threads, loaded when a pipe starts: a small payload never starts one (in-thread.ts). */
const loadWorkerThreads = (): typeof import('node:worker_threads') =>
  createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

/** Slots in the ring, and bytes per slot (zlib's output chunk size, so one chunk fits a slot). */
export const SLOTS = 8;
export const SLOT_BYTES = 1 << 20;

// Control words (Int32Array over `ctl`): per slot its state and length, then the shared flags.
const FREE = 0;
const FULL = 1;
const LEN = SLOTS;
const FAILED = 2 * SLOTS;
const ABORT = 2 * SLOTS + 1;
/** Set by the worker when it compresses in synchronous engine steps (not through the stream). */
const STEPPED = 2 * SLOTS + 2;
const CTL_INTS = 2 * SLOTS + 3;
// After the ints: the stored size (Float64), the stored BLAKE3 (64 ASCII hex), an error message.
const SIZE_AT = Math.ceil((CTL_INTS * 4) / 8) * 8;
const DIGEST_AT = SIZE_AT + 8;
const ERROR_AT = DIGEST_AT + 64;
const ERROR_BYTES = 2048;
const CTL_BYTES = ERROR_AT + ERROR_BYTES;

/** How long the main thread waits for the worker without any progress before it gives up. */
const STALL_MS = 120_000;

/** `Atomics.waitAsync` (Node 16+), not yet in this project's TypeScript lib. */
interface AtomicsWithWaitAsync {
  waitAsync(
    a: Int32Array,
    index: number,
    value: number,
    timeout: number
  ): { async: false; value: string } | { async: true; value: Promise<string> };
}

interface WorkerSetup {
  mode: 'compress' | 'decompress';
  fd: number;
  level: number;
  /** The native BLAKE3 binary; absent: the stored bytes are not hashed here (digest ''). */
  blake3Path?: string;
  ctl: SharedArrayBuffer;
  data: SharedArrayBuffer;
  slots: number;
  slotBytes: number;
  /** Byte offsets in `ctl` of the stored size, the digest and the error message. */
  sizeAt: number;
  digestAt: number;
  errorAt: number;
}

/**
 * The worker's whole program. It runs from its source text (`eval`), so it may use nothing from
 * this module's scope: only `req` (the worker's require) and the setup it is given.
 */
function workerMain(req: (id: string) => unknown): void {
  const { workerData } = req('node:worker_threads') as typeof import('node:worker_threads');
  const setup = workerData as WorkerSetup;
  const n = setup.slots;
  const size = setup.slotBytes;
  const ctl = new Int32Array(setup.ctl, 0, 2 * n + 3);
  const meta = Buffer.from(setup.ctl);
  const { digestAt, errorAt } = setup;
  const [FREE_, FULL_, LEN_, FAILED_, ABORT_, STEPPED_] = [0, 1, n, 2 * n, 2 * n + 1, 2 * n + 2];
  const fail = (err: unknown): void => {
    const msg = Buffer.from(String((err as Error)?.message ?? err)).subarray(0, 2000);
    meta.fill(0, errorAt, errorAt + 2048);
    msg.copy(meta, errorAt);
    Atomics.store(ctl, FAILED_, 1);
    for (let i = 0; i < n; i++) Atomics.notify(ctl, i);
    process.exit(0);
  };
  try {
    const zlib = req('node:zlib') as typeof import('node:zlib');
    const fs = req('node:fs') as typeof import('node:fs');
    type Hasher = { update(b: Uint8Array): unknown; digest(f: string): string };
    const hasher: Hasher = setup.blake3Path
      ? new (req(setup.blake3Path) as { Blake3Hasher: new () => Hasher }).Blake3Hasher()
      : { update: () => undefined, digest: () => '' };
    let stored = 0;
    const finish = (): void => {
      new Float64Array(setup.ctl, setup.sizeAt, 1)[0] = stored;
      meta.write(hasher.digest('hex'), digestAt, 64, 'latin1');
    };
    /** Resolves once slot `i` is no longer in state `from` (at once if it is not). */
    const leave = async (i: number, from: number): Promise<void> => {
      while (Atomics.load(ctl, i) === from) {
        if (Atomics.load(ctl, ABORT_)) process.exit(0);
        const w = (Atomics as unknown as AtomicsWithWaitAsync).waitAsync(ctl, i, from, 1000);
        if (w.async) await w.value;
      }
    };

    const write = (c: Buffer): void => {
      hasher.update(c);
      stored += c.length;
      for (let off = 0; off < c.length;) off += fs.writeSync(setup.fd, c, off, c.length - off);
    };
    /** Blocks this thread until slot `i` is no longer in state `from`. */
    const leaveSync = (i: number, from: number): void => {
      while (Atomics.load(ctl, i) === from) {
        if (Atomics.load(ctl, ABORT_)) process.exit(0);
        Atomics.wait(ctl, i, from, 1000);
      }
    };
    const newCompressor = () =>
      zlib.createZstdCompress({
        chunkSize: size,
        params: { [zlib.constants.ZSTD_c_compressionLevel]: setup.level }
      });
    /** The zlib engine's synchronous step, as zlib's one-shot functions drive it. */
    interface Engine {
      _handle?: {
        writeSync?(
          flush: number,
          input: Buffer,
          inOff: number,
          inLen: number,
          out: Buffer,
          outOff: number,
          outLen: number
        ): void;
      };
      _writeState?: Uint32Array;
    }

    /**
     * Compress each slot in synchronous steps of the zlib engine on this thread, as zlib's own
     * one-shot functions do: no hop to the thread pool and back per slot, no event-loop turn, one
     * output buffer reused, so this thread compresses, hashes and writes the stored bytes while
     * the main thread fills the next slots, blocking only when the ring is empty.
     */
    const compressSync = (z: ReturnType<typeof newCompressor>, engine: Engine): void => {
      Atomics.store(ctl, STEPPED_, 1);
      const handle = engine._handle!;
      const state = engine._writeState!;
      const out = Buffer.allocUnsafe(size);
      const step = (input: Buffer, flush: number): void => {
        let inOff = 0;
        let inLen = input.length;
        for (;;) {
          handle.writeSync!(flush, input, inOff, inLen, out, 0, size);
          const [outLeft, inLeft] = [state[0], state[1]];
          if (outLeft < size) write(out.subarray(0, size - outLeft));
          inOff += inLen - inLeft;
          inLen = inLeft;
          // A full output buffer: zstd may hold more; otherwise the input is all taken.
          if (outLeft !== 0) break;
        }
      };
      const { ZSTD_e_continue, ZSTD_e_end } = zlib.constants;
      let i = 0;
      for (;;) {
        leaveSync(i, FREE_);
        const len = ctl[LEN_ + i];
        if (len < 0) break;
        step(Buffer.from(setup.data, i * size, len), ZSTD_e_continue);
        Atomics.store(ctl, i, FREE_);
        Atomics.notify(ctl, i);
        i = (i + 1) % n;
      }
      step(Buffer.alloc(0), ZSTD_e_end);
      z.close();
      finish();
      // The end marker's slot is handed back last: the main thread reads the results after it.
      Atomics.store(ctl, i, FREE_);
      Atomics.notify(ctl, i);
    };

    const compress = async (): Promise<void> => {
      const z = newCompressor();
      z.on('error', fail);
      const engine = z as unknown as Engine;
      if (
        typeof engine._handle?.writeSync === 'function' &&
        engine._writeState instanceof Uint32Array
      )
        return compressSync(z, engine);
      z.on('data', write);
      const ended = new Promise<void>((resolve) => z.on('end', resolve));
      let i = 0;
      for (;;) {
        await leave(i, FREE_);
        const len = ctl[LEN_ + i];
        if (len < 0) break;
        const slot = i;
        const ok = z.write(Buffer.from(setup.data, slot * size, len), () => {
          Atomics.store(ctl, slot, FREE_);
          Atomics.notify(ctl, slot);
        });
        if (!ok) await new Promise((resolve) => z.once('drain', resolve));
        i = (i + 1) % n;
      }
      z.end();
      await ended;
      finish();
      // The end marker's slot is handed back last: the main thread reads the results after it.
      Atomics.store(ctl, i, FREE_);
      Atomics.notify(ctl, i);
    };

    const decompress = async (): Promise<void> => {
      const z = zlib.createZstdDecompress({ chunkSize: size });
      z.on('error', fail);
      let slot = 0;
      const put = async (bytes: Buffer, len: number): Promise<void> => {
        await leave(slot, FULL_);
        if (len > 0) bytes.copy(Buffer.from(setup.data, slot * size, size), 0, 0, len);
        ctl[LEN_ + slot] = len;
        Atomics.store(ctl, slot, FULL_);
        Atomics.notify(ctl, slot);
        slot = (slot + 1) % n;
      };
      const feed = async (): Promise<void> => {
        // Two read buffers: one may be in zlib's hands while the next is read.
        const bufs = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
        const busy: (Promise<void> | undefined)[] = [undefined, undefined];
        let pos = 0;
        for (let k = 0; ; k ^= 1) {
          if (busy[k]) await busy[k];
          const got = fs.readSync(setup.fd, bufs[k], 0, size, pos);
          if (got === 0) break;
          pos += got;
          const chunk = bufs[k].subarray(0, got);
          hasher.update(chunk);
          stored += got;
          let ok = true;
          busy[k] = new Promise<void>((resolve) => (ok = z.write(chunk, () => resolve())));
          if (!ok) await new Promise((resolve) => z.once('drain', resolve));
        }
        z.end();
      };
      feed().catch(fail);
      for await (const c of z as AsyncIterable<Buffer>) {
        for (let off = 0; off < c.length; off += size) {
          const end = Math.min(c.length, off + size);
          await put(c.subarray(off, end), end - off);
        }
      }
      finish();
      await put(Buffer.alloc(0), -1);
    };

    // A pending Atomics.waitAsync does not keep a thread's event loop alive: this does, until
    // the work is done (otherwise the worker could exit while the main thread waits for it).
    const keepAlive = setInterval(() => undefined, 60_000);
    (setup.mode === 'compress' ? compress() : decompress())
      .then(() => clearInterval(keepAlive))
      .catch(fail);
  } catch (err) {
    fail(err);
  }
}

/** The main thread's side of the ring. */
export class ZstdPipe {
  private readonly ctl: Int32Array;
  private readonly meta: Buffer;
  private readonly data: SharedArrayBuffer;
  private readonly worker: Worker;
  private slot = 0;
  /** (decompress) The slot last handed out, freed at the next call. */
  private held = -1;
  private exited = false;

  private constructor(
    mode: WorkerSetup['mode'],
    fd: number,
    level: number,
    blake3Path: string | undefined
  ) {
    const ctl = new SharedArrayBuffer(CTL_BYTES);
    this.ctl = new Int32Array(ctl, 0, CTL_INTS);
    this.meta = Buffer.from(ctl);
    this.data = new SharedArrayBuffer(SLOTS * SLOT_BYTES);
    const setup: WorkerSetup = {
      mode,
      fd,
      level,
      blake3Path,
      ctl,
      data: this.data,
      slots: SLOTS,
      slotBytes: SLOT_BYTES,
      sizeAt: SIZE_AT,
      digestAt: DIGEST_AT,
      errorAt: ERROR_AT
    };
    const { Worker: WorkerThread } = loadWorkerThreads();
    this.worker = new WorkerThread(`(${workerMain.toString()})(require)`, {
      eval: true,
      workerData: setup
    });
    this.worker.on('error', () => undefined); // reported through the FAILED flag
    this.worker.on('exit', () => (this.exited = true));
    this.worker.unref();
  }

  /**
   * Compress what is put into the slots, writing the stored bytes to `fd`; hashed with the
   * native BLAKE3 at `blake3Path` (without it, `end()` reports an empty digest).
   */
  static compressor(fd: number, level: number, blake3Path: string | undefined): ZstdPipe {
    return new ZstdPipe('compress', fd, level, blake3Path);
  }

  /** Read `fd` from offset 0, hash and decompress it into the slots. */
  static decompressor(fd: number, blake3Path: string): ZstdPipe {
    return new ZstdPipe('decompress', fd, 0, blake3Path);
  }

  private failure(): Error | undefined {
    if (!Atomics.load(this.ctl, FAILED)) return undefined;
    const end = this.meta.indexOf(0, ERROR_AT);
    const msg = this.meta.toString('utf8', ERROR_AT, end === -1 ? ERROR_AT + ERROR_BYTES : end);
    return new Error(`zstd: ${msg || 'the worker failed'}`);
  }

  /**
   * (compress) Work to do instead of waiting for a free slot: called while the ring is full, one
   * small unit per call; returns false when there is nothing (more) to do, and the thread waits.
   */
  idle: (() => boolean) | undefined;

  /** Block until slot `i` leaves state `from`; throws the worker's error. */
  private waitWhile(i: number, from: number): void {
    let idle = 0;
    let work = from === FULL ? this.idle : undefined;
    while (Atomics.load(this.ctl, i) === from) {
      const err = this.failure();
      if (err) throw err;
      if (work) {
        if (!work()) work = undefined;
        continue;
      }
      if (Atomics.wait(this.ctl, i, from, 250) === 'timed-out') {
        idle += 250;
        if (idle >= STALL_MS) throw new Error(`zstd: no progress for ${STALL_MS / 1000} s`);
      }
    }
    const err = this.failure();
    if (err) throw err;
  }

  private view(i: number): Buffer {
    return Buffer.from(this.data, i * SLOT_BYTES, SLOT_BYTES);
  }

  /** (compress) The first slot to fill. */
  first(): Buffer {
    this.waitWhile(this.slot, FULL);
    return this.view(this.slot);
  }

  /** (compress) Hand over the current slot's first `len` bytes; returns the next slot to fill. */
  put(len: number): Buffer {
    this.ctl[LEN + this.slot] = len;
    Atomics.store(this.ctl, this.slot, FULL);
    Atomics.notify(this.ctl, this.slot);
    this.slot = (this.slot + 1) % SLOTS;
    this.waitWhile(this.slot, FULL);
    return this.view(this.slot);
  }

  /** (compress) No more input: waits for the last stored byte; the stored size and BLAKE3. */
  end(): { size: number; blake3: string } {
    const i = this.slot;
    this.ctl[LEN + i] = -1;
    Atomics.store(this.ctl, i, FULL);
    Atomics.notify(this.ctl, i);
    this.waitWhile(i, FULL);
    return this.results();
  }

  /** (decompress) The next piece of the tar, or undefined at its end. Valid until the next call. */
  next(): Buffer | undefined {
    if (this.held !== -1) {
      Atomics.store(this.ctl, this.held, FREE);
      Atomics.notify(this.ctl, this.held);
      this.held = -1;
    }
    this.waitWhile(this.slot, FREE);
    const len = this.ctl[LEN + this.slot];
    if (len < 0) return undefined;
    this.held = this.slot;
    this.slot = (this.slot + 1) % SLOTS;
    return Buffer.from(this.data, this.held * SLOT_BYTES, len);
  }

  /** (decompress) After `next()` returned undefined: the stored size and BLAKE3. */
  results(): { size: number; blake3: string } {
    return {
      size: new Float64Array(this.ctl.buffer, SIZE_AT, 1)[0],
      blake3: this.meta.toString('latin1', DIGEST_AT, DIGEST_AT + 64).replace(/\0+$/, '')
    };
  }

  /** (compress) Whether the worker compressed in synchronous engine steps (else the stream). */
  stepped(): boolean {
    return Atomics.load(this.ctl, STEPPED) === 1;
  }

  /** Stop the worker; resolves once it no longer touches the descriptor. */
  async close(): Promise<void> {
    Atomics.store(this.ctl, ABORT, 1);
    for (let i = 0; i < SLOTS; i++) Atomics.notify(this.ctl, i);
    if (!this.exited) await this.worker.terminate();
  }
}
