import { describe, expect, it } from 'vitest';
import { hardThingAfterOk } from '../../src/language/hardBesideDespair';

/* After "I'm OK", the hard thing kept is the words beside the worry, never words about dying. */
describe('the hard thing kept after "I\'m OK"', () => {
  it.each([
    ['i hate maths i want to die lol', 'i hate maths'],
    ['i hate maths i wish i was dead lol', 'i hate maths'],
    ['reading is so hard i want to kill myself lol', 'reading is so hard'],
    ['i hate spelling. i wish i was dead', 'i hate spelling'],
  ])('"%s" keeps "%s"', (text, kept) => {
    expect(hardThingAfterOk(text)).toBe(kept);
  });

  it.each(['i wish i was dead lol', 'maths makes me want to die'])('"%s" keeps nothing', (text) => {
    expect(hardThingAfterOk(text)).toBeUndefined();
  });

  it.each(['i just want to disappear when i get there', 'the noise in the canteen is too much'])('"%s" is kept whole', (text) => {
    expect(hardThingAfterOk(text)).toBe(text);
  });
});
