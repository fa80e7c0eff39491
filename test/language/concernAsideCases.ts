import type { FamilyCases } from './ruleCases';

/** Self-harm and suicide said aside (src/language/concernRules/endingSaidAside.ts). */
export const ASIDE_CASES: FamilyCases = {
  hurtOnPurpose: {
    catches: ['i hurt my arm on perpose sometimes when i am angry at me', 'been punching walls til my knuckles crack, just cos i want it to hurt', 'i bang my head on the wall on purpose'],
    leaves: ['i hurt my arm playing football', 'i punched the wall in a game lol', 'he bangs the door when he is cross'],
  },
  tightRoundTheNeck: {
    catches: ['i tie my scarf tight on my neck', 'i pull my belt tight round my neck at night'],
    leaves: ['i tie my scarf round my neck when its cold', 'i wear my scarf tight round my neck cos its freezing', 'my tie is too tight'],
  },
  restForever: {
    catches: ['Honestly Im just exhausted of being me. I want a break that lasts forever', 'i want a sleep that never ends'],
    leaves: ['i want a long break this summer', 'im sick of being here at school', 'the holiday felt like it lasted forever'],
  },
  affairsInOrder: {
    catches: [
      "I gave most of my stuff to charity last week anyway, I'm tidying things up before I go.",
      'Ive been making sure my flat is sorted and my bills are paid up so nobody has to deal with a mess after',
      'i rewrote my will at 22 lol. my housemate thought it was a joke',
      "Work placement sounds good but honestly I've got a plan for the end of the month so it doesn't matter",
    ],
    leaves: ['im tidying things up before i go on holiday', 'i tidy my room so mum doesnt have to clean up after me', 'i have a plan for the end of the month, a party', 'my nan wrote her will'],
  },
  edgeAtNight: {
    catches: ["Support needed: someone to talk to at 3am when I'm stood on the balcony"],
    leaves: ['we stood on the balcony watching fireworks', 'at night i sit on the balcony with mum and have tea'],
  },
  notBotheredIfHit: {
    catches: ["sometimes i put my headphones on and cross the main road without looking. like if something hits me it hits me, i'm not that bothered"],
    leaves: ['i always look before i cross the main road', 'if the ball hits me it hurts'],
  },
  wantingToBeSmall: {
    catches: ['i dont eat. i want to be small', "ive been living on black coffee and chewing gum for 3 weeks, lost nearly 2 stone"],
    leaves: ['i dont eat meat. i want to be a vet', 'i lost 2 stone at slimming world eating proper meals'],
  },
  happierIfGone: {
    catches: ['she said everyone would be happier if she just disappeared for good'],
    leaves: ['everyone would be happier if the bus came on time', 'he disappeared for good from our street'],
  },
  goodbyesSaid: {
    catches: ["my 15yo told her sister she's 'said her goodbyes' and not to be sad"],
    leaves: ['she said her goodbyes to her class on the last day', 'we said goodbyes at the airport and not to be sad'],
  },
  notTryingAgain: {
    catches: ['my goal for next year is to get through it without trying again'],
    leaves: ['i got through the test without trying again', 'get through the year without getting a detention'],
  },
  thinkingOfDying: {
    catches: ['my worker gone. nobody. i think bout dying lots', 'can people tell if it was on purpose, like if you fell from high up'],
    leaves: ['i think about my nan dying a lot, i miss her', 'can people tell if the goal was on purpose'],
  },
};
