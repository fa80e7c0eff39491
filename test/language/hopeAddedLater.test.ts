import { describe, expect, it } from 'vitest';
import { asksToAddHope } from '../../src/language/hopeAddedLater';

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
