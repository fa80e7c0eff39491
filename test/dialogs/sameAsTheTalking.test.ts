import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/*
 * Alfie's mum, at what makes his second hope hard: "same as the talking really, and he plays on his
 * own mostly, lines up his trains". The pointer links the talking need; the rest is a new need in her words.
 */

async function atTheSecondHope(): Promise<{ chat: Transcript; second: string }> {
  const { chat, seeded } = await startWith(
    parentSeed({ name: 'Alfie', age: 4, schoolYear: 0 }, [
      { text: 'to talk more so we can understand him', theme: 'health_and_wellbeing', needs: ['hes only got about 10 words and he gets really upset when we dont get it'] },
      { text: 'to make a friend at nursery', theme: 'friends_and_community', needs: [] },
    ], { at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[1]!.id }) }),
  );
  const second = seeded.aspirations[1]!.id;
  return { chat, second };
}

const linkedTo = async (chat: Transcript, hope: string) => ((await chat.draft())?.needs ?? []).filter((n) => n.aspirationIds.includes(hope)).map((n) => n.text);

describe('a pointer at an earlier need, then a new hard thing, at another hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['same as the talking really, and he plays on his own mostly, lines up his trains', 'he plays on his own mostly, lines up his trains'],
    ['same as the first one, plus he plays on his own mostly', 'he plays on his own mostly'],
    ['the talking again and he plays on his own mostly', 'he plays on his own mostly'],
  ])('"%s"', async (typed, fresh) => {
    let second: string;
    ({ chat, second } = await atTheSecondHope());
    const first = (await chat.draft())!.needs[0]!.text;
    const said = texts(await chat.say(typed));
    expect(said).toContain("I've linked these to this hope too");
    expect(said).toContain("I've also kept a new hard thing");
    // What helps with the new hard thing is asked next.
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsHelps, topic: second });
    const linked = await linkedTo(chat, second);
    expect(linked).toContain(first);
    expect(linked.map((t) => t.toLowerCase())).toContain(fresh);
    expect(linked).toHaveLength(2);
    expect((await chat.draft())?.needs.slice(1).map((n) => n.text).join(' ')).not.toMatch(/same|again|really|the talking|first one/i);
  });
});
