import type { FamilyCases } from './ruleCases';

/** Wanting to be gone told quietly, and harm from others without its usual words (written from train34's misses). */
export const GOODBYES_CASES: FamilyCases = {
  thingsGivenAway: {
    catches: [
      'i gave my xbox to my cousin. bye everyone',
      'he has been giving his mates all his games and says he wont need them',
      'she gave her sister her favourite necklace and shes been so quiet and flat',
      'giving away my posters and books, i wont need them after friday',
      'she gave away her guitar and all her art stuff last week, she loved them',
    ],
    leaves: [
      'i gave my old clothes to the charity shop',
      'we are giving our stuff away because we are moving, bye bye old house',
      'he gave his little brother his bike because he has grown out of it',
      'she gave her old toys to her cousin, she loved them when she was little',
      'i give my sister my games when im bored of them',
    ],
  },
  lastGoodnight: {
    catches: [
      'i hug my dog every night like it could be the last time',
      'i tell mum i love her before bed in case this is the last time',
      'i tidy my room every night in case i dont wake up',
      'i made a list of who gets my stuff',
      'i wrote letters to everyone i love',
      'my son has started saying goodbye to us at night like he means it',
    ],
    leaves: [
      'we said goodbye to nan at the airport like it was the last time, she lives in spain now',
      'i say goodnight to my mum every night',
      'i always charge my phone in case i dont wake up in time for college',
      'we made a list of who gets which room in the new house',
      'we wrote cards to everyone in the class for christmas',
      'i said goodbye to my friends at the end of year 11 like i meant it',
    ],
  },
  noFutureMe: {
    catches: ['future me wont exist so this is pointless', 'there is no future me so why plan', 'honestly everyone would be better off with out me'],
    leaves: ['future me will thank me for saving', 'i want future me to have a job and a flat', 'everyone was better at football with out me in goal'],
  },
  nothingGetsBetter: {
    catches: ['life wont get better, so why try', 'nothing is ever going to get better so theres no point', 'things are never going to get better, i give up'],
    leaves: ['i hope things will get better, there is no point worrying', 'things will get better when i start college', 'nothing will get better until the council fixes the damp', 'my knee wont get better so theres no point doing football'],
  },
  wishedAccident: {
    catches: ['i wish a bus would hit me on the way to college', 'i hope i get hit by a car', 'sometimes on the motorway i think about letting go of the wheel'],
    leaves: ['i wish the bus would come on time', 'i hope i get a car for my birthday', 'i want to learn to drive a car', 'i got hit by a car when i was little and broke my leg'],
  },
  hidingItBetter: {
    catches: ['everyone thinks im fine but im just hiding it', 'i got better at hiding it so nobody asks any more', 'mum says im doing better now but i hide it better'],
    leaves: ['i got better at hiding in hide and seek', 'i hide it better in his yoghurt so he takes his medicine', 'my teacher thinks im doing better in maths'],
  },
  marksExplainedAway: {
    catches: ['i wear plasters on my arms so mum thinks its scratches', 'she covers her legs so nobody notices', 'i hide my wrists so my teachers dont ask'],
    leaves: ['i wear long sleeves on my arms so people dont see my eczema', 'i wear sun cream on my arms so mum doesnt worry', 'he wears a splint on his wrist so teachers know he cant write much'],
  },
  sorryPassedOn: {
    catches: ['please tell my mum im sorry and its not her fault', 'let my teacher know im really sorry and none of this is her fault'],
    leaves: ['tell my teacher im sorry i was late, it wasnt her fault the bus broke down', 'tell mum im sorry i shouted, it wasnt her fault', 'im sorry its not your fault'],
  },
  tabletsGone: {
    catches: ['half of her tablets are missing and she has been staying in her room all week', 'a packet of my paracetamol went missing and he is really quiet'],
    leaves: ['some of his tablets went missing at school so we need a new box', 'my tablet is missing, i think i left it on the bus'],
  },
  notEatingAsHarm: {
    catches: [
      'i binge and purge most nights',
      'she makes herself sick after dinner and thinks we dont hear',
      'i feel in control when im hungry',
      'he only eats one yoghurt a day and says hes fat',
      'she has stopped eating and gets on the scales after every meal',
      'he pushes his food round the plate and has lost a lot of weight',
      'i skip meals so i can feel empty',
      'i chew food and spit it out',
      'he goes to the bathroom straight after every meal and runs the tap',
      'she weighs herself every morning and cries',
      'i count every calorie and if i go over i dont eat the next day',
    ],
    leaves: [
      'he only eats beige food, its a sensory thing',
      'she stopped eating for a few days with a tummy bug and lost weight',
      'i made myself sick with worry before my exams',
      'he has stopped eating meat and lost weight at the gym',
      'i feel good when i eat breakfast',
      'i skip breakfast so i can sleep longer',
      'he needs the toilet straight after every meal',
      'i weigh myself at slimming world every week',
      'i count calories because im training for a marathon',
    ],
  },
  cardAndPin: {
    catches: ['my mates told me to give them my pin', 'she gives them her bank card cos they are nice to her', 'this lad keeps borrowing my card and never gives it back'],
    leaves: ['i gave my mum my pin so she can do the shopping', 'my support worker keeps my bank card safe', 'i need help to remember my pin', 'my sister keeps borrowing my card for the bus'],
  },
  moneyForLove: {
    catches: ['a man i met online asked me for money for his visa', 'the boyfriend she met online has had 500 off her', 'my girlfriend i met online never turns up but i send her money every week'],
    leaves: ['i met my girlfriend online and we have been together two years', 'my boyfriend i met online is saving for a flat with me', 'i met someone online who likes the same games'],
  },
  phoneToAnswer: {
    catches: ['an older lad bought me a phone and i have to answer it every time', 'we found cash and two phones hidden under his bed'],
    leaves: ['my dad gave me a phone so i can ring him after college', 'we found his old phones in the drawer', 'i found 5 pounds in my coat'],
  },
  daysAlone: {
    catches: ['mum went away and i was on my own for three days', 'dad goes out and we are alone for 2 nights', 'i need someone to give me food', 'no one changed my dressings after my operation'],
    leaves: [
      'mum goes to work and i am on my own for 2 hours',
      'my parents went on holiday and i was on my own for 3 days, it was great',
      'i need someone to give me food at lunch club because of my hands',
      'the nurse changed my dressings every day',
    ],
  },
  filmedForLaughs: {
    catches: ['they called me names and filmed me', 'people film me when i cry and laugh at it', 'someone set up a fake account pretending to be me'],
    leaves: ['my friends film me doing tricks on my bike', 'mum filmed my reaction when i opened my present', 'i made a fake account for my game'],
  },
  heldInPlace: {
    catches: [
      'her dad makes her stand in the corner for hours',
      'they lock me in my room all night',
      'we are still not over what his football coach did to him',
      'she wont go to school because of what the driver did to her',
    ],
    leaves: [
      'he sits in the calm corner for 5 minutes when he is cross',
      'i lock my room at night so my brother doesnt come in',
      'i want to thank his coach for what he did for him',
    ],
  },
};
