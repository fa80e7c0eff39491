import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Leon, 20: his mum's partner Craig collects his PIP and keeps it. That is heard at once. Later, asked who could help
 * with his money: "a real friend", "no one, craig does all that". Neither is a supporter kept in the plan: his money is
 * his, and his key worker or adult social care can help; the question is asked again.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function leonAtHelps(age = 20): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Leon',
    age,
    hopes: [{ text: 'to have my own money', theme: 'independent_living', needs: ['i never have any money'] }],
    at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
  }));
  return chat!;
}

async function afterTheNote(age = 20): Promise<Transcript> {
  const c = await leonAtHelps(age);
  expect(saidIn(await c.say('craig collects my pip and keeps it'))).toMatch(/Are you safe right now/);
  await c.say('yes');
  await c.say('carry on');
  expect(c.step).toBe(Step.needsHelps);
  return c;
}

const helps = async (c: Transcript) => (await c.draft())!.needs[0]!.helps ?? [];

describe("Craig collecting Leon's PIP and keeping it", () => {
  it.each(['craig collects my pip and keeps it', 'craig gets my pip and spends it', 'my mums partner collects my pip and keeps it', 'he collects my benefits and keeps them all'])(
    '%j is heard, never kept as help',
    async (said) => {
      const c = await leonAtHelps();
      expect(saidIn(await c.say(said))).toMatch(/Are you safe right now/);
      expect((await c.draft())!.flags.map((f) => f.category)).toEqual(['exploitation']);
    },
  );

  it.each(['i collect my pip and keep it in the bank', 'mum gets my pip and uses it for my food'])('%j is no alarm', async (said) => {
    const c = await leonAtHelps();
    expect(saidIn(await c.say(said))).not.toMatch(/Are you safe right now/);
  });
});

describe('who could help, after the note about his money', () => {
  it.each(['a real friend', 'a proper mate tbh', 'someone i can trust', 'no one, craig does all that', 'nobody. he does it all', 'craig handles my money'])(
    '%j: his money is his, who can help, nothing kept, the question again',
    async (said) => {
      const c = await afterTheNote();
      const replies = saidIn(await c.say(said));
      expect(replies).toMatch(/Your money and your benefits are yours/);
      expect(replies).toMatch(/adult social care/);
      expect(replies).not.toMatch(/good to know what works/);
      expect(c.step).toBe(Step.needsHelps);
      expect(await helps(c)).toEqual([]);
    },
  );

  it.each(['my friend sam helps me', 'my support worker helps me budget', 'no one, i do it myself'])('%j is kept or read as ever', async (said) => {
    const c = await afterTheNote();
    expect(saidIn(await c.say(said))).not.toMatch(/Your money and your benefits are yours/);
  });

  it('"a real friend" with no note about money is read as ever', async () => {
    const c = await leonAtHelps();
    expect(saidIn(await c.say('a real friend'))).not.toMatch(/Your money and your benefits are yours/);
  });
});
