import type { FamilyCases } from './ruleCases';

/**
 * Being used or controlled told as if it were normal (src/language/concernRules/toldAsNormal.ts), and mate
 * crime told as friendship (src/language/concernRules/boughtForAFriend.ts).
 */
export const NORMAL_CASES: FamilyCases = {
  paidToDropOff: {
    catches: [
      'my cousin gives me money to drop stuff off for him so i got money anyway lol',
      'my uncle pays me to carry a bag to his mate',
      'this older lad gives me £20 to drop off packages for him',
      'i get paid to hold stuff for my cousin',
      'he gave me a tenner to take a parcel round to his friend',
    ],
    leaves: [
      'my nan gives me money to get her shopping',
      'my boss pays me to deliver parcels',
      'my mum gives me money to drop things off at the charity shop',
      'i want to get paid to deliver parcels when i leave school',
    ],
  },
  partnerHoldsTheMoney: {
    catches: [
      'my girlfrend looks after my bank card. she gets cross if i spend money and she checks my phone',
      'my boyfriend has my bank card and i have to ask him for money',
      'my partner keeps my benefits and gives me a bit each week',
      'my girlfriend gets angry if i spend money and she reads my messages',
    ],
    leaves: [
      'my girlfriend helps me with my money and we do a budget together',
      'my partner looks after the bills and i pay half',
      'my boyfriend gets cross when i forget my keys',
    ],
  },
  usedByMates: {
    catches: [
      'my mate looks after my pip, he gives me £20 a week and keeps the rest',
      'my friend has my bank card and i never get it back',
      'people stay at my flat and wont leave',
      'my mates are staying in my flat and i cant get them to leave',
      'my friends make me lend them money',
      'i have to buy my mates drinks or they wont talk to me',
    ],
    leaves: [
      'my mum is my appointee for my benefits',
      'my mum looks after my money and gives me pocket money',
      'my mate is staying at my flat for the weekend',
      'i lend my friend money sometimes and he pays me back',
      'my support worker looks after my bank card so i dont lose it',
    ],
  },
  boughtForAFriend: {
    catches: [
      'i got mates at centre. jay is my best mate. he asks me to buy him stuff like fags and food and his fone top up. i dont mind',
      'my best mate always asks me to buy him fags',
      'my friend wants me to pay for her takeaways',
      'she told me to buy her vapes',
    ],
    leaves: [
      'my mum asks me to buy her milk and bread',
      'i buy my best mate food when its his birthday',
      'he asks me to help him with his homework',
      'my friend and me buy each other presents at christmas',
    ],
  },
};
