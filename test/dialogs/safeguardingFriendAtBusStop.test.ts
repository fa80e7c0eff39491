import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * Kerry, 20, with a learning disability, types as she speaks: "my frend at the bus stop always wants
 * to borow my money an i cant say no". That is mate crime, misspelt or spelt; she hears the answer
 * and a note is made. "is she a reel frend?" then gets a kind, true answer, never "Sorry, I did not
 * get that".
 */

const kerryAtHelps = (): Promise<Transcript> =>
  typedTo(Step.needsHelps, { name: 'Kerry', age: '20' }, {
    [Step.hopesDream]: 'my own flat 1 day',
    [Step.hopesMore]: 'no',
    [Step.hopesTheme]: ['nothing now', 'nothing now', 'nothing now', 'nothing now', 'nothing now', 'nothing now'],
    [Step.needsBarrier]: 'bills an stuff. i run out of money',
  });

describe('a friend at the bus stop who wants her money, told at "what helps?" by a 20-year-old', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const told of [
    'nothing. my frend at the bus stop always wants to borow my money an i cant say no',
    'my friend at the bus stop always wants to borrow my money and i cant say no',
  ]) {
    it(`"${told}" gets the answer and a flag, and is not kept as what helps`, async () => {
      chat = await kerryAtHelps();
      const replies = saidIn(await chat.say(told));
      expect(chat.step).toBe(Step.safeguardingCheck);
      expect(replies).toMatch(/take your money/i);
      expect((await chat.draft())?.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', category: 'exploitation' })]);
      expect(JSON.stringify((await chat.draft())?.needs ?? [])).not.toMatch(/bus stop/);
    });
  }

  it('"is she a reel frend?" afterwards is answered kindly, and the check stays open', async () => {
    chat = await kerryAtHelps();
    await chat.say('nothing. my frend at the bus stop always wants to borow my money an i cant say no');
    const replies = saidIn(await chat.say('is she a reel frend?'));
    expect(replies).toMatch(/real friend does not keep taking your money/i);
    expect(replies).not.toMatch(/didn.t (?:quite )?get that|did not get that/i);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it('"she had my bus money las week so i had to walk" gets the answer and a flag', async () => {
    chat = await kerryAtHelps();
    const replies = saidIn(await chat.say('she had my bus money las week so i had to walk'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(replies).toMatch(/take your money/i);
    expect((await chat.draft())?.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', category: 'exploitation' })]);
  });
});
