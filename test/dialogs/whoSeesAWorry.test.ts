import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * "who sees what i type" at the first "about me" question: the answer says what happens to a worry as
 * the welcome said it. A safeguarding lead is named only where the service has one; without one, the
 * note reaches the key worker only if the plan is shared.
 */
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('who sees a worry, asked in the chat', () => {
  it('with no safeguarding lead, no lead is promised', async () => {
    chat = await typedTo(Step.aboutMeStrengths, { age: '14' });
    const said = saidIn(await chat.say('wait who sees what i type'));
    expect(said).not.toMatch(/safeguarding lead/i);
    expect(said).toMatch(/only if you share your plan/i);
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });

  it('with a safeguarding lead, the lead is named', async () => {
    chat = await typedTo(Step.aboutMeStrengths, { age: '14' }, {}, { safeguarding: 'lead' });
    const said = saidIn(await chat.say('wait who sees what i type'));
    expect(said).toMatch(/safeguarding lead/i);
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });
});
