import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a stand-in API received: enough to tell what the gateway forwarded. */
export type Received = {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
};

/**
 * A real HTTP server in the place of an API (the gateway's tests start no other app): it answers
 * every request with what it received, and `/v1/live` with a stream that sends one notice at once
 * and ends a few seconds later, as the read API's server-sent events do.
 */
export class StandInApi {
  readonly received: Received[] = [];
  private readonly server: Server;

  private constructor(readonly streamMs: number) {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const received = {
          method: request.method ?? '',
          url: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        this.received.push(received);
        if (received.url === '/v1/live') {
          response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
          response.write('event: battement\ndata: {}\n\n');
          setTimeout(() => response.end('event: fin\ndata: {}\n\n'), this.streamMs);
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(received));
      });
    });
  }

  static async start(streamMs = 3_000): Promise<StandInApi> {
    const api = new StandInApi(streamMs);
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }
}
