/**
 * Writing to stdout and stderr without `process.stdout` / `process.stderr`. The first touch of
 * either builds a stream object, and with it Node's stream machinery (node:stream, its duplex,
 * pipeline and compose modules, and for a pipe node:net): none of it is in Node's startup
 * snapshot, so that costs a run about a sixth of Node's own start. The actions' runner commands
 * and the CLI's output go through here instead and are written to the file descriptor itself,
 * synchronously and whole (a short write is continued), the way the stream writes to a file or a
 * terminal and to a pipe that takes the text at once.
 *
 * When a direct write fails — a full pipe the runner made non-blocking (EAGAIN), a closed one
 * (EPIPE), anything else — what is left of that text, and everything after it on that
 * descriptor, goes through the stream, which handles each case as it always has (queueing, an
 * 'error' event); from then on nothing can overtake what the stream still holds. On Windows,
 * where the stream and a direct write do not order the same way, the stream is always used.
 * The one other writer is the interactive prompt of `ci-intel init` (readline on process.stderr,
 * a terminal: synchronous on POSIX too).
 */
import { writeSync } from 'node:fs';

type Fd = 1 | 2;

const viaStream = new Set<Fd>();
let sink: ((fd: Fd, text: string) => void) | undefined;

/** Tests: hand every write to `to` instead (until called again without it). */
export function setStdWriteSink(to?: (fd: Fd, text: string) => void): void {
  sink = to;
}

function streamOf(fd: Fd): NodeJS.WriteStream {
  return fd === 1 ? process.stdout : process.stderr;
}

function write(fd: Fd, text: string): void {
  if (!text) return;
  if (sink) return sink(fd, text);
  if (process.platform === 'win32' || viaStream.has(fd)) {
    viaStream.add(fd);
    streamOf(fd).write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
  } catch {
    viaStream.add(fd);
    streamOf(fd).write(bytes.subarray(done));
  }
}

/** `text` on stdout, as `process.stdout.write(text)` would put it there. */
export function writeStdout(text: string): void {
  write(1, text);
}

/** `text` on stderr, as `process.stderr.write(text)` would put it there. */
export function writeStderr(text: string): void {
  write(2, text);
}
