import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StageId, type StepId } from '../../dialogs/ids';
import { EverydayWordText } from '../../dialogs/wordExplained';
import { createWords } from '../../src/i18n';
import { ReadingMode } from '../../src/domain/readingMode';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/* A word the theme and needs questions use, asked about ("whats partners"), is explained in one line, and nothing is kept. */
const atTheme = (theme: string): Seed['at'] => () => ({ stage: 'hopes', step: Step.hopesTheme, topic: theme });
const texts = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => a.text ?? '');

describe('words of the theme questions explained', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const easy = createWords().forMode(ReadingMode.easyRead);
  const standard = createWords().forMode(ReadingMode.standard);

  it('a 21-year-old reading easy words who types "whats partners" hears what a partner is, and the question again', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 21, hopes: [], at: atTheme('friends_and_community'), journey: { mode: ReadingMode.easyRead } }));
    const replies = await chat.say('whats partners');
    expect(texts(replies)).toContain(easy(EverydayWordText.partner));
    expect(chat.step).toBe(Step.hopesTheme);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it.each([
    ['what does relationships mean', 'relationship'],
    ['whats local area', 'localArea'],
    ['what is wellbeing?', 'wellbeing'],
    ['wat is training', 'training'],
    ['what does manage mean', 'manage'],
    ['whats independent mean', 'independent'],
  ] as const)('"%s" at a theme question is explained', async (typed, term) => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Sam', age: 20, hopes: [], at: atTheme('independent_living') }));
    const replies = await chat.say(typed);
    expect(texts(replies)).toContain(standard(EverydayWordText[term]));
    expect(chat.step).toBe(Step.hopesTheme);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it('every word has one short line in both reading modes', () => {
    for (const key of Object.values(EverydayWordText)) {
      expect(standard(key)).not.toBe(key);
      expect(easy(key)).not.toBe(key);
      expect(easy(key).split(/[.!?]\s/).every((s) => s.split(/\s+/).length <= 15)).toBe(true);
    }
  });
});

/* Words of plans and meetings (SALT, TA, SENCO, EHCP, OT, CAMHS, local offer) are explained at any step, then its question again. */
describe('words of plans and meetings explained at any step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const standard = createWords().forMode(ReadingMode.standard);
  const easy = createWords().forMode(ReadingMode.easyRead);
  const atStep = (stage: StageId, step: StepId, topic?: string): Seed['at'] => () => ({ stage, step, ...(topic ? { topic } : {}) });

  it('"What does SALT mean?" asked three times at "what do people admire about you" is explained each time; nothing is kept', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Sam', age: 15, hopes: [], at: atStep('aboutMe', Step.aboutMeStrengths) }));
    for (let i = 0; i < 3; i++) {
      const replies = await chat.say('What does SALT mean?');
      expect(texts(replies)).toContain(standard(EverydayWordText.salt));
      expect(chat.step).toBe(Step.aboutMeStrengths);
    }
    expect((await chat.draft())?.aboutMe.strengths ?? []).toEqual([]);
  });

  it.each([
    ['whats a TA', 'ta'],
    ["what's a SENCO?", 'senco'],
    ['what does EHCP stand for', 'ehcp'],
    ['whats OT', 'ot'],
    ['what is CAMHS?', 'camhs'],
    ['what does local offer mean', 'localOffer'],
  ] as const)('"%s" at "what is important to you" is explained and asked again', async (typed, term) => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Sam', age: 15, hopes: [], at: atStep('aboutMe', Step.aboutMeImportant) }));
    const replies = await chat.say(typed);
    expect(texts(replies)).toContain(standard(EverydayWordText[term]));
    expect(chat.step).toBe(Step.aboutMeImportant);
  });

  it('in easy read, "what is the local offer" at what already helps is explained in easy words', async () => {
    const hopes = [{ text: 'go to college', theme: 'learning_and_work' as const, needs: ['reading is hard'] }];
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 16, hopes, at: (draft) => ({ stage: 'needs', step: Step.needsHelps, topic: draft.aspirations[0]!.id }), journey: { mode: ReadingMode.easyRead } }));
    const at = chat.lastQuestion!;
    const replies = await chat.say('what is the local offer');
    expect(texts(replies)).toContain(easy(EverydayWordText.localOffer));
    expect(chat.step).toBe(at.step);
  });
});

/* "what is easy read?", "what is travel training?": explained at any question, which is then asked again. */
describe('easy read and travel training explained at any step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const standard = createWords().forMode(ReadingMode.standard);
  const easy = createWords().forMode(ReadingMode.easyRead);
  const hopes = [{ text: 'get the bus to college', theme: 'independent_living' as const, needs: ['i get lost'] }];
  const atHelps: Seed['at'] = (draft) => ({ stage: 'needs', step: Step.needsHelps, topic: draft.aspirations[0]!.id, data: { need: draft.needs[0]!.id } });

  it.each([
    ['what is easy read?', 'easyRead'],
    ['whats easy read', 'easyRead'],
    ['what is travel training?', 'travelTraining'],
    ['what does travel training mean', 'travelTraining'],
    ['wat is travel training', 'travelTraining'],
  ] as const)('"%s" at "what already helps?" is explained, the question asked again, and nothing kept', async (typed, term) => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Sam', age: 15, hopes, at: atHelps }));
    const asked = chat.lastQuestion!.activity.text;
    const replies = await chat.say(typed);
    expect(texts(replies)).toContain(standard(EverydayWordText[term]));
    expect(chat.step).toBe(Step.needsHelps);
    expect(chat.lastQuestion!.activity.text).toBe(asked);
    expect((await chat.draft())?.needs[0]?.helps ?? []).toEqual([]);
  });

  it('in easy read, "what is travel training?" at "what is important to you" is explained in easy words', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 16, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeImportant }), journey: { mode: ReadingMode.easyRead } }));
    const replies = await chat.say('what is travel training?');
    expect(texts(replies)).toContain(easy(EverydayWordText.travelTraining));
    expect(chat.step).toBe(Step.aboutMeImportant);
  });

  it('"travel training" said as the answer at "what already helps?" is kept as help, not explained', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Sam', age: 15, hopes, at: atHelps }));
    const replies = await chat.say('travel training');
    expect(texts(replies)).not.toContain(standard(EverydayWordText.travelTraining));
    expect(JSON.stringify((await chat.draft())?.needs[0]?.helps)).toMatch(/travel training/i);
  });
});
