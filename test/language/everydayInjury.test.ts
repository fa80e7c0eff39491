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

  // What people hurt themselves with on purpose, or "myself", anywhere: never an everyday accident.
  it.each([
    'i cut my hand with my blade by accident',
    'i accidentally cut my hand with a razor',
    'i accidentally burnt my hand on the lighter',
    'i cut my finger while i was cutting myself accidentally',
    'i cut my finger on a compass by accident',
    'i accidentally cut my thumb with the pencil sharpener',
    'i burnt my hand on my cigarette by accident',
  ])('%j is not', (text) => expect(tellsOfEverydayInjury(text)).toBe(false));
  // Everyday things from the list still are.
  it.each(['i cut my finger with a knife by accident', 'i accidentally burnt my hand on the kettle', 'i cut my thumb on the scissors, it was an accident', 'i burnt my hand on the oven door by accident'])(
    '%j is one',
    (text) => expect(tellsOfEverydayInjury(text)).toBe(true),
  );
});
