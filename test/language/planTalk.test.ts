import { describe, expect, it } from 'vitest';
import { isPlanTalk, talksAboutThePlan } from '../../src/language';

/* One reading of talk about the chat, the plan and its questions, used by the worry check and the read-back. */
describe('talk about the chat, the plan or its questions', () => {
  it.each([
    'who see this plan? I must send it myself?',
    'This is not hope, please delete it',
    'sorry for long message',
    'do i hav to answer this one',
    'did u get that',
    'did the teacher help bit get saved tho',
    'thats not help i need?? thats wat it does for me. im confused now',
    'why do u keep asking that',
  ])('"%s" is talk about the chat', (typed) => {
    expect(talksAboutThePlan(typed)).toBe(true);
    expect(isPlanTalk(typed)).toBe(true);
  });

  it.each(['i want to be a pastry chef', 'baking. like proper baking not just cupcakes lol', 'my teacher helps me with the scales', 'get the bus on my own'])(
    '"%s" is an answer',
    (typed) => expect(talksAboutThePlan(typed)).toBe(false),
  );

  it('at the read-back, words about where an answer goes are talk too; a new hope is not', () => {
    expect(talksAboutThePlan('can drawing go in the what matters bit', { atReadBack: true })).toBe(true);
    expect(talksAboutThePlan('no!! not add', { atReadBack: true })).toBe(true);
    expect(talksAboutThePlan('the school say outcome in EHCP meeting', { atReadBack: true })).toBe(true);
    expect(talksAboutThePlan('she also loves swimming', { atReadBack: true })).toBe(false);
    expect(talksAboutThePlan('can drawing go in the what matters bit')).toBe(false);
  });

  it('talk about the plan that speaks of harm is never only talk about the plan', () => {
    expect(isPlanTalk('who sees this plan, my dad hits me')).toBe(false);
  });
});
