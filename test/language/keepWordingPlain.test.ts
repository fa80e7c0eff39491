import { describe, expect, it } from 'vitest';
import { keepsTheWording } from '../../src/language/keepWording';

describe('keeping the wording, said in full words', () => {
  it.each(['Do not change it.', 'Leave it as it is. Do not change it.', 'you do not need to change it', 'keep it', 'yeah keep it like that'])('%j keeps the wording already read back', (text) => {
    expect(keepsTheWording(text)).toBe(true);
  });

  it.each(['do not change his routine', 'I do not want to change schools', 'she does not like change', 'dont keep it', 'no its not right'])('leave alone: %j is their new wording', (text) => {
    expect(keepsTheWording(text)).toBe(false);
  });
});
