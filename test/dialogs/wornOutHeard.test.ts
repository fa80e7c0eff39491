import { afterEach, describe, expect, it } from 'vitest';
import { CommandText } from '../../dialogs/commands';
import { Step, type StageId, type StepId } from '../../dialogs/ids';
import { ReadingMode } from '../../src/domain/readingMode';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * "I'm worn out", "im so tired of all this", instead of an answer or beside one: a short kind line
 * (they can stop and come back; their answers are kept), then the chat carries on. Never kept as an answer.
 */
const at = (stage: StageId, step: StepId): Seed['at'] => () => ({ stage, step });
const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '');

describe('being worn out, said at a question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const standard = createWords().forMode(ReadingMode.standard);
  const easy = createWords().forMode(ReadingMode.easyRead);

  it.each(["I'm worn out", 'im so tired of all this', 'honestly im exhausted'])('"%s" instead of an answer: the kind line, the same question again, nothing kept', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Sam', age: 15, hopes: [], at: at('aboutMe', Step.aboutMeStrengths) }));
    const replies = await chat.say(typed);
    expect(said(replies)).toContain(standard(CommandText.wornOut));
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
  });

  it('"im kind i guess. im so tired of all this": the kind line, and only "im kind i guess" is kept', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Sam', age: 15, hopes: [], at: at('aboutMe', Step.aboutMeStrengths), journey: { mode: ReadingMode.easyRead } }));
    const replies = await chat.say('im kind i guess. im so tired of all this');
    expect(said(replies)).toContain(easy(CommandText.wornOut));
    const strengths = (await chat.draft())?.aboutMe.strengths ?? [];
    expect(strengths.length).toBe(1);
    expect(JSON.stringify(strengths)).not.toMatch(/tired/);
    expect(chat.step).not.toBe(Step.aboutMeStrengths);
  });
});
