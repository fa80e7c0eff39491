import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/* The example at "How would you know?" never names another skill than the outcome's own. */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('the measure example for a learning outcome fits it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['learn to write his name', 'he will write his name by himself'],
    ['to count to twenty', 'he will count to twenty by himself'],
  ])('hope "%s", outcome "%s"', async (hope, outcome) => {
    ({ chat } = await startWith(parentSeed({ name: 'Alfie', age: 6, schoolYear: 2 }, [{ text: hope, theme: 'learning_and_work', needs: [] }])));
    await chat.say(outcome);
    if (chat.step === Step.outcomeWhen) await chat.say('by the end of year 2');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const said = texts(await chat.say('he would feel really proud of himself'));
    expect(said).toContain('Alfie does it in class without help');
    expect(said).not.toMatch(/reads a short book/);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });
});
