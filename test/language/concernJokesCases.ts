/**
 * Wordings for the rule families that hear bullying told without the word
 * (src/language/concernRules/jokesThatHurt.ts): what each must catch on its own, and ordinary
 * look-alikes it must leave alone (banter everyone enjoys, a voice in a play, a llama at the farm,
 * a day off for exams). Checked family by family in concernFamilies.test.ts.
 */
export const JOKES_CASES: Record<string, { catches: string[]; leaves: string[] }> = {
  banterApparently: {
    catches: [
      'its not bullying its just banter apparently. every single day though',
      'they say its just a joke but they do it every day',
      "the lads on my apprenticeship keep locking me in the storeroom as a 'joke'",
      'the girls in my form keep hiding my bag for a laugh',
      'they keep shutting me in the cupboard',
    ],
    leaves: ['my mates say its just banter and we all laugh, its class', 'my brother locked me in the bathroom by accident', 'we keep hiding the teddy for a laugh at nursery, the kids love it'],
  },
  mockedWhenISpeak: {
    catches: [
      "Every time I speak in seminars someone does a slow voice. It's been going on all term",
      'when i answer in class the boys put on a stupid voice',
      'they copy the way i talk every lesson',
      'people keep mimicking my stammer',
    ],
    leaves: ['my drama teacher does a slow voice for the giant in the play when i speak to him', 'we copy the way our teacher talks in the play lol', 'i copy my voice notes onto my laptop'],
  },
  spatAndPosted: {
    catches: [
      'idk what i need help with. maybe people spitting in my bag',
      'the boys spat on my food again',
      'half my uni flat tagged me in a meme about my weight. again',
      'someone posted a video mocking my wheelchair',
    ],
    leaves: ['the llama spat at me at the farm lol', 'we tagged each other in memes about our teachers', 'i posted a video about my wheelchair skills for my channel'],
  },
  schoolAvoided: {
    catches: ['i dont want to go school cos of the boys', 'i dont wanna go to college because of what the girls say', 'he doesnt want to go to school cos of the older kids'],
    leaves: ['i dont want to go to school cos of the exams', 'i dont want to go to school cos of the boys football tournament, i hate football', 'i dont want to go to work cos of the snow'],
  },
};
