import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const GRADES: SeedHope = { text: 'get good grades at school', theme: 'learning_and_work', needs: ['i find english hard'] };
const FRIENDS: SeedHope = { text: 'have more friends', theme: 'friends_and_community', needs: [] };

const atAnythingElse = (hopes: SeedHope[]) =>
  startWith({ today: '2026-12-02', name: 'Sam', age: 14, schoolYear: 9, hopes, at: (d) => ({ stage: 'needs', step: Step.needsMore, topic: d.aspirations[0]!.id }) });

describe('one more hard thing, then "nothing else"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"and maths?? no nothing else" keeps maths, never the finishing words, and the list is not asked about again', async () => {
    ({ chat } = await atAnythingElse([GRADES, FRIENDS]));
    await chat.say('and maths?? no nothing else');
    const needs = (await chat.draft())!.needs.map((n) => n.text);
    expect(needs).toContain('maths');
    expect(needs.join(' ')).not.toMatch(/nothing else|\?\?|^and /);
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('my tutor on thursdays');
    // The next hope's question, not "anything else?" for this one.
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.topic).toBe((await chat.draft())!.aspirations[1]!.id);
  });

  it('a longer hard thing keeps its words without "thats all"', async () => {
    ({ chat } = await atAnythingElse([GRADES]));
    await chat.say('i get lost in big corridors, thats all');
    expect((await chat.draft())!.needs.map((n) => n.text)).toContain('i get lost in big corridors');
  });

  it('"nothing else matters to me" is not the end of a list', async () => {
    ({ chat } = await atAnythingElse([GRADES]));
    await chat.say('the noise in class, nothing else matters');
    expect((await chat.draft())!.needs.map((n) => n.text).join(' ')).toContain('nothing else matters');
  });
});
