/*
 * One table of the remark patterns the remark readers share: words said around an answer or
 * instead of one, about the chat or the person's own message ("oh well", "what? not help", "me
 * already say", "sorry, I meant", "and the lads at the bus stop"). Each reader builds its own
 * expressions from these pieces (passingRemark.ts, hopeRemarks.ts, helpAsides.ts, answerLead.ts,
 * aside.ts), so a new way of saying a remark is added here once and every reader hears it.
 * Each is a source without flags: its reader adds them ("i" where it reads the message as typed).
 */

/** "oh", "hang on", "to be honest": the words of RemarkPattern.opener, one of them. */
const OPENER_WORD = String.raw`(?:oh|ooh|hmm+|um+|erm+|well|ok|okay|gosh|wow|ah|to be honest|honestly|hang on|hold on|wait|actually)`;

export const RemarkPattern = {
  /** "oh", "hmm", "well", "hang on", "to be honest": opening words that change nothing, on normalised text. */
  opener: String.raw`(?:${OPENER_WORD}\s+)*`,
  /** The opener's words with "so", "but", "and", "sorry" among them: before a remark about the list kept, on normalised text. */
  remarkLead: String.raw`(?:(?:${OPENER_WORD}|so|but|and|sorry)\s+)*`,
  /** "what", "eh", "pardon": a puzzled word. */
  puzzled: String.raw`(?:what|wot|wat|eh|huh|sorry|pardon)`,
  /** "that's not help", "not support": the bot read them wrongly as help. */
  notHelp: String.raw`(?:(?:that|thats|that's|that s|it|its|it's|it s|this)\s+(?:is\s+|was\s+)?)?(?:not|isn'?t|isnt|wasn'?t|aint|no)\s+(?:a\s+)?(?:help|support|helping|what helps)(?:\s+(?:thing|things|one))?`,
  /** "me already say", "like I told you before": said again, about the chat. */
  alreadySaid: String.raw`(?:like\s+)?(?:me|i)\s+(?:already\s+|alredy\s+|just\s+)?(?:say|said|says|tell|told|tell\s+you|told\s+you)(?:\s+(?:you|that|this|it|before|already|u))*`,
  /** "that my hope", "it's a dream": what kind of answer it was, about the chat. */
  isMyHope: String.raw`(?:that|thats|that's|this|it|its|it's)\s+(?:is\s+|was\s+|be\s+)?(?:my|a|the|me)\s+(?:hope|hopes|dream|dreams|wish|wishes|goal|want)`,
  /** "I think.", "Sorry, I meant": their own words before an answer (case-insensitive). */
  ownLead: String.raw`^(?:(?:sorry|oops|oh)[\s,.!]+)*(?:i\s+think\s*[.;:!]+|(?:sorry|oops)[\s,.!]+i\s+(?:mean|meant)[\s,.:;!-]+)\s*`,
  /** "sorry this is long", "soz for the essay": an apology for their own message, on normalised text. */
  ownApology: String.raw`^(?:(?:oh|oops|um+|and|but)\s+)*(?:sorry|soz|sry|apologies)\s+(?:(?:for|about|if|that|but)\s+)?(?:(?:the|my|this|its|it s|it|this is|thats|that s|that is|it is|im|i m|i am|i was|i have been|ive been|for being)\s+)*(?:(?:so|very|really|a bit|bit|quite|too|such a)\s+)*(?:long|long winded|rambling|ramble|waffling|waffle|going on|essay|an essay|wall of text|long message|long msg|long answer|message|msg|rant|ranting|so much|a lot|typing so much|writing so much|spelling|typos?)\b`,
  /** "huh??", "what?" before an answer (case-insensitive). */
  puzzledLead: String.raw`^\s*(?:(?:huh+|eh+|hm+|um+|erm+)\b[\s?!.,…]*|(?:what|wat|wot|wha+t*)\s*\?+[\s?!.,…]*)+(?=\S)`,
  /** ", huh?" after an answer (case-insensitive). */
  puzzledTail: String.raw`[\s,.…]+(?:huh+|eh+)\s*[?!.]*\s*$`,
  /** "and the lads at the bus stop": a group of others at a place, beside help (case-insensitive). */
  othersAtAPlace: String.raw`^(?:and|also|plus|oh and)\s+(?:the\s+|some\s+|those\s+|these\s+|other\s+)?(?:(?:older|bigger|other|rough|same)\s+)?(?:lads|boys|girls|kids|children|teenagers|gang|group|crowd|students|pupils|people)\s+(?:at|on|in|near|outside|by|round)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?[a-z][a-z ]{1,30}$`,
  /** "she only gets it once a term and that's not enough": how often help comes (case-insensitive). */
  onlyGetsIt: String.raw`^(?:but\s+)?(?:s?he|they|i|we)\s+(?:only|just)\s+(?:gets?|has|have|sees?|goes?)\s+(?:it|that|this|them|one|her|him)\s+(.+?)(\s+(?:and|but)\s+(?:that|that's|thats|it's|its|it|which)\s*(?:is|'s)?\s+not\s+enough)?$`,
  /** "once", "every week", "termly": how often (case-insensitive). */
  howOften: String.raw`\b(?:once|twice|\d+\s+times?|every|each|a\s+(?:day|week|month|term|year)|per\s+(?:day|week|month|term|year)|weekly|monthly|termly|daily|fortnightly)\b`,
} as const;
