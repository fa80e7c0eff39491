import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* "wanna be a youtuber": the wish typed with no one saying it is not part of the hope read back. */
describe('a hope typed after "wanna" or "want to"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['wanna be a youtuber or work with cars', 'be a youtuber or work with cars'],
    ['want to live on my own', 'live on my own'],
    ['wanna b a chef', 'be a chef'],
    ['would love to work wiv animals', 'work with animals'],
  ])('"%s" reads back as "%s"', async (typed, hope) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jo', age: 16, schoolYear: 11, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    const said = (await chat.say(typed)).map((r) => r.text ?? '').join('\n');
    expect(said).toContain(`: ${hope}`);
    expect(said).not.toMatch(/want to|wanna|would love/i);
    // Their words stay in the draft as typed.
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual([typed]);
  });

  it('"i want to be a vet" keeps its "I": the hope in their own voice', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jo', age: 16, schoolYear: 11, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    const said = (await chat.say('i want to be a vet')).map((r) => r.text ?? '').join('\n');
    expect(said).toContain(': I want to be a vet');
  });
});
