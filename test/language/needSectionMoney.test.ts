import { describe, expect, it } from 'vitest';
import { needSection } from '../../src/language/planPart';

/*
 * A hard thing kept after a note about someone using a young adult's money ("He gets food and stuff and fags.
 * he says its for both of us") is about managing money and staying safe: social care (D), never health because
 * food or cigarettes are named.
 */
const jordan = { age: 22 } as const;

describe('someone else buying with their money is a social care need', () => {
  it.each([
    'He gets food and stuff and fags. he says its for both of us',
    'he buys fags with my card',
    'dale gets his shopping on my card',
    'my mate spends my money on fags',
    'she takes food out of my money for the two of us',
  ])('"%s"', (text) => {
    expect(needSection(text, jordan)).toBe('social_care');
    expect(needSection(text)).toBe('social_care');
  });

  it.each(['i eat too much junk food', 'i buy food for both of us and then i feel sick'])('"%s" is placed as before', (text) => {
    expect(needSection(text, jordan)).toBe('health');
  });
});
