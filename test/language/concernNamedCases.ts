import type { FamilyCases } from './ruleCases';

/**
 * Harm told by who is feared, where it happens, or a wish not to be (fearOfSomeoneClose.ts,
 * placeThenHarm.ts, wishNotToBe.ts): what each family must catch on its own, and look-alikes it leaves.
 */
export const NAMED_CASES: FamilyCases = {
  fearOfSomeoneClose: {
    catches: ['i dont feel safe with my key worker', 'im scared of my key worker', 'i dont like being alone with my carer, he scares me', 'i dont feel safe with my uncle', 'my support worker scares me', 'hes scared of his taxi driver', 'he wets himself because hes scared of his dad', 'shes that scared of her step dad she wets the bed', 'hes scared of his uncle because he has a beard and he hits him'],
    leaves: ['i feel safe with my key worker', 'my key worker helps me feel safe', 'im scared of my teacher', 'im scared of my key worker finding out i skipped college', 'i dont feel safe with my key worker gone, the new one doesnt know me', 'i dont like being alone at home without my carer', 'he wets himself when hes scared of the dark', 'he wets himself when hes scared of his dad leaving', 'he is scared of his dads dog and wets himself', 'hes scared of his uncle because he has a beard', 'he is scared of his grandad since he had a stroke'],
  },
  placeThenHarm: {
    catches: ['on the bus home, i get touched', 'the playground at lunch i get punched', 'i get touched on the bus home', 'at night i get touched'],
    leaves: ['on the bus i get touched by accident when its busy', 'at break i got hit by the ball', 'in pe i get kicked playing football', 'at lunch i get hit in the game of tag', 'school is ok. home isnt. i get hit with the wooden spoon', 'the toilets at school i get anxious'],
  },
  wishNotToBe: {
    catches: ['sometimes i wish i could just not exist', 'i wish i just wasnt around', 'i wish i could just vanish', 'i want to give all my things away', 'i want my brother to have my stuff when im gone'],
    leaves: ['i wish i could vanish from class', 'i want to give my old toys away to charity', 'my brother can have my room when im gone to uni', 'i wanna disappear into my room and play minecraft all weekend', 'i wish i wasnt so tired', 'i wish i wasnt born in december'],
  },
};
