import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { withoutChatter } from '../../src/language';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * Danielle, foster carer of Reece (9), says her help again after the bot missed it:
 * "ok. i said, bath and dinosaur audiobook". The help is kept, never "ok" or "i said".
 */
const REECE = parentSeed({ name: 'Reece', age: 9, schoolYear: 4 }, [{ text: 'sleep better', theme: 'health_and_wellbeing', needs: [] }], {
  at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
});

describe('an answer said again after "ok. i said,"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['ok. i said, bath and dinosaur audiobook', 'bath and dinosaur audiobook'],
    ['like i said: lego and dinosaurs', 'lego and dinosaurs'],
    ['i just said, the lego', 'the lego'],
  ])('"%s" reads as "%s"', (typed, answer) => {
    expect(withoutChatter(typed)).toBe(answer);
  });

  it('at what helps, the help is kept without "ok. i said"', async () => {
    ({ chat } = await startWith(REECE));
    await chat.say('he cant settle at bedtime');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('ok. i said, bath and dinosaur audiobook');
    const helps = (await chat.draft())!.needs.flatMap((n) => n.helps ?? []).map((h) => JSON.stringify(h));
    expect(helps.join(' ')).toMatch(/bath and dinosaur audiobook/);
    expect(helps.join(' ')).not.toMatch(/\bok\b|i said/i);
  });
});
