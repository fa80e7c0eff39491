import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * "What does provision mean?" asked inside a longer answer gets its short answer, and the answer
 * around it is kept; the question and the remarks about the word are never kept.
 */

const TALK: SeedHope = { text: 'my biggest dream is just for him to talk to me', theme: 'learning_and_work', needs: ['He has about 10 words and gets cross when he cannot say what he wants'] };
const ALFIE = { name: 'Alfie', age: 4, schoolYear: -1 };

async function toProvides(chat: Transcript): Promise<void> {
  await chat.say('Alfie will ask for things he wants using words, signs or pictures');
  if (chat.step === Step.outcomeWhen) await chat.say('by the summer');
  if (chat.step === Step.outcomeMeasure) await chat.say('Jo at nursery will count how often he asks with a word or a sign');
  if (chat.step === Step.outcomeDoesForMe) await chat.say("He'd be so much less frustrated");
  if (chat.step === Step.outcomeMakesPossible) await chat.say('Being in a mainstream class with his friends I hope');
  expect(chat.step).toBe(Step.outcomeProvides);
}

describe('a word asked about inside an answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it("the help listed beside \"What does 'provide' mean here sorry? Is that the same as provision?\" is kept, and the word explained", async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [TALK])));
    await toProvides(chat);
    const replies = await chat.say(
      "Speech therapy every week, and the therapist showing nursery and us what to do. Makaton training for the staff. And Jo or someone like her with him. What does 'provide' mean here sorry? Is that the same as provision? Sarah keeps saying provision",
    );
    const said = saidIn(replies);
    expect(said).toMatch(/provision means/i);
    expect(said).not.toMatch(/missed your question|What would you like to ask/i);
    const help = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text).join(' | ');
    expect(help).toMatch(/Makaton training for the staff/);
    expect(help).not.toMatch(/Sarah|provision|mean/i);
  });

  it('"you didn\'t say what provision means?" at the end of a long read-back reply is answered', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [TALK])));
    await toProvides(chat);
    await chat.say('Speech therapy every week');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const replies = await chat.say(
      "That doesn't sound right, 'Alfie will what he'd be doing? I suppose' - that's me asking you a question! Can it say: Alfie will ask for things he wants using words, signs or pictures, like drink, more and help. And he starts school in September not July. And you didn't say what provision means?",
    );
    const said = saidIn(replies);
    expect(said).toMatch(/provision means/i);
    expect(said).not.toMatch(/missed your question|What would you like to ask/i);
  });
});
