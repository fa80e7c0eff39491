import { describe, expect, it } from 'vitest';
import { readAside } from '../../src/language/aside';

/* At "What makes this hard?" a person may say how things are for them: not a complaint about the bot. */
describe('a complaint names the bot or the plan', () => {
  it.each([['its worse now'], ['it is a mess'], ['that is worse'], ["it's all nonsense"]])('"%s" is left alone', (text) => {
    expect(readAside(text)).toBeNull();
  });

  it.each([["you've made it a mess"], ['the plan is junk'], ['your plan is a mess'], ["it's junk"], ['this bot is nonsense']])(
    '"%s" is a complaint',
    (text) => {
      expect(readAside(text)).toBe('complaint');
    },
  );
});
