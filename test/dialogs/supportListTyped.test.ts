import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/*
 * The help a parent lists, as a key worker reads it: the support named, without "he needs", "like I
 * said" or "that's the main thing"; the same support said twice kept once; how often it is given
 * kept with it, never as a row of its own; never a bare "help".
 */

const TALK: SeedHope = { text: 'my biggest dream is just for him to talk to me', theme: 'learning_and_work', needs: ['He has about 10 words and gets cross when he cannot say what he wants'] };
const ALFIE = { name: 'Alfie', age: 4, schoolYear: -1 };

describe('the help listed for an outcome, typed by a parent', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('speech therapy said at the step and again at "what help?" is one item, with how often', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [TALK])));
    await chat.say("He needs speech therapy, proper regular speech therapy, not just 6 sessions and then nothing. That's the main thing");
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('Ask for things he wants instead of getting cross');
    if (chat.step === Step.outcomeWhen) await chat.say('by the summer');
    if (chat.step === Step.outcomeMeasure) await chat.say('Jo at nursery will count how often he asks with a word or a sign');
    if (chat.step === Step.outcomeDoesForMe) await chat.say("He'd be so much less frustrated");
    if (chat.step === Step.outcomeMakesPossible) await chat.say('Being in a mainstream class with his friends');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('Speech therapy like I said, maybe every week or every fortnight, and the therapist showing nursery and us what to do. Makaton training for the staff. And Jo or someone like her with him');
    const help = (await chat.draft())!.outcomes[0]!.provision;
    const texts = help.map((p) => p.text);
    expect(texts.filter((t) => /speech therapy/i.test(t))).toHaveLength(1);
    expect(texts.join(' | ')).not.toMatch(/he needs|main thing|like i said/i);
    expect(texts.some((t) => /^maybe every/i.test(t))).toBe(false);
    expect(texts).toContain('Makaton training for the staff');
    expect(texts.some((t) => /^help$/i.test(t))).toBe(false);
  });
});
