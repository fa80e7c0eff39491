import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';
import { detectConcern } from '../../src/language/concern';

/*
 * Criminal exploitation told sideways by a young person who does not see it as a problem: a bag taken
 * to a flat for an older lad, paid or given a phone for it, waiting for "someone" to come for the bag,
 * owing him for the phone. One sign alone is asked after gently; two together are heard in full.
 * Kindness and family errands that share the words stay ordinary.
 */
const inChat = (text: string) => safeguardingInChat(text, { parent: false }).action;

describe('exploitation told sideways: a bag carried for someone', () => {
  it.each([
    'Dean gives me money for the bus when I take his bag to the flat',
    'i wait there ages till someone comes for the bag, get home after 10',
    'He says I still owe him for the phone.',
    'he pays me 20 to drop a package round',
    'i drop the parcel at his mates flat and he got me a new phone',
    'i still owe dean for the trainers',
  ])('%j is exploitation, heard in full', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'exploitation' });
    expect(inChat(text)).toBe('answer');
  });

  it.each(['I take his bag there after college', 'Dean gave me the phone', 'i wait at the park till a guy comes to collect the bag', 'i carry the bag round to the same place every friday'])(
    '%j alone is asked after gently',
    (text) => {
      expect(['check', 'answer']).toContain(inChat(text));
      const concern = detectConcern(text);
      expect(concern.category ?? concern.likely).toBe('exploitation');
    },
  );

  it.each([
    'i carry my friends bag when shes on crutches',
    'my mum gave me a phone for my birthday',
    'i take my nans shopping to her flat',
    'i owe my brother a fiver',
    'my dad gave me his old phone',
    'i carry his bag to the car cos its heavy',
    'my nan pays me to take her shopping bags',
  ])('%j stays ordinary', (text) => {
    expect(detectConcern(text).concern).toBe(false);
    expect(inChat(text)).toBe('none');
  });

  it.each([
    ['my dad hits me', 'harm_from_others'],
    ['he touches me', 'sexual_abuse'],
    ['they take my money', 'exploitation'],
  ])('%j is still heard', (text, category) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category });
  });
});
