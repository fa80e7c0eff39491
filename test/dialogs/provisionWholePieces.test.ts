import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/*
 * Wendy tells the help Alfie gets in one long sentence: two pieces of provision, each whole, each
 * with who gives it and how often when she said so. Never cut into fragments.
 */

const HOPES: SeedHope[] = [{ text: 'I should like Alfie to be able to tell us what he needs', theme: 'health_and_wellbeing', needs: ['he has very few words'] }];
const SAID = 'He has speech and language therapy at school once a fortnight and the teaching assistant uses pictures with him.';

describe('a long answer about the help he gets', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('at "what already helps?" keeps whole pieces', async () => {
    const started = await startWith(parentSeed({ name: 'Alfie', age: 7, schoolYear: 2 }, HOPES, {
      at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
    }));
    chat = started.chat;
    await chat.say(SAID);
    const helps = (await chat.draft())!.needs[0]!.helps ?? [];
    // Whole pieces only: every word said is in one of them, and no piece is a fragment of a few words.
    expect(helps.join(' ').replace(/[.\s]+/g, ' ').trim()).toBe(SAID.replace(/[.\s]+/g, ' ').trim());
    expect(helps.every((h) => h.split(/\s+/).length >= 6)).toBe(true);
  });

  it('at "what help would be needed?" keeps whole pieces, with who and how often', async () => {
    const started = await startWith(parentSeed({ name: 'Alfie', age: 7, schoolYear: 2 }, HOPES, {
      change: (d) => d,
      at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }),
    }));
    chat = started.chat;
    await chat.say('By July 2027, Alfie will use his pictures to ask for a drink at lunch');
    for (let i = 0; i < 6 && chat.step !== Step.outcomeProvides; i++) await chat.say(chat.step === Step.outcomeWhen ? 'July 2027' : chat.step === Step.outcomeMeasure ? 'he asks with a picture on 4 days out of 5' : 'he would be less frustrated');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say(SAID);
    const provision = (await chat.draft())!.outcomes[0]!.provision;
    expect(provision.map((p) => p.text)).toEqual(['He has speech and language therapy at school once a fortnight', 'the teaching assistant uses pictures with him']);
    expect(provision[0]).toMatchObject({ by: 'education', howOften: 'once a fortnight' });
    expect(provision[1]).toMatchObject({ by: 'education' });
    expect(provision[1]!.howOften ?? null).toBeNull();
  });
});
