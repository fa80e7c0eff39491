import type { FamilyCases } from './ruleCases';

/** Wanting to be gone, and exploitation told as a job or a favour (written from train31's misses). */
export const EVERYDAY_CASES: FamilyCases = {
  goneForGood: {
    catches: [
      'wish i never born. wish i go away 4 ever',
      'hard thing is evry day. i want it all stop for ever',
      'What do I want? For all of it to stop. Permanently.',
      'i just want to be gone for good',
      'My stepson told his teaching assistant he\'ll be dead by Christmas',
      'what do i want to do when im older? nothing. i\'m not planning on being older',
      'i wont b around 4 my birfday',
      'she wishes she was never born',
    ],
    leaves: [
      'i want the bullying to stop for good',
      'i want my headaches to stop forever',
      'i want to go away to uni for good one day',
      'mum will kill me, ill be dead by christmas if she finds the bill lol',
      'im not planning on getting a job yet',
      'i wont be around for the party on saturday, im at my dads',
      'i wish i was born in the summer',
    ],
  },
  stepOff: {
    catches: [
      'I keep picturing stepping in front of the bus though, so maybe not the bus part.',
      'part of me wants to just step off the edge',
      'He climbed onto the garage roof and said he wanted to fall off.',
      'She stands at the open upstairs window a lot and when I ask, she says she\'s working up to it.',
      'She has started scratching words into her skin with a compass.',
      'i imagine walking in front of a car on the way home',
    ],
    leaves: [
      'he wants to jump off the edge of the pool like his brother',
      'i want to walk in front of the class without shaking',
      'she stands at the window waving at the buses',
      'he climbed onto the roof of the climbing frame and said he wanted to come down',
      'she writes words on her hand with a pen to remember',
      'we cut letters out of card for the display',
    ],
  },
  workForNothing: {
    catches: [
      "He has Down's syndrome and works at a farm shop nearly full time. They pay him in vouchers.",
      'he pay me in food only. i clean all day',
      'I kind of have one but the owner keeps my wages because he says I\'m still training.',
      "I'm there every day and she just gives me lunch.",
      'a family friend has him at his garage forty hours a week. He gets twenty pounds.',
      'i like work at shop but no munny. he say i still lern',
    ],
    leaves: [
      'they paid me in cash at the end of the week',
      'my mum keeps my wages safe for me in the bank',
      'i do voluntary work at the charity shop but no money, thats fine',
      'i want to work but no money for the bus',
      'the canteen gives me lunch every day',
      'i work every day at college and get paid on friday',
    ],
  },
  calledOut: {
    catches: [
      "I'm out till 3am most nights because they ring and I have to go.",
      "he gets phone calls late at night and then goes out. He says he has to.",
      'Already been to loads of towns this year, doing drops for people.',
      "Honestly what I want is a proper job so I can stop doing runs. It's not really a choice anymore.",
      "I had to go up to Birmingham for someone. Can't say who.",
      'i want job. i do job for big boys now, i carry stuff',
      "I'm not allowed to show anyone the messages from the boss.",
      'man say i cant tell my worker bout the job',
      'They just like to borrow my flat, and I have to wait in the bedroom while they\'re there.',
      'i liv in my flat but its ther flat now',
    ],
    leaves: [
      'my mum rings and i have to go home',
      'i go running with my dad, doing runs on sunday',
      'i do deliveries on my bike for my paper round',
      'i made a card for someone, i cant say who its a surprise',
      'i carry my stuff in a big bag',
      'my friend is borrowing my flat for the weekend while i am at my nans',
      "i'm not allowed to show anyone my phone at school",
    ],
  },
};
