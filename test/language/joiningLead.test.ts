import { describe, expect, it } from 'vitest';
import { withoutJoiningLead } from '../../src/language/joiningLead';

describe('a kept part without the word that joined it', () => {
  it.each([
    ['but sometimes i fall out with ppl', 'sometimes i fall out with ppl'],
    ['and also he hates loud rooms', 'he hates loud rooms'],
    ['plus reading is hard', 'reading is hard'],
    ['Also, crowds', 'crowds'],
    ['andrew shouts at me', 'andrew shouts at me'],
    ['and', 'and'],
  ])('"%s" -> "%s"', (typed, kept) => expect(withoutJoiningLead(typed)).toBe(kept));
});
