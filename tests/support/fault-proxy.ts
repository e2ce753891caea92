import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A fault to inject on the next sync requests. */
export type SyncFault =
  /** The endpoint commits, then the connection drops before the device reads the reply. */
  | { kind: 'drop-reply' }
  /** The endpoint is never reached; the device gets this status. */
  | { kind: 'status'; status: number }
  /** The request is never answered (the device's own timeout must give up). */
  | { kind: 'hang' };

export interface SyncExchange {
  ids: string[];
  /** Upstream's results, or null when the request never reached it or its reply was not delivered. */
  statuses: string[] | null;
  fault: SyncFault['kind'] | null;
}

/**
 * A small HTTP proxy between the browser and the real endpoint, so tests can break the network at exact
 * points of the sync conversation. The browser loads the app through it, so it sees every request.
 * When the endpoint is down, the proxy drops the connection, as a dead network would.
 */
export class FaultProxy {
  readonly exchanges: SyncExchange[] = [];
  readonly #faults: SyncFault[] = [];
  #beforeSync: ((exchange: SyncExchange) => Promise<void> | void) | null = null;
  readonly #hanging = new Set<ServerResponse>();

  private constructor(
    readonly server: Server,
    public upstreamPort: number,
  ) {}

  static async start(upstreamPort: number): Promise<FaultProxy> {
    let proxy: FaultProxy | undefined;
    const server = createServer((req, res) => void proxy?.handle(req, res));
    proxy = new FaultProxy(server, upstreamPort);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `http://localhost:${(this.server.address() as AddressInfo).port}`;
  }

  /** Queues faults for the next sync requests, one each, in order. */
  inject(...faults: SyncFault[]): void {
    this.#faults.push(...faults);
  }

  /** Runs before each sync request is forwarded (for example, to kill the endpoint mid-batch). */
  beforeSync(hook: ((exchange: SyncExchange) => Promise<void> | void) | null): void {
    this.#beforeSync = hook;
  }

  /** How many times each id was sent in a request that reached the endpoint. */
  sendsPerId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const exchange of this.exchanges) {
      if (exchange.fault === 'status' || exchange.fault === 'hang') continue;
      for (const id of exchange.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  async close(): Promise<void> {
    for (const res of this.#hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (req.method !== 'POST' || req.url !== '/api/sync') return this.forward(req, body, res);

    let ids: string[] = [];
    try {
      ids = (JSON.parse(body.toString()) as { responses: { id: string }[] }).responses.map((r) => r.id);
    } catch {
      // Not ours to judge: the endpoint will answer 400.
    }
    const fault = this.#faults.shift() ?? null;
    const exchange: SyncExchange = { ids, statuses: null, fault: fault?.kind ?? null };
    this.exchanges.push(exchange);
    await this.#beforeSync?.(exchange);

    if (fault?.kind === 'status') {
      res.writeHead(fault.status, { 'Content-Type': 'text/plain' }).end('Injected failure');
      return;
    }
    if (fault?.kind === 'hang') {
      this.#hanging.add(res);
      return;
    }
    const upstream = await this.send(req, body).catch(() => null);
    if (!upstream) {
      res.destroy();
      return;
    }
    try {
      exchange.statuses = (JSON.parse(upstream.body.toString()) as { results: { status: string }[] }).results.map(
        (r) => r.status,
      );
    } catch {
      exchange.statuses = null;
    }
    if (fault?.kind === 'drop-reply') {
      // The endpoint has committed; the device never hears about it.
      res.destroy();
      return;
    }
    res.writeHead(upstream.status, upstream.headers).end(upstream.body);
  }

  private async forward(req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void> {
    const upstream = await this.send(req, body).catch(() => null);
    if (!upstream) {
      res.destroy();
      return;
    }
    res.writeHead(upstream.status, upstream.headers).end(upstream.body);
  }

  private send(
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const upstreamReq = request(
        {
          host: '127.0.0.1',
          port: this.upstreamPort,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: `127.0.0.1:${this.upstreamPort}` },
          agent: false,
        },
        (upstreamRes) => {
          void readBody(upstreamRes).then(
            (data) => resolve({ status: upstreamRes.statusCode ?? 502, headers: upstreamRes.headers, body: data }),
            reject,
          );
        },
      );
      upstreamReq.on('error', reject);
      upstreamReq.end(body);
    });
  }
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
