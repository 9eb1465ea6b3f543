import { connect } from 'node:net';
import type { Readable } from 'node:stream';

export type ScanResult = { infected: false } | { infected: true; signature: string };

/** The scanner could not be reached, timed out or answered with an error. */
export class ScannerUnavailable extends Error {}

const CHUNK = 64 * 1024;

/**
 * Minimal clamd client: the INSTREAM command over TCP ("zINSTREAM\0", then
 * chunks each prefixed by its 4-byte big-endian length, then a zero length).
 * clamd answers "stream: OK" or "stream: <signature> FOUND" (NUL-terminated).
 */
export function scanWithClamd(content: Readable, opts: { host: string; port: number; timeoutMs: number }): Promise<ScanResult> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: opts.host, port: opts.port });
    let reply = '';
    let done = false;
    const finish = (err: Error | null, result?: ScanResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      content.destroy();
      if (err) reject(err);
      else resolve(result!);
    };
    const timer = setTimeout(() => finish(new ScannerUnavailable(`clamd did not answer within ${opts.timeoutMs} ms`)), opts.timeoutMs);
    socket.on('error', (e) => finish(new ScannerUnavailable(`clamd unreachable: ${e.message}`)));
    content.on('error', (e) => finish(e));
    const settle = () => {
      try {
        finish(null, parseReply(reply));
      } catch (e) {
        finish(e as Error);
      }
    };
    socket.on('data', (d) => {
      reply += String(d);
      if (reply.includes('\0')) settle();
    });
    socket.on('end', () => (reply ? settle() : finish(new ScannerUnavailable('clamd closed the connection'))));
    socket.on('connect', async () => {
      try {
        socket.write('zINSTREAM\0');
        for await (const chunk of content) {
          const buf = chunk as Buffer;
          for (let i = 0; i < buf.length; i += CHUNK) writeChunk(socket, buf.subarray(i, i + CHUNK));
          if (socket.writableNeedDrain) await new Promise((r) => socket.once('drain', r));
          if (done) return;
        }
        socket.write(Buffer.alloc(4));
      } catch (e) {
        finish(e as Error);
      }
    });
  });
}

function writeChunk(socket: { write(b: Buffer): boolean }, chunk: Buffer): void {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(chunk.length);
  socket.write(length);
  socket.write(chunk);
}

function parseReply(raw: string): ScanResult {
  const reply = raw.replace(/\0.*$/s, '').trim();
  const found = /^stream: (.+) FOUND$/.exec(reply);
  if (found) return { infected: true, signature: found[1] };
  if (reply === 'stream: OK') return { infected: false };
  throw new ScannerUnavailable(`clamd answered: ${reply.slice(0, 200)}`);
}
