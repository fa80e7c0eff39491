/**
 * Wordings for the rule families that hear a child paid in drugs, money or things for carrying or "drops", and nights
 * away with older lads who give them things (concernRules/paidInDrops.ts). What each must catch on its own, and
 * ordinary look-alikes it must leave alone. Checked in concernFamilies.test.ts.
 */
export const PAID_IN_DROPS_CASES: Record<string, { catches: string[]; leaves: string[] }> = {
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
};
