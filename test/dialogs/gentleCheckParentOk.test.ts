import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/** Yusuf's mum, at what makes his toilet hope hard. */
async function atYusufsToiletHope(): Promise<Transcript> {
  const { chat } = await startWith(
    parentSeed({ name: 'Yusuf', age: 6, schoolYear: 1 }, [{ text: 'he go to toilet by himself', theme: 'independent_living', needs: [] }], {
      at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
    }),
  );
  return chat;
}

describe('a parent who says they are OK at "That sounds hard. Are you OK?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const ok of ['yes i am ok', 'I am OK thank you', 'im ok yes', 'no problem i am ok']) {
    it(`"${ok}" after "he come home wet and nobody change him" is thanked; no help lines, no flag, and the hard thing is kept`, async () => {
      chat = await atYusufsToiletHope();
      await chat.say('he come home wet and nobody change him');
      if (chat.lastQuestion?.step !== Step.safeguardingCheck) return; // not asked: nothing pushed either
      const replies = await chat.say(ok);
      expect(texts(replies)).toMatch(/Thank you/);
      expect(texts(replies)).not.toMatch(/NSPCC|0808|999|safeguarding lead/);
      const draft = await chat.draft();
      expect(draft?.flags ?? []).toEqual([]);
      expect(draft?.needs.map((n) => n.text)).toEqual(['he come home wet and nobody change him']);
      expect(chat.lastQuestion?.step).toBe(Step.needsHelps);
    });
  }

  it('is asked the gentle check for "he come home wet and nobody change him" (so the test above is not empty)', async () => {
    chat = await atYusufsToiletHope();
    await chat.say('he come home wet and nobody change him');
    expect(chat.lastQuestion?.step).toBe(Step.safeguardingCheck);
  });

  it('"he still wear nappy" is a need said plainly: kept, and no "Are you OK?" at all', async () => {
    chat = await atYusufsToiletHope();
    const replies = await chat.say('he still wear nappy');
    expect(texts(replies)).not.toMatch(/Are you OK/);
    expect(chat.lastQuestion?.step).toBe(Step.needsHelps);
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual(['he still wear nappy']);
  });

  it('something worrying said in reply still gets the safeguarding answer and a flag', async () => {
    chat = await atYusufsToiletHope();
    await chat.say('he come home wet and nobody change him');
    const replies = await chat.say('not really. his uncle hits him when he wet');
    expect(texts(replies)).toMatch(/0808 800 5000|999|safeguarding lead/);
    expect(((await chat.draft())?.flags ?? []).length).toBeGreaterThan(0);
  });
});
