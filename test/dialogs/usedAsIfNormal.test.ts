import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Being used told as if it were normal, typed beside an ordinary answer: "my cousin gives me money
 * to drop stuff off for him so i got money anyway lol". The "lol" does not make it ordinary: it gets
 * the answer and a flag, and the rest of the answer is offered back without the worry in it.
 */

const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atWhatMakesItHard(age = 16): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Kian',
    age,
    hopes: [{ text: 'to go to college', theme: 'learning_and_work', needs: [] }],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  }));
  return chat!;
}

const BARRIER = 'u need to pass english and maths gcse for college and i struggle with writing in exams i run out of time.';

describe('paid to drop stuff off, said with "lol" beside a barrier', () => {
  it('is flagged as exploitation with the kind answer, and only the barrier is offered back and kept', async () => {
    const chat = await atWhatMakesItHard();
    const replies = await chat.say(`${BARRIER} also my cousin gives me money to drop stuff off for him so i got money anyway lol`);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
    // A child paid to drop things off hears the one exploitation answer: the trick named, that they owe nothing.
    expect(saidIn(replies)).toContain(standard('safeguarding:exploited.heard'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('yeah im safe');
    const back = saidIn(await chat.say('carry on'));
    expect(chat.step).toBe(Step.needsBarrier);
    expect(back).toContain('u need to pass english');
    expect(back).not.toMatch(/cousin|drop stuff/);
    await chat.say('yes');
    const needs = (await chat.draft())?.needs.map((n) => n.text) ?? [];
    expect(needs.join(' ')).toMatch(/run out of time/);
    expect(needs.join(' ')).not.toMatch(/cousin|drop stuff|lol/);
  });

  it.each([
    'my uncle pays me to carry a bag to his mate its fine tho',
    'this older lad gives me £20 to drop off packages for him lol',
    'i get paid to hold stuff for my cousin haha easy money',
  ])('"%s" is flagged as exploitation at once', async (said) => {
    const chat = await atWhatMakesItHard(15);
    await chat.say(said);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it.each(['my nan gives me money to get her shopping from the shop lol', 'i deliver parcels for a job at the weekend and they pay me'])(
    '"%s" is an answer, no flag',
    async (said) => {
      const chat = await atWhatMakesItHard(17);
      await chat.say(said);
      expect((await chat.draft())?.flags).toEqual([]);
    },
  );
});

describe('a young adult used by "mates", said as normal', () => {
  it.each([
    'my mate looks after my pip money, he gives me £20 a week and keeps the rest',
    'these lads stay at my flat and wont leave lol',
    'my mates are staying in my flat and i cant get them to leave',
    'my friends make me lend them money every time i get paid',
    'i have to buy my mates drinks or they wont talk to me',
  ])('"%s" is flagged as exploitation with the answer for an adult', async (said) => {
    const chat = await atWhatMakesItHard(20);
    const replies = saidIn(await chat.say(said));
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
    expect(replies).toContain(standard('safeguarding:adultSocialCare'));
    expect(replies).not.toContain(standard('safeguarding:childline'));
  });

  it('"my friend has my bank card and i never get it back but its fine" is flagged, told plainly the card is theirs, with adult social care', async () => {
    const chat = await atWhatMakesItHard(20);
    const replies = saidIn(await chat.say('my friend has my bank card and i never get it back but its fine'));
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
    expect(replies).toContain(standard('safeguarding:cardHeld.heard'));
    expect(replies).toContain(standard('safeguarding:cardHeld.keyWorker'));
    expect(replies).not.toContain(standard('safeguarding:childline'));
  });

  it.each(['my mum is my appointee for my benefits', 'my support worker looks after my bank card so i dont lose it', 'my mate is staying at my flat for the weekend'])(
    '"%s" is an answer, no flag',
    async (said) => {
      const chat = await atWhatMakesItHard(20);
      await chat.say(said);
      expect((await chat.draft())?.flags).toEqual([]);
    },
  );
});
