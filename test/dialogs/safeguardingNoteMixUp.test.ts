import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addFlag } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/*
 * Femi, Grace's father, at the review: a note about abuse was made by mistake earlier. Asking for
 * it off and saying nobody is hurting her marks it as a mix-up (taken back), never deletes it: the
 * safeguarding lead still sees it, and he is told so plainly. No help lines again, no new flag.
 */

const standard = createWords().forMode('standard');
const GRACE = { name: 'Grace', age: 4, schoolYear: -1 };
const TALK = { text: 'Grace will talk more', theme: 'learning_and_work' as const, needs: ['her mouth muscles are weak'] };
const flagged = (category: string) => (d: Parameters<typeof addFlag>[0]) => addFlag(d, { category, at: new Date('2026-12-02T09:30:00Z'), step: 'needs.barrier' });

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atReview(category = 'domestic_abuse'): Promise<Transcript> {
  ({ chat } = await startWith(parentSeed(GRACE, [TALK], { change: flagged(category), at: () => ({ stage: 'review', step: Step.reviewSummary }) })));
  return chat!;
}

describe('"nobody is hurting Grace, remove the note" at the review', () => {
  for (const text of [
    'One more question please. Earlier you made a note about abuse, but nobody is hurting Grace. Is that note still in the plan the key worker will see? Kindly remove it.',
    'nobody is hurting Grace, remove the note',
    'please take the note off, it was a misunderstanding',
  ]) {
    it(`"${text}": the note is marked a mix-up, kept for the lead, and he is told so`, async () => {
      const c = await atReview();
      const replies = texts(await c.say(text));
      expect(replies).toContain(standard('safeguarding:note.markedMixUp'));
      expect(replies).not.toMatch(/0808|NSPCC|999|didn't catch/);
      expect(c.step).toBe(Step.reviewSummary);
      const flags = (await c.draft())?.flags ?? [];
      expect(flags).toHaveLength(1);
      expect(flags[0]?.takenBackAt).toBeDefined();
    });
  }

  it('leave alone: "take that note off" alone says the note stays and who to tell; nothing is marked', async () => {
    const c = await atReview();
    const replies = texts(await c.say('take that note off'));
    expect(replies).toContain(standard('safeguarding:note.stays'));
    expect((await c.draft())?.flags[0]?.takenBackAt).toBeUndefined();
  });

  it('leave alone: "remove the note, but her uncle does hit her" is no mix-up', async () => {
    const c = await atReview('harm_from_others');
    const replies = texts(await c.say('remove the note, but her uncle does hit her'));
    expect(replies).not.toContain(standard('safeguarding:note.markedMixUp'));
    expect((await c.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });
});

describe('a disclosure said with a request to take the note off', () => {
  it('"take the note off, my dad hits me" is heard: the help is given and a worry flagged', async () => {
    const c = await atReview('other');
    const before = (await c.draft())?.flags.length ?? 0;
    const replies = texts(await c.say('take the note off, my dad hits me'));
    expect(replies).not.toContain(standard('safeguarding:note.markedMixUp'));
    expect(replies).not.toContain(standard('safeguarding:note.stays'));
    expect(c.step).toBe(Step.safeguardingCheck);
    const flags = (await c.draft())?.flags ?? [];
    expect(flags.length).toBeGreaterThan(before);
    expect(flags.every((f) => !f.takenBackAt)).toBe(true);
  });
});
