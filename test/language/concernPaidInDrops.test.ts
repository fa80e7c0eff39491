import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { tellsOfMoneyFromOlderOnes } from '../../src/language/moneyFromOlderOnes';
import { flagCategoryOf } from '../../src/language/disclosureFollowUp';

/*
 * Drugs, money or things given for dropping "stuff" off, delivering or doing runs, and nights away with older lads who
 * give them things: child criminal exploitation, told as a good deal ("theyre sound tho"). Pocket money, a paper round,
 * a job, a birthday present and a lift for a brother are not.
 */

describe('money from older ones, a sign after a note', () => {
  it.each(['i got a bit saved from the lads in town', 'the lads give me money sometimes', 'i have some cash off the older boys', 'got a few quid from the olders', 'the older lads sorted me out with cash'])(
    '%j tells of money from them',
    (said) => expect(tellsOfMoneyFromOlderOnes(said)).toBe(true),
  );
  it.each(['i got money from my nan', 'i got a bit saved from my paper round', 'the lads from football gave me a card', 'i have 50 saved from my birthday'])('%j does not', (said) =>
    expect(tellsOfMoneyFromOlderOnes(said)).toBe(false),
  );
  it.each(['only money i get is from dropping stuff off for the older lads', 'the lads make me do drops', 'i run stuff for the boys from the estate'])('%j is noted as exploitation, never bullying', (said) =>
    expect(flagCategoryOf('exploitation', said)).toBe('exploitation'),
  );
});

describe('paid in drops, in the chat', () => {
  it.each([
    'just chill w my mates. at weekends i go off w some older lads from town, sometimes i dont go home lol. theyre sound tho they give me weed n money for dropping stuff off',
    'the older boys pay me to drop parcels round',
    'i get free weed if i take stuff to people for them',
    'a guy from the estate gives me £50 to deliver packages',
    'i do drops for my mates older brother he gives me money n trainers',
    'sometimes i stay out all weekend with the lads from town, they look after me and give me stuff',
  ])('%j is answered in full as exploitation', (said) => {
    expect(safeguardingInChat(said, { parent: false })).toEqual({ action: 'answer', category: 'exploitation' });
  });

  it.each(['i deliver newspapers for pocket money', 'i drop my little brother off at school', 'my uncle gave me money for my birthday'])('%j is no worry', (said) => {
    expect(safeguardingInChat(said, { parent: false }).action).toBe('none');
  });
});

describe('nights away with older ones never hide a graver kind', () => {
  it.each([
    ['i stay out all night with the older lads, they give me stuff, i dont want to go home cos my dad beats me', 'harm_from_others'],
    ['i stay out all night with the lads from town and they give me money, my stepdad punches me', 'harm_from_others'],
    ['i stay out all weekend with the lads from town, they look after me and give me stuff and i have sex with them', 'sexual_abuse'],
    ['im out all weekend with the older lads from town and they give me stuff, i cut myself', 'self_harm_or_suicide'],
    ['i stay out all night with the older lads, they give me stuff, my mums boyfriend hits my mum', 'domestic_abuse'],
  ])('%j is answered as %s', (said, kind) => {
    expect(safeguardingInChat(said, { parent: false })).toEqual({ action: 'answer', category: kind });
  });

  it.each(['i stay out all night with the older lads, they give me stuff', 'im out all night with older boys from the estate and they give me vapes'])('%j is still exploitation', (said) => {
    expect(safeguardingInChat(said, { parent: false })).toEqual({ action: 'answer', category: 'exploitation' });
  });
});
