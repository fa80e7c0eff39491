/*
 * Ordinary talk that the classifier reads as despair or harm to oneself, set aside as an idiom (concernIdioms.ts):
 * a blunt complaint about a question ("how am i supposed to know what other people think"), and something made
 * or done on one's own ("ive done the voice over myself"). Anything alarming said beside them is still read.
 */

/** Harm said with it: then nothing is set aside ("i did the cuts myself", "done the tablets myself"). */
const NOT_OWN_WORK =
  '(?:goodbye|bye|farewell|last|final|suicide|letters?|notes?|wills?|cut\\w*|burn\\w*|scratch\\w*|tablets?|pills?|overdose|harm\\w*|hurt\\w*|bruis\\w*|marks?|scars?|noose|rope|blade|razor|knife|damage|injur\\w*|kill\\w*|die|dying|end\\w*)';

/** "how am i supposed to know what other people think", "how would i know what people like about me". */
export const QUESTION_COMPLAINED_OF_SOURCE =
  '\\bhow\\s+(?:am|was|would|should|could|do|can)\\s+i\\s+(?:supposed\\s+to\\s+|meant\\s+to\\s+|going\\s+to\\s+|gonna\\s+)?know\\s+(?:what|how|why|if)\\s+(?:other\\s+people|people|others|they|anyone|everyone|other\\s+kids)\\s+(?:think|thinks|feel|feels|like|likes|admire|say|says)\\b(?:\\s+(?:about|of)\\s+me)?';

/** Words that begin more than a thing made: a time, a reason, someone else ("i do it when i am on my own"). */
const NOT_A_THING = '(?:when|while|whilst|and|but|because|cos|cause|if|i|im|am|he|she|it|they|can|cant|help|without|now|since|til|till|until)';

/** Things clearly made, the only ones set aside: never a letter, a note, a will, or a part of the body "done myself". */
const MADE_THING =
  '(?:videos?|voice\\s*overs?|voiceovers?|recordings?|pictures?|drawings?|paintings?|games?|levels?|cakes?|songs?|models?|websites?|apps?|code)';

/**
 * "ive done the voice over myself", "i made the video on my own": something made, said in the past, with "the", "a"
 * or "my" before it. Never "do it myself" (care said of oneself is read as ever), nor a time or a reason after it.
 */
export const DONE_ON_MY_OWN_SOURCE = `\\b(?:done|did|made|edited|recorded|filmed|built|fixed|finished|wrote|written|painted|drew|designed)\\s+(?:the|a|my)(?:\\s+(?!(?:${NOT_OWN_WORK}|${NOT_A_THING})\\b)[a-z]+){0,2}?\\s+${MADE_THING}\\s+(?:all\\s+)?(?:myself|by\\s+myself|on\\s+my\\s+own)\\b`;
