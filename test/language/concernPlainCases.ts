import type { FamilyCases } from './ruleCases';

/** Harm told plainly or in passing (written from train31's known misses and train32's misses). */
export const PLAIN_CASES: FamilyCases = {
  appointmentsMissed: {
    catches: [
      'i miss my hospitel day again nobody take me',
      'i did not go to the doctor. nobody take me',
      'i have hospital appointments for my epilepsy but we never go to them',
      "She's due her wheelchair review but I've cancelled it three times now, I just can't cope with it all",
      'my glases broke long time ago and no new ones',
      "I can't afford his medication this month so he's going without it",
    ],
    leaves: [
      'i missed my hospital appointment because i was ill, mum rang to move it',
      'the hospital cancelled it three times so we are still waiting',
      'we cancelled swimming three times because of the snow',
      'my glasses broke yesterday and we get new ones on friday',
      'i have physio on mondays but i never go to the gym',
      "we can't afford his medication without the grant, so the school helped us apply",
    ],
  },
  coldAndDark: {
    catches: ['house very cold. no heat', 'we got no lights at home', 'its freezing at home, mum cant pay the gas so we sleep in our coats', 'we have no heating for weeks now'],
    leaves: ['its cold outside so i wear my big coat', 'we got no lights on the christmas tree yet', 'the heating broke at school so we went home early', 'my room is cold in the morning'],
  },
  mealsOnlyAway: {
    catches: [
      'i only eat at colleje',
      "I struggle to get up because of my depression so she gets herself up and most days doesn't make it to school, she's 9",
      "I need help with personal care and my mum says she's too busy, so I've been in the same clothes all week",
    ],
    leaves: [
      'i only eat at college on fridays because we have cooking',
      'she gets herself up and dressed for school now, we are so proud',
      'we wore the same clothes all week on the camping trip',
    ],
  },
  friendsTakeMoney: {
    catches: [
      'wat is hard. no munny. frends take it',
      'im saving for a ps5. well i was, my "friends" made me hand over my birthday money',
      "We'd love her to manage her own budget one day. At the moment her so-called friends walk her to the bank every time her benefits come in.",
    ],
    leaves: [
      'my friends and i take it in turns to pay for the cinema',
      'my friends made me pay for my own ticket which is fair',
      'my mum walks me to the bank when i get paid so i learn how it works',
    ],
  },
  unkindMessages: {
    catches: [
      'i get nasty messages every night from girls in my year',
      'loads of anonymous messages on my insta telling me im fat',
      'my son gets messages on his xbox calling him names every night',
      'he keeps getting messages from a boy in his class saying hes going to get him',
      'the kids in my class send me voice notes laughing at how i talk',
      'they screenshot what i say and send it round the whole year',
    ],
    leaves: [
      'we learnt what to do if you get nasty messages online',
      'my nan sends me messages telling me shes proud of me',
      'i screenshot the bus times and send them to my mum',
      'my friend sent me a message saying hes going to get me a present',
    ],
  },
  heldAtHome: {
    catches: [
      "I want to move out but he says he'll kill me if I leave",
      "I don't have my own money, my partner gives me £10 a week for the shopping and checks the receipts",
      'My son tries to get in between us when his dad goes for me',
    ],
    leaves: [
      'mum says shell kill me if i leave my room messy again lol',
      'my dad gives me 10 a week pocket money and i keep the receipts',
      'my dad goes for a run every morning before work',
    ],
  },
  blowsAndPushes: {
    catches: [
      "I lost my temper and hit him much harder than I meant to and it left a mark, I'm ashamed",
      'staff push me on the flor',
      'my hearing aids got snatched and thrown over the fence again, third time this term',
    ],
    leaves: [
      'i hit him with the ball harder than i meant in cricket and he laughed',
      'staff push me on the swing at break',
      'my hearing aids got taken to be fixed at the hospital',
    ],
  },
  wantToStop: {
    catches: [
      'wen i grow up? i dont want to grow up i want to stop',
      'evry one be happy if im gon',
      'I keep all the medicines locked away now because he tried to swallow a load of them in March',
    ],
    leaves: [
      'i dont want to grow up i want to stop having lessons and play all day',
      'everyone will be happy when im gone to uni',
      'he tried to eat all of the sweets in one go',
    ],
  },
  tooOldTooYoung: {
    catches: ["My daughter's got an older 'boyfriend', he's 28, she's 14 and she's been staying out with him", "im 13 and my boyfriend is 22 hes really nice"],
    leaves: ["my sister's boyfriend is 28 and she is 27", 'my dad is 45 and im 14'],
  },
  picturesNotWanted: {
    catches: ['he sends me pictures and words i dont like', 'a man on the game keeps sending me pics i dont want'],
    leaves: ['my nan sends me pictures of her garden, i dont like gardening', 'my teacher showed me pictures of the trip and i liked them'],
  },
  marriageArranged: {
    catches: ["My husband's family is arranging her marriage in Pakistan next year and she's only 16"],
    leaves: ['we are arranging my sisters wedding next year, she is 28', 'my aunt is organising a wedding in pakistan for my cousin who is 30'],
  },
  timesAndPlaces: {
    catches: ['He hides a second phone and gets loads of texts that are just times and places', 'Someone rings my son late at night and he goes out looking scared'],
    leaves: ['he got a new phone for his birthday and texts his nan the times of the bus', 'my nan rings me at night and i go out to help her with the bins'],
  },
};
