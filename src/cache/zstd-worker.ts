/**
 * zstd (de)compression of the payload, with the stored bytes' BLAKE3, on a worker thread. The
 * main thread packs or extracts the tar synchronously and meets the worker in a ring of shared
 * 1 MiB slots: on save it fills slots with tar bytes, which the worker compresses, hashes and
 * writes to the archive; on restore the worker reads, hashes and decompresses the archive into
 * the slots, which the main thread checks and writes out. No buffer is allocated per chunk on
 * the main thread (no GC churn there), no promise per file, and reading, hashing, compressing
 * and writing run on two cores instead of one.
 *
 * Both ways the worker drives zlib's zstd engine in synchronous steps (`writeSync`, as zlib's
 * one-shot functions do) where this Node has that engine step, and the zlib stream otherwise. On
 * restore the steps decompress straight into the shared slots: no output buffer per chunk, no
 * copy, one reused read buffer, so the worker's memory stays flat whatever the payload.
 *
 * The worker hashes with the native BLAKE3 binary (loaded by its path). Where only the portable
 * hasher loads, save still compresses here but hashes the archive afterwards, and restore keeps
 * to the in-process stream. The stored payload must be one zstd frame, nothing after it: Node's
 * zstd decompressor stops quietly at the end of a frame, so the worker walks the frame's block
 * headers as it reads (`newZstdFrameWalker`) and refuses bytes after the frame and a frame cut
 * short, whichever way it decompresses.
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
/** Set by the worker when it (de)compresses in synchronous engine steps (not through the stream). */
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

/** What the worker learns of the zstd frame from the stored bytes, as they are read. */
export interface ZstdFrameWalker {
  /**
   * Walk `len` bytes of `buf` from `off`: returns how many of them belong to the frame (fewer
   * than `len` once the frame has ended: the rest lie after it). Throws at what no zstd frame
   * starts or goes on with (a bad magic number, a reserved bit or block type).
   */
  take(buf: Uint8Array, off: number, len: number): number;
  /** Whether the frame's last block (and its checksum) has been walked. */
  done(): boolean;
}

/**
 * A walker of one zstd frame's header and block headers (the format of RFC 8878), fed the stored
 * bytes piece by piece: it tells where the frame ends without decoding it, which the engine
 * does not say (Node's decompressor stops quietly at the end of a frame, and takes the bytes
 * after it as the start of another). Self-contained: the worker runs it from its source text.
 */
export function newZstdFrameWalker(): ZstdFrameWalker {
  const head = new Uint8Array(5);
  let have = 0;
  /** Header bytes to collect: 5 (magic and descriptor), then 3 per block header. */
  let need = 5;
  let inFrame = false;
  /** Bytes to pass over: the rest of the frame header, a block's content, the checksum. */
  let skip = 0;
  let checksum = 0;
  let last = false;
  let ended = false;
  return {
    take(buf, off, len) {
      const end = off + len;
      let at = off;
      while (at < end && !ended) {
        if (skip > 0) {
          const k = Math.min(skip, end - at);
          skip -= k;
          at += k;
        } else {
          head[have++] = buf[at++];
          if (have < need) continue;
          have = 0;
          if (!inFrame) {
            const magic = (head[0] | (head[1] << 8) | (head[2] << 16) | (head[3] << 24)) >>> 0;
            if (magic !== 0xfd2fb528) throw new Error('not a zstd frame (bad magic number)');
            const fhd = head[4];
            if (fhd & 0x08) throw new Error('zstd frame header: reserved bit set');
            const single = (fhd >> 5) & 1;
            const fcs = fhd >> 6;
            skip =
              (single ? 0 : 1) + [0, 1, 2, 4][fhd & 3] + (fcs === 0 ? single : [0, 2, 4, 8][fcs]);
            checksum = fhd & 0x04 ? 4 : 0;
            inFrame = true;
            need = 3;
          } else {
            const bh = head[0] | (head[1] << 8) | (head[2] << 16);
            const type = (bh >> 1) & 3;
            if (type === 3) throw new Error('zstd block header: reserved block type');
            skip = type === 1 ? 1 : bh >>> 3;
            if (bh & 1) {
              last = true;
              skip += checksum;
            }
          }
        }
        if (last && skip === 0) ended = true;
      }
      return at - off;
    },
    done: () => ended
  };
}

let engineSteps = true;

/**
 * Whether new pipes may drive the zstd engine in synchronous steps (the default) or must use the
 * zlib stream, the fallback for a Node without that engine step (tests run both); returns the
 * previous setting.
 */
export function setEngineSteps(on: boolean): boolean {
  const previous = engineSteps;
  engineSteps = on;
  return previous;
}

interface WorkerSetup {
  mode: 'compress' | 'decompress';
  /** Drive the zstd engine in synchronous steps where it has them (else the zlib stream). */
  steps: boolean;
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
 * this module's scope: only `req` (the worker's require), the frame walker (also passed as
 * source text) and the setup it is given.
 */
function workerMain(req: (id: string) => unknown, newWalker: typeof newZstdFrameWalker): void {
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
    /** One engine step; after it `state` holds [output bytes left, input bytes left]. */
    type Step = (
      flush: number,
      input: Buffer,
      inOff: number,
      inLen: number,
      out: Buffer,
      outOff: number,
      outLen: number
    ) => void;
    /** The zlib engine's synchronous step, as zlib's one-shot functions drive it. */
    interface Engine {
      _handle?: {
        writeSync?: Step;
        onerror?: (message: unknown, errno: unknown, code?: unknown) => void;
      };
      _writeState?: Uint32Array;
    }
    /**
     * The stream's synchronous engine step, or undefined where this Node lacks it (or the setup
     * asks for the stream). The engine reports an error by calling its handle's `onerror` during
     * the step: taken here, it is thrown from the step, so no step returns over an error.
     */
    const stepsOf = (z: object): { step: Step; state: Uint32Array } | undefined => {
      const { _handle: handle, _writeState: state } = z as Engine;
      if (!setup.steps || typeof handle?.writeSync !== 'function') return undefined;
      if (!(state instanceof Uint32Array)) return undefined;
      let error: Error | undefined;
      handle.onerror = (message, _errno, code) => {
        error ??= new Error(code ? `${String(message)} (${String(code)})` : String(message));
      };
      const write = handle.writeSync.bind(handle);
      const step: Step = (flush, input, inOff, inLen, out, outOff, outLen) => {
        write(flush, input, inOff, inLen, out, outOff, outLen);
        if (error) throw error;
      };
      return { step, state };
    };

    /**
     * Compress each slot in synchronous steps of the zlib engine on this thread, as zlib's own
     * one-shot functions do: no hop to the thread pool and back per slot, no event-loop turn, one
     * output buffer reused, so this thread compresses, hashes and writes the stored bytes while
     * the main thread fills the next slots, blocking only when the ring is empty.
     */
    const compressSync = (
      z: ReturnType<typeof newCompressor>,
      { step, state }: { step: Step; state: Uint32Array }
    ): void => {
      Atomics.store(ctl, STEPPED_, 1);
      const out = Buffer.allocUnsafe(size);
      const steps = (input: Buffer, flush: number): void => {
        let inOff = 0;
        let inLen = input.length;
        for (;;) {
          step(flush, input, inOff, inLen, out, 0, size);
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
        steps(Buffer.from(setup.data, i * size, len), ZSTD_e_continue);
        Atomics.store(ctl, i, FREE_);
        Atomics.notify(ctl, i);
        i = (i + 1) % n;
      }
      steps(Buffer.alloc(0), ZSTD_e_end);
      z.close();
      finish();
      // The end marker's slot is handed back last: the main thread reads the results after it.
      Atomics.store(ctl, i, FREE_);
      Atomics.notify(ctl, i);
    };

    const compress = async (): Promise<void> => {
      const z = newCompressor();
      z.on('error', fail);
      const engine = stepsOf(z);
      if (engine) return compressSync(z, engine);
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

    /** Hash and count `got` stored bytes just read; throws at bytes after the zstd frame. */
    const walker = newWalker();
    const takeStored = (chunk: Buffer, got: number): void => {
      hasher.update(got === chunk.length ? chunk : chunk.subarray(0, got));
      stored += got;
      const inFrame = walker.take(chunk, 0, got);
      if (inFrame < got)
        throw new Error(
          `the payload goes on after its zstd frame ends (at byte ${stored - got + inFrame} of at least ${stored}); expected one frame`
        );
    };
    /** At the end of the stored bytes: throws unless the frame ended there. */
    const frameEnded = (): void => {
      if (!walker.done())
        throw new Error(
          stored === 0
            ? 'the payload is empty; expected one zstd frame'
            : `the zstd frame is cut short: the payload ends (${stored} bytes) before its last block`
        );
    };

    /**
     * Decompress in synchronous engine steps straight into the slots: each step writes into the
     * free part of the current slot (a view of the shared memory), so there is no output buffer
     * per chunk and no copy; the stored bytes are read into one reused buffer. A slot is handed
     * over when full (the last one at the end); this thread blocks only while the ring is full.
     */
    const decompressSync = (
      z: ReturnType<typeof zlib.createZstdDecompress>,
      { step, state }: { step: Step; state: Uint32Array }
    ): void => {
      Atomics.store(ctl, STEPPED_, 1);
      const views = Array.from({ length: n }, (_, i) => Buffer.from(setup.data, i * size, size));
      const input = Buffer.allocUnsafe(size);
      const { ZSTD_e_continue } = zlib.constants;
      let slot = 0;
      let filled = 0;
      const handOver = (len: number): void => {
        ctl[LEN_ + slot] = len;
        Atomics.store(ctl, slot, FULL_);
        Atomics.notify(ctl, slot);
        slot = (slot + 1) % n;
        filled = 0;
      };
      for (let pos = 0; ;) {
        const got = fs.readSync(setup.fd, input, 0, size, pos);
        if (got === 0) break;
        pos += got;
        takeStored(input, got);
        let inOff = 0;
        let inLen = got;
        for (;;) {
          if (filled === 0) leaveSync(slot, FULL_);
          step(ZSTD_e_continue, input, inOff, inLen, views[slot], filled, size - filled);
          const [outLeft, inLeft] = [state[0], state[1]];
          filled = size - outLeft;
          inOff += inLen - inLeft;
          inLen = inLeft;
          // A full slot: zstd may hold more output; otherwise it has taken all the input.
          if (outLeft === 0) handOver(size);
          else if (inLen === 0) break;
          // Room left and input left: the engine ended its frame where the walker did not.
          else throw new Error('the zstd frame ends before its last block; expected one frame');
        }
      }
      frameEnded();
      z.close();
      finish();
      if (filled > 0) handOver(filled);
      leaveSync(slot, FULL_);
      handOver(-1);
    };

    const decompress = async (): Promise<void> => {
      const z = zlib.createZstdDecompress({ chunkSize: size });
      z.on('error', fail);
      const engine = stepsOf(z);
      if (engine) return decompressSync(z, engine);
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
          takeStored(bufs[k], got);
          const chunk = bufs[k].subarray(0, got);
          let ok = true;
          busy[k] = new Promise<void>((resolve) => (ok = z.write(chunk, () => resolve())));
          if (!ok) await new Promise((resolve) => z.once('drain', resolve));
        }
        // The stream is ended only after a whole frame: a cut one never reads as complete.
        frameEnded();
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
      steps: engineSteps,
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
    this.worker = new WorkerThread(
      `(${workerMain.toString()})(require, ${newZstdFrameWalker.toString()})`,
      {
        eval: true,
        workerData: setup
      }
    );
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

  /** Whether the worker (de)compressed in synchronous engine steps (else through the stream). */
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
