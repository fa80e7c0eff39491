import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { safeguardingInChat } from '../../src/language/concernInChat';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * A parent tells, in passing, of someone touching the child or locking the child in: "his uncle touches
 * him", "his stepdad locks him in his room". From a parent "him" and "her" are the child, so this is harm
 * told, answered for a parent and noted, never kept as what is hard. Everyday touch and a parent's own
 * safety lock are left alone.
 */

const PARENT = { who: 'A parent or carer', name: 'Tobi', age: '8' } as const;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a parent tells of someone touching the child or locking them in', () => {
  it.each([
    ['his uncle touches him', 'sexual_abuse'],
    ['the babysitter touched her and now she wont go to bed', 'sexual_abuse'],
    ['his mums boyfriend keeps touching him when im at work', 'sexual_abuse'],
    ['his stepdad locks him in his room', 'harm_from_others'],
    ['her dad shuts her in the cupboard when she cries', 'harm_from_others'],
    ['the staff lock him in the sensory room', 'harm_from_others'],
  ])('%j: the answer for a parent and a note (%s)', async (typed, category) => {
    chat = await typedTo(Step.hopesDream, PARENT, {});
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toContain(category);
  });

  it.each([
    'the TA touches him on the shoulder to get his attention',
    'her grandad touches her hair and she screams, she hates it',
    'someone touches him gently to calm him and it works',
    'we lock the front door so he cant run off',
    'his OT touches his hands with brushes',
  ])('leave alone: %j tells of no harm', (typed) => {
    expect(safeguardingInChat(typed, { parent: true }).action).not.toBe('answer');
  });
});
