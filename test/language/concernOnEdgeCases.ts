/**
 * Wordings for the rule families that hear harm at home told through living on edge
 * (src/language/concernRules/onEdgeAtHome.ts): what each must catch on its own, often misspelt,
 * and ordinary look-alikes it must leave alone (the dark walk home, a tired joke, a teacher who
 * kicks off about homework, a bruise from football). Checked family by family in concernFamilies.test.ts.
 */
export const ON_EDGE_CASES: Record<string, { catches: string[]; leaves: string[] }> = {
  onEdgeAtHome: {
    catches: [
      "I'd like to live independently mainly so I don't have to be scared at dinner every night",
      'im terrified at tea time most nights',
      'can i sleep at school lol. not even joking',
      'can i stay at yours, i mean it, i dont want to go home',
      "I have to be careful what I say or he'll kick off, and the kids have learned to go quiet too",
      'we have to watch what we say or my stepdad goes mad',
    ],
    leaves: [
      'im a bit scared walking home in the dark so mum picks me up in winter',
      'can i sleep at school lol im so tired',
      'i have to be careful what i say or my teacher will kick off about homework',
      'the kids have learned to stay quiet in assembly',
    ],
  },
  marksKeptQuiet: {
    catches: ['bruse on my leg. dont say nothing', 'marks on my arm, please dont tell anyone', 'bruises all over my back dont tell mum'],
    leaves: ['bruise on my leg from football, dont tell mum', 'marks on my arm from the trampoline, dont say anything its embarrassing', 'a bruise on my knee, i fell off my bike'],
  },
};
