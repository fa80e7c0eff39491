import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/security/headers';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { DirectLineClient } from '../support/appClients';

let running: RunningApp;

beforeAll(async () => {
  running = await runApp({ LOG_LEVEL: 'silent' });
});

afterAll(async () => {
  await running?.stop();
});

function expectSecurityHeaders(headers: Headers, where: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (name === 'Cache-Control') continue;
    expect(headers.get(name), `${name} on ${where}`).toBe(value);
  }
}

describe('security headers', () => {
  it('are on pages, files, API answers, errors and unknown paths alike', async () => {
    const client = await DirectLineClient.start(running.url);
    const requests: Array<[string, RequestInit?]> = [
      ['/'],
      ['/healthz'],
      ['/readyz'],
      ['/webchat/webchat.js'],
      ['/assets/../../package.json'],
      ['/no/such/page'],
      ['/api/messages', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type":' }],
      ['/v3/directline/tokens/generate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'x'.repeat(300 * 1024) }],
      [`/v3/directline/conversations/${client.conversationId}/activities`, { headers: { Authorization: 'Bearer not-a-token' } }],
      [`/v3/directline/conversations/${client.conversationId}/activities`, { headers: { Authorization: `Bearer ${client.token}` } }],
    ];
    for (const [path, init] of requests) {
      const response = await fetch(`${running.url}${path}`, init);
      await response.arrayBuffer();
      expectSecurityHeaders(response.headers, `${init?.method ?? 'GET'} ${path} (${response.status})`);
    }
  });

  it('forbid inline script, framing and third-party hosts in the policy', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'ws:', 'wss:']);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    for (const values of directives.values()) {
      for (const value of values) expect(value).toMatch(/^('self'|'none'|'unsafe-inline'|ws:|wss:|data:|blob:)$/);
    }
    expect(directives.get('style-src')).toContain("'unsafe-inline'");
    expect([...directives.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('keep API answers that may hold a young person\'s words out of shared caches', async () => {
    const client = await DirectLineClient.start(running.url);
    const response = await fetch(`${running.url}/v3/directline/conversations/${client.conversationId}/activities`, {
      headers: { Authorization: `Bearer ${client.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('switch off camera, microphone and location for the page', async () => {
    const response = await fetch(`${running.url}/`);
    const policy = response.headers.get('permissions-policy') ?? '';
    expect(policy).toContain('camera=()');
    expect(policy).toContain('microphone=()');
    expect(policy).toContain('geolocation=()');
  });
});
