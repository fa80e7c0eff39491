import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * A mum asked to type Amy's outcome her way types the sentence it already says. She is told it is
 * the same once; the same words typed again mean it is right, so it is saved and the chat moves
 * on, never told "the same" a third time. Different words are still read back for a yes.
 */
const AMY = parentSeed({ name: 'Amy', age: 16, schoolYear: 11 }, [{ text: 'she wants to go to college', theme: 'learning_and_work', needs: ['she cant travel on her own'] }], { today: '2026-12-04' });
const TO_READ_BACK = ['she will go to college on the bus by herself', 'end of year 11', 'she gets there on time 3 days a week', 'she would feel grown up', 'she could see friends', 'travel training'];

async function amyAtReadBack(): Promise<Transcript> {
  const { chat } = await startWith(AMY);
  for (const said of TO_READ_BACK) if (chat.step !== Step.outcomeConfirm) await chat.say(said);
  expect(chat.step).toBe(Step.outcomeConfirm);
  return chat;
}

describe('the same words typed twice at an outcome read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['no', 'she will go to college on the bus by herself'],
    ['thats not right', 'she will go to college on the bus by herself'],
    ['no', 'Amy will go to college on the bus by herself'],
  ])('%j, then %j twice: told it is the same once, then saved', async (first, again) => {
    chat = await amyAtReadBack();
    await chat.say(first);
    if (first !== 'no') await chat.say('the sentence');
    const once = saidIn(await chat.say(again));
    expect(once).toMatch(/That's the same as it says now/);
    const twice = saidIn(await chat.say(again));
    expect(twice).not.toMatch(/That's the same/);
    expect(twice).toMatch(/saved that outcome/);
    expect(chat.step).toBe(Step.outcomeAnother);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.confirmed).toBe(true);
    expect(outcome.statement).toMatch(/go to college on the bus by herself/);
  });

  it('different words after "the same" are read back for a yes, never saved straight away', async () => {
    chat = await amyAtReadBack();
    await chat.say('no');
    await chat.say('she will go to college on the bus by herself');
    const reply = saidIn(await chat.say('she will go to college on the train by herself'));
    expect(reply).toMatch(/on the train by herself/);
    expect(reply).toMatch(/Is that right\?/);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())!.outcomes[0]!.confirmed).toBe(false);
  });
});
