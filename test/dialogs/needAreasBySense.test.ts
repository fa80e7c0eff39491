import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * A parent types what is hard at school, one thing at a time. Each need is labelled by what it is
 * about: noise, light and touch are the senses and body; focus, sitting still, worry and anger are
 * feelings (the SEND Code of Practice puts attention and hyperactivity with social, emotional and
 * mental health); understanding is talking and understanding; only reading, writing, number and
 * memory are learning.
 */

const TYPED: Array<[string, string]> = [
  ['the noise in lessons is too much for him', 'senses and body'],
  ['bright lights in the hall give him a headache', 'senses and body'],
  ['he hates the feel of his school jumper', 'senses and body'],
  ['he cant sit still in lessons', 'feelings and getting on with others'],
  ['he cant focus for long', 'feelings and getting on with others'],
  ['he worries about tests', 'feelings and getting on with others'],
  ['he doesnt understand what the teacher says', 'talking and understanding'],
  ['he is behind with his reading', 'learning'],
];

const SEED: Omit<Seed, 'at'> = {
  today: '2026-12-02',
  who: 'parent_carer',
  name: 'Tomasz',
  age: 9,
  schoolYear: 4,
  hopes: [
    { text: 'to be happy at school', theme: 'learning_and_work', needs: [] },
    { text: 'to do well in his lessons', theme: 'learning_and_work', needs: [] },
    { text: 'to go on the school trip', theme: 'friends_and_community', needs: [] },
  ],
};

describe('each need typed is labelled by its own area', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('noise, light and touch are senses; focus, sitting still and worry are feelings; reading is learning', async () => {
    ({ chat } = await startWith({ ...SEED, at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }) }));
    // Three things hard for each hope at most, so the needs go with three hopes.
    for (const [need] of TYPED) {
      expect([Step.needsBarrier, Step.needsMore]).toContain(chat.step);
      await chat.say(chat.step === Step.needsMore ? `yes ${need}` : need);
      expect(chat.step).toBe(Step.needsHelps);
      await chat.say('nothing really');
    }
    const typed = (await chat.draft())!;
    expect(typed.needs.map((n) => n.text)).toEqual(TYPED.map(([need]) => need));
    await chat.close();

    ({ chat } = await startWith({ ...SEED, change: (): Draft => typed, at: () => ({ stage: 'review', step: Step.reviewSummary }) }));
    await chat.say('what makes things hard');
    const card = JSON.stringify(chat.lastQuestion!.activity.attachments);
    for (const [need, area] of TYPED) expect(card, need).toContain(`${need} (${area})`);
  });
});
