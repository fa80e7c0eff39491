import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Paul, dad of Arlo (4), at "What makes this hard?" gives the hard thing and what helps in one
 * message: the help is kept as what helps (read back), never in the hard thing's words, and
 * "What already helps?" is not asked again.
 */
const PAUL: Seed = {
  today: '2026-12-06', who: 'parent_carer', name: 'Arlo', age: 4, schoolYear: -1,
  hopes: [{ text: 'talk in short sentences', theme: 'learning_and_work', needs: [] }],
  at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
};

describe('Paul says what is hard and what helps at once', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the help is kept as what helps, and "what helps?" is not asked', async () => {
    ({ chat } = await startWith(PAUL));
    const said = saidIn(await chat.say('he only has about 20 words and gets really frustrated when we dont understand him. what helps is the SALT lady who comes to nursery every 2 weeks'));
    expect(said).toMatch(/You said "the SALT lady who comes to nursery every 2 weeks" helps/);
    const draft = (await chat.draft())!;
    expect(draft.needs).toHaveLength(1);
    expect(draft.needs[0]!.text).not.toMatch(/SALT|what helps/);
    expect(JSON.stringify(draft.needs[0])).toMatch(/SALT lady/);
    expect(chat.step).toBe(Step.needsMore);
  });

  it('a hard thing alone still asks what helps', async () => {
    ({ chat } = await startWith(PAUL));
    await chat.say('he only has about 20 words');
    expect(chat.step).toBe(Step.needsHelps);
  });

  it.each(['he hits me. what helps is hiding in my room', 'my uncle touches me, what helps is staying at nans'])('"%s": the disclosure is heard first', async (typed) => {
    ({ chat } = await startWith(PAUL));
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
