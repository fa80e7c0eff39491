import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, walkTo } from './journeySeed';

/*
 * One help said with its conditions ("a TA, but only in maths, and only if she sits near the door")
 * is one piece of help: the conditions stay with it, never kept as pieces of help of their own.
 */

const SEED = parentSeed({ name: 'Maya', age: 12, schoolYear: 7 }, [{ text: 'to do well at secondary school', theme: 'learning_and_work', needs: [] }]);
const HELP = 'a TA, but only in maths, and only if she sits near the door';

describe('a help with its conditions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is one provision for the outcome', async () => {
    ({ chat } = await startWith({ ...SEED, hopes: [{ text: 'to do well at secondary school', theme: 'learning_and_work', needs: ['she gets lost with numbers in maths'] }] }));
    await walkTo(chat, Step.outcomeProvides, { [Step.outcomeStep]: 'she will do her maths homework on her own', [Step.outcomeWhen]: 'by next summer', [Step.outcomeMeasure]: 'she hands in 4 out of 5 homeworks', [Step.outcomeDoesForMe]: 'she would feel proud', [Step.outcomeMakesPossible]: 'she could go on to do a GCSE in maths' });
    await chat.say(HELP);
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual([HELP]);
  });

  it('is one help with the hard thing, also said over two sentences', async () => {
    ({ chat } = await startWith({ ...SEED, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('she gets lost with numbers in maths');
    await chat.say('a TA but only in maths. and only if she sits near the door');
    expect((await chat.draft())!.needs[0]!.helps).toEqual(['a TA but only in maths. and only if she sits near the door']);
  });
});
