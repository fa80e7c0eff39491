import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/* Danielle names Reece's FASD as the cause of what is hard: the condition stays beside the need, never a hope and never lost. */

const REECE = { name: 'Reece', age: 9, schoolYear: 4 };

describe('a condition said with a need', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i want him to be happy at school but its the FASD, he cant remember instructions" keeps the FASD with the need', async () => {
    ({ chat } = await startWith(parentSeed(REECE, [], { at: () => ({ stage: 'hopes', step: Step.hopesDream }) })));
    await chat.say('i want him to be happy at school but its the FASD, he cant remember instructions');
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['i want him to be happy at school']);
    expect(draft?.needs.map((n) => n.text)).toEqual(['its the FASD, he cant remember instructions']);
  });

  it('"its the FASD, he cant remember instructions" where a hope is asked is never a hope called "its the FASD"', async () => {
    ({ chat } = await startWith(parentSeed(REECE, [{ text: 'to be happy at school', theme: 'learning_and_work', needs: [] }], { at: () => ({ stage: 'hopes', step: Step.hopesMore }) })));
    await chat.say('yes');
    await chat.say('its the FASD, he cant remember instructions');
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['to be happy at school']);
    expect(chat.lastQuestion?.activity.text).toContain('its the FASD, he cant remember instructions');
  });
});
