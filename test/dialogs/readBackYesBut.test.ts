import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const WALK: SeedHope = { text: 'I want Arjun to walk to school', theme: 'independent_living', needs: ['he gets tired quickly'] };
const all = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

/** "yes but ..." at the read-back with a change: the change is made and the sentence read back again. */
describe('yes with a change at the outcome read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"yes but take out the its about halfway bit" takes those words out and reads back again', async () => {
    const { chat: c } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Arjun', age: 6, schoolYear: 1, hopes: [WALK] });
    chat = c;
    await chat.say("walk the whole way to school without the buggy, it's about halfway now");
    for (let i = 0; i < 6 && chat.step !== Step.outcomeConfirm; i++) {
      if (chat.step === Step.outcomeWhen) await chat.say('by the summer');
      else if (chat.step === Step.outcomeMeasure) await chat.say('he walks there every day for a week');
      else if (chat.step === Step.outcomeDoesForMe) await chat.say('he would feel proud');
      else if (chat.step === Step.outcomeMakesPossible) await chat.say('he could walk to the park with his brother');
      else if (chat.step === Step.outcomeProvides) await chat.say('a walking buddy');
      else break;
    }
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())?.outcomes[0]?.statement).toMatch(/halfway/);
    const replies = all(await chat.say('yes but take out the its about halfway bit'));
    expect(replies).not.toMatch(/saved that outcome/i);
    expect(replies).toMatch(/taken out/);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const readBack = (await chat.draft())?.outcomes[0];
    expect(readBack?.confirmed).toBe(false);
    expect(readBack?.statement).toMatch(/walk the whole way to school without the buggy/);
    expect(readBack?.statement).not.toMatch(/halfway/);
    await chat.say('yes thats right');
    const kept = (await chat.draft())?.outcomes[0];
    expect(kept?.confirmed).toBe(true);
    expect(kept?.statement).not.toMatch(/halfway/);
  });

  it.each([
    'take out the word ideally it sounds daft',
    'remove the word ideally',
    'take ideally out',
    "get rid of 'ideally'",
  ])('"%s" takes out only that word, says so, and reads back again', async (typed) => {
    const { chat: c } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Arjun', age: 6, schoolYear: 1, hopes: [WALK] });
    chat = c;
    await chat.say('ideally walk the whole way to school without the buggy');
    for (let i = 0; i < 6 && chat.step !== Step.outcomeConfirm; i++) {
      if (chat.step === Step.outcomeWhen) await chat.say('by the summer');
      else if (chat.step === Step.outcomeMeasure) await chat.say('he walks there every day for a week');
      else if (chat.step === Step.outcomeDoesForMe) await chat.say('he would feel proud');
      else if (chat.step === Step.outcomeMakesPossible) await chat.say('he could walk to the park with his brother');
      else if (chat.step === Step.outcomeProvides) await chat.say('a walking buddy');
      else break;
    }
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())?.outcomes[0]?.statement).toMatch(/ideally/);
    const replies = all(await chat.say(typed));
    expect(replies).toMatch(/taken out/);
    expect(replies).toMatch(/ideally/);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const readBack = (await chat.draft())?.outcomes[0]?.statement ?? '';
    expect(readBack).toMatch(/walk the whole way to school without the buggy/);
    expect(readBack).not.toMatch(/ideally|daft|take out|rid of/);
  });
});
