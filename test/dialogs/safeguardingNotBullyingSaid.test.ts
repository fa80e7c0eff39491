import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * "its annoying but it isnt bullying": mild annoyance the person says is not bullying is an
 * ordinary answer, kept as usual. Harm told beside the same denial ("they hit me but it isnt
 * bullying, its just a joke to them") is not undone by it.
 */
const TO_NEEDS = typedToNeedsFor('to have more friends in my class');

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('"it isnt bullying" beside mild annoyance', () => {
  it.each([
    'some kids in my class stare at me, its annoying but it isnt bullying',
    'people in my year ignore me sometimes, its annoying but its not bullying',
    'a girl in my form is annoying to me but it isnt bullying',
  ])('%j: kept as what makes it hard, no flag and no help lines', async (typed) => {
    chat = await typedTo(Step.needsBarrier, { age: '13' }, TO_NEEDS);
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/Are you OK\?/);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.length).toBe(1);
  });

  it.each(['they hit me but it isnt bullying, its just a joke to them', 'they kick me but its not bullying its a joke for them'])(
    'leave alone: %j still gets the safeguarding answer and a flag',
    async (typed) => {
      chat = await typedTo(Step.needsBarrier, { age: '13' }, TO_NEEDS);
      const replies = saidIn(await chat.say(typed));
      expect(replies).toMatch(CRISIS);
      expect((await chat.draft())?.flags).toHaveLength(1);
    },
  );
});
