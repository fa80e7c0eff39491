/**
 * Wordings for the rule families that hear harm inside a young adult's own relationship (concernRules/pressuredAndPushed.ts):
 * sex pressed on them, and rough handling for asking someone to go. What each must catch on its own, and ordinary
 * look-alikes it must leave alone. Checked in concernFamilies.test.ts.
 */
export const PRESSURED_CASES: Record<string, { catches: string[]; leaves: string[] }> = {
  sexPressured: {
    catches: [
      'he pressured me into sex',
      'he keeps on at me til i sleep with him',
      "felt like i had to have sex with him or he'd leave",
      'my boyfriend guilts me into sleeping with him',
      'i only sleep with him cos hed dump me if i didnt',
      'he goes on and on until i have sex with him',
    ],
    leaves: ['he talked me into doing the bungee jump', 'he keeps on at me til i give him a go on my xbox', 'we had sex and it was fine', 'my mates pushed me into going to college'],
  },
  roughWhenAskedToGo: {
    catches: ['he gets rough when i want him out', 'she gets physical if i tell her to go', 'my ex gets violent if i tell him to leave'],
    leaves: ['he gets rough at rugby when i play', 'my dog gets excited when i want him out of the garden', 'i get rough sleep when its loud'],
  },
};
