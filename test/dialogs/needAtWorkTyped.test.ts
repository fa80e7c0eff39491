import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * A hard thing met at work or in training is education's (Section B) while the young person is in
 * education or training (college, a supported internship, a Saturday job beside school), and
 * everyday life's (Section D) once they have left. The same words are placed the same way wherever
 * the place is said: in the need, or only in the hope.
 */
const JOB: SeedHope = { text: 'keep my job at the garden centre', theme: 'learning_and_work', needs: [] };
const atCollege = (d: Draft): Draft => ({ ...d, youngPerson: { ...d.youngPerson, education: 'college' } });

describe('a hard thing at work', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function sectionOf(typed: string, person: { age: number; schoolYear?: number; change?: (d: Draft) => Draft }): Promise<string | undefined> {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Dan', ...person, hopes: [JOB], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say(typed);
    return (await chat.draft())!.needs.find((n) => n.text === typed)?.suggestedSection;
  }

  it.each(['filling in forms at work', 'writing emails at my job', 'filling in forms'])('"%s", typed by a 20-year-old who has left education, is everyday life (Section D)', async (typed) => {
    expect(await sectionOf(typed, { age: 20 })).toBe('social_care');
  });

  it.each(['filling in forms at work', 'writing emails at my job', 'filling in forms'])('"%s", typed by an 18-year-old at college, is education (Section B)', async (typed) => {
    expect(await sectionOf(typed, { age: 18, change: atCollege })).toBe('education');
  });

  it('a Saturday job beside school is education while they are at school', async () => {
    expect(await sectionOf('filling in forms at work', { age: 16, schoolYear: 11 })).toBe('education');
  });

  it('"filling in forms at college" is about learning: Section B', async () => {
    expect(await sectionOf('filling in forms at college', { age: 17, schoolYear: 12 })).toBe('education');
  });

  it('pain at work is health for anyone', async () => {
    expect(await sectionOf('my back hurts at work', { age: 18, change: atCollege })).toBe('health');
  });
});
