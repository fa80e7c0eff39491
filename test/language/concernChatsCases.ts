import type { FamilyCases } from './ruleCases';

/** Disclosures met in whole typed chats, read as who does what to whom (src/language/concernRules/toldInChats.ts). */
export const CHATS_CASES: FamilyCases = {
  thrownAtAParent: {
    catches: [
      "dad's screaming at mum and throwing stuff",
      'my stepdad threw a pan at my mum and burned her arm',
      'he chucks plates at my mum when hes drunk',
      'mums boyfriend was yelling at her and smashing the plates',
    ],
    leaves: ['we threw a pan party lol', 'my dad threw a pillow at my mum', 'dad threw the ball to mum', 'mum shouts at dad when he forgets the bins'],
  },
  heldDownByStaff: {
    catches: ['she tapes her hands to the desk so she cant flap', 'the ta ties his arms to the chair when he stims', 'staff strapped him to his chair'],
    leaves: ['she tapes her hands before boxing', 'the ta tapes his name label to the desk', 'she ties her hair back for pe', 'the physio straps his legs to the splint'],
  },
  picturesForGifts: {
    catches: ['sending pics to this guy online for robux', 'i sent photos of me to a man for a gift card', 'he gives me vbucks for pictures', 'sending pictures for robux'],
    leaves: ['i sell photos of my drawings online', 'i sent pics to my nan of the puppy', 'i saved up robux for a new skin', 'i sent pictures to my mum for her birthday'],
  },
  carriedForSomeone: {
    catches: ['my job is take packits on the train for my mate', 'i carry bags to other towns for some older lads', 'i take packages for my mate on the bus after school'],
    leaves: ['i take the train to college with my mate', 'i carry my nans shopping bags on the bus', 'i take packets of crisps to school for my mate', 'i deliver parcels for my job'],
  },
  notFedThere: {
    catches: ['he is not fed at his dads', 'she doesnt get fed properly at her mums', 'he comes back from his dads starving', 'he never gets washed when he stays at his dads'],
    leaves: ["he's not fed up at his dads", 'he is fed by tube at his dads too', 'he gets fed at his dads', 'he comes back from his dads happy'],
  },
};
