import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { familyOrOtherGiverOf, providerOf } from '../../src/language/planPart';
import { startWith } from './journeySeed';

/*
 * "my mate jay helps me": help from a friend is no school's job. It is never filed as education's
 * help; who gives it is kept (a mate), for the key worker to see.
 */

const HOPES = [{ text: 'go to town on my own', theme: 'independent_living' as const, needs: ['i get lost'] }];

describe('help from a friend', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"my mate jay helps me" at "what would help?" is never education provision', { timeout: 90000 }, async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Kyle', age: 14, schoolYear: 9, hopes: HOPES }));
    for (const said of ['get the bus to town on my own', 'next summer', 'i get there and text mum', 'i feel grown up', 'go out with mates']) await chat.say(said);
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('my mate jay helps me');
    const provision = (await chat.draft())!.outcomes[0]!.provision;
    expect(provision.map((p) => [p.text, p.by, p.who])).toEqual([['my mate jay helps me', 'social_care', 'mate']]);
  });
});

describe('who gives help from a friend', () => {
  it.each([
    ['my mate jay helps me', 'mate'],
    ['my mates help me', 'mates'],
    ['my best mate helps me with maths', 'best mate'],
    ['my bestie comes with me', 'bestie'],
  ])('%j is not education, given by %s', (typed, who) => {
    expect(providerOf(typed)).not.toBe('education');
    expect(familyOrOtherGiverOf(typed)).toBe(who);
  });

  it.each([
    ['a TA in class', 'education'],
    ['extra time in exams', 'education'],
    ['a buddy at school', 'education'],
    ['my classmates', 'education'],
    ['a laptop', 'education'],
    ['speech therapy', 'health'],
  ] as const)('%j stays %s', (typed, by) => expect(providerOf(typed)).toBe(by));
});
