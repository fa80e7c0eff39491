import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * A grandmother caring for Tia (7) told at "what makes it hard?" that other children leave Tia out
 * at playtime and "they say she is a baby". That is a friendship need, not harm: she got the full
 * safety answer (999 and all) and a harm_from_others flag. Left out or called a name once is kept
 * as the hard thing, with no crisis numbers and no flag.
 */

const TO_NEEDS = typedToNeedsFor('for Tia to have friends at school');

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('a child left out at playtime, told by a parent', () => {
  it.each([
    'at playtime other children leave Tia out and they say she is a baby',
    'the other kids leave her out at playtime',
    'the other children wont play with her',
  ])('%j: no crisis answer, no harm flag, kept as a hard thing', async (typed) => {
    chat = await typedTo(Step.needsBarrier, { who: 'A parent or carer', name: 'Tia', age: '7' }, TO_NEEDS);
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).toMatch(/Friendships can go in the plan/);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text)).toContain(typed);
  });

  it('near-miss: "older kids push her and call her a baby" is still answered', async () => {
    chat = await typedTo(Step.needsBarrier, { who: 'A parent or carer', name: 'Tia', age: '7' }, TO_NEEDS);
    const replies = saidIn(await chat.say('older kids push her over and call her a baby'));
    expect(replies).toMatch(CRISIS);
  });
});
