import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Shauna, a parent, at "what already helps?": "not much" first, then the one thing that does.
 * That help is kept; the "not much" is not a reason to keep nothing.
 */

async function atHelps(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-05', name: 'Ollie', age: 17, schoolYear: 12,
    hopes: [{ text: 'make friends at sixth form', theme: 'friends_and_community' as const, needs: ['he finds it hard to join in at lunch'] }],
    at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
  });
  return chat;
}

describe('"not much" and then what helps, at what already helps', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"not much tbh. sometimes a dinner lady gets a game of catch going, he loved that": the help is kept', async () => {
    chat = await atHelps();
    const replies = saidIn(await chat.say('not much tbh. sometimes a dinner lady gets a game of catch going, he loved that'));
    expect(replies).not.toMatch(/hasn't worked yet/);
    expect((await chat.draft())!.needs[0]!.helps?.join(' ')).toMatch(/a dinner lady gets a game of catch going/);
  });

  it('"nothing really. his uncle takes him fishing, he likes that": the help is kept', async () => {
    chat = await atHelps();
    await chat.say('nothing really. his uncle takes him fishing, he likes that');
    expect((await chat.draft())!.needs[0]!.helps?.join(' ')).toMatch(/his uncle takes him fishing/);
  });
});
