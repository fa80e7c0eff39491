import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * At "Do you have another hope or dream?", "no not really, just want my own flat" says no more
 * than "not really": no kept hope is named, so none is taken out. A hope is taken out at once only
 * when the words clearly name it; when they name only part of it, the removal is asked first.
 */
const AT_DREAM = { today: '2026-12-02', name: 'Nathan', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes' as const, step: Step.hopesDream }) };

describe('"not really" at "another hope?" never takes a hope out', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['i really want a dog', 'be a chef', 'no not really, just want my own flat'],
    ['make sure i pass my exams', 'be a chef', 'not sure just a job'],
    ['do well at school', 'make friends', 'not at school just at home'],
  ])('hopes "%s", "%s", then "%s": both kept', async (one, two, typed) => {
    ({ chat } = await startWith(AT_DREAM));
    await chat.say(one);
    await chat.say('yes');
    await chat.say(two);
    expect((await chat.draft())!.aspirations).toHaveLength(2);
    const said = saidIn(await chat.say(typed));
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toEqual(expect.arrayContaining([one, two]));
    expect(said).not.toMatch(/taken out|took out/i);
  });

  it('"not exams just a job" names only part of the exams hope: it asks before taking it out', async () => {
    ({ chat } = await startWith(AT_DREAM));
    await chat.say('make sure i pass my exams');
    await chat.say('yes');
    await chat.say('be a chef');
    const said = saidIn(await chat.say('not exams just a job'));
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['make sure i pass my exams', 'be a chef']);
    expect(said).toMatch(/make sure i pass my exams/i);
    saidIn(await chat.say('yes'));
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text.toLowerCase());
    expect(hopes).not.toContain('make sure i pass my exams');
    expect(hopes).toContain('be a chef');
    expect(hopes.some((h) => h.includes('job'))).toBe(true);
  });

  it('"not exams just a job", then no: nothing taken out', async () => {
    ({ chat } = await startWith(AT_DREAM));
    await chat.say('make sure i pass my exams');
    await chat.say('yes');
    await chat.say('be a chef');
    await chat.say('not exams just a job');
    await chat.say('no');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['make sure i pass my exams', 'be a chef']);
  });

  it.each(['not footballer just my dad hits me', 'not really just my uncle touches me', 'not sure just they make me sell stuff'])('"%s" is heard as harm', async (typed) => {
    ({ chat } = await startWith(AT_DREAM));
    await chat.say('be a footballer. or a chef');
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
