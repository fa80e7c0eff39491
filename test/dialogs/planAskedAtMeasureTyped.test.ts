import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, walkTo } from './journeySeed';

/*
 * Gemma, at "how will everyone know?": "im done now can i just see the plan please". Being done
 * leads in; she asks to see the plan. The draft is shown and the question stays open; nothing of
 * it is kept as the measure.
 */

const HOPES = [{ text: 'for Alfie to use the toilet at nursery', theme: 'independent_living' as const, needs: ['he doesnt tell us when he needs to go'] }];
const DRAFT_TYPE = 'application/vnd.outcomes.draft+json';

describe('"im done now can i just see the plan please" at the measure', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('shows the draft, keeps no measure, and asks the measure again', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Alfie', age: 4, schoolYear: -1 }, HOPES)));
    await chat.say('Alfie will tell an adult when he needs the toilet');
    await walkTo(chat, Step.outcomeMeasure, {
      [Step.outcomeDoesForMe]: 'he would feel proud',
      [Step.outcomeMakesPossible]: 'he could go to parties',
      [Step.outcomeWhen]: 'by next september',
    });
    const replies = await chat.say('im done now can i just see the plan please');
    expect(replies.some((a) => a.attachments?.some((x) => x.contentType === DRAFT_TYPE))).toBe(true);
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())?.outcomes[0]?.measure ?? null).toBeNull();
  });
});
