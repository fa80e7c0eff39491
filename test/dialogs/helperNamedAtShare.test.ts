import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/* Kai named "Dee my support worker" when asked how best to support him; he never said "key worker". */
const withCode = (support: string[]) => (d: Draft): Draft => ({ ...d, aboutMe: { ...d.aboutMe, support }, keyWorker: { invitationCode: 'KW-1234', shared: false } });

const kaiAt = (step: StepId, support: string[]): Seed => ({
  today: '2026-12-02',
  who: 'self',
  name: 'Kai',
  age: 17,
  schoolYear: 12,
  hopes: [{ text: 'to get the train to college on my own', theme: 'independent_living', needs: ['the train is too loud'] }],
  change: withCode(support),
  at: () => ({ stage: 'review', step }),
});

describe('the person who helps them, in their own word, at sharing and who-sees', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('asks to share with "Dee, your support worker" and says she can read it', async () => {
    ({ chat } = await startWith(kaiAt(Step.reviewShare, ['dee my support worker goes on the train with me'])));
    const asked = await chat.say('what?');
    expect(saidIn(asked)).toMatch(/Dee, your support worker/);
    const replies = await chat.say('yes please');
    expect(saidIn(replies)).toMatch(/Dee, your support worker, can now read your draft/);
    expect(saidIn(replies)).not.toMatch(/key worker/);
  });

  it('who sees it names Mr Hughes, the teacher they named', async () => {
    ({ chat } = await startWith(kaiAt(Step.reviewSummary, ['Mr Hughes my teacher checks my planner'])));
    const replies = await chat.say('who else will see all this?');
    expect(saidIn(replies)).toMatch(/Mr Hughes, your teacher, can see it/);
  });

  it('leaves "key worker" when nobody is named', async () => {
    ({ chat } = await startWith(kaiAt(Step.reviewSummary, ['calm voices and time to think'])));
    const replies = await chat.say('who else will see all this?');
    expect(saidIn(replies)).toMatch(/your key worker can see it/);
  });
});

describe('"is my support worker the same as a key worker?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['is my support worker the same as a key worker?', 'is dee my key worker?', 'is a key worker the same as a social worker'])('%j: answered, then the same question', async (typed) => {
    ({ chat } = await startWith(kaiAt(Step.reviewSummary, ['dee my support worker goes on the train with me'])));
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(/Some people's support worker, social worker or teacher is their key worker/);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"what is a key worker?" keeps its own answer', async () => {
    ({ chat } = await startWith(kaiAt(Step.reviewSummary, ['calm voices'])));
    const replies = await chat.say('what is a key worker?');
    expect(saidIn(replies)).toMatch(/A key worker is the person who helps make your plan/);
    expect(saidIn(replies)).not.toMatch(/Some people's/);
  });
});
