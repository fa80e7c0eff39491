import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * Leo's mum at "what makes this hard?": "write down that she cries at drop off" is what the plan
 * should say, kept as the need with no "Are you OK?"; "he cries every night and says he hates
 * himself" is asked after.
 */

async function atLeosBarrier(): Promise<Transcript> {
  const { chat } = await startWith(
    parentSeed({ name: 'Leo', age: 7, schoolYear: 2 }, [{ text: 'he goes to school happy', theme: 'learning_and_work', needs: [] }], {
      at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
    }),
  );
  return chat;
}

describe('what to write in the plan, and a real worry', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(["put that he gets upset when it's loud so they know", 'write down that he cries at drop off'])('%j is kept as the need, with no "Are you OK?"', async (typed) => {
    chat = await atLeosBarrier();
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(/Are you OK/);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs.map((n) => n.text).join(' ')).toMatch(/drop off|loud/);
  });

  it('"he cries every night and says he hates himself" is asked after', async () => {
    chat = await atLeosBarrier();
    const replies = await chat.say('he cries every night and says he hates himself');
    expect(saidIn(replies)).toMatch(/how you are|how things are|Are you OK|safe/i);
    expect(chat.step).not.toBe(Step.needsHelps);
  });
});
