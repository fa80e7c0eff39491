import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { checkRuleFamilies } from './ruleCases';
import { tellsOfMoneyFromOlderOnes } from '../../src/language/moneyFromOlderOnes';
import { flagCategoryOf } from '../../src/language/disclosureFollowUp';

/*
 * Drugs, money or things given for dropping "stuff" off, delivering or doing runs, and nights away with older lads who
 * give them things: child criminal exploitation, told as a good deal ("theyre sound tho"). Pocket money, a paper round,
 * a job, a birthday present and a lift for a brother are not.
 */
describe('paid in drops: rule families', () => {
  checkRuleFamilies({
    drugsForDrops: {
      catches: [
        'theyre sound tho they give me weed n money for dropping stuff off',
        'i get free weed if i take stuff to people for them',
        'they sort me out with bud if i do a few runs',
        'my cousin gives me weed for dropping bags off',
        'i deliver packages for him and he gives me weed',
      ],
      leaves: ['i deliver newspapers for pocket money', 'my uncle gave me money for my birthday', 'they gave me weed at a party once', 'i smoke weed with my mates'],
    },
    paidForDrops: {
      catches: [
        'i do drops for my mates older brother he gives me money n trainers',
        'i do runs for my cousins mate and he bungs me cash',
        'this lad pays me 20 quid to drop bags off round the flats',
        'a guy from the estate gives me £50 to deliver packages',
        'he gives me money and trainers if i carry stuff for him',
      ],
      leaves: [
        'i deliver newspapers for pocket money',
        'i drop my little brother off at school',
        'my dad gives me a fiver if i take the bins out',
        'i do deliveries for dominos and they pay me',
        'i did a paper round and got paid 30 a week',
        'i go for runs in the park and my coach gives me tips',
      ],
    },
    awayWithOlderGiven: {
      catches: [
        'sometimes i stay out all weekend with the lads from town, they look after me and give me stuff',
        'at weekends i go off w some older lads from town, sometimes i dont go home lol. theyre sound tho they give me weed',
        'some older lads from the estate give me vapes and money, i sometimes stay out all night with them',
        'i go missing for days with the older boys, they buy me food and fags',
        'i stay round theirs, the lads from the estate, they give me cash',
      ],
      leaves: [
        'i stay at my dads at the weekend and he gives me pocket money',
        'i stay out all night at the weekend with my mates from school and my mum gives me money for food',
        'the older lads from town are sound, they give me lifts to football',
        'i stay out all weekend at my mates, his mum gives me tea',
      ],
    },
    moneyFromDrops: {
      catches: [
        'only money i get is from dropping stuff off for the older lads',
        'my money comes from dropping stuff off for some older boys',
        'i get my cash from running stuff for the lads from town',
        'i earn a bit from dropping stuff off for my mates brother',
        'all my money is from doing runs for this guy',
      ],
      leaves: ['i get money from my paper round', 'my pocket money is from dropping my sister off at school', 'i make money from delivering parcels for amazon', 'i earn money from running errands for my neighbour'],
    },
  });
});

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
