import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * Danielle, foster carer of Reece (9), names a help and says where she heard of it:
 * "zones of regulation; school mentioned that once". One help is kept, not the remark as a help
 * of its own. "not much really" is never kept as a help.
 */
const REECE = parentSeed({ name: 'Reece', age: 9, schoolYear: 4 }, [{ text: 'have calm mornings', theme: 'health_and_wellbeing', needs: [] }], {
  at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
});

const helpsOf = async (chat: Transcript) => (await chat.draft())!.needs.flatMap((n) => n.helps ?? []).map((h) => (typeof h === 'string' ? h : JSON.stringify(h)));

describe('a remark said after a help', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['zones of regulation; school mentioned that once', /zones of regulation/i],
    ['a visual timetable, his teacher suggested it last year', /visual timetable/i],
  ])('"%s" keeps one help', async (typed, help) => {
    ({ chat } = await startWith(REECE));
    await chat.say('he kicks off when he is rushed');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say(typed);
    const helps = await helpsOf(chat);
    expect(helps).toHaveLength(1);
    expect(helps[0]).toMatch(help);
    expect(helps[0]).not.toMatch(/mentioned|suggested/);
  });

  it.each(['not much', 'not much really'])('"%s" is never kept as a help', async (typed) => {
    ({ chat } = await startWith(REECE));
    await chat.say('he kicks off when he is rushed');
    await chat.say(typed);
    expect(await helpsOf(chat)).toEqual([]);
  });

  it('at how best to support him, "zones of regulation; school mentioned that once" keeps one way to support him', async () => {
    ({ chat } = await startWith({ ...REECE, at: () => ({ stage: 'aboutMe', step: Step.aboutMeSupport }) }));
    await chat.say('zones of regulation; school mentioned that once');
    const support = (await chat.draft())!.aboutMe.support.map((s) => JSON.stringify(s));
    expect(support).toHaveLength(1);
    expect(support[0]).not.toMatch(/mentioned/);
  });
});
