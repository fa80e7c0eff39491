import dns from 'node:dns';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { ANSWERS, talkOverBotFramework, talkOverDirectLine } from './conversation';

/** Every outbound connection and name lookup this process attempts that does not stay on this machine. */
const attempts: string[] = [];
const originalConnect = net.Socket.prototype.connect;
const originalLookup = dns.lookup;

const isLocal = (host: string | undefined) =>
  host === undefined || host === '' || host === 'localhost' || host.startsWith('127.') || host === '::1' || host === '::ffff:127.0.0.1';

function destinationOf(args: unknown[]): { host?: string; port?: unknown; path?: string } {
  const [first, second] = args;
  // net.connect hands Socket#connect its arguments already normalised, as one array.
  if (Array.isArray(first)) return destinationOf(first);
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; port?: unknown; path?: string };
    return { host: options.path ? undefined : (options.host ?? 'localhost'), port: options.port, path: options.path };
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return { path: first };
  return { host: typeof second === 'string' ? second : 'localhost', port: first };
}

let running: RunningApp;

beforeAll(async () => {
  net.Socket.prototype.connect = function recordingConnect(this: net.Socket, ...args: unknown[]) {
    const { host, port, path } = destinationOf(args);
    if (!path && !isLocal(host)) attempts.push(`${host}:${String(port)}`);
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  dns.lookup = function recordingLookup(hostname: string, ...rest: unknown[]) {
    if (!isLocal(hostname)) attempts.push(`dns:${hostname}`);
    return (originalLookup as (...a: unknown[]) => unknown).call(dns, hostname, ...rest);
  } as typeof dns.lookup;
  running = await runApp({ LOG_LEVEL: 'silent' });
});

afterAll(async () => {
  await running?.stop();
  net.Socket.prototype.connect = originalConnect;
  dns.lookup = originalLookup;
});

describe('no third-party calls, no analytics', () => {
  it('notices an outbound connection when one is made (the recorder works)', async () => {
    const before = attempts.length;
    const socket = net.connect({ host: '192.0.2.1', port: 9 });
    socket.on('error', () => undefined);
    socket.destroy();
    expect(attempts.slice(before)).toEqual(['192.0.2.1:9']);
    attempts.splice(before);
  });

  it('makes none during whole conversations on both channels, the page and its files', async () => {
    for (const path of ['/', '/webchat/webchat.js', '/healthz', '/readyz']) await (await fetch(`${running.url}${path}`)).arrayBuffer();
    const answers = ANSWERS('Ottoline Fairweather', 'I want to be a vet and have a dog', '3 March 2011');
    await talkOverDirectLine(running.url, answers);
    await talkOverBotFramework(running.url, 'no-third-party', answers);
    await talkOverBotFramework(running.url, 'no-third-party-disclosure', ['Easy read', 'Yes', 'my dad hits me', 'I am safe', 'yes']);
    expect(attempts).toEqual([]);
  });
});
