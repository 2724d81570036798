/**
 * The phone's link to the station, under the test's control: an HTTP proxy on loopback in front
 * of the real server. It can be cut (every connection dropped, as on the river), and it can
 * misbehave per request: drop a request before the server sees it, or let the server handle it
 * and then lose the answer, the case that tests exactly-once delivery.
 */
import {
  createServer,
  request as forward,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the link does with one request. */
export type LinkFault = 'pass' | 'drop' | 'lose-answer';

/** A controllable link in front of `target`. */
export interface LinkProxy {
  url: string;
  /** false: every request is dropped, as with no signal at all. */
  up: boolean;
  /** Decides per request; default passes everything. */
  fault: (request: IncomingMessage) => LinkFault;
  /** Requests seen per path prefix, for assertions. */
  seen: { method: string; path: string; fault: LinkFault }[];
  /** Points the link at another server port (after a server restart). */
  retarget(port: number): void;
  close(): Promise<void>;
}

/** Starts the proxy on a free loopback port. */
export async function startLinkProxy(targetPort: number): Promise<LinkProxy> {
  let port = targetPort;
  const link: LinkProxy = {
    url: '',
    up: true,
    fault: () => 'pass',
    seen: [],
    retarget(next) {
      port = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const fault = link.up ? link.fault(req) : 'drop';
    link.seen.push({ method: req.method ?? '', path: req.url ?? '', fault });
    if (fault === 'drop') {
      req.resume();
      res.socket?.destroy();
      return;
    }
    const upstream = forward(
      { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        if (fault === 'lose-answer') {
          // The server has done the work; the phone never hears of it.
          answer.resume();
          answer.on('end', () => res.socket?.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.socket?.destroy());
    req.pipe(upstream);
  };
  const server: Server = createServer(handle);
  // Keep-alive sockets would outlive a cut; close idle ones at once.
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  link.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return link;
}
