import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * Danielle, foster carer of Reece (9, Year 4), asks what "by when?" means. The example she hears
 * fits a Year 4 child (this school year, in a year), never "the end of Year 11"; an adult of 22
 * hears no school year either.
 */
const atWhen: Seed['at'] = (draft) => ({ stage: 'outcomes', step: Step.outcomeWhen, topic: draft.aspirations[0]!.id });
const REECE = parentSeed({ name: 'Reece', age: 9, schoolYear: 4 }, [{ text: 'have calm mornings', theme: 'health_and_wellbeing', needs: ['mornings are hard'] }], {
  at: atWhen,
  change: (d) => d,
});
const JORDAN: Seed = { today: '2026-12-04', name: 'Jordan', age: 22, hopes: [{ text: 'get a paid job', theme: 'learning_and_work', needs: [] }] };

describe('examples at "by when?" fit the age', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['what do you mean by when', 'help', 'wot dat mean'])('a carer of a Year 4 child typing "%s" hears no Year 11', async (typed) => {
    ({ chat } = await startWith(REECE));
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/time/i);
    expect(said).not.toMatch(/Year 11/);
    expect(chat.step).toBe(Step.outcomeWhen);
  });

  it('an adult of 22 asking "help" at "by when?" hears no school year', async () => {
    ({ chat } = await startWith(JORDAN));
    await chat.say('get a job in a shop');
    expect(chat.step).toBe(Step.outcomeWhen);
    const said = saidIn(await chat.say('help'));
    expect(said).not.toMatch(/Year 11/);
  });
});
