/**
 * Wordings for the rule families that hear wanting to be gone said without its usual words
 * (src/language/concernRules/burdenAndBeyond.ts): what each must catch on its own, often misspelt,
 * and ordinary look-alikes it must leave alone (a move, a trip, a grandparent's death as news).
 * Checked family by family in concernFamilies.test.ts.
 */
export const BURDEN_CASES: Record<string, { catches: string[]; leaves: string[] }> = {
  burdenCarried: {
    catches: [
      "My carers would have so much more freedom without me. I'm just a weight they have to carry",
      'mum be beter wivout me',
      'the world would be better without her in it',
      'i feel like a burden my family has to put up with',
      'my mum would have an easier life without me',
      'My family would honestly be better off without the cost and stress of me',
      'they would really be happier without the hassle of having me',
    ],
    leaves: [
      'my mum would have more time without me at home when i start college',
      'the team will be better without me this week, my ankle hurts',
      'the bag is a weight i have to carry every day to school',
      'she is a problem solver and her team has to deal with lots',
      'mum would have more money without the car payments',
      'my family would be better off without the cost of the car',
    ],
  },
  sorryForBeingBorn: {
    catches: ['He said sorry for being born. Just out of nowhere at tea', 'He said sorry for ruining our lives and then shut himself in his room', 'im sorry for wrecking my familys life', 'i wish i was never born', 'sometimes i think i shouldnt have been born'],
    leaves: ['i wish i was born in the summer so i was older in my class', 'sorry for ruining your life lol i told you the ending of the film', 'sorry for being late', 'he was born early and was in hospital for weeks'],
  },
  nowhereInYears: {
    catches: ['in 5 years? i wont be anywhere', 'in a few years i wont be around', 'when im older i wont exist'],
    leaves: ['in 5 years i want to be anywhere but here, maybe spain', 'i wont be around next week, were going to cornwall', 'in 2 years i wont be at this school'],
  },
  tiredOfBeingMe: {
    catches: ['im tired. not tired like sleep. tired of being me', 'honestly im sick of living', 'tired of my life and everything'],
    leaves: ['tired of being the only girl in the team', 'im sick of living in this tiny flat', 'tired of life skills lessons, i want real cooking', 'not tired like i need to be in bed at 7'],
  },
  namesOnThings: {
    catches: ['I found his favourite things packed in a box with his friends names written on them', 'she put her stuff in bags with her cousins names on them'],
    leaves: ['we put names on all his school things', 'the books with our names on them are for the class library', 'his clothes have name labels sewn in'],
  },
  heavenWished: {
    catches: ['i wan to go to heven wiv my nan now. i dont wan to stay', 'i just want to be in heaven with grandad', 'she keeps saying she wants to go to heaven to see her dad'],
    leaves: ['my hamster gone to heaven', 'nan went to heaven last year and i miss her', 'one day i want to go to heaven and see nan when im really old', 'i want to go to heaven in the game, its the last level'],
  },
};
