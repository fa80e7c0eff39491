import { describe, expect, it } from 'vitest';
import { onlyAWorry, saysOwnWorry } from '../../src/language/parentWorrySaid';

describe('a parent\'s own worry', () => {
  it.each([
    "reception said they 'dont really do changing' which made me feel sick",
    'i worry so much that if he cant tell someone hes hurt nobody will know',
    'starts reception next september which is the bit im stressing about tbh',
    "I'm so worried about the bus",
    'it keeps me up at night',
  ])('"%s" says a worry', (text) => expect(saysOwnWorry(text)).toBe(true));

  it.each(['he doesnt tell us when he needs to go', 'he gets worried at drop off', 'makaton helps, i worry less when they use it'])(
    '"%s" says no worry of the parent\'s own',
    (text) => expect(saysOwnWorry(text)).toBe(false),
  );

  it('help said beside a worry is not only a worry', () => {
    expect(onlyAWorry('im worried but the pictures help him')).toBe(false);
    expect(onlyAWorry('i worry so much that if he cant tell someone hes hurt nobody will know')).toBe(true);
  });
});
