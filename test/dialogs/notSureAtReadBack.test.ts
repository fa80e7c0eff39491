import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * "idk wat to say" at a question with no ideas to give (the outcome read-back) gets the question's
 * help, never "Here's an idea" followed by none.
 */

const SEED: Seed = {
  today: '2026-12-02',
  name: 'Liam',
  age: 22,
  hopes: [{ text: 'get a paid job at a supermarket', theme: 'learning_and_work', needs: ['money is hard for me'] }],
};

const t = createWords().forMode('standard');
const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('not sure at the outcome read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is told the read-back is theirs to check, without a promise of an idea', async () => {
    ({ chat } = await startWith(SEED));
    for (const m of ['stack shelves at the shop on saturdays', 'in a year', 'my manager says i did good', 'i get my own money', 'a real job', 'no']) await chat.say(m);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const reply = said(await chat.say('idk wat to say'));
    expect(reply).not.toContain(t('commands:notSureFirst'));
    expect(reply).toContain(t('commands:notSureHelp'));
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())!.outcomes[0]?.statement ?? '').not.toMatch(/idk/i);
  });
});
