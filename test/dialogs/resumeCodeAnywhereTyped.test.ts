import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { WelcomeText } from '../../dialogs/welcomeDialog';
import { createWords } from '../../src/i18n';
import { outcomesOf, Transcript } from '../support/transcript';

/** A resume code typed at a question that does not ask for it is tried as a code, never kept as an answer. */
describe('a resume code typed where it is not asked for', () => {
  const chats: Transcript[] = [];
  afterEach(async () => {
    for (const chat of chats.splice(0)) await chat.close();
  });
  const t = createWords().forMode('standard');

  /** A chat stopped at "What is important to you?", and the code it gave. */
  async function stoppedChat(): Promise<{ first: Transcript; code: string; draftId: string }> {
    const first = await Transcript.start({ today: '2026-12-02' });
    chats.push(first);
    for (const typed of ['normal please', 'yes thats fine', 'me', 'Sam', 'im 16, year 11', 'no code', 'i like drawing and my dog']) await first.say(typed);
    expect(first.step).toBe(Step.aboutMeImportant);
    const stopped = await first.say('i have to go');
    const code = stopped.map((a) => (outcomesOf(a) as { resumeCode?: string } | undefined)?.resumeCode).find(Boolean);
    expect(code).toBeTruthy();
    return { first, code: code!, draftId: (await first.draft())!.id };
  }

  async function secondChat(first: Transcript): Promise<Transcript> {
    const other = await Transcript.start({ today: '2026-12-02', stores: first.stores });
    chats.push(other);
    return other;
  }

  const wordings: [string, (code: string) => string][] = [
    ['as given', (code) => code],
    ['in lower case with spaces', (code) => code.toLowerCase().replace(/-/g, ' ')],
    ['after "my code is"', (code) => `my code is ${code}`],
    ['with "here\'s my code" and thanks, run together', (code) => `here's my code: ${code.replace(/-/g, '').toLowerCase()} thanks`],
  ];
  for (const [how, typed] of wordings) {
    it(`a code typed ${how} at the very first question carries on the same draft`, async () => {
      const { first, code, draftId } = await stoppedChat();
      const other = await secondChat(first);
      expect(other.step).toBe(Step.welcomeReadingMode);
      const replies = await other.say(typed(code));
      expect(replies.map((a) => a.text)).toContain(t(WelcomeText.resumeWelcomeBack));
      expect(other.step).toBe(Step.aboutMeImportant);
      const draft = await other.draft();
      expect(draft?.id).toBe(draftId);
      expect(draft?.aboutMe.strengths).toEqual(['i like drawing and my dog']);
    });
  }

  for (const [step, before] of [
    [Step.welcomeWho, ['normal', 'yes']],
    [Step.welcomeName, ['normal', 'yes', 'me']],
    [Step.welcomeAge, ['normal', 'yes', 'me', 'Jo']],
  ] as const) {
    it(`a code typed at ${step} carries on the stopped chat, and nothing of it is kept as an answer`, async () => {
      const { first, code, draftId } = await stoppedChat();
      const other = await secondChat(first);
      for (const typed of before) await other.say(typed);
      expect(other.step).toBe(step);
      await other.say(code);
      expect(other.step).toBe(Step.aboutMeImportant);
      const draft = await other.draft();
      expect(draft?.id).toBe(draftId);
      expect(draft?.youngPerson.name).toBe('Sam');
    });
  }

  it('a code that opens nothing is said so kindly; "no code" goes back to the question', async () => {
    const chat = await Transcript.start({ today: '2026-12-02' });
    chats.push(chat);
    const replies = await chat.say('RKQ-HC9-3VV');
    expect(replies.map((a) => a.text)).toContain(t(WelcomeText.resumeNotFound));
    expect(chat.step).toBe(Step.welcomeResumeCode);
    await chat.say('no code');
    expect(chat.step).toBe(Step.welcomeReadingMode);
    await chat.say('normal please');
    expect(chat.step).toBe(Step.welcomeConsent);
  });

  it('an answer with capitals in it is kept as the answer ("I go to ABC college")', async () => {
    const chat = await Transcript.start({ today: '2026-12-02' });
    chats.push(chat);
    for (const typed of ['normal please', 'yes', 'me', 'Sam', 'im 17, year 12', 'no code']) await chat.say(typed);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    await chat.say('I go to ABC college');
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())?.aboutMe.strengths.join(' ')).toContain('ABC college');
  });
});
