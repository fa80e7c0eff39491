import { describe, expect, it } from 'vitest';
import { voiceIsParent } from '../../src/language/corpus';

describe('whose voice a labelled message is in, for the chat figures', () => {
  it.each(['parent', 'carer', 'parent_carer', 'mum of 9-year-old with autism', 'foster carer of 11-year-old', 'grandparent carer of 7-year-old', 'dad of 4-year-old'])('%j is a parent or carer', (voice) =>
    expect(voiceIsParent(voice)).toBe(true),
  );
  it.each(['13-year-old young carer', 'young person with autism (16)', '23-year-old', 'learning_disability', undefined])('%j is not', (voice) => expect(voiceIsParent(voice)).toBe(false));
});
