import { afterEach, describe, expect, it } from 'vitest';
import { HopesText } from '../../dialogs/hopesText';
import { Step } from '../../dialogs/ids';
import { ReadingMode } from '../../src/domain/readingMode';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/* "ok" at an open hope question is no answer: it is asked again kindly, with a short example; nothing is kept. */
const atTheme = (theme: string): Seed['at'] => () => ({ stage: 'hopes', step: Step.hopesTheme, topic: theme });
const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('"ok" at an open hope question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const easy = createWords().forMode(ReadingMode.easyRead);

  for (const typed of ['ok', 'okay.', 'k', 'alright']) {
    it(`"${typed}" at a theme question (easy read, 21) is not taken as "yes, I have one"`, async () => {
      ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 21, hopes: [], at: atTheme('friends_and_community'), journey: { mode: ReadingMode.easyRead } }));
      const replies = await chat.say(typed);
      expect(said(replies)).not.toContain(easy(HopesText.themeTellMe));
      expect(said(replies)).toContain(easy(HopesText.takeYourTime));
      expect(said(replies)).toMatch(/work|college|home|money|friends/);
      expect(chat.step).toBe(Step.hopesTheme);
      expect((await chat.draft())?.aspirations).toEqual([]);
    });
  }

  it('"ok" at the first hope question is asked again kindly, never "sorry"', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 21, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    const replies = await chat.say('ok');
    expect(said(replies)).not.toMatch(/sorry/i);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it('leave alone: "yes" still asks what they would like', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 21, hopes: [], at: atTheme('friends_and_community'), journey: { mode: ReadingMode.easyRead } }));
    expect(said(await chat.say('yes'))).toContain(easy(HopesText.themeTellMe));
  });
});

describe('"im fine" at a theme question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const typed of ['im fine', "I'm good thanks", 'im ok with that']) {
    it(`"${typed}" at the health theme means nothing for now: no hope kept, the next part of life asked`, async () => {
      ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 21, hopes: [{ text: 'a job that pays', theme: 'learning_and_work', needs: [] }], at: atTheme('health_and_wellbeing') }));
      const replies = await chat.say(typed);
      expect(said(replies)).not.toMatch(/in the future/i);
      expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['a job that pays']);
      expect(chat.lastQuestion?.activity.text ?? '').not.toMatch(/health/i);
    });
  }
});
