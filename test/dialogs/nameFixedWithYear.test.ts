import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * A parent puts their child's name right and answers the age question in the same message:
 * the name is fixed and the school year kept, so neither is asked again.
 */
describe('a name put right beside the answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"his name is BEN not hes lol. year 4" fixes the name and keeps the year', async () => {
    chat = await typedTo(Step.welcomeAge, { who: 'A parent or carer', name: 'hes' });
    expect((await chat.draft())!.youngPerson.name).toBe('Hes');
    const replies = saidIn(await chat.say('his name is BEN not hes lol. year 4'));
    expect(replies).toMatch(/Ben/);
    const person = (await chat.draft())!.youngPerson;
    expect(person.name).toBe('Ben');
    expect(person.schoolYear).toBe(4);
    expect(chat.step).not.toBe(Step.welcomeAge);
  });

  it('leave alone: the name put right on its own asks the question again', async () => {
    chat = await typedTo(Step.welcomeAge, { who: 'A parent or carer', name: 'hes' });
    await chat.say('his name is BEN not hes lol');
    expect((await chat.draft())!.youngPerson.name).toBe('Ben');
    expect(chat.step).toBe(Step.welcomeAge);
  });
});
