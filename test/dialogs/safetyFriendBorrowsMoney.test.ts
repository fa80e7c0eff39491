import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * A young adult tells of a "friend" who keeps borrowing money and never pays it back: maybe mate
 * crime, maybe a poor friend. Not the full alarm and not nothing: a gentle question, "Does this
 * friend make you feel you have to give them money?". A yes is heard as the worry it is; a no is
 * their choice, with no flag.
 */

const standard = createWords().forMode('standard');
const CRISIS = /Samaritans|999|SHOUT|Childline/;
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function danAtBarrier(): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Dan',
    age: 21,
    hopes: [{ text: 'to live in my own flat', theme: 'independent_living', needs: [] }],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  }));
  return chat;
}

describe('a friend who keeps borrowing money, told by a 21-year-old', () => {
  it('gets the gentle question, not the full alarm; "no its fine" is their choice, with no flag', async () => {
    const chat = await danAtBarrier();
    const asked = saidIn(await chat.say('my friend keeps borrowing money off me and never pays it back'));
    expect(asked).toContain(standard('safeguarding:gentle.friendMoney.question'));
    expect(asked).not.toMatch(CRISIS);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
    const reply = saidIn(await chat.say('no not really, its my choice'));
    expect(reply).toContain(standard('safeguarding:gentle.friendMoney.glad'));
    expect(reply).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('"yeah kind of" is heard as possible exploitation: the help lines and a flag', async () => {
    const chat = await danAtBarrier();
    await chat.say('my mate always borrows money and never gives it back');
    expect(chat.step).toBe(Step.safeguardingCheck);
    const reply = saidIn(await chat.say('yeah kind of'));
    expect(reply).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
  });

  it('with a threat beside it, the full answer comes at once, as before', async () => {
    const chat = await danAtBarrier();
    const reply = saidIn(await chat.say('my friend borrows money and says ill get hurt if i dont give him more'));
    expect(reply).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});
