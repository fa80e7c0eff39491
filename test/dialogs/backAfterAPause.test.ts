import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

const GRADES: SeedHope = { text: 'get good grades at school', theme: 'learning_and_work', needs: ['i find english hard'] };
const atHelps = () =>
  startWith({ today: '2026-12-02', name: 'Sam', age: 14, schoolYear: 9, hopes: [GRADES], at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }) });

describe('"back" after stepping away is a return, not "go back"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['brb', 'back. sorry.'],
    ['one sec', 'back'],
    ['hang on', 'im back'],
  ])('"%s" then "%s" asks the same question again, and keeps nothing', async (away, back) => {
    ({ chat } = await atHelps());
    const question = chat.lastQuestion?.activity.text;
    await chat.say(away);
    const replies = await chat.say(back);
    expect(saidIn(replies)).toMatch(/welcome back/i);
    expect(chat.step).toBe(Step.needsHelps);
    expect(chat.lastQuestion?.activity.text).toBe(question);
    expect((await chat.draft())!.needs[0]!.helps ?? []).toEqual([]);
  });

  it('"back" with no pause before it is still the back command', async () => {
    ({ chat } = await atHelps());
    await chat.say('my tutor');
    expect(chat.step).toBe(Step.needsMore);
    await chat.say('back');
    expect(chat.step).toBe(Step.needsHelps);
  });
});
