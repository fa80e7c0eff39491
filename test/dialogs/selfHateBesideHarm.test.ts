import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { SafeguardingText } from '../../dialogs/safeguardingText';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * A 22-year-old at "what makes it hard?": "dale says i owe him. i hate myself". Owing is answered in full
 * (exploitation); hating himself, told apart from it, is set aside by nothing: it is heard in the answer
 * (Samaritans, Shout) and noted too. Never kept as a need. Harm alone, or hating a job, adds nothing.
 */
const standard = createWords().forMode('standard');
const easy = createWords().forMode('easy_read');
let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function saysAtNeeds(said: string, mode?: 'Easy read') {
  chat = await typedTo(Step.needsBarrier, { age: '22', name: 'Jo', ...(mode ? { mode } : {}) }, typedToNeedsFor('live in my own flat'));
  return saidIn(await chat.say(said));
}

describe('hating oneself told beside another harm', () => {
  it.each(['dale says i owe him. i hate myself', 'dale says i owe him and i hate myself', 'he says i owe him for the phone. nobody likes me', 'my mate keeps my bank card. i hate myself', 'kev says i owe him money, i hate myself'])(
    '%j: the answer, the words for hating himself, and both noted',
    async (said) => {
      const replies = await saysAtNeeds(said);
      expect(replies).toContain(standard(SafeguardingText.selfHateBeside));
      const draft = await chat!.draft();
      expect(draft?.flags.map((f) => f.category)).toEqual(['exploitation', 'self_harm_or_suicide']);
      expect(draft?.needs).toEqual([]);
    },
  );

  it('is said in easy read too', async () => {
    const replies = await saysAtNeeds('dale says i owe him. i hate myself', 'Easy read');
    expect(replies).toContain(easy(SafeguardingText.selfHateBeside));
  });

  it.each(['dale says i owe him', 'dale says i owe him. i hate my job'])('%j: one note, no words for hating himself', async (said) => {
    const replies = await saysAtNeeds(said);
    expect(replies).not.toContain(standard(SafeguardingText.selfHateBeside));
    expect((await chat!.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
  });
});
