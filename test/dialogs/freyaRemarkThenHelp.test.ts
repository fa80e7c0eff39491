import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * Freya at "what would it provide?": "isnt that the same as the last one?? idk someone to help me
 * keep my sketchbook..." is a remark about the question, then her answer. The answer is kept;
 * it is never read as two hopes to join.
 */

const FREYA: Seed = {
  today: '2026-12-07',
  name: 'Freya',
  age: 15,
  schoolYear: 10,
  hopes: [
    { text: 'tattoo artist', theme: 'learning_and_work', needs: ['mum thinks its not a real job'] },
    { text: 'working with horses', theme: 'learning_and_work', needs: ['riding lessons are expensive'] },
  ],
  change: (d) => {
    const started = startOutcome(d, { statement: 'I will make a portfolio of my tattoo designs', aspirationId: d.aspirations[0]!.id, needIds: [d.needs[0]!.id] });
    return updateOutcome(started.draft, started.outcome.id, { doesForMe: 'proud', makesPossible: 'getting an apprenticeship at a tattoo place when im older' });
  },
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeProvides, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
};

describe('a remark, then the answer, at "what would it provide?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"isnt that the same as the last one?? idk someone to help me keep my sketchbook" keeps the help', async () => {
    ({ chat } = await startWith(FREYA));
    await chat.say('isnt that the same as the last one?? idk someone to help me keep my sketchbook and not lose it lol. and art teacher feedback');
    const help = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text).join(' ');
    expect(help).toMatch(/someone to help me keep my sketchbook/i);
    expect(help).not.toMatch(/same as the last/i);
    expect(chat.step).not.toBe(Step.outcomeProvides);
  });
});
