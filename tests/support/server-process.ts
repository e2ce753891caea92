import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** Built by `npm run build` (build:server). */
export const ENDPOINT = 'dist-server/main.js';

/**
 * The real endpoint in its own process, serving the built app (`npm run build` first) and storing in a
 * real SQLite file in a temporary folder. It can be stopped and started again on the same port.
 */
export class ServerProcess {
  readonly dir = mkdtempSync(join(tmpdir(), 'chorus-test-'));
  readonly databasePath = join(this.dir, 'chorus.sqlite');
  #child: ChildProcess | null = null;
  #output = '';

  private constructor(
    readonly port: number,
    readonly staticDir: string | undefined,
  ) {}

  /** `staticDir`: serve a copy of the built app (a test can then "deploy" a changed one). */
  static async start(options: { staticDir?: string } = {}): Promise<ServerProcess> {
    const server = new ServerProcess(await freePort(), options.staticDir);
    await server.start();
    return server;
  }

  get url(): string {
    return `http://localhost:${this.port}`;
  }

  async start(): Promise<void> {
    if (!existsSync(join(ROOT, ENDPOINT))) {
      throw new Error(`The endpoint is not built: ${ENDPOINT} is missing. Run "npm run build" (npm test does it).`);
    }
    // The endpoint exactly as npm start runs it: the built bundle, not the TypeScript source.
    const child = spawn(process.execPath, ['--enable-source-maps', ENDPOINT], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        CHORUS_DB: this.databasePath,
        ...(this.staticDir ? { CHORUS_STATIC_DIR: this.staticDir } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    child.stdout?.on('data', (chunk) => {
      this.#output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      this.#output += chunk;
    });
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`The endpoint exited on start:\n${this.#output}`);
      try {
        const reply = await fetch(`${this.url}/api/health`);
        if (reply.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`The endpoint did not become healthy within 20 s:\n${this.#output}`);
  }

  /** Stops the endpoint: SIGTERM lets it finish, SIGKILL kills it wherever it is (mid-batch). */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.#child;
    this.#child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('No port')),
      );
    });
  });
}
