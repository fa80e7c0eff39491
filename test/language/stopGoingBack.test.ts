import { describe, expect, it } from 'vitest';
import { asksToStopGoingBack } from '../../src/language/putBack';

/* "NO. stop. go back": only a no, a stop and going back, as the whole message. */

describe('stop and go back, as the whole message', () => {
  it.each(['NO. stop. go back', 'no stop go back', 'stop, go back', 'no no go back', 'Stop! Undo that', 'wait go back please'])('hears "%s"', (typed) => {
    expect(asksToStopGoingBack(typed)).toBe(true);
  });

  it.each(['stop', 'no', 'go back to the hopes', 'my dad hits me. stop. go back', 'stop hitting me', 'no stop he touches me', 'i want to go back to school', 'they take my money go back'])('leaves "%s"', (typed) => {
    expect(asksToStopGoingBack(typed)).toBe(false);
  });
});
