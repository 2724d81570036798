/**
 * The real start-up (`server/main.ts`, what `npm start` runs after the build) in a child
 * process on a temporary DATA_DIR: demo mode loads the station and prints the URL and accounts;
 * production mode loads nothing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let child: ChildProcess | undefined;
let dataDir: string | undefined;

afterEach(() => {
  child?.kill('SIGTERM');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the server and resolves with its printed URL and everything printed up to then. */
function start(env: Record<string, string>): Promise<{ url: string; output: string }> {
  dataDir = mkdtempSync(join(tmpdir(), 'ferrybeat-main-'));
  child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      ...env,
    },
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolvePromise({ url: match[1], output });
    };
    child?.stdout?.on('data', onData);
    child?.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child?.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

const login = (url: string, username: string) =>
  fetch(new URL('/api/auth/login', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'ferrybeat-demo', deviceName: 'test' }),
  });

describe('server start-up', () => {
  it('in demo mode loads the demo station and prints the URL and the demo accounts', async () => {
    const { url, output } = await start({ NODE_ENV: 'development' });
    expect(output).toContain('14000 households');
    for (const account of ['officer01', 'aux01', 'leader', 'ferrybeat-demo']) {
      expect(output).toContain(account);
    }
    const health = await (await fetch(new URL('/api/health', url))).json();
    expect(health).toMatchObject({ status: 'ok', store: 'sqlite' });
    expect((await login(url, 'officer01')).status).toBe(200);
  });

  it('in production loads no demo data and says so', async () => {
    const { url, output } = await start({ NODE_ENV: 'production' });
    expect(output).toContain('no demo data');
    expect(output).not.toContain('ferrybeat-demo');
    const res = await login(url, 'officer01');
    expect(res.status).toBe(401);
  });
});
