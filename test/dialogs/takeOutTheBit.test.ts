import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { readEditRequest } from '../../src/language/editRequest';
import { startWith, type Seed } from './journeySeed';

/*
 * "take out the bit about being a chef" typed mid-chat, with no "no" before it, asks for that part
 * to go: the bot offers to take it out. It is never kept as an answer to the open question.
 */

const SEED: Seed = {
  today: '2026-12-03',
  name: 'Tyler',
  age: 15,
  schoolYear: 10,
  hopes: [
    { text: 'be a chef', theme: 'learning_and_work', needs: [] },
    { text: 'learn to drive', theme: 'learning_and_work', needs: [] },
  ],
  at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[1]!.id }),
};

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('a plain "take out the bit about ..."', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('offers to take out the hope it names, and keeps nothing as a need', async () => {
    ({ chat } = await startWith(SEED));
    const reply = said(await chat.say('take out the bit about being a chef'));
    expect(reply).toMatch(/be a chef/);
    const draft = (await chat.draft())!;
    expect(JSON.stringify(draft.needs)).not.toMatch(/take out|chef/);
    expect(draft.aspirations.map((a) => a.text)).toContain('be a chef');
  });
});

describe('the reader', () => {
  it('reads it as taking out the part it names', () => {
    expect(readEditRequest('take out the bit about being a chef')).toMatchObject({ action: 'remove', part: { about: 'a chef', loose: true } });
  });
  it.each(['the bit about being a chef is the best bit', 'i like the part about cooking', 'take out the bins'])('leaves %j alone', (typed) => {
    expect(readEditRequest(typed)?.part.about ?? '').not.toMatch(/chef|cooking/);
  });
});
