import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Dev's mum types for a moment: "mum here: ...". She is thanked; her words are kept without the lead-in. */

const FLAT = { text: 'live in flat wiv sam', theme: 'independent_living' as const, needs: [] };
const dev = { today: '2026-12-03', name: 'Dev', age: 16, schoolYear: 11, hopes: [FLAT] };

describe('"mum here:" before an answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('at "what helps?" the help is kept without "mum here:", and Dev\'s mum is thanked', async () => {
    ({ chat } = await startWith({ ...dev, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('money and cooking on own');
    const replies = await chat.say('mum here: he cooks simple meals with me at home, pasta and toast, but needs prompts for each step');
    expect(saidIn(replies)).toMatch(/Thank you, Dev's mum\./);
    expect(chat.step).toBe(Step.needsMore);
    const text = JSON.stringify((await chat.draft())!.needs);
    expect(text).toMatch(/he cooks simple meals with me at home/);
    expect(text).not.toMatch(/mum here/i);
  });

  it('at "how will people know?" the measure is kept without "mum here:"', async () => {
    ({ chat } = await startWith(dev));
    await chat.say('make my bed n wash clothes');
    await chat.say('end of yr 13');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('mum here: he uses the washing machine every week without reminders');
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('he uses the washing machine every week without reminders');
  });
});
