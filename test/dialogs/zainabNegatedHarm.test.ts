import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { ReadingMode } from '../../src/domain/readingMode';
import { addFlag } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * Zainab, mum of Yusuf (4), English her second language, easy read. After an "Are you OK?" she answered, she says
 * it was only a fall and nobody hurt him, and asks why she is asked again: a short sorry and the question again,
 * never the help lines nor a note. Plain harm told of a child is still heard.
 */

const easy = createWords().forMode(ReadingMode.easyRead);
const SORRY = easy('common:botChat.misreadSorry');
const YUSUF = { name: 'Yusuf', age: 4, schoolYear: 0 };
const HOPE = { text: 'play with other children', theme: 'friends_and_community' as const, needs: ['he has no words yet'] };
const atBarrier: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id });

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function afterACheck(): Promise<Transcript> {
  ({ chat } = await startWith(parentSeed(YUSUF, [HOPE], { at: atBarrier, journey: { mode: ReadingMode.easyRead } })));
  expect(saidIn(await chat!.say('he come home with bruise on his leg'))).toMatch(/Are you OK/);
  await chat!.say('i am fine');
  expect((await chat!.draft())!.flags).toEqual([]);
  return chat!;
}

describe('the earlier check said to be wrong', () => {
  it.each([
    'i am fine. it was only he fall in park. nobody hurt him. why you keep ask me this',
    'we are fine. he fell off the slide. why do you keep asking me this',
    'nobody is hurting him. stop asking me this',
  ])('%j: sorry and the question again, no note', async (typed) => {
    const c = await afterACheck();
    const step = c.step;
    const said = saidIn(await c.say(typed));
    expect(said).toContain(SORRY);
    expect(said).not.toMatch(/NSPCC|Childline|999|Are you OK/);
    expect((await c.draft())!.flags).toEqual([]);
    expect(c.step).toBe(step);
    expect((await c.draft())!.needs[0]!.helps ?? []).toEqual([]);
  });
});

describe('still heard after the check', () => {
  it.each(['he hits him', 'someone hurt him at nursery', 'his dad hurts him', 'nobody hurt him except his dad. why you keep ask me this'])('%j', async (typed) => {
    const c = await afterACheck();
    await c.say(typed);
    expect((await c.draft())!.flags.length).toBeGreaterThan(0);
  });
});

describe('a note made by a misreading, asked off in fear of a visit', () => {
  const flagged = (d: Parameters<typeof addFlag>[0]) => addFlag(d, { category: 'bullying', at: new Date('2026-12-02T09:30:00Z'), step: 'needs.barrier' });
  it.each([
    'please delete that note. i am scared now social worker come to my house. we are good family',
    'take that note off please, it was a mistake. will they take him away',
    'delete the note. nobody hurt him. i am scared police come to my door',
  ])('%j: marked a mix-up, and nobody is sent', async (typed) => {
    ({ chat } = await startWith(parentSeed(YUSUF, [HOPE], { at: atBarrier, change: flagged, journey: { mode: ReadingMode.easyRead } })));
    const step = chat!.step;
    const said = saidIn(await chat!.say(typed));
    expect(said).toContain(easy('safeguarding:note.markedMixUp'));
    expect(said).toContain(easy('safeguarding:note.noVisit'));
    expect(said).not.toMatch(/NSPCC|Childline|999/);
    const flags = (await chat!.draft())!.flags;
    expect(flags).toHaveLength(1);
    expect(flags[0]!.takenBackAt).toBeTruthy();
    expect(chat!.step).toBe(step);
  });

  it('leave alone: "please delete that note" with nothing said to have been wrong keeps the note as it was', async () => {
    ({ chat } = await startWith(parentSeed(YUSUF, [HOPE], { at: atBarrier, change: flagged, journey: { mode: ReadingMode.easyRead } })));
    const said = saidIn(await chat!.say('please delete that note. i am scared social worker come to my house'));
    expect(said).not.toContain(easy('safeguarding:note.noVisit'));
    expect((await chat!.draft())!.flags[0]!.takenBackAt).toBeFalsy();
  });
});
