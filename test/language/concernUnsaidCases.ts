import type { FamilyCases } from './ruleCases';

/** Harm told without its usual words (written from train33's misses). */
export const UNSAID_CASES: FamilyCases = {
  aroundTheNeck: {
    catches: [
      'she put the kitchen knife to her own throat when we argued',
      'he pulled his school tie tight round his neck until he went red',
      'i tied my dressing gown cord round my neck and it got so tight i couldnt breathe',
      'last week i tried with a scarf on the banister',
    ],
    leaves: [
      'he held a knife to my throat and took my phone',
      'she wraps her scarf round her neck when its cold',
      'i wear my lanyard round my neck at college so i dont lose it',
      'i tried with a belt but my trousers are still too big',
    ],
  },
  howEasyItWouldBe: {
    catches: [
      'every time i walk over the bridge i think how easy it would be',
      'i stand on the platform and think about how easy it would be',
      'when i drive i imagine steering into a tree',
      'on the station i get this urge to step off the edge',
    ],
    leaves: [
      'i think how easy it would be to get to college if i could drive',
      'i imagine driving into the car park at college on my own',
      'on the platform i feel the urge to step forward to get on the train first',
      'i feel a pull to step forward and lead the team',
    ],
  },
  inFewWords: {
    catches: [
      'i bite me wen im cross',
      'i punch my legs really hard when im angry',
      'i bang my head lots when people shout at me',
      'the cuts on my arm are from me',
      'i stopped eating so i can disappear',
      'nobody knows i keep a razor in my bag',
      'went too deep this time and had to use loads of plasters',
    ],
    leaves: [
      'i hurt me knee at football',
      'i cut my hand on a tin of beans',
      'i hit my head on the cupboard door',
      'i scratch my arm when its itchy',
      'he hit me and i told a teacher',
      'i dont eat breakfast so i get hungry by break',
      'i keep a razor in my wash bag for shaving',
      'we went deeper than usual into the cave on the trip',
    ],
  },
  theirOwnLife: {
    catches: ['my son tried to end his life in the summer', 'she said she is planning to take her own life', 'he has threatened to take his own life twice'],
    leaves: ['he wants to take his life in a new direction', 'they had to end his life support', 'she plans to take her life back after the divorce'],
  },
  paidForPictures: {
    catches: ['a man online gives me money for sending him photos', 'i get 20 quid for sending pics', 'he keeps asking for photos of me with no clothes on', 'she wants pictures of me in my underwear'],
    leaves: ['i get paid for taking photos at weddings', 'my nan wants pictures of me in my new uniform', 'mum asked for a photo of me without my glasses'],
  },
  visitsAtNight: {
    catches: [
      'my uncle used to come into my room at night. i still have nightmares about it',
      'he comes into my bed and says it is our secret',
      'my stepdad is weird when mum is at work and i dont like it',
      'her husband wont leave me alone at night',
    ],
    leaves: [
      'my dad comes into my room to say goodnight',
      'staff come into my room at night to turn me and i feel safe',
      'my grandad is different when nan is out, he lets us stay up late',
      'my little brother wont leave me alone, he wants to play all day',
    ],
  },
  hurtThere: {
    catches: ['a big boy at the park hurt my privates', 'she says the man next door hurt her down there'],
    leaves: ['i fell off my bike and hurt my privates on the crossbar', 'i hurt my knee in the playground'],
  },
  coverStory: {
    catches: ['i had to tell the nurse i fell down the stairs but it was my dad', 'mum made me say i banged my head but really my stepdad did it'],
    leaves: ['i told school i fell down the stairs and they called the nurse', 'i said i tripped over the dog and it was funny'],
  },
  heldAsPunishment: {
    catches: ['staff pinned him down for ages as a punishment', 'my foster carer locks me in the shed to punish me', 'they strap her into the chair to teach her a lesson'],
    leaves: ['the teacher kept me in at break as punishment for talking', 'we hold him to teach him how to ride his bike', 'we lock him in the car while we pay for petrol'],
  },
  hitAtHome: {
    catches: ['at home i get belted if i answer back', 'i get battered by my stepdad', 'i get smacked at home for spilling stuff'],
    leaves: ['at home i get kicked out of the lounge when dad watches football', 'i get hit by the ball a lot in dodgeball', 'at home i get hit by my baby brothers toys'],
  },
  jumpedAndLockedIn: {
    catches: ['i keep getting jumped after school by the same boys', 'the lads keep shutting me in the toilets'],
    leaves: ['i got jumped on by my dog when i got home', 'i keep locking myself in the toilets to calm down'],
  },
  refusedSoWithout: {
    catches: ['my carer says she is too busy so i have not had a bath for two weeks', 'nobody helps me so i havent washed in days'],
    leaves: ['i havent showered in two days because we are camping', 'mum is too busy at work so i have not had a lift to football for two weeks'],
  },
  powerCutOff: {
    catches: ['the gas got cut off and its freezing in the house', 'the electric has run out and his feed pump wont charge'],
    leaves: ['the power was cut off at school in the storm and it was freezing', 'the water was turned off for the roadworks'],
  },
  homeFilthy: {
    catches: ['my house is filthy and stinks', 'my flat is so dirty and smelly'],
    leaves: ['my room is dirty and smelly lol', 'my house is dirty and smelly after the party so we are cleaning'],
  },
  missedAgain: {
    catches: ['my eye check up got forgotten again', 'his hospital appointments keep getting missed again'],
    leaves: ['the hospital cancelled my appointment again', 'my appointment got missed again because i was ill'],
  },
  moneyDrained: {
    catches: ['my mate takes all my wages every friday', 'all her money goes out to this guy she met online'],
    leaves: ['my friend takes my bag every day when i carry too much', 'all my money goes to the phone company'],
  },
  placeTakenOver: {
    catches: ['some lads took over my flat and i sleep at my mums now', 'i let them use my place in exchange for paying off the debt'],
    leaves: ['my sister took over my room when i moved out', 'the new owners took over the cafe'],
  },
  carryForThem: {
    catches: ['they told me to carry the bag to another town', 'the man says i have to take the box on the bus'],
    leaves: ['mum says i have to take the parcel to the post office', 'the teacher told me to take the box to the office'],
  },
  keptInByPartner: {
    catches: ['my boyfriend dont let me see my mum', 'my wife never let me have my own money'],
    leaves: ['my boyfriend lets me go out whenever i want', 'my mum wont let me go out on school nights'],
  },
};
