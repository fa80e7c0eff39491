import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { ReadingMode } from '../../src/domain/readingMode';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/* A young adult (19 to 25) hears examples from adult life: work, college, home, support staff, a friend; never school or "my mum". */
const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const CHILD_LIFE = /school|my mum|mum comes/i;
const ADULT_LIFE = /work|college|home|support worker|friend/i;
const hope = { text: 'get a job that pays', theme: 'learning_and_work' as const, needs: ['busy places'] };
const atHelps: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id });
const atSupport: Seed['at'] = () => ({ stage: 'aboutMe', step: Step.aboutMeSupport });

describe('examples that fit a young adult', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const mode of [ReadingMode.standard, ReadingMode.easyRead]) {
    it(`a 21-year-old asking "what do you mean" at "what already helps?" hears adult examples (${mode})`, async () => {
      ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 21, hopes: [hope], at: atHelps, journey: { mode } }));
      const replies = said(await chat.say('what do you mean'));
      expect(replies).not.toMatch(CHILD_LIFE);
      expect(replies).toMatch(ADULT_LIFE);
    });

    it(`a 21-year-old not sure at "what already helps?" hears adult examples (${mode})`, async () => {
      ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 21, hopes: [hope], at: atHelps, journey: { mode } }));
      const replies = said(await chat.say('not sure'));
      expect(replies).not.toMatch(CHILD_LIFE);
      expect(replies).toMatch(ADULT_LIFE);
    });

    it(`a 21-year-old asking "what do you mean" at "what helps you most?" hears no school (${mode})`, async () => {
      ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 21, hopes: [], at: atSupport, journey: { mode } }));
      const replies = said(await chat.say('what do you mean'));
      expect(replies).not.toMatch(CHILD_LIFE);
      expect(replies).toMatch(ADULT_LIFE);
    });
  }

  it('a 14-year-old hears the usual examples, with no family member they never named (a young person in foster care may have no mum at home)', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Leo', age: 14, schoolYear: 9, hopes: [hope], at: atHelps }));
    const replies = said(await chat.say('what do you mean'));
    expect(replies).toMatch(/someone I trust comes with me/);
    expect(replies).not.toMatch(/\bmy (?:mum|dad)\b/);
  });
});
