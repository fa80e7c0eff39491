import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Lewis, 24: his "best mate" Mick and Mick's friends have stayed at his flat for weeks. He sleeps on the sofa, they eat his
 * food, his money is gone. Two such signs, in one message or across the chat, get the answer for an adult and a note.
 */

const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atTheDream(): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', name: 'Lewis', age: 24, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
  return chat!;
}

describe('a mate and his friends staying at a young adult\'s flat', () => {
  it('two signs in one message get the answer for an adult and a note, without Childline', async () => {
    const chat = await atTheDream();
    const replies = saidIn(await chat.say('mick is my best mate. hes bin stayin at mine for weeks with his frends. i sleep on the sofa'));
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
    expect(replies).toContain(standard('safeguarding:adultHarmed.homeHeard'));
    expect(replies).toContain(standard('safeguarding:adultSocialCare'));
    expect(replies).toContain(standard('safeguarding:adultHarmed.police'));
    expect(replies).not.toMatch(/support worker can help/);
    // Childline is named only as a line for someone under 19 he knows.
    expect(replies).toContain(standard('safeguarding:childlineForOthers'));
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it('a sign told after one earlier adds up, and "ye its ok ... tho" is more told, not "glad you are safe"', async () => {
    const chat = await atTheDream();
    await chat.say('ye. mick and his mates stay at mine');
    expect((await chat.draft())?.flags).toEqual([]);
    await chat.say('he eats all my food tho');
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
    const more = saidIn(await chat.say('ye its ok. he eats all my food tho. i sleep on the sofa'));
    expect(more).toContain(standard('safeguarding:toldMore.added'));
    expect(more).not.toContain(standard('safeguarding:gladForAdult'));
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it('"wats adult socal care" gets a short answer and is never kept', async () => {
    const chat = await atTheDream();
    await chat.say('mick is my best mate. hes bin stayin at mine for weeks with his frends. i sleep on the sofa');
    await chat.say('yes');
    const replies = saidIn(await chat.say('wats adult socal care'));
    expect(replies).toContain(standard('safeguarding:followUp.socialCareWhat'));
    await chat.say('carry on');
    const draft = await chat.draft();
    expect(JSON.stringify([draft?.aspirations, draft?.needs, draft?.aboutMe])).not.toMatch(/socal|mick|sofa/);
  });

  it('more about the home after the note goes into the note, never kept as a hope', async () => {
    const chat = await atTheDream();
    await chat.say('mick is my best mate. hes bin stayin at mine for weeks with his frends. i sleep on the sofa');
    await chat.say('yes');
    await chat.say('carry on');
    expect(chat.step).toBe(Step.hopesDream);
    for (const said of ['i want my bed back. but i dont want mick to be sad', 'money. i got no money left cos of the food', 'the sofa is hard to sleep on. and they r loud at nite']) {
      expect(saidIn(await chat.say(said))).toContain(standard('safeguarding:toldMore.added'));
      expect(chat.step).toBe(Step.hopesDream);
    }
    await chat.say('get my flat back');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['get my flat back']);
  });

  it.each(['my mate stayed over at the weekend', 'my girlfriend lives with me now', 'my brother is staying with me till he finds a flat, its fine we share the food shop'])(
    '"%s" makes no note',
    async (said) => {
      const chat = await atTheDream();
      await chat.say(said);
      expect((await chat.draft())?.flags).toEqual([]);
    },
  );
});
