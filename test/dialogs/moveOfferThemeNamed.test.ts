import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

const FRIENDS = { text: 'Alfie will play with other children', theme: 'friends_and_community' as const, needs: ['he wanders off at playtime'] };
const SLEEP = { text: 'Alfie will sleep better', theme: 'health_and_wellbeing' as const, needs: ['he wakes at 3am every night'] };

/** At "Shall I put it there?", naming the part of life the step belongs to answers the offer. */
describe('the offer to move a step, answered by naming its part of life', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"its more a health thing really" moves the sleep step to the sleep hope', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Alfie', age: 7, schoolYear: 2 }, [FRIENDS, SLEEP])));
    const offer = saidIn(await chat.say('he will sleep through the night in his own bed'));
    expect(offer).toMatch(/Shall I put it there\?/);
    const replies = saidIn(await chat.say('its more a health thing really'));
    expect(replies).not.toMatch(/Shall I put it there\?/);
    const draft = await chat.draft();
    const sleep = draft?.aspirations.find((a) => a.text === SLEEP.text);
    expect(chat.lastQuestion?.topic).toBe(sleep?.id);
    expect(JSON.stringify(draft?.outcomes ?? [])).not.toMatch(/health thing/);
  });
});

describe('the offer to move a step, answered by naming a third hope\'s part of life', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"its more a health thing really" when the offer named another hope moves it to the health hope', async () => {
    const TALK = { text: 'Alfie will ask for things with his talker', theme: 'learning_and_work' as const, needs: ['he cant say when he is tired'] };
    ({ chat } = await startWith(parentSeed({ name: 'Alfie', age: 7, schoolYear: 2 }, [FRIENDS, TALK, SLEEP])));
    const offer = saidIn(await chat.say('he will use his talker to say he is tired'));
    expect(offer).toMatch(/Shall I put it there\?/);
    await chat.say('its more a health thing really');
    const draft = await chat.draft();
    const sleep = draft?.aspirations.find((a) => a.text === SLEEP.text);
    expect(chat.lastQuestion?.topic).toBe(sleep?.id);
  });
});
