import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn } from '../support/typedWay';
import { startWith, type Seed } from './journeySeed';

/*
 * A teenager at "anything else?" who types "i wont b around 4 the meeting" may mean they will not be
 * alive: the safeguarding answer comes at once, and nothing is kept as a hard thing. The same words
 * with a reason for being away ("i have a dentist appointment") are an answer like any other, and a
 * scarf worn for the cold is never a worry.
 */

const seed = (): Seed => ({
  today: '2026-12-05',
  name: 'Kai',
  age: 15,
  schoolYear: 10,
  hopes: [{ text: 'get a job in a garage', theme: 'learning_and_work', needs: ['reading the manuals is hard'] }],
  at: (d) => ({ stage: 'needs', step: Step.needsMore, topic: d.aspirations[0]!.id }),
});

describe('not being around for the meeting, at "anything else?"', () => {
  let chat: Transcript | undefined;
  afterEach(async () => chat?.close());

  it.each(['i wont b around 4 the meeting', 'im not gonna be here for my review'])('%j gets the safeguarding answer and is never kept', async (typed) => {
    ({ chat } = await startWith(seed()));
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(CRISIS);
    expect(chat.step).toBe(Step.safeguardingCheck);
    const draft = (await chat.draft())!;
    expect(draft.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
    expect(draft.needs.map((n) => n.text)).toEqual(['reading the manuals is hard']);
  });

  it.each(['i wont be around for the meeting, i have a dentist appointment', 'i tie my scarf round my neck when its cold'])('%j raises no worry', async (typed) => {
    ({ chat } = await startWith(seed()));
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/Are you OK\?/);
    expect((await chat.draft())!.flags).toEqual([]);
  });
});
