/**
 * Wordings for the rule families that hear wanting to be gone told as having no time ahead, or as
 * quietly getting ready to go (src/language/concernRules/noTimeAhead.ts): what each must catch on
 * its own, often misspelt, and ordinary look-alikes it must leave alone (a course left for another,
 * a party not wanted, a lie-in, a river trip, things given to a charity shop).
 * Checked family by family in concernFamilies.test.ts.
 */
export const TIME_AHEAD_CASES: Record<string, { catches: string[]; leaves: string[] }> = {
  noLongTerm: {
    catches: [
      "Career-wise I'm not really thinking long term. I don't think there is a long term for me.",
      'theres no grown up life for me',
      'there isnt a long run for him, he says',
      'my goal for the next 5 years? getting through the next 5 days would be a stretch tbh',
      'future? making it through today is all i can',
    ],
    leaves: [
      'i dont think there is a long term parking space for me at college',
      'theres no long term plan for me yet, we are waiting for the panel',
      'getting through the next 5 days of exams would be a stretch but in 5 years i want to be a vet',
    ],
  },
  helpNotNeeded: {
    catches: [
      "I don't really need support with my course, I won't be finishing it",
      'what i need help wiv is nothing, i am not staying long',
      'i dont need any help, i wont be here',
    ],
    leaves: [
      "I don't really need support with my course, I won't be finishing it here because I'm moving to a different college",
      'i dont need help with cooking, i wont be staying at the flat after summer, im moving to my nans',
      'i dont need help with maths, i am staying in the top set',
    ],
  },
  noBirthdayAhead: {
    catches: ['i dont want a birthday next year', 'i dont want another birthday', 'i wont see my next birthday', 'he says he doesnt want any more birthdays'],
    leaves: ['i dont want a birthday party next year, just a meal', 'i dont want another birthday like last year, it was rubbish', 'i wont see my next birthday with my dad, he lives in spain'],
  },
  wantToBeNowhere: {
    catches: [
      'where do i want to be in a year. nowhere. i want to be nowhere',
      'i hate me. i want to stop me',
      'i just want to switch myself off',
      'my dream is go sleep and stay sleep',
      'i want to sleep and never wake up',
    ],
    leaves: [
      'i want to be nowhere near school in the holidays',
      'i want to stop myself biting my nails',
      'i need to switch off my phone at night',
      'the baby went to sleep and stayed asleep all night',
      'i want to sleep and not wake up till 12 on sunday',
    ],
  },
  forgottenQuickly: {
    catches: [
      'my hope is that the people I love forget about me quickly so it doesnt hurt them too much',
      'i want them to get over me fast so they are not sad',
      'i hope my mum doesnt miss me too much when im gone',
    ],
    leaves: ['i hope my teacher doesnt forget about me over the summer', 'my friends forget about me quickly when i am off sick, its annoying', 'i hope my dog doesnt miss me too much when im at camp'],
  },
  planBehindASmile: {
    catches: [
      "When people ask about my plans I just smile, because I've made a different kind of plan",
      'they dont know ive got my own other plan',
      'lol i told my mate id be gone by christmas, she thought i meant moving house',
      'i said i wont be around soon and my nan thought i meant going on holiday',
    ],
    leaves: [
      'when people ask about my plans i just smile because i have made a different plan for college, an apprenticeship',
      'im leaving school, my nan thought i meant leaving home lol',
      'i just smile when they ask, i have no plan yet',
    ],
  },
  drawnToDanger: {
    catches: [
      'been thinking about the river a lot lately. not in a nice walk kind of way',
      'i keep thinking about the bridge and not in a good way',
      'my head says go in the road. i listen sometimes',
      'a voice tells me to jump off the bridge',
    ],
    leaves: ['been thinking about the river trip a lot, it was the best day', 'my mum says never go in the road', 'my head says go to bed early tonight', 'the coach tells me to jump off the block faster'],
  },
  givenAwayQuietly: {
    catches: [
      "I've started giving away my art stuff and books to friends. feels right to let go of things now",
      'gave away all my games to my mates, letting go of things',
      'gave my dog to my cousin. told everyone it was cos of allergies. its not',
    ],
    leaves: [
      'ive been giving away my old toys to the charity shop cos im too old for them',
      'gave my dog to my cousin, told everyone it was cos of allergies and it is, i sneeze all the time',
      'giving my old clothes to my sister, they dont fit me',
    ],
  },
  noOlderSelf: {
    catches: ['i dont really see an older me', 'no point him growing up'],
    leaves: ['i cant wait to be older', 'i dont want to grow up too fast'],
  },
};
