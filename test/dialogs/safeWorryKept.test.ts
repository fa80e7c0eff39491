import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';

/*
 * Jade, 24, answers "do you feel safe?" with "yes mostly. sometimes i worry about having a seizure
 * when im out on my own". She is safe; the worry is about her health. It is kept with the hard
 * things (health), with no crisis answer and no flag, and never lost. A feeling ("i get stressed
 * in maths") still gets the warm word it got.
 */

const atSafe = () => startWith({ today: '2026-12-02', name: 'Jade', age: 24, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }) });

describe('a worry beside "yes" at "do you feel safe?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"yes mostly. sometimes i worry about having a seizure when im out on my own" keeps the seizure worry as a health need', async () => {
    ({ chat } = await atSafe());
    const replies = await chat.say('yes mostly. sometimes i worry about having a seizure when im out on my own');
    expect(texts(replies)).toMatch(/kept that worry/);
    expect(texts(replies)).not.toMatch(/stressed|999|Childline/);
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([]);
    expect(draft.needs.map((n) => [n.text, n.suggestedSection])).toEqual([['sometimes i worry about having a seizure when im out on my own', 'health']]);
    expect(chat.step).not.toBe(Step.aboutMeSafe);
  });

  it('"yeah but i get stressed in maths" gets the warm word about feeling stressed', async () => {
    ({ chat } = await atSafe());
    const replies = await chat.say('yeah but i get stressed in maths');
    expect(texts(replies)).toMatch(/stressed/);
    expect((await chat.draft())!.flags).toEqual([]);
  });
});
