import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { doesForMeShown } from '../../src/language/feelingAnswer';
import type { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Josh (20) types short lowercase messages. What he typed is kept as typed; what the bot reads back
 * and shows in the plan reads well: "proud. and id have something to put on a cv" is shown as
 * "I would feel proud, and I'd have something to put on a CV".
 */

const COURSE: SeedHope = { text: 'get a job in a kitchen', theme: 'learning_and_work', needs: ['i get muddled with reading'] };

async function josh(typed: Partial<Record<string, string>>): Promise<{ chat: Transcript; readBack: string }> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Josh', age: 20, hopes: [COURSE] });
  const readBack = saidIn(
    await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'do a food hygiene course',
      [Step.outcomeWhen]: 'by next summer',
      [Step.outcomeMeasure]: 'my tutor signs it off',
      [Step.outcomeDoesForMe]: 'proud',
      [Step.outcomeMakesPossible]: 'get a job in a cafe',
      [Step.outcomeProvides]: 'someone to read the questions to me',
      ...typed,
    }),
  );
  return { chat, readBack };
}

describe('Josh\'s words read back tidily, kept as typed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"proud. and id have something to put on a cv" reads as one sentence in the plan', async () => {
    ({ chat } = await josh({ [Step.outcomeDoesForMe]: 'proud. and id have something to put on a cv' }));
    await chat.say('yes');
    const draft = (await chat.draft())!;
    // The plan (review card, summary and exports) shows it as one sentence.
    expect(doesForMeShown(draft.outcomes[0]!.doesForMe ?? '', draft.youngPerson)).toBe("I would feel proud, and I'd have something to put on a CV");
    expect((await chat.draft())!.outcomes[0]!.doesForMe).toBe('proud. and id have something to put on a cv');
  });

  it('"Id get a certificate" as how everyone will know reads back and is shown as "I\'d"', async () => {
    let readBack: string;
    ({ chat, readBack } = await josh({ [Step.outcomeMeasure]: 'Id get a certificate' }));
    expect(readBack).toContain("I'd get a certificate");
    expect(readBack).not.toMatch(/\bId\b/);
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe("I'd get a certificate");
    expect(outcome.measureInTheirWords).toBe('Id get a certificate');
  });
});
