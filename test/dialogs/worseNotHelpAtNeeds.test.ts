import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * What makes things worse is not help: "mum not taking my phone cos that just starts a row" at
 * "what already helps?" is never kept as help. The bot says so kindly and asks what does help.
 */

const OWN: SeedHope = { text: 'live on my own', theme: 'independent_living', needs: [] };
const atNeeds = { today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [OWN], at: (d: { aspirations: { id: string }[] }) => ({ stage: 'needs' as const, step: Step.needsBarrier, topic: d.aspirations[0]!.id }) };

describe('what makes it worse, typed at "what already helps?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const typed of ['mum not taking my phone cos that just starts a row', 'when dad shouts, that makes it worse', 'being told to calm down just winds me up more']) {
    it(`"${typed}" is not kept as help, and what does help is asked`, async () => {
      ({ chat } = await startWith(atNeeds));
      await chat.say('i get angry really fast at home');
      expect(chat.step).toBe(Step.needsHelps);
      const said = saidIn(await chat.say(typed));
      expect(chat.step).toBe(Step.needsHelps);
      expect(said).toMatch(/worse/i);
      expect(chat.lastQuestion?.activity.text).toMatch(/already, even a little/i);
      const need = (await chat.draft())!.needs[0]!;
      expect(need.helps ?? []).toEqual([]);
      await chat.say('my headphones');
      expect((await chat.draft())!.needs[0]!.helps).toEqual(['my headphones']);
    });
  }

  it('said twice, the chat moves on with nothing kept as help', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('i get angry really fast at home');
    await chat.say('mum not taking my phone cos that just starts a row');
    await chat.say('her shouting makes it worse');
    expect(chat.step).toBe(Step.needsMore);
    expect((await chat.draft())!.needs[0]!.helps ?? []).toEqual([]);
  });

  it('"other kids winding me up" is the hard thing itself: kept with the hard things', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('i get angry really fast at home');
    await chat.say('other kids winding me up');
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['i get angry really fast at home', 'other kids winding me up']);
    expect(needs[0]!.helps ?? []).toEqual([]);
  });

  it('"my nan helps, she never starts a row" is still help', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('i get angry really fast at home');
    await chat.say('my nan helps');
    expect((await chat.draft())!.needs[0]!.helps).toEqual(['my nan helps']);
  });
});
