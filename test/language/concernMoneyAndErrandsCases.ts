/**
 * Wordings for the rule families that hear someone's money or things taken by those close to them, or a
 * child given treats and sent on errands: an older relative who gets angry at a "no"
 * (concernRules/angryAtNo.ts), "mates" using a young adult's bank card (concernRules/mateCrime.ts), and
 * older youths giving a child sweets and errands (concernRules/olderOnesErrands.ts). What each must catch
 * on its own, and ordinary look-alikes it must leave alone. Checked in concernFamilies.test.ts.
 */
export const MONEY_AND_ERRANDS_CASES: Record<string, { catches: string[]; leaves: string[] }> = {
  angryAtNo: {
    catches: ['my cousin zain borrows my phone and dinner money and gets angry when i say no', 'he takes my money and gets angry when i say no'],
    leaves: ['my cousin borrows my phone charger', 'he gets angry when i say no to chips'],
  },
  mateCrime: {
    catches: [
      'sum new mates from pub come round wen nan is out n i get money out for them with my card',
      'my mates keep asking me to get money out with my card. is that normal',
      'nan says dazza is using me. is he? hes my mate',
    ],
    leaves: ['i get money out for my nan on fridays cos she cant walk far', 'me and my mates split the bill at the pub'],
  },
  olderOnesErrands: {
    catches: [
      'older lads off the estate have been giving him sweets and asking him to run to the shop for them, dunno if thats anything',
      'the big boys give him sweets and make him run to the shop for them',
    ],
    leaves: ['older kids at his club help him with football', 'he runs to the shop for his nan'],
  },
};
