import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { startWith } from './journeySeed';

/*
 * At the review, "the money one has disappeared 😤" is a remark about a part of the plan that seems missing (the
 * money hope): never "Are you OK?". Money said to be taken by a carer is still asked after.
 */

const CHECK = /Are you OK\?/;
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const MONEY = { text: 'to have my own money', theme: 'independent_living', needs: ['i find it hard to count change'] } as const;
const FRIENDS = { text: 'to have friends', theme: 'friends_and_community', needs: ['the lunch hall is too loud'] } as const;
const start = async (withMoney = true) =>
  (
    await startWith({
      today: '2025-03-10',
      name: 'Kai',
      age: 17,
      schoolYear: 12,
      hopes: withMoney ? [{ ...MONEY, needs: [...MONEY.needs] }, { ...FRIENDS, needs: [...FRIENDS.needs] }] : [{ ...FRIENDS, needs: [...FRIENDS.needs] }],
      at: () => ({ stage: 'review', step: 'review.summary' }),
    })
  ).chat;

describe('a part of the plan that seems missing, at the review', () => {
  for (const [said, withMoney] of [
    ['the money one has disappeared 😤', true],
    ['the money one has disappeared 😤', false],
    ['where has the money one gone', true],
    ['the money hope has vanished??', false],
  ] as const) {
    it(`"${said}" (${withMoney ? 'the money hope is there' : 'no money hope'}): no check, no flag`, async () => {
      chat = await start(withMoney);
      const replies = (await chat.say(said)).map((a) => a.text ?? '').join('\n');
      expect(replies).not.toMatch(CHECK);
      expect(replies).not.toMatch(CRISIS);
      expect((await chat.draft())!.flags).toEqual([]);
    });
  }

  it('leave alone: "my money has disappeared again, my carer takes it" gets "Are you OK?" at least', async () => {
    chat = await start();
    const replies = (await chat.say('my money has disappeared again, my carer takes it')).map((a) => a.text ?? '').join('\n');
    expect(replies).toMatch(new RegExp(`${CRISIS.source}|${CHECK.source}`));
  });
});
