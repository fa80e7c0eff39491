import { describe, expect, it } from 'vitest';
import { tellsOfEverydayInjury } from '../../src/language/everydayInjury';

/* An everyday cut or burn with the accident said, the whole message, and nothing else. */
describe('an everyday injury told as an accident', () => {
  it.each([
    'i cut my finger chopping onions, it was an accident',
    'i burnt my hand on the oven by accident',
    'i cut my thumb on a tin yesterday. it was an accident',
    'I accidentally trapped my finger in the door',
  ])('%j is one', (text) => expect(tellsOfEverydayInjury(text)).toBe(true));
  it.each(['i cut myself on purpose', 'i cut my arm by accident', 'i cut my finger chopping onions', 'i cut my finger again, it was an accident', 'i cut myself', 'he cut my finger by accident', 'i cut my wrist it was an accident'])(
    '%j is not',
    (text) => expect(tellsOfEverydayInjury(text)).toBe(false),
  );
});
