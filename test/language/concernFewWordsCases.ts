import type { FamilyCases } from './ruleCases';

/** Harm told in few words, misspelt, or by a sign beside an ordinary sentence (written from train42's misses). */
export const FEW_WORDS_CASES: FamilyCases = {
  sleepNotBack: {
    catches: ['i like swimmin. i want go sleep and not cum bak', 'i wish i could sleep and never wake up', 'i wanna go to sleep and not come back'],
    leaves: ['i want to sleep and not wake up early on saturday', 'i want to go to sleep', 'i want to go to the shop and come back', 'i want to sleep over and come back sunday', 'i like to sleep in and not get up till 10', 'I wish I could sleep and not wake up for school tomorrow lol', 'i want to sleep and not wake up for college on monday'],
  },
  notNeededWhereGoing: {
    catches: ["This week he's been giving his Lego sets away to his cousins, and he said he won't need them where he's going."],
    leaves: [
      "he gave his old coats away, he won't need them where he's going to in Spain",
      "she's giving her toys away to the charity shop",
      "he won't need his coat where he's going",
      'we are giving the cot away, the baby wont need it',
      "he gave his books away, he doesn't need them where he's going on holiday",
    ],
  },
  yearsOlder: {
    catches: ["She's 15 and going out with a 24-year-old she met on a gaming app.", 'im 14 and im seeing a man who is 30', 'shes only 13 and dating a 21 year old'],
    leaves: ["She's 15 and going out with a 16-year-old from school", 'shes 15 and going out with 25 people from her class on a trip', "she's 24 and going out with a 26-year-old", 'he is 14 and his brother is 22', 'im 15 and my teacher is 30'],
  },
  aloneOvernight: {
    catches: ["I work nights so he's on his own from seven till eight in the morning. He's nine.", 'shes only 8 and she is alone all night when i work'],
    leaves: ["He's seventeen, he's on his own from seven till eight in the morning when I work nights", "He's nine and he stays at his nan's when I work nights", 'he is on his own from 7 till 8 in the morning, he is 16', "i'm on my own till the morning when she's at work, i'm 19", 'he is nine, he gets up at seven in the morning', "she's 9 and can't stay in her room alone till the morning", 'hes 7 and has never slept on his own till the morning', "she's 6 and I'd love her to sleep by herself till morning", 'shes 8 and sleeps in her own bed alone till the morning now', 'hes 10 and wont sleep alone overnight on the school residential trip'],
  },
  teethNoDentist: {
    catches: ['my teef hurt lot. no dentis', 'her teeth are rotten and she has never been to the dentist'],
    leaves: ['my tooth hurts, no dentist appointment till friday', 'no dentist near us takes nhs', 'my teeth hurt after the dentist', 'i brush my teeth every day', 'her teeth hurt a bit but we go to the dentist on monday', 'his teeth hurt a lot but no dentist will see him because of his autism', 'her teeth ache and no dentist near us can take her'],
  },
  sameClothesSmell: {
    catches: ['i wer same cloths evry day. smel', 'he wears the same clothes every day and stinks'],
    leaves: ['i wear the same uniform every day', 'i wear the same hoodie every day because i love it', 'he wears the same clothes every day, he likes them washed each night', 'my room smells of paint', 'same clothes every day is easier for him'],
  },
  coldNoHeat: {
    catches: ['cold in hous. no heat', 'freezing at home no heating'],
    leaves: ['its cold outside so i wear my big coat', 'the heating broke at school so we went home early', 'cold in the house so i put the heating on', 'no heat in the pool today', 'my room is cold in the morning'],
  },
  lunchTipped: {
    catches: ['they tip his lunch on the floor most days and film him picking it up', 'they knock my tray on the floor every day'],
    leaves: ['my brother knocked my drink on the floor', 'i dropped my lunch on the floor', 'they tipped the paint on the floor in art', 'he threw his lunch on the floor when he was upset', 'i spilled my tray on the floor yesterday', 'she tips her dinner on the floor every day if the foods touch', 'he throws his lunch on the floor and laughs', 'he throws his tray on the floor again and again when the dinner hall is loud', "he throws his food on the floor on purpose when he's overwhelmed", 'i chuck my dinner on the floor when im angry, always'],
  },
  meanStuffAboutMe: {
    catches: ['ppl put mean stuf bout me on fone', 'girls post horrible pics of me'],
    leaves: ['people say mean stuff about the new teacher', 'people write nice things about me', 'i post pics of me on holiday', 'they sent me a mean meme about football', 'i write mean stuff about villains in my story'],
  },
  beforeHeGetsHome: {
    catches: ["I'm filling this in quickly before he gets home. He doesn't like me talking to professionals."],
    leaves: ["I'm filling this in before he gets home from school, he likes to help", 'before he gets home i tidy up', "he doesn't like me talking to his teachers", 'i want to finish before my husband gets home so we can eat', "before she gets back i'll make tea, she doesn't like me waiting", "I'm filling this in before he gets home from school, he doesn't like me talking about him to professionals", "before she gets home from college i'll finish this, she doesn't like me talking about her"],
  },
  missingNobodyLooks: {
    catches: ['i go missin lots. no1 look', 'he goes missing for days and nobody looks for him'],
    leaves: ['my socks go missing and no one knows where', 'i went missing in the shop once, mum found me', 'nobody looks at my work', 'i go out lots, nobody minds', 'my cat went missing, nobody has seen her', "he runs off in the supermarket and nobody notices till he's gone", 'i ran off at break and nobody noticed lol', 'she runs off at the park and no one comes till i shout'],
  },
  keptHomeToMind: {
    catches: ['mum keep me hom from skool 2 mind baby', 'dad keeps her off school to look after her little brothers'],
    leaves: ['mum kept me home from school because i was sick', 'we kept him home to go to the dentist', 'i mind the baby after school sometimes', 'mum keeps me off school when i have a migraine', 'i look after my little brother on saturdays'],
  },
  shoutAndSmash: {
    catches: ['ppl shout n smash at hom. scared', 'they scream and break things at home, im frightened'],
    leaves: ['we shout and sing at home, its fun', 'in the film they shout and smash the house, so scary', 'the neighbours shout a lot', 'my brother screams when he loses at fortnite', 'i shout and break my lego when im angry', 'when he melts down he shouts and smashes things at home, he gets so scared', 'i shout and break stuff at home when im scared', "he screams and throws things at home when he's scared of the dark", 'she screams and breaks things at home in a meltdown, shes terrified of the hoover'],
  },
};

/** Parents and young people telling of a child's own ways or an ordinary worry, which the rules above once read as harm: no firm answer. */
export const FEW_WORDS_ORDINARY: string[] = [
  "she's 9 and can't stay in her room alone till the morning",
  'hes 7 and has never slept on his own till the morning',
  "she's 6 and I'd love her to sleep by herself till morning",
  'she tips her dinner on the floor every day if the foods touch',
  'he throws his lunch on the floor and laughs',
  'he throws his tray on the floor again and again when the dinner hall is loud',
  "I'm filling this in before he gets home from school, he doesn't like me talking about him to professionals",
  "he runs off in the supermarket and nobody notices till he's gone",
];

/** The same, where a gentle check may still come from the wider reading, but never the firm answer. */
export const FEW_WORDS_NOT_FIRM: string[] = [
  "he throws his food on the floor on purpose when he's overwhelmed",
  'when he melts down he shouts and smashes things at home, he gets so scared',
  'i shout and break stuff at home when im scared',
  'his teeth hurt a lot but no dentist will see him because of his autism',
  'I wish I could sleep and not wake up for school tomorrow lol',
];
