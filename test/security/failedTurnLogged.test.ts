import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors';
import { postBotFramework, repliesOf, stepOf } from '../support/appClients';
import { runApp, type RunningApp } from '../support/inProcessApp';

/*
 * A turn on /api/messages that fails even after the bot's own error handler (storage gone while it
 * tries to put things right) is answered with 500 and written to the service's log, without the
 * words typed or the error's message (an error can quote what could not be stored).
 */

const TYPED = 'I want to train falcons at Wrenshaw';

describe('a turn that fails outside the error handler', () => {
  let running: RunningApp | undefined;
  afterEach(async () => running?.stop());

  it('is answered 500 and logged with its code and type, never the words typed', async () => {
    running = await runApp({ LOG_LEVEL: 'info' });
    const conversation = { id: 'failing-storage-conversation' };
    const start = await postBotFramework(running.url, { type: 'conversationUpdate', membersAdded: [{ id: 'person-1' }], conversation });
    expect(start.status).toBe(200);
    expect(repliesOf(start).some((a) => stepOf(a))).toBe(true);

    const { stores } = running.app;
    const broken = async (): Promise<never> => {
      throw new TypeError(`could not store "${TYPED}"`);
    };
    stores.writeTurn = broken;
    stores.state.write = broken;
    const before = running.logLines.length;
    const reply = await postBotFramework(running.url, { type: 'message', text: TYPED, conversation });
    expect(reply.status).toBe(500);

    const logged = running.logLines.slice(before).filter((line) => line.includes('turn failed outside the adapter error handler'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(ErrorCode.turnFailed);
    expect(logged[0]).toContain('TypeError');
    expect(logged[0]).not.toContain('falcons');
    expect(logged[0]).not.toContain('failing-storage-conversation');
  });
});
