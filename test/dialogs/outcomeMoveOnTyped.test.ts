import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { startWith } from './journeySeed';
import { FRIENDS, GAMES } from './outcomeSeed';

/*
 * "i want to go on to the next one", "next one please", "can we move on": at the read-back the
 * outcome is kept as it was read back, and the next hope is asked about; at the step nothing is
 * kept, and the next hope is asked about. The words are never an outcome.
 */

const MOVE_ON = ['i want to go on to the next one', 'next one please', 'can we move on'];
const SEED = { today: '2026-12-04', name: 'Mia', age: 14, schoolYear: 9, hopes: [GAMES, FRIENDS] };

describe('moving on to the next hope', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it.each(MOVE_ON)('"%s" at the read-back keeps the outcome as read back and asks about the next hope', async (typed) => {
    ({ chat } = await startWith(SEED));
    const shown = saidIn(
      await typeUntil(chat, Step.outcomeConfirm, {
        [Step.outcomeStep]: 'make a game in scratch',
        [Step.outcomeWhen]: 'by the summer',
        [Step.outcomeMeasure]: 'my teacher plays it',
        [Step.outcomeDoesForMe]: 'I would feel proud',
        [Step.outcomeMakesPossible]: 'I could do a course',
        [Step.outcomeProvides]: 'a laptop',
      }),
    );
    const readBack = /Here is your outcome: "([^"]+)"/.exec(shown)?.[1];
    const reply = saidIn(await chat.say(typed));
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    expect(draft.outcomes[0]).toMatchObject({ statement: readBack, confirmed: true });
    expect(JSON.stringify(draft)).not.toMatch(/next one|move on|go on/i);
    expect(reply).toMatch(/kept it as it is/i);
    const friends = draft.aspirations.find((a) => a.text === FRIENDS.text)!;
    expect(chat.lastQuestion).toMatchObject({ step: Step.outcomeStep, topic: friends.id });
    expect(reply).toContain(FRIENDS.text);
  });

  it.each(MOVE_ON)('"%s" at the step keeps nothing and asks about the next hope', async (typed) => {
    ({ chat } = await startWith(SEED));
    expect(chat.step).toBe(Step.outcomeStep);
    const reply = saidIn(await chat.say(typed));
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toEqual([]);
    const friends = draft.aspirations.find((a) => a.text === FRIENDS.text)!;
    expect(chat.lastQuestion).toMatchObject({ step: Step.outcomeStep, topic: friends.id });
    expect(reply).toContain(FRIENDS.text);
  });
});
