import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addFlag } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Ryan is 21 and has a learning disability. Asked whether he feels safe, he says yes, and that his
 * girlfriend looks after his bank card, gets cross if he spends and checks his phone. To him it is
 * fine ("she looks after me"): it is control all the same. It is flagged at once, he hears a short
 * kind answer for an adult that does not call it hard, and he is not asked about feeling safe again.
 */

const standard = createWords().forMode('standard');
const SORRY = /Sorry/;
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function ryanAtFeelingSafe(): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', name: 'Ryan', age: 21, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }) }));
  return chat!;
}

describe('money and a phone controlled by a partner, said as fine', () => {
  it('is flagged as domestic abuse, with the words about choosing for himself and no "that sounds hard"', async () => {
    const chat = await ryanAtFeelingSafe();
    const replies = saidIn(await chat.say('yes. my girlfrend looks after my bank card. she gets cross if i spend money and she checks my phone'));
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['domestic_abuse']);
    expect(replies).toContain(standard('safeguarding:control.heard'));
    expect(replies).not.toContain(standard('safeguarding:gentle.question'));
    expect(replies).toContain(standard('safeguarding:domesticAbuseLine'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('its not hard. she looks after me');
    await chat.say('yes im ok');
    const onward = saidIn(await chat.say('carry on'));
    expect(onward).not.toMatch(SORRY);
    expect(chat.lastQuestion?.activity.text).not.toBe(standard('aboutMe:safe.question'));
    expect(chat.step).not.toBe(Step.aboutMeSafe);
  });
});

describe('"yes im ok" at "Are you OK?" after a worry said at "Do you feel safe?"', () => {
  it.each([
    ['yes. everything is too much at the moment', []],
    ['yes. everything is too much at the moment', ['its not hard. i just have a lot on']],
    ['yes. i dont really sleep and i feel hopeless', ['its not that bad']],
  ] as const)('after %j and %j, "yes im ok" is never "Sorry", and feeling safe is not asked again', async (first, between) => {
    const chat = await ryanAtFeelingSafe();
    const check = saidIn(await chat.say(first));
    expect(check).toContain(standard('safeguarding:gentle.question'));
    for (const said of between) await chat.say(said);
    const after = saidIn(await chat.say('yes im ok'));
    expect(after, after).not.toMatch(SORRY);
    expect(after).not.toContain(standard('aboutMe:safe.question'));
    expect(chat.step).not.toBe(Step.aboutMeSafe);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });
});

describe('the partner who "does the money", said at "What already helps?" after the flag', () => {
  it('is not praised as help that works', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      name: 'Ryan',
      age: 21,
      hopes: [{ text: 'to live in my own flat', theme: 'independent_living', needs: ['i find money hard'] }],
      change: (d) => addFlag(d, { category: 'domestic_abuse', at: new Date('2026-12-02T09:30:00Z'), step: Step.aboutMeSafe }),
      at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }),
    }));
    const replies = saidIn(await chat!.say('nan shows me sometimes. my girlfrend does the money'));
    expect(replies).not.toContain(standard('needs:helps.thanks'));
    expect(JSON.stringify((await chat!.draft())?.needs)).not.toMatch(/does the money/);
  });
});
