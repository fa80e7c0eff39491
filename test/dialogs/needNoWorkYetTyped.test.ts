import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * Jordan (22) wants a paid job and has never had one. "never had job" is what makes the hope hard
 * (he needs experience of work), wherever he types it: never help that did not come, never a "no".
 */
const JORDAN: Seed = {
  today: '2026-12-04',
  name: 'Jordan',
  age: 22,
  hopes: [{ text: 'get a paid job', theme: 'learning_and_work', needs: [] }],
  at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
};
const needsOf = async (chat: Transcript) => (await chat.draft())!.needs.map((n) => n.text);

describe('"never had job" is kept as a need', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['what helps', ['easy read', 'reading']],
    ['something else hard', ['easy read', 'reading', 'my mum']],
    ['what makes it hard', ['easy read']],
  ])('at %s', async (_at, before) => {
    ({ chat } = await startWith(JORDAN));
    for (const said of before) await chat.say(said);
    await chat.say('never had job');
    expect(await needsOf(chat)).toContain('never had job');
    expect(chat.step).toBe(Step.needsHelps);
  });

  it('"never had any help" at what helps is still nothing helping yet, not a need', async () => {
    ({ chat } = await startWith(JORDAN));
    for (const said of ['easy read', 'reading', 'never had any help']) await chat.say(said);
    expect(await needsOf(chat)).toEqual(['reading']);
    expect(chat.step).toBe(Step.needsMore);
  });
});
