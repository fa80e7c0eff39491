import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Putting the chat's own wording right is never a worry: Zara (16, autistic, literal) quotes words the chat kept by
 * mistake and asks to see her hopes, then points at a full stop in the middle of an outcome's date; Jack (22, voice to
 * text) says the read-back cut off the end of his outcome. A disclosure typed as the words wanted still gets the answer.
 */

const ANIMALS: SeedHope = { text: 'I want to work with animals it should say', theme: 'learning_and_work', needs: [] };
const HELP_DESK: SeedHope = { text: 'I want to work on a help desk', theme: 'learning_and_work', needs: ['calls make me slow'] };

async function atHopesMore(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Zara', age: 16, schoolYear: 11, hopes: [ANIMALS], at: () => ({ stage: 'hopes', step: Step.hopesMore }) });
  return chat;
}

async function atReadBack(name: string, age: number, hope: SeedHope, step: string, when: string): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name, age, schoolYear: age >= 19 ? 14 : 12, hopes: [hope] });
  await chat.say(step);
  for (let i = 0; i < 8 && chat.step !== Step.outcomeConfirm; i++) {
    if (chat.step === Step.outcomeWhen) await chat.say(when);
    else if (chat.step === Step.outcomeMeasure) await chat.say('my tutor will check');
    else if (chat.step === Step.outcomeDoesForMe) await chat.say('i would feel more grown up');
    else if (chat.step === Step.outcomeMakesPossible) await chat.say('i could get a job');
    else if (chat.step === Step.outcomeProvides) await chat.say('money of my own');
    else break;
  }
  expect(chat.step).toBe(Step.outcomeConfirm);
  return chat;
}

describe('the chat\'s own wording put right, with no "Are you OK?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('Zara: "you put \'it should say\' in it. that\'s wrong. show me all my hopes." is no worry', async () => {
    chat = await atHopesMore();
    const replies = saidIn(await chat.say("you put 'it should say' in it. that's wrong. show me all my hopes."));
    expect(replies).not.toMatch(/Are you OK/i);
    expect(replies).not.toMatch(CRISIS);
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([]);
    // The hopes are shown to be put right; the complaint itself is never kept as a hope.
    expect(replies).toMatch(/work with animals/);
    expect(draft.aspirations.map((a) => a.text).join(' ')).not.toMatch(/you put|show me/i);
    expect(chat.step).toMatch(/^hopes\./);
  });

  it('Zara: "the date part has a full stop in the middle. it should just say by september 2027." is no worry', async () => {
    chat = await atReadBack('Zara', 16, ANIMALS, 'help at the dog rescue on saturdays', 'by september 2027');
    const replies = saidIn(await chat.say('the date part has a full stop in the middle. it should just say by september 2027.'));
    expect(replies).not.toMatch(/Are you OK/i);
    expect(replies).not.toMatch(CRISIS);
    expect((await chat.draft())!.flags).toEqual([]);
    expect(chat.step).toMatch(/^outcome/);
  });

  it.each([
    'nearly but you cut off the end it should say practise doing help desk calls with my speech software so i get faster',
    'nearly but you cut the end off it should say practise doing help desk calls with my speech software so i get faster',
  ])('Jack: %j gets no safety answer and no note', async (typed) => {
    chat = await atReadBack('Jack', 22, HELP_DESK, 'practise doing help desk calls with my speech software', 'by next summer');
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/Are you OK/i);
    expect((await chat.draft())!.flags).toEqual([]);
    expect(chat.step).toMatch(/^outcome/);
  });

  it('"you cut off the end it should say i should just end it" still gets the safety answer and a note', async () => {
    chat = await atReadBack('Jack', 22, HELP_DESK, 'practise doing help desk calls with my speech software', 'by next summer');
    const replies = saidIn(await chat.say('you cut off the end it should say i should just end it'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())!.flags).not.toEqual([]);
  });
});
