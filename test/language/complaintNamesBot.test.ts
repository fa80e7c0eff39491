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

  // One of the chat's words kept for another: "not the hope, the HELP lol".
  it.each([['not the hope, the HELP lol'], ['no its not a need its a step'], ['not a hope, a goal']])('"%s" is a complaint', (text) => {
    expect(readAside(text)).toBe('complaint');
  });

  it.each([['not the bus, the train'], ['not the hope of winning the help'], ['not the teacher, the TA'], ['not the step, the ramp'], ['not a need a want'], ['not the help of my mum']])(
    '"%s" is left alone',
    (text) => {
      expect(readAside(text)).toBeNull();
    },
  );

  // "no don't keep that" before the answer itself.
  it.each([["No don't keep that"], ['dont put that down'], ['dont write it']])('"%s" is a complaint', (text) => {
    expect(readAside(text)).toBe('complaint');
  });
  it.each([['dont keep that in the fridge'], ['i dont keep that'], ['do not use it for school'], ['dont put that on the floor'], ['he doesnt keep it tidy']])('"%s" is left alone', (text) => {
    expect(readAside(text)).toBeNull();
  });
});
