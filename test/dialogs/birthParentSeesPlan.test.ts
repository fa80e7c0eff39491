import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { asksIfFamilySees } from '../../src/language/familySees';
import { safeguardingInChat } from '../../src/language';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * A foster carer asked three ways whether the child's birth mum sees the plan. She heard "only you
 * can see your answers", then "I can't answer it here". The honest answer: the draft is shared only
 * if she chooses, but the council's final plan usually reaches the parents, so private things are
 * checked first. Nothing she asked is kept, and each answer is said once.
 */

const HOPES = [{ text: 'have a friend', theme: 'friends_and_community' as const, needs: ['he finds it hard to talk to other kids'] }];
const AT_IMPORTANT = () => ({ stage: 'aboutMe' as const, step: 'aboutMe.important' as const });

const ASKED = [
  'who actualy sees the plan at the end? can his birth mum read it? she still has contact and i dont want her seeing some of this stuff',
  'you didnt say about his birth mum tho, does she get a copy? she has parental responsibilty still',
  'who sees this plan? does his birth mum see it',
];

describe('"can his birth mum read it?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(ASKED)('%s: the final plan usually goes to parents, the question comes back, nothing kept', async (text) => {
    ({ chat } = await startWith(parentSeed({ name: 'Jay', age: 8, schoolYear: 4 }, HOPES, { at: AT_IMPORTANT })));
    const replies = await chat.say(text);
    const said = saidIn(replies);
    expect(said).toMatch(/only shared if you choose/);
    expect(said).toMatch(/parents usually get a copy/);
    expect(said).toMatch(/social worker/);
    expect(said).not.toMatch(/can't answer it here|Only you can see your answers|kept that/i);
    const texts = replies.map((r) => r.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(chat.step).toBe('aboutMe.important');
  });

  it('a young person asking about their own birth dad is read the same way', () => {
    expect(asksIfFamilySees('will my birth dad get a copy of my plan?')).toBe(true);
  });

  it.each([
    'will her dad get a copy of the plan?',
    'does the birth mum get to read this',
    'can his real dad see what i put?',
    'does she get a copy? her mum still has parental responsibility',
  ])('reads "%s" as asking whether a parent sees the plan', (text) => {
    expect(asksIfFamilySees(text)).toBe(true);
  });

  it.each(['his mum helps him read', 'to see his birth mum more often', 'can he see his dad more? is it ok to put that', 'who sees this plan?', 'does his dad have to come to the meeting?'])(
    '"%s" is not that question',
    (text) => {
      expect(asksIfFamilySees(text)).toBe(false);
    },
  );

  it('a disclosure beside the question is still heard', async () => {
    expect(safeguardingInChat('can his birth mum read it? she hit him last time she had him', { parent: true }).action).toBe('answer');
    ({ chat } = await startWith(parentSeed({ name: 'Jay', age: 8, schoolYear: 4 }, HOPES, { at: AT_IMPORTANT })));
    await chat.say('can his birth mum read it? she hit him last time she had him');
    expect(chat.step).toBe('safeguarding.check');
  });
});
