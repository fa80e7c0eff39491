import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* A hope given again at a later question ("i told you. a job") is recognised as the one kept, never stored twice. */
const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const JOB = { text: 'a job that pays', theme: 'learning_and_work' as const, needs: [] };

describe('a hope given again at a theme question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const typed of ['i told you. a job', 'a job', 'like i said a job']) {
    it(`"${typed}" at the health theme is the hope kept already`, async () => {
      ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 21, hopes: [JOB], at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'health_and_wellbeing' }) }));
      const replies = await chat.say(typed);
      expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['a job that pays']);
      expect(said(replies)).toMatch(/a job that pays/);
    });
  }
});
