import { describe, expect, it } from 'vitest';
import { someoneDoesToThem } from '../../src/language/someoneDoesToThem';
import { readFeelSafe } from '../../src/language/safetyAnswers';

describe('someone named doing something to them, in an answer to "do you feel safe?"', () => {
  it.each([
    ['its not dangerous just annoying when the man next door waits for me', 'harm_from_others'],
    ['not scary just annoying when the taxi driver asks me to sit in the front', 'harm_from_others'],
    ['the man on the bus always puts his hand on my knee', 'sexual_abuse'],
    ["yes its well annoying that my mum's boyfriend sleeps in my bed", 'sexual_abuse'],
    ['older boys take my bus pass', 'bullying'],
    ['year 10s push me on the stairs', 'bullying'],
    ['yes he is safe. why are you asking me that? his brother pushes him about', 'harm_from_others'],
    ['a man at the bus stop follows me', 'harm_from_others'],
    ['a man in a car keeps offering me a lift', 'harm_from_others'],
    ['my mums boyfriend hits me', 'harm_from_others'],
    ['my uncle comes in the bathroom when im in the shower', 'sexual_abuse'],
    ['yes its just annoying how the men at the bus stop look at me', 'harm_from_others'],
    ['yes. my mums boyfriend gives me money and tells me not to tell', 'harm_from_others'],
    ['yeah my carer pushes me', 'harm_from_others'],
    ['yes its fine my mums boyfriend makes me sit on his knee', 'harm_from_others'],
    ['my stepdad says its our secret', 'harm_from_others'],
    ['the staff at my home grab me', 'harm_from_others'],
    ['my football coach touches my leg', 'sexual_abuse'],
  ])('%j is told (%s)', (typed, category) => expect(someoneDoesToThem(typed)).toBe(category));

  it.each([
    'yes. the bus drivers are rude sometimes tho',
    'yeah generally, people stare at my chair and it annoys me',
    'yeah mostly, my little sister takes my charger lol',
    'my brother gets in my bed when hes scared of the dark',
    'yes. the man next door is nice. he waves',
    'the taxi is annoying when it is late',
    'yes. my mums boyfriend gives me lifts to school',
    'my stepdad makes me go to bed at 9',
    'yes the taxi driver waits for me if im late',
    'the teacher asks me to sit at the front',
    'yes. my carer takes my phone at night',
    'my mums boyfriend comes to watch me play football',
    'yeah my coach tells me to come in early',
  ])('leave alone: %j', (typed) => expect(someoneDoesToThem(typed)).toBeUndefined());
});

describe('"pass" as "rather not say" only when it is the whole message', () => {
  it.each(['pass', 'ill pass on this one', 'pass please'])('%j is rather not say', (typed) => expect(readFeelSafe(typed)).toBe('rather_not_say'));
  it.each(['older boys take my bus pass', 'someone sends me private messages'])('%j is not', (typed) => expect(readFeelSafe(typed)).not.toBe('rather_not_say'));
});
