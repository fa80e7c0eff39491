import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { blamesThemForMoney } from '../../src/language/worryToldMore';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * After the note about Dale borrowing his card, Jordan (22) says at a plan question that Dale blames him for
 * the money going ("dale says i spend it on bike bits"). That is a further sign: it joins the note with a short
 * word that the money is his (no second full answer) and is never kept as a hope. Family saying he spends too
 * much is an answer as ever.
 */

const std = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});
const DALE = 'i live in leeds in my flat. i want to do my own money. dale borrows my bank card sometimes and then the money goes. hes my best mate he says he will pay it back';
const money = { category: 'exploitation', words: ['money'] };

describe('the blame for money gone, put back on him, joins the note', () => {
  it.each(['dale says i spend it on bike bits but i dont think its that much', 'dale says its my fault the money goes', 'he reckons i spent it all on games', 'my mate says im rubbish with money', 'He gets food and stuff and fags. he says its for both of us'])(
    '"%s"',
    async (text) => {
      ({ chat } = await startWith({ today: '2026-12-07', name: 'Jordan', age: 22, hopes: [{ text: 'to work in a bike shop', theme: 'learning_and_work', needs: [] }], at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'independent_living' }) }));
      await chat.say(DALE);
      for (let i = 0; i < 4 && chat.step?.startsWith('safeguarding'); i++) await chat.say(i === 0 ? 'yes im ok' : 'carry on');
      expect(chat.step).toBe(Step.hopesTheme);
      const reply = saidIn(await chat.say(text));
      expect(reply).toContain(std('safeguarding:cardHeld.blamed'));
      expect(reply).not.toContain(std('safeguarding:cardHeld.heard'));
      expect(chat.step).toBe(Step.hopesTheme);
      const draft = await chat.draft();
      expect(draft?.aspirations.map((a) => a.text)).toEqual(['to work in a bike shop']);
      expect(draft?.flags.map((f) => f.category)).toEqual(['exploitation']);
    },
  );

  it.each(['mum says i spend too much on games', 'my key worker says i spend it well', 'i spend it on bike bits', 'he says i can come to his party'])('"%s" is not read as blame', (text) => {
    expect(blamesThemForMoney(text, money)).toBe(false);
  });

  it('at "what makes this hard?", what he buys with the card joins the note and is never kept as a need without who', async () => {
    ({ chat } = await startWith({ today: '2026-12-07', name: 'Jordan', age: 22, hopes: [{ text: 'to do my own money', theme: 'independent_living', needs: [] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('dale borrows my bank card sometimes and then the money goes');
    for (let i = 0; i < 4 && chat.step?.startsWith('safeguarding'); i++) await chat.say(i === 0 ? 'yes im ok' : 'carry on');
    expect(chat.step).toBe(Step.needsBarrier);
    const reply = saidIn(await chat.say('He gets food and stuff and fags. he says its for both of us'));
    expect(reply).toContain(std('safeguarding:cardHeld.blamed'));
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())?.needs).toEqual([]);
  });

  it('only after a worry about being used for money', () => {
    expect(blamesThemForMoney('dale says its my fault the money goes', { category: 'bullying', words: ['money'] })).toBe(false);
  });

  it.each([
    'dale says i spend it on bike bits. i find budgeting hard and i forget to pay my bills',
    'my mate says im rubbish with money. reading my bank letters is hard',
  ])('"%s": his own hard thing beside the blame is read as ever, never joined to the note', (text) => {
    expect(blamesThemForMoney(text, money)).toBe(false);
  });

  it('"he says i spend it all. i get scared when he shouts" at a plan question: joined to the note whole, never kept in the plan', async () => {
    ({ chat } = await startWith({ today: '2026-12-07', name: 'Jordan', age: 22, hopes: [{ text: 'to do my own money', theme: 'independent_living', needs: [] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('dale borrows my bank card sometimes and then the money goes');
    for (let i = 0; i < 4 && chat.step?.startsWith('safeguarding'); i++) await chat.say(i === 0 ? 'yes im ok' : 'carry on');
    expect(chat.step).toBe(Step.needsBarrier);
    const reply = saidIn(await chat.say('he says i spend it all. i get scared when he shouts'));
    expect(reply).toContain(std('safeguarding:cardHeld.blamed'));
    expect(chat.step).toBe(Step.needsBarrier);
    expect(JSON.stringify((await chat.draft())?.needs)).not.toMatch(/scared|spend/);
  });

  it('"dale says i spend it on bike bits. i find budgeting hard" at a plan question: the hard thing is kept', async () => {
    ({ chat } = await startWith({ today: '2026-12-07', name: 'Jordan', age: 22, hopes: [{ text: 'to do my own money', theme: 'independent_living', needs: [] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('dale borrows my bank card sometimes and then the money goes');
    for (let i = 0; i < 4 && chat.step?.startsWith('safeguarding'); i++) await chat.say(i === 0 ? 'yes im ok' : 'carry on');
    await chat.say('dale says i spend it on bike bits. i find budgeting hard and i forget to pay my bills');
    expect(JSON.stringify((await chat.draft())?.needs)).toMatch(/budgeting hard/);
  });
});
