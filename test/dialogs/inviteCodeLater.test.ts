import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { AudienceText } from '../../dialogs/reviewAudience';
import { setKeyWorker } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

const SEED: Seed = {
  today: '2026-12-02',
  name: 'Kyle',
  age: 14,
  schoolYear: 9,
  hopes: [{ text: 'be a mechanic', theme: 'learning_and_work', needs: ['reading is hard'] }],
};

describe('a key worker\'s code typed after the welcome ("you can add a code later")', () => {
  let chat: Transcript | undefined;
  afterEach(async () => chat?.close());

  it('at the end of the review, "my code is FA9C-KM3Y" links the plan and asks whether to share it', async () => {
    ({ chat } = await startWith({ ...SEED, at: () => ({ stage: 'review', step: Step.reviewDone }) }));
    const replies = await chat.say('my code is FA9C-KM3Y');
    expect(saidIn(replies)).toMatch(/saved that code/);
    expect(chat.step).toBe(Step.reviewShare);
    expect((await chat.draft())?.keyWorker?.invitationCode).toBe('FA9C-KM3Y'.replace('-', ''));
    expect((await chat.draft())?.keyWorker?.shared).toBe(false);
  });

  it('at an outcome question the code is kept and the same question is asked again; nothing of it becomes the outcome', async () => {
    ({ chat } = await startWith(SEED));
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('fa9c km3y');
    expect(chat.step).toBe(Step.outcomeStep);
    const draft = await chat.draft();
    expect(draft?.keyWorker?.invitationCode).toBe('FA9CKM3Y');
    expect(draft?.outcomes ?? []).toEqual([]);
  });

  it.each(['fix my uncles car with him every saturday', 'by xmas 2027', 'the when bit shud be by xmas 2027'])('"%s" is still an answer, never a code', async (typed) => {
    ({ chat } = await startWith(SEED));
    await chat.say(typed);
    expect((await chat.draft())?.keyWorker?.invitationCode).toBeUndefined();
  });
});

describe('the end of the review says a code can be typed later', () => {
  let chat: Transcript | undefined;
  afterEach(async () => chat?.close());
  const atSummary = () => ({ stage: 'review' as const, step: Step.reviewSummary });
  const codeLater = createWords().forMode('standard')(AudienceText.codeAnyTime);

  it('with no code, "looks good" ends with how to link the plan to a key worker later', async () => {
    ({ chat } = await startWith({ ...SEED, at: atSummary }));
    const replies = await chat.say('looks good');
    expect(chat.step).toBe(Step.reviewDone);
    expect(saidIn(replies)).toContain(codeLater);
  });

  it('with a code already, the end never says it', async () => {
    ({ chat } = await startWith({ ...SEED, change: (d) => setKeyWorker(d, { invitationCode: 'FA9CKM3Y', shared: true }), at: atSummary }));
    const replies = await chat.say('ok thats fine');
    expect(chat.step).toBe(Step.reviewDone);
    expect(saidIn(replies)).not.toContain(codeLater);
  });
});
