import { describe, expect, it } from 'vitest';
import { asksToChangeOnly, asksToStopAndGoBack } from '../../src/language';

describe('asking to change, or to undo, with no new words', () => {
  it('"i want to change it" asks to change, with no new words', () => {
    expect(asksToChangeOnly('i want to change it')).toBe(true);
    expect(asksToChangeOnly('can you change it please')).toBe(true);
  });
  it('words given with the asking, or a no, are not only asking', () => {
    expect(asksToChangeOnly('i want to change it to Luca will play at break')).toBe(false);
    expect(asksToChangeOnly('no i dont want to change it, i said yes its right!')).toBe(false);
    expect(asksToChangeOnly('Luca will change his shoes')).toBe(false);
  });
  it('"NO. stop. go back" undoes; going back somewhere is no undo', () => {
    expect(asksToStopAndGoBack('NO. stop. go back')).toBe(true);
    expect(asksToStopAndGoBack('no no undo that')).toBe(true);
    expect(asksToStopAndGoBack('go back to swimming club')).toBe(false);
    expect(asksToStopAndGoBack('stop go back to school on his own')).toBe(false);
  });
});
