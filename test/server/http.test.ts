import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOG_REDACT } from '../../server/app.ts';
import {
  fixtureStation,
  PASSWORD,
  startTestServer,
  type TestServer,
  visitMutation,
} from './fixture.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

describe('http', () => {
  it('health answers the store and version', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', store: 'sqlite', version: expect.any(String) });
  });

  it('an unknown API route answers the error shape with 404', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('E_NOT_FOUND');
  });
});

describe('logs', () => {
  it('never contain passwords, tokens, names, phones, ID numbers or visit notes', async () => {
    const lines: string[] = [];
    const logged = await startTestServer(undefined, {
      logger: {
        level: 'trace',
        redact: LOG_REDACT,
        stream: { write: (line: string) => void lines.push(line) },
      },
    });
    try {
      const token = await logged.login('officer01');
      await logged.login('officer01', 'wrong-secret').catch(() => undefined);
      const headers = { authorization: `Bearer ${token}` };
      await logged.app.inject({ method: 'GET', url: '/api/sync/pull', headers });
      const notes = '邻里纠纷已调解，备注私密内容';
      const visit = visitMutation('h1-1');
      await logged.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers,
        payload: { mutations: [{ ...visit, payload: { ...visit.payload, notes } }] },
      });
      await logged.app.inject({ method: 'POST', url: '/api/sync/push', headers, payload: '{bad' });
      const text = lines.join('\n');
      expect(lines.length).toBeGreaterThan(5);
      const station = fixtureStation();
      for (const secret of [
        PASSWORD,
        'wrong-secret',
        token,
        notes,
        station.households[0]?.headName ?? '-',
        station.households[0]?.phone ?? '-',
        station.residents[0]?.idNumber ?? '-',
      ]) {
        expect(text).not.toContain(secret);
      }
    } finally {
      await logged.close();
    }
  });
});

describe('the built app', () => {
  it('serves hashed assets as immutable and the app shell as no-cache, also for unknown pages', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'ferrybeat-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>摆渡警务</title>');
    writeFileSync(join(dist, 'assets', 'index-3f9a1c.js'), 'export {}');
    const served = await startTestServer(undefined, { distDir: dist });
    try {
      const asset = await served.app.inject({ method: 'GET', url: '/assets/index-3f9a1c.js' });
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const shell = await served.app.inject({ method: 'GET', url: '/' });
      expect(shell.headers['cache-control']).toBe('no-cache');
      expect(shell.body).toContain('摆渡警务');
      const deep = await served.app.inject({ method: 'GET', url: '/households/h1' });
      expect(deep.statusCode).toBe(200);
      expect(deep.headers['cache-control']).toBe('no-cache');
      const api = await served.app.inject({ method: 'GET', url: '/api/missing' });
      expect(api.json().error.code).toBe('E_NOT_FOUND');
    } finally {
      await served.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
