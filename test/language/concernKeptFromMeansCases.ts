import type { FamilyCases } from './ruleCases';

/** Self-harm said as what helps: the means kept away, arms checked, never left alone with them. */
export const KEPT_FROM_MEANS_CASES: FamilyCases = {
  meansKeptAway: {
    catches: [
      'people need to take the knives away when im upset',
      'it helps when mum locks the tablets away when im in a bad place',
      'i need staff to keep the sharp things away from me when im low',
      'what helps is someone hiding my meds so i cant get to them',
      'at home they lock up the knives if im having a bad day and that stops me',
      'i need a grown up to hold my paracetamol so i cant get to it',
      'it helps if mum keeps my meds locked up when im in a bad place',
      'take away the knives when im upset',
      'remove the razors from my room when im low',
    ],
    leaves: [
      'take the knives away when im cooking',
      'my mum keeps the knives up high because my little brother is 2',
      'take the knives out of the dishwasher and put them away is my job',
      'when im upset i need a quiet room and my headphones',
      'i need help to take my tablets at the right time',
      'hide the chocolate so i cant get to it',
      // Taking pills oneself is read by other families, never as a safety plan.
      "I take my mum's pills when I'm stressed",
    ],
  },
  armsChecked: {
    catches: [
      'check my arms when i get really sad',
      'my keyworker checks my wrists for new cuts every morning and that helps',
      'my support plan says check my thighs for cuts after school',
      'please can someone look at my arms when i feel down, i dont always say',
    ],
    leaves: [
      'check my arms for eczema every night and put the cream on',
      'i need someone to check my skin when i get a rash',
      'check my skin when im stressed because my eczema gets worse',
      'check my legs for cuts after football',
      'check on me when i get really sad',
    ],
  },
  notLeftWithMeans: {
    catches: [
      'what helps is not being left alone with the razors',
      'dont leave me alone with the razors',
      'dont let me be on my own with scissors when im angry',
      'the best help is never being left by myself with the pills',
    ],
    leaves: [
      'dont leave me alone with the knives when im cooking, i drop things',
      'i cant be left alone with knives in food tech',
      'i cant be left alone in the kitchen because of my seizures',
      'dont leave me alone with the dog',
      'dont leave me alone with the razor when im shaving',
    ],
  },
};
