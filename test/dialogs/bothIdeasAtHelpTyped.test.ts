import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * At "What help would you need?", a 15-year-old asks what it means; the bot offers two ideas that
 * fit his step ("a quiet room" or "a time-out card"). "or both", "both", "both of them", "yeah both":
 * both ideas are kept as help, never the words "or both".
 */
const NATHAN: Seed = {
  today: '2026-12-02',
  name: 'Nathan',
  age: 15,
  schoolYear: 10,
  hopes: [{ text: 'stay in school and not get kicked out', theme: 'learning_and_work', needs: ['i get angry in class'] }],
  change: (d) => startOutcome(d, { statement: 'I will stay calm in lessons when I get angry', aspirationId: d.aspirations[0]!.id, needIds: [d.needs[0]!.id] }).draft,
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeProvides, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
};
const helpKept = async (chat: Transcript) => (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);

describe('"both" after two ideas of help', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['or both', 'both', 'both of them', 'yeah both'])('"%s" keeps both ideas offered', async (typed) => {
    ({ chat } = await startWith(NATHAN));
    const offered = saidIn(await chat.say('what do you mean'));
    expect(offered).toContain('a quiet room');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say(typed);
    expect(await helpKept(chat)).toEqual(['a quiet room', 'a time-out card']);
    expect(chat.step).not.toBe(Step.outcomeProvides);
  });

  it('"both" with no ideas offered is never kept as help', async () => {
    ({ chat } = await startWith(NATHAN));
    await chat.say('both');
    expect(await helpKept(chat)).toEqual([]);
  });

  it.each(['or both', 'both of them'])('"%s" at "What already helps?" is never kept as help; the examples are given', async (typed) => {
    ({ chat } = await startWith({ ...NATHAN, change: undefined, at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }) }));
    await chat.say('what do you mean');
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/You could say something like/);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs[0]!.helps ?? []).toEqual([]);
  });
});
