import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';
import { detectConcern } from '../../src/language/concern';

/*
 * Kitchen talk set aside only when it is the whole message: a burn on the oven ending with its everyday reason
 * ("cos im so clumsy lol"), a kitchen task wished for "without hurting myself", a knife that took the end off a nail.
 * Plain disclosures sharing their words, and the same words with more said before or after, are still heard:
 * the full answer or "Are you OK?".
 */
const reply = (text: string) => safeguardingInChat(text, { parent: false }).action;

describe('kitchen talk on its own is no worry', () => {
  it.each([
    'i always burn myself on the oven cos im so clumsy lol',
    'i always burn myself on the oven because i am clumsy',
    'i burn myself on the oven by accident',
    'i burn myself with the pan by accident',
    'i burn myself cooking its an accident',
    'i burnt myself on the hob when i was cooking, it was an accident',
    'i want to cook a meal without hurting myself',
    'i wanna use the oven without burning myself',
    'to make my own tea without hurting myself',
    'chop veg without cutting myself',
    'learn to chop veg without cutting myself',
    'i want to be able to chop veg without cutting myself',
    'i want to be able to cook pasta without cutting myself or burning myself',
    'learn to cook without cutting or burning myself',
    'help me learn to use a razor to shave my legs',
    'i want to shave my face with a razor by myself',
    'i was cutting carrots and the knife cut off the end of my nail',
    'the knife cut the tip off of my nail',
  ])('%j: no note, no check', (typed) => {
    expect(detectConcern(typed).concern).toBe(false);
    expect(reply(typed)).toBe('none');
  });
});

describe('leave alone: plain disclosures with the same words get the full answer', () => {
  it.each([
    ['i burn myself on purpose', 'self_harm_or_suicide'],
    ['i cut myself when im sad, not an accident', 'self_harm_or_suicide'],
    ['i keep hurting myself', 'self_harm_or_suicide'],
    ['i want to stop hurting myself', 'self_harm_or_suicide'],
    ['i cut myself', 'self_harm_or_suicide'],
    ['i want to go a day without hurting myself', 'self_harm_or_suicide'],
    ['i want to cook without hurting myself again', 'self_harm_or_suicide'],
    ['i was cutting carrots and i cut myself', 'self_harm_or_suicide'],
    ['i cut myself when i chop veg on purpose', 'self_harm_or_suicide'],
    ['i keep cutting myself', 'self_harm_or_suicide'],
    ['i want to chop veg without cutting myself again', 'self_harm_or_suicide'],
    ['i cook without burning myself but i cut myself after', 'self_harm_or_suicide'],
    // A razor set aside only to shave a named everyday place, the whole message.
    ['i use a razor', 'self_harm_or_suicide'],
    ['i use a razor to shave my legs then cut myself', 'self_harm_or_suicide'],
    ['i use a razor to shave my legs and my arms when im sad', 'self_harm_or_suicide'],
    ['my dad burnt me with the iron', 'harm_from_others'],
    ['my dad burnt me with the iron. i always burn myself on the oven cos im so clumsy', 'harm_from_others'],
    // A burn on an everyday thing with a sign after it that it is meant.
    ['i burn myself on the oven again and again when im upset cos im clumsy', 'self_harm_or_suicide'],
    ['i burn myself on the oven cos im clumsy and when im upset', 'self_harm_or_suicide'],
    ['i burnt myself on the radiator when im sad', 'self_harm_or_suicide'],
    ['i burn myself on the iron to cope', 'self_harm_or_suicide'],
    // A knife, a peeler or a grater "without cutting myself" is too near cutting; an accident laughed off after it may not be one.
    ['i want to use a knife without cutting myself', 'self_harm_or_suicide'],
    ['i want to be able to use the knife without cutting myself', 'self_harm_or_suicide'],
    ['i burn myself with the pan by accident haha', 'self_harm_or_suicide'],
  ] as const)('%j: %s', (typed, category) => {
    expect(safeguardingInChat(typed, { parent: false })).toEqual({ action: 'answer', category });
  });
});

describe('a cooking hope at the goal step is a hope', () => {
  it.each(['learn to chop veg without cutting myself', 'be able to cook my own tea without cutting myself or burning myself'])('%j: no check', (typed) => {
    expect(safeguardingInChat(typed, { parent: false, goal: true }).action).toBe('none');
  });

  it.each(['i cut myself when i chop veg on purpose', 'i keep cutting myself'])('%j: the full answer', (typed) => {
    expect(safeguardingInChat(typed, { parent: false, goal: true })).toEqual({ action: 'answer', category: 'self_harm_or_suicide' });
  });
});

describe('leave alone: the same words with more around them are at least asked after', () => {
  it.each([
    'i burnt myself again lol',
    'i burn myself on the oven its not an accident',
    'i burn myself on purpose cos im clumsy',
    'i always burn myself on the oven cos im so clumsy lol. my dad burnt me with the iron',
    'i was cutting carrots and he cut off the end of my nail',
  ])('%j: not set aside', (typed) => {
    expect(detectConcern(typed).concern).toBe(true);
    expect(reply(typed)).not.toBe('none');
  });
});

describe('hair cut off by someone is asked after, a haircut is not', () => {
  it.each(['he cut off my hair', 'my step dad shaved all my hair off', 'she cut off all my hair'])('%j: "Are you OK?", harm from others likely', (typed) => {
    expect(safeguardingInChat(typed, { parent: false })).toMatchObject({ action: 'check', concern: { unclear: true, likely: 'harm_from_others' } });
  });

  it.each(['my mum cut my hair', 'my hairdresser cut off all my hair', 'she cut off my hair at the hairdressers', 'he cut off my hair because i asked him to'])(
    '%j: no check',
    (typed) => {
      expect(reply(typed)).toBe('none');
    },
  );
});
