import { createServer, type Server, type Socket } from 'node:net';

/** The EICAR antivirus test string (harmless; every scanner reports it). */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/**
 * A stand-in for clamd in tests (no virus signatures can be downloaded here):
 * speaks the INSTREAM protocol and reports the EICAR string as found.
 */
export class FakeClamd {
  private server: Server | undefined;
  scans = 0;
  port = 0;

  async start(port = 0): Promise<number> {
    this.server = createServer((socket) => this.serve(socket));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this.port;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private serve(socket: Socket): void {
    let buffer = Buffer.alloc(0);
    let content = Buffer.alloc(0);
    let commandSeen = false;
    socket.on('data', (d: Buffer) => {
      buffer = Buffer.concat([buffer, d]);
      if (!commandSeen) {
        const end = buffer.indexOf(0);
        if (end < 0) return;
        if (buffer.subarray(0, end).toString() !== 'zINSTREAM') return void socket.end('UNKNOWN COMMAND\0');
        commandSeen = true;
        buffer = buffer.subarray(end + 1);
      }
      while (buffer.length >= 4) {
        const length = buffer.readUInt32BE(0);
        if (length === 0) {
          this.scans++;
          const infected = content.includes(EICAR);
          return void socket.end(infected ? 'stream: Eicar-Signature FOUND\0' : 'stream: OK\0');
        }
        if (buffer.length < 4 + length) return;
        content = Buffer.concat([content, buffer.subarray(4, 4 + length)]);
        buffer = buffer.subarray(4 + length);
      }
    });
    socket.on('error', () => undefined);
  }
}
