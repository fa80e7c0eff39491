import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * "I've noted your worry for your family": the worry is in the draft, in the parent's words, as a
 * need of the family (social care) where the key worker sees it. It is tied to no hope, so taking
 * the hope said beside it out never takes the worry with it.
 */
const SAM = { ...parentSeed({ name: 'Sam', age: 15, schoolYear: 10 }, []), at: () => ({ stage: 'hopes' as const, step: Step.hopesDream }) };
const worryIn = async (chat: Transcript) => (await chat.draft())!.needs.filter((n) => n.text === 'im worried about the move to college');

describe('a family worry the bot says it noted', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is kept as a need of the family, in their words, and stays when the hope beside it is taken out', async () => {
    ({ chat } = await startWith(SAM));
    const said = saidIn(await chat.say('im worried about the move to college. i want him to make friends'));
    expect(said).toMatch(/noted your worry/);
    expect((await worryIn(chat)).map((n) => [n.suggestedSection, n.aspirationIds])).toEqual([['social_care', []]]);
    const asked = saidIn(await chat.say('delete hope 1'));
    expect(asked).not.toMatch(/makes it hard/);
    await chat.say('yes');
    expect((await chat.draft())!.aspirations).toHaveLength(0);
    expect(await worryIn(chat)).toHaveLength(1);
  });

  it('said alone, it is kept and the hope is asked for', async () => {
    ({ chat } = await startWith(SAM));
    expect(saidIn(await chat.say('im worried about the move to college'))).toMatch(/noted your worry/);
    expect(await worryIn(chat)).toHaveLength(1);
    expect(chat.step).toBe(Step.hopesDream);
  });

  const NATHAN = { today: '2026-12-02', name: 'Nathan', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes' as const, step: Step.hopesDream }) };

  it('"im worried about my family" from the young person is kept as something hard, never a hope', async () => {
    ({ chat } = await startWith(NATHAN));
    const said = saidIn(await chat.say('im worried about my family'));
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(0);
    expect(draft.needs.map((n) => n.text)).toEqual(['im worried about my family']);
    expect(said).toMatch(/something that is hard/);
    expect(said).not.toMatch(/for your family/);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it.each(['im worried my dad will hit me again', 'im scared of my uncle he touches me', 'i worry i want to die', 'im scared they make me sell stuff'])('"%s" is heard as harm, never only kept', async (typed) => {
    ({ chat } = await startWith(NATHAN));
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });
});
