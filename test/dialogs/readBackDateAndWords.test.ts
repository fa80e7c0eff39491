import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * A dad at the outcome read-back: a change to the date only keeps the words, and a sentence he
 * retyped with its own time and his son's name is kept exactly as it was read back.
 */

const SEED: Seed = {
  today: '2026-12-02',
  who: 'parent_carer',
  name: 'Olek',
  age: 9,
  schoolYear: 4,
  hopes: [{ text: 'to be happy at school and have a friend', theme: 'friends_and_community', needs: ['he get very upset when it is loud'] }],
};

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

async function atReadBack(chat: Transcript): Promise<void> {
  for (const m of ['Olek walk out of school calm without a meltdown', 'in 6 months', 'the teacher writes in his home book', 'he feels proud', 'he can join the after school club', 'nothing more']) await chat.say(m);
  expect(chat.step).toBe(Step.outcomeConfirm);
}

describe('the outcome read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['the words are fine but the date no - i think summer 2028. not year 6', /summer 2028/i],
    ['sentence ok, only change the time: christmas 2027, not 6 months', /christmas 2027/i],
  ])('"%s" changes only the date', async (typed, when) => {
    ({ chat } = await startWith(SEED));
    await atReadBack(chat);
    const reply = said(await chat.say(typed));
    expect(reply).toMatch(/Olek will walk out of school calm without a meltdown/);
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(when);
    expect(outcome.statement).toMatch(/Olek will walk out of school calm without a meltdown\.$/);
    expect(outcome.statement).not.toMatch(/words|sentence|date|not year/i);
  });

  it('a retyped sentence with its time and name is kept as read back, never led twice', async () => {
    ({ chat } = await startWith(SEED));
    await atReadBack(chat);
    await chat.say('no');
    const reply = said(await chat.say('In 6 months (by June 2027), Olek will walk out of school calm and smiling'));
    expect(reply).toContain('"In 6 months (by June 2027), Olek will walk out of school calm and smiling."');
    await chat.say('no');
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('In 6 months (by June 2027), Olek will walk out of school calm and smiling.');
  });
});

describe('a yes with "it is not for this hope"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['yes. but this is not for the train driver hope… can you move it?', 'ok good, only it is wrong hope. please move it'])('"%s" saves it under the other hope', async (typed) => {
    const hopes = [
      { text: 'he want to be a train driver', theme: 'learning_and_work' as const, needs: ['he get very upset when it is loud'] },
      { text: 'to be happy and have a friend', theme: 'friends_and_community' as const, needs: ['he is shy'] },
    ];
    ({ chat } = await startWith({ ...SEED, hopes }));
    await atReadBack(chat);
    await chat.say(typed);
    expect(chat.step).not.toBe(Step.outcomeConfirm);
    const draft = (await chat.draft())!;
    const outcome = draft.outcomes[0]!;
    expect(outcome.confirmed).toBe(true);
    expect(draft.aspirations.find((a) => a.id === outcome.aspirationId)?.text).toBe('to be happy and have a friend');
    expect(outcome.statement).not.toMatch(/train|move|hope/i);
  });
});
