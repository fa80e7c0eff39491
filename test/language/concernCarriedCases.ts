/**
 * Wordings for the rule families that hear a young person used to carry or hold things for someone
 * (src/language/concernRules/carriedForSomeone.ts): what each must catch on its own, and ordinary
 * look-alikes it must leave alone (carrying a friend's bag on crutches, a nan's shopping, a gift from
 * family). Checked in concernFamilies.test.ts.
 */
export const CARRIED_CASES: Record<string, { catches: string[]; leaves: string[] }> = {
  bagTakenForPay: {
    catches: [
      'Dean gives me money for the bus when I take his bag to the flat',
      'i wait there ages till someone comes for the bag, get home after 10',
    ],
    leaves: [
      'i carry my friends bag when shes on crutches',
      'my nan pays me to take her shopping bags',
      'i take my nans shopping to her flat',
    ],
  },
  askedToCarry: {
    catches: [
      'he asked me to hold a bag for his mate',
      'they want me to drop a parcel off',
      'i have to take a package to someone in another town',
      'he says if i keep his stuff at mine hell pay me',
      'hes asked me 2 take a bag to his mates house',
    ],
    leaves: [
      'my mum asked me to drop a parcel off at the post office',
      'i have to take my pe kit to school',
      'my teacher asked me to take the box to the office',
      'my friend asked me to carry her bag because shes on crutches',
    ],
  },
  errandAskedAbout: {
    catches: ['Is something wrong with taking a bag for a mate?', 'is it ok to carry a package for him to the flat'],
    leaves: ['is it ok to carry my friends bag when shes on crutches', 'is it ok if i get the bus to college on my own'],
  },
  owedForAGift: {
    catches: ['He says I still owe him for the phone.', 'i still owe dean for the trainers'],
    leaves: ['i owe my brother a fiver', 'my mum gave me a phone for my birthday'],
  },
};
