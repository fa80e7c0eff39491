import { describe, expect, it } from 'vitest';
import { asksToAddHope, saysAddIt } from '../../src/language/hopeAddedLater';

describe('asking to add a hope later on', () => {
  it('reads the asking, with or without the word hope', () => {
    expect(asksToAddHope('no, but can I add another hope now', false)).toBe(true);
    expect(asksToAddHope('i forgot a hope', false)).toBe(true);
    expect(asksToAddHope('can i add one more dream', false)).toBe(true);
    expect(asksToAddHope("hang on I've got another one, go back", true)).toBe(true);
  });

  it('leaves alone answers and other asks', () => {
    expect(asksToAddHope("hang on I've got another one, go back", false)).toBe(false);
    expect(asksToAddHope("I've got another one", true)).toBe(false);
    expect(asksToAddHope('i dont want to add a hope', false)).toBe(false);
    expect(asksToAddHope('my hope is to drive', false)).toBe(false);
    expect(asksToAddHope('he gets tired', false)).toBe(false);
    expect(asksToAddHope('go back', true)).toBe(false);
    expect(asksToAddHope('wait no the vet one IS hard. i said no to another hope', false)).toBe(false);
  });
});

/** Just after the bot said a hope it did not have can be added: "add it now" and "add at the end" both ask to add it. */
describe('"add it" after the bot offered to add a hope', () => {
  it.each(['add at the end', 'add it now', 'Add it now, please.', 'yes please add it', 'Could you add it at the end, please?', "I'd like to add it now", 'put it in now'])(
    '"%s" asks to add it',
    (said) => expect(saysAddIt(said)).toBe(true),
  );

  it.each(['he cant add up', 'add more time', 'add that he gets tired in the afternoon', 'adding up is hard', 'he finds it hard to add numbers', 'put his shoes on', 'at the end of the day he is tired'])(
    '"%s" is an answer, never this',
    (said) => expect(saysAddIt(said)).toBe(false),
  );
});
