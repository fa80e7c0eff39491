import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* What testers typed (never tapped) and the bot got wrong; each case is typed through the real dialogs. */

describe('a name typed in lower case with the answer to who is chatting', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function upToWho(): Promise<void> {
    chat = await Transcript.start({ today: '2026-03-10' });
    for (const answer of ['normal words', 'yeah thats fine']) await chat.say(answer);
    expect(chat.step).toBe(Step.welcomeWho);
  }

  it.each(['me liam', 'its liam', 'im liam'])('"%s" is read as Liam: checked once in small letters, never asked for again', async (typed) => {
    await upToWho();
    await chat.say(typed);
    // A name in small letters may be a word, so it is checked ("Shall I call you Liam?"), as "im jade" is.
    expect(chat.step).toBe(Step.welcomeName);
    expect(chat.lastQuestion?.activity.text).toMatch(/\bLiam\b/);
    await chat.say('yeah');
    expect(chat.step).toBe(Step.welcomeAge);
    const person = (await chat.draft())?.youngPerson;
    expect(person?.who).toBe('self');
    expect(person?.name).toBe('Liam');
  });

  it('"me Liam" with a capital is kept at once', async () => {
    await upToWho();
    await chat.say('me Liam');
    expect(chat.step).toBe(Step.welcomeAge);
    expect((await chat.draft())?.youngPerson.name).toBe('Liam');
  });

  it('"me liam" at the name question is Liam', async () => {
    await upToWho();
    await chat.say('me');
    expect(chat.step).toBe(Step.welcomeName);
    await chat.say('me liam');
    expect(chat.step).toBe(Step.welcomeAge);
    expect((await chat.draft())?.youngPerson.name).toBe('Liam');
  });

  it('"im fine" or "me too" names nobody', async () => {
    await upToWho();
    await chat.say('me');
    await chat.say('im fine');
    expect(chat.step).toBe(Step.welcomeName);
    expect((await chat.draft())?.youngPerson.name).toBeUndefined();
  });
});

describe('a parent typing "he walks" at the outcome questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('reads back "Olek will walk ...", never "Olek will walks"', async () => {
    ({ chat } = await startWith({ today: '2026-03-10', who: 'parent_carer', name: 'Olek', age: 6, schoolYear: 1, hopes: [{ text: 'walk to school with his friends', theme: 'independent_living', needs: ['he runs off near roads'] }] }));
    const answers: Record<string, string> = {
      [Step.outcomeStep]: 'he walks to school holding my hand by the end of year 2',
      [Step.outcomeDoesForMe]: 'he would feel grown up',
      [Step.outcomeMakesPossible]: 'he could walk with his friends',
      [Step.outcomeProvides]: 'someone to practise with him',
      [Step.outcomeMeasure]: 'he does it every day for a week',
    };
    for (let turn = 0; turn < 8 && chat.step !== Step.outcomeConfirm; turn++) await chat.say(answers[chat.step ?? ''] ?? 'not sure');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const readBack = chat.lastQuestion?.activity.text ?? '';
    expect(readBack).toMatch(/Olek will walk to school holding my hand/);
    expect(readBack).not.toMatch(/will walks/);
    await chat.say('yes thats right');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/Olek will walk to school/);
  });
});

