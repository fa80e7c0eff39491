import { describe, expect, it } from 'vitest';
import { detectConcern, safeguardingInChat } from '../../src/language';

describe('a goal to stop hurting is a goal, not a disclosure', () => {
  it.each([
    'Kayden will notice when he is getting wound up and ask for a break or use his calm space, instead of hurting himself or others',
    'he will use his words so he doesnt hurt himself',
    'she will go to her calm corner rather than hurting herself',
    'Maisie will ask for help without hurting anyone',
    'he will tell an adult when he is cross so that he does not hit others',
  ])('%j: no flag, no answer', (typed) => {
    expect(detectConcern(typed).concern).toBe(false);
    expect(safeguardingInChat(typed, { parent: true }).action).toBe('none');
  });

  it.each([
    'he will use his calm space instead of hurting himself. his dad hits him',
    'my step dad hurts him, i want him to be safe instead of hurting himself',
    'i hide the knives so i dont hurt myself',
  ])('a real disclosure beside it still counts: %j', (typed) => {
    expect(detectConcern(typed).concern).toBe(true);
  });
});
