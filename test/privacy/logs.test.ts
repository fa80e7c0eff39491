import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { DirectLineClient, postBotFramework } from '../support/appClients';
import { ANSWERS, talkOverBotFramework, talkOverDirectLine } from './conversation';

const NAME = 'Philomena Quattlebaum';
const WORDS = 'I dream of training falcons at Wrenshaw aerodrome';
const BIRTHDAY = '14/03/2011';
/** Everything that must never reach a log line, in the forms it could take there. */
const SECRETS = ['Philomena', 'Quattlebaum', 'falcons', 'Wrenshaw', '14/03/2011', '2011-03-14', 'bruises'];

let running: RunningApp;

beforeAll(async () => {
  // Tight limits so the 429 path is logged too.
  running = await runApp({ LOG_LEVEL: 'trace', MESSAGES_PER_MINUTE: '40' });
});

afterAll(async () => {
  await running?.stop();
});

function expectClean(logs: string, ids: string[]): void {
  for (const secret of [...SECRETS, ...ids]) expect(logs, `log lines contain ${secret}`).not.toContain(secret);
}

describe('logs at trace level', () => {
  it('hold none of the words, the name, the date of birth or the ids, on good and error paths', async () => {
    const answers = ANSWERS(NAME, WORDS, BIRTHDAY);
    const web = await talkOverDirectLine(running.url, [...answers, 'my stepdad leaves bruises on me'], { id: 'dl_person', name: NAME });
    await talkOverBotFramework(running.url, 'logs-conversation-7f3a', [...answers, 'my stepdad leaves bruises on me'], { id: 'person-logs' });

    // Error paths, each carrying the secrets.
    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${running.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body }).then((r) => r.arrayBuffer());
    await post('/api/messages', `{"type":"message","text":"${WORDS} ${NAME}",`);
    await post('/api/messages', JSON.stringify({ type: 'message', text: `${WORDS} ${NAME} ${BIRTHDAY}`.repeat(9000) }));
    await postBotFramework(running.url, { type: 'message', text: { words: WORDS, name: NAME }, conversation: { id: 'logs-conversation-7f3a' } });
    await postBotFramework(running.url, { type: 'message', text: `${NAME} ${BIRTHDAY}`, conversation: 'logs-conversation-7f3a' });
    await post('/v3/directline/tokens/generate', JSON.stringify({ user: { id: '', name: NAME } }));
    await post(`/v3/directline/conversations/${web.conversationId}/activities`, JSON.stringify({ type: 'message', text: WORDS }), { Authorization: 'Bearer forged.token.value' });
    await web.post({ type: 'message', text: `${NAME} ${WORDS}`.padEnd(100_001, '!') });
    await web.post({ type: 'invoke', name: NAME, value: { words: WORDS } });
    await web.post(`{"type":"message","text":"${NAME}"`, true);
    const other = await DirectLineClient.start(running.url);
    await post(`/v3/directline/conversations/${other.conversationId}/activities`, JSON.stringify({ type: 'message', text: WORDS }), { Authorization: `Bearer ${web.token}` });
    // Past the per-conversation limit: the 429s are logged as requests too.
    const statuses: number[] = [];
    for (let i = 0; i < 45; i += 1) statuses.push((await postBotFramework(running.url, { type: 'message', text: `${NAME} ${WORDS}`, conversation: { id: 'logs-flood' } })).status);
    expect(statuses).toContain(429);

    const logs = running.logLines.join('');
    // The logs were written and are detailed: requests, turns and errors are there.
    expect(running.logLines.length).toBeGreaterThan(50);
    expect(logs).toMatch(/"status":429/);
    expect(logs).toMatch(/"status":400/);
    expectClean(logs, [web.conversationId, other.conversationId, web.token, 'logs-conversation-7f3a', 'logs-flood', 'dl_person', 'person-logs']);
  }, 60_000);
});
