import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/** A parent of Tomasz at "What is one step?" for his football hope (open, already asked). */
async function atTheStep(): Promise<{ chat: Transcript; hope: string }> {
  const { chat, seeded } = await startWith(
    parentSeed({ name: 'Tomasz', age: 11, schoolYear: 6 }, [
      { text: 'he wants to play football in a team', theme: 'friends_and_community', needs: ['he gets anxious in new places'] },
      { text: 'to go to the shop on his own', theme: 'independent_living', needs: ['he cant count money'] },
    ]),
  );
  return { chat, hope: seeded.aspirations[0]!.id };
}

describe('"no thats all" at "what is one step?" is told kindly what is wanted', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['no thats all', 'nothing', 'no', 'nah not really'])('"%s"', async (typed) => {
    let hope: string;
    ({ chat, hope } = await atTheStep());
    const replies = await chat.say(typed);
    const said = texts(replies);
    expect(said).toContain("I'm looking for one thing Tomasz could do in the next year or two, like playing in a team on Saturdays");
    expect(said).toContain('"skip"');
    expect(chat.lastQuestion).toMatchObject({ step: Step.outcomeStep, topic: hope });
    expect((await chat.draft())?.outcomes).toEqual([]);
    // Then a step in their words is taken as before.
    await chat.say('he will go to football training every week');
    expect(chat.step).toBe(Step.outcomeWhen);
  });

  it('the idea fits a hope to be a footballer', async () => {
    const { chat: c } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Tomasz', age: 11, schoolYear: 6, hopes: [{ text: 'he wants to be a footballer or a vet', theme: 'learning_and_work', needs: [] }] });
    chat = c;
    const replies = await chat.say('no thats all');
    expect(texts(replies)).toContain('like playing in a team on Saturdays');
  });

  it('said twice, the hope is left for now and "another outcome?" asked', async () => {
    ({ chat } = await atTheStep());
    await chat.say('no thats all');
    const replies = await chat.say('no');
    expect(texts(replies)).toContain("Let's leave this one for now");
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())?.outcomes).toEqual([]);
  });
});
