import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { startWith } from './journeySeed';
import { FRIENDS } from './outcomeSeed';

/*
 * "now", "right now", "asap" at "by when?" are soon: the bot says so and offers to make it a step
 * on the way. Kept as a short step, the read-back says "As soon as possible", never a month.
 */

describe('"now" at by when', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it.each(['now', 'right now', 'asap'])('"%s" is soon, and kept short it is read back with no month', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Mia', age: 14, schoolYear: 9, hopes: [FRIENDS] }));
    await typeUntil(chat, Step.outcomeWhen, { [Step.outcomeStep]: 'go to the lunch club' });
    const soon = saidIn(await chat.say(typed));
    expect(soon).toMatch(/quite soon/);
    expect(soon).not.toMatch(/December|by \w+ 2026/);
    const shown = saidIn(
      await typeUntil(chat, Step.outcomeConfirm, {
        [Step.outcomeWhen]: 'keep it as a short step',
        [Step.outcomeMeasure]: 'my teacher sees me there',
        [Step.outcomeDoesForMe]: 'I would feel happy',
        [Step.outcomeMakesPossible]: 'I could make friends',
        [Step.outcomeProvides]: 'a buddy',
      }),
    );
    expect(shown).toContain('"As soon as possible, I will go to the lunch club."');
    expect(shown).not.toMatch(/December 2026/);
  });
});
