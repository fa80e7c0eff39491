/**
 * Wordings for the rule families that hear self-harm told by what is got ready or hidden (pillsKept to
 * emptyOnPurpose in src/language/concernRules/quietPreparations.ts): what each must catch on its own,
 * and ordinary look-alikes it must leave alone. Checked family by family in concernFamilies.test.ts.
 */
export const PREPARED_CASES: Record<string, { catches: string[]; leaves: string[] }> = {
  pillsKept: {
    catches: ['ive been stockpiling my meds', 'she keeps hiding her tablets in her pillow', 'the pills are in the cupboard and i keep counting them'],
    leaves: ['i keep counting my sweets', 'mum keeps my tablets in a box each day', 'im saving my tablets for the trip'],
  },
  excuseUntrue: {
    catches: ['he told me the kitten scratched him but we have never had a kitten', 'bloody plasters in his bin again'],
    leaves: ['the kitten scratched him, we got her last week', 'i put plasters in my bag for school'],
  },
  loopTied: {
    catches: ['a rope tied into a noose in his wardrobe', 'found a cable hanging from the bannister'],
    leaves: ['we tied a rope into a loop for the boat', 'there was a cable hanging from the bannister with the christmas lights', 'there is a cable hanging from the ceiling where the light was'],
  },
  goodbyeForGood: {
    catches: ['i said goodbye to my mum for the last time', 'told them all bye forever'],
    leaves: ['said bye to my mates for the holidays', 'we said goodbye forever to our old house when we moved'],
  },
  numbedToCut: {
    catches: ['i drink vodka before so the cutting is easier', 'being drunk means i cant feel the cuts'],
    leaves: ['i drink squash so i dont feel thirsty', 'i cut my finger cooking'],
  },
  emptyOnPurpose: {
    catches: ['i throw my lunch away so i stay empty', 'binning my dinner till i feel nothing'],
    leaves: ['i throw my lunch away when its soggy', 'i feel empty when my friends go home'],
  },
};
