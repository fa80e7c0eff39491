/**
 * Wordings for the rule families that hear harm said lightly (src/language/concernRules/saidLightly.ts): a threat
 * said to be meant, a grown-up at home who drinks or uses drugs, freedom from a person as what a hope would bring,
 * and waiting until someone is done with one. What each must catch on its own, and ordinary look-alikes it must
 * leave alone (a threat in fun, tea drunk a lot, pills for a heart, "free to go out on my own", a break-up).
 * Checked family by family in concernFamilies.test.ts.
 */
export const LIGHTLY_CASES: Record<string, { catches: string[]; leaves: string[] }> = {
  threatMeant: {
    catches: [
      'mum will kill me if i get another detention and shes not joking',
      'mum will kill me if im late again and she will actually',
      'step dad will beat me if i lose my phone, last time he did',
      'my step mum will batter me when i get home, shes not messing',
      'my dad said hed batter me if i failed and he means it',
    ],
    leaves: ['mum will kill me if i get another detention lol', 'im not joking this homework will kill me', 'dad will kill me if i scratch the car haha jk', 'this revision is killing me, not joking'],
  },
  carerDrinksOrUses: {
    catches: [
      'im worried about my mum she drinks a lot',
      'dad is always drunk when we get home',
      'mums boyfriend does drugs in the house',
      'i think my mum is an alcoholic',
      'mums partner is on drugs most days',
      'my nan drinks every day and falls asleep when shes meant to watch us',
      'dad keeps drinking in the mornings before he drives us to school',
      'my mum drinks till she passes out most nights',
      'my dad is never sober when he picks me up from school',
    ],
    leaves: [
      'my mum drinks a lot of tea',
      'dad has a beer at the weekend',
      'my dad drinks loads of coffee',
      'my mum drinks loads of water since her operation',
      'my nan takes pills for her heart',
      'my mum does drug tests at the hospital',
      'my mum works with people who take drugs',
      'my nan used to drink too much but she stopped ages ago',
    ],
  },
  freeOfSomeone: {
    catches: ['id feel free of him', 'id be free of my step dad at last', 'i would finally feel free from her', 'i would finally be free of my uncle'],
    leaves: ['id be free to go out on my own', 'id feel free to go to town with my mates', 'id feel free of my splints', 'id be free from pain', 'id be free of my wheelchair for a bit on the swing'],
  },
  waitTillDone: {
    catches: [
      'i wouldnt have to wait for him to finish with me',
      'i have to wait in his room till hes finished with me',
      'i have to sit on his lap until hes done with me',
      'he makes me wait in the car till hes finished with me and then drops me home',
    ],
    leaves: ['the physio keeps me until shes done with me', 'i have to wait for the physio to finish with me before lunch', 'i would be sad if he finished with me', 'i hope he doesnt finish with me, i really like him'],
  },
};
