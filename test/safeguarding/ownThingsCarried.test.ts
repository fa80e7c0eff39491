import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * "i have my dinner money every day" as how everyone will know: their own things with them, no
 * worry. Money or things taken by someone, said beside it or alone, is still heard.
 */
describe('their own things with them', () => {
  it.each(['i have my dinner money every day', 'i will have my lunch money with me every day', 'i bring my pe kit every week', 'I have my dinner money every day.'])('%j is no worry', (typed) => {
    expect(safeguardingInChat(typed, { parent: false }).action).toBe('none');
  });

  it.each(['i have my dinner money every day but they take it', 'i have my dinner money taken every day', 'some boys take my dinner money', 'he takes my dinner money every day', 'i take my dads money every day', 'i take my mums money every day'])('leave alone: %j is still asked after or answered', (typed) => {
    expect(safeguardingInChat(typed, { parent: false }).action).not.toBe('none');
  });
});
