import { afterEach, describe, expect, it, vi } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, Transcript } from '../support/transcript';

// Codes given before every code held a digit may have none; this file gives every chat such a code.
vi.mock('../../src/domain/resumeCode', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/domain/resumeCode')>()),
  generateResumeCode: () => 'KQR-HCW-TVZ',
}));

/** A code of letters alone, typed again in small letters with spaces, is the code, never an answer. */
describe('a resume code with no digit, typed again', () => {
  const chats: Transcript[] = [];
  afterEach(async () => {
    for (const chat of chats.splice(0)) await chat.close();
  });

  it('"kqr hcw tvz" at the question it stopped at carries on there, and is not kept', async () => {
    const first = await Transcript.start({ today: '2026-12-02' });
    chats.push(first);
    for (const typed of ['normal please', 'yes thats fine', 'me', 'Sam', 'im 16, year 11', 'no code', 'i like drawing and my dog']) await first.say(typed);
    const replies = await first.say('stop');
    expect(replies.map((a) => (outcomesOf(a) as { resumeCode?: string } | undefined)?.resumeCode).find(Boolean)).toBe('KQR-HCW-TVZ');
    const other = await Transcript.start({ today: '2026-12-02', stores: first.stores });
    chats.push(other);
    await other.say('I have a code');
    await other.say('KQR-HCW-TVZ');
    expect(other.step).toBe(Step.aboutMeImportant);
    await other.say('kqr hcw tvz');
    expect(other.step).toBe(Step.aboutMeImportant);
    expect(JSON.stringify((await other.draft())?.aboutMe ?? {})).not.toMatch(/kqr/i);
    // Nine letters that are no code the book holds stay an answer.
    await other.say('art and cat');
    expect(other.step).toBe(Step.aboutMeSupport);
    expect((await other.draft())?.aboutMe.important).toEqual(['art and cat']);
  });
});
