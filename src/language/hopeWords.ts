import { withoutCarryOn } from './addedOn';
import { LAUGH, onlyChatter, withoutChatter } from './chatter';
import { HEDGES_AFTER, HEDGES_BEFORE } from './hedges';
import { withoutHopeLeadIn } from './hopeLeadIn';

/*
 * A hope's own words, without the chatter typed around them: "umm ok so I want a cafe job lol"
 * is "I want a cafe job". Apologies ("sorry for long message"), thinking aloud ("ok so", "idk"),
 * asides ("thats the big one"), doubt ("this might sound silly but") and a question after it
 * ("is that ok?") are not part of the hope.
 */

/** An apology or sign-off about the message itself: "sorry for the long message", "hope that makes sense". */
const APOLOGY =
  /(?:^|(?<=[.,;!?]\s*))\s*(?:(?:sorry|soz|apologies)(?:\s+(?:for|about|if))?(?:\s+(?:the|a|an|my|this|that|such|its|it's|it|is|was|thats|that's|im|i'm|i\s+am|for|being))*(?:\s+(?:really|very|so|bit|a\s+bit))*(?:\s+(?:long|long\s+winded|big|massive|rambling|bad|rubbish|terrible|essay|wall\s+of))*(?:\s+(?:message|msg|text|essay|rant|reply|answer|ramble|spelling|english|grammar|typing|typos?|one))?(?:\s+(?:is\s+|isnt\s+|is\s+not\s+|not\s+|so\s+|very\s+|too\s+)+(?:good|great|perfect|the\s+best|bad|long|poor))?|(?:i\s+)?hope\s+(?:that|this|it)\s+(?:makes\s+sense|helps|is\s+ok(?:ay)?)|(?:if\s+)?(?:that|this)\s+makes\s+sense|(?:that'?s|thats|that\s+is)\s+(?:it|all|everything)(?:\s+(?:for\s+now|really|i\s+think))?|(?:sorry|soz)[\s,]+(?:(?:i'?m|im|i\s+am|am|just)\s+)*(?:on\s+(?:my|a)\s+(?:lunch\s+|tea\s+|coffee\s+)?break|at\s+work|on\s+(?:my|the)\s+phone|typing\s+(?:on\s+(?:my|the)\s+phone|fast|quick(?:ly)?)|in\s+a\s+(?:rush|hurry)|rushing)(?:\s+(?:at\s+work|on\s+(?:my|the)\s+phone))?|(?:thanks|thank\s+you|thx|ty|cheers)(?:\s+(?:so|very)\s+much)?(?:\s+for\s+(?:asking|the\s+question|your\s+question))?)(?=\s*(?:[.,;!?]|$)|\s+(?:but|so|anyway)\b)[\s.,;!?]*(?:(?:but|so|anyway)\b[\s,]*)?/gi;
/** Thinking aloud before the hope: "ok so", "umm", "idk maybe", "i think", "well", "honestly right now i ...". */
export const THINKING_ALOUD =
  /^(?:(?:ok(?:ay)?|k|so|well|right|um+|erm+|uh+|hm+|oh|lol|lmao|haha\w*|idk|i\s+dunno|dunno|tbh|tbf|ngl|fr|lowkey|honestly|basically|anyway|yeah|ye|yep|i\s+guess|i\s+think|i\s+suppose|i\s+reckon|maybe|probably|(?:like\s+|as\s+)?i\s+(?:already\s+|just\s+)?(?:said|told\s+(?:you|u|ya))(?:\s+(?:already|alr|before|that))?|like|and|n|&|also|plus|then|(?:right\s+)?now(?=[\s,]+(?:i|we)\b))(?:[\s,.!?…-]+|$))+/i;
/** Agreeing with what was read back, before anything new: "yeah that's right.", "yes correct,", "exactly". */
const AGREED =
  /^(?:(?:yes|yeah|yea|yep|yup|ye|yh|ok(?:ay)?)[\s,]+)*(?:(?:that'?s|thats|that\u2019s|that\s+is|its|it'?s)\s+(?:(?:all|exactly|just)\s+)?(?:right|correct|true|spot\s+on)|correct|exactly|spot\s+on)(?:[\s,.!…-]*$|\s*[,.!…-]+\s*)/i;
/** An aside about the hope, not part of it: "thats the big one", "that's the main thing", "most of all". */
const ASIDE =
  "(?:(?:thats|that's|that\u2019s|that\\s+is|its|it's|it\\s+is|this\\s+is)\\s+(?:the|my|his|her|their)\\s+(?:big|biggest|main|most\\s+important|important|number\\s+one|top|real)\\s+(?:one|thing|hope|dream|bit)|(?:thats|that's|that\u2019s|that\\s+is|its|it's)\\s+(?:the\\s+dream|all\\s+that\\s+matters|what\\s+matters\\s+most|all\\s+(?:i|he|she|they)\\s+(?:really\\s+)?(?:want|wants))|most\\s+of\\s+all|above\\s+all|more\\s+than\\s+anything(?:\\s+else)?)";
/** An aside that only says how much the hope matters, before it: "More than anything I should like him to have a friend". */
const LEADING_ASIDE = /^(?:more\s+than\s+anything(?:\s+else)?(?:\s+in\s+the\s+world)?|most\s+of\s+all|above\s+all(?:\s+else)?|first\s+and\s+foremost)[\s,:-]+(?=(?:i|we|he|she|they|my|our|his|her|their)\b)/i;
/** A sentence that is only an aside: "thats the big one." */
const ONLY_ASIDE = new RegExp(`^${ASIDE}[\\s.!…]*$`, 'i');
/** Shrugs and fillers after the hope: "lol", "idk", "or something", "x", "most of all". */
const TRAILING =
  /(?:[\s,.!…-]+(?:lol+|lmao|haha\w*|idk|i\s+dunno|dunno|i\s+guess|i\s+think|tbh|tbf|ngl|fr|lowkey|maybe|or\s+(?:something|summat|sumthing|somethin|sumfin)(?:\s+like\s+that)?|or\s+whatever|and\s+stuff|and\s+that|innit|init|(?:like|as)\s+i\s+(?:already\s+)?(?:said|told\s+(?:you|u|ya))|obvs|obvi|obviously|ofc|of\s+course|x+|thanks|thank\s+you|ty|thx|sorry|soz|[:;]-?[)D(P]))+[\s.!…]*$/i;
/** The aside after the hope in the same sentence: "be a vet most of all". */
const TRAILING_ASIDE = new RegExp(`[\\s,.!…-]+${ASIDE}[\\s.!…]*$`, 'i');
/** Doubt about the answer said before it: "this might sound silly but", "not sure if this counts, but". */
const HEDGE =
  /^(?:(?:sorry|soz|ok|okay|so|um+|erm+)[\s,]+)*(?:(?:this|it|that)\s+(?:might|may|could|will|probably)\s+(?:be|sound|seem)\s+(?:a\s+bit\s+|really\s+|very\s+|so\s+)?(?:silly|stupid|daft|weird|odd|strange|obvious|small|big|a lot|much)|(?:i\s+)?(?:m\s+|am\s+|im\s+)?(?:not\s+sure|dunno|idk|don'?t\s+know)\s+if\s+(?:this|it|that)\s+(?:counts|is\s+(?:right|ok|okay|what you mean|what you want)|makes\s+sense|is\s+the\s+kind\s+of\s+thing))[\s,.]*(?:but|so)?\b[\s,]*/i;
/** A question to the bot after the hope: ", is that realistic?", "does that count?", "is that ok??". */
const ASKED_AFTER = /(?:^|\s*[,.;!]+\s*|\s+[-–]+\s+)(?:(?:but|so|and)\s+)?(?:is|does|would|will|can|could|should|do|am|are|was)\s+(?:that|this|it|i|he|she|they|you|u)\b(?=[^.!?]{0,60}\?)(?=[^.!?]*\b(?:that|this|it|ok|okay|alright|right|realistic|possible|count|counts|enough|fine|allowed|too\s+\w+)\b)[^.!?]{0,60}\?+[\s?!.]*$/i;
/** Fillers inside the hope: "i want umm a cafe job". */
const INSIDE = new RegExp(String.raw`(?<=^|[\s,])(?:um+|erm+|uh+|hm+|${LAUGH}|idk)(?=[\s,.!?…]|$)`, 'gi');

/** Not knowing, said in words: "idk", "i dont know", "not sure", "no idea". */
const DONT_KNOW = /\b(?:idk|i\s+dunno|dunno|don'?t\s+know|do\s+not\s+know|dont\s+no|not\s+(?:really\s+)?sure|no\s+idea|no\s+clue|never\s+thought\s+about\s+it)\b/i;
/** "idk what i want", "not sure what he wants to do yet": a shrug, whatever follows it. */
const DONT_KNOW_WHAT =
  /(?:^|[\s,.])(?:(?:i\s+)?(?:idk|dunno|don'?t\s+know|do\s+not\s+know|dont\s+no|am\s+not\s+sure|'?m\s+not\s+sure|im\s+not\s+sure|not\s+(?:really\s+)?sure|have\s+no\s+idea|no\s+idea))\s+(?:what|wat|wot)\s+(?:i|he|she|they|we)\s+(?:wants|wanna|want|would\s+like|likes|like|'?d\s+like|could|can|should)\b(?:\s+to)?(?:\s+(?:do|be|say|put))?(?:\s+(?:yet|really|tbh|when\s+(?:i|he|she|they)(?:\s*'?m|\s+am|\s+is|\s+are|'?s|'?re)?\s+(?:older|grown\s+up|bigger|big)))*(?:[\s,.]+(?:but|so)\b)?/gi;

/** A hope's words without chatter; '' when the message was only chatter. */
export function hopeWords(text: string): string {
  // "hehe ok", "lol idk": laughing and chatting with no story words in it.
  if (ONLY_ASIDE.test(text.trim()) || onlyChatter(text)) return '';
  let said = withoutChatter(withoutCarryOn(text).replace(/\s+/g, ' ').replace(DONT_KNOW_WHAT, ' ').trim()).replace(APOLOGY, ' ');
  said = said.replace(INSIDE, ' ').replace(/\s+([,.!?])/g, '$1').replace(/\s+/g, ' ').trim();
  let before = '';
  while (before !== said) {
    before = said;
    said = withoutHopeLeadIn(said.replace(AGREED, '').replace(THINKING_ALOUD, '').replace(LEADING_ASIDE, '')).replace(HEDGE, '').replace(TRAILING, '').replace(TRAILING_ASIDE, '').replace(ASKED_AFTER, '').replace(/^[\s,.;:!?…-]+/, '').trim();
    // "read car manuals i suppose", "kinda want a dog": how sure they are is not part of the hope.
    const unhedged = said.replace(HEDGES_AFTER, '').replace(HEDGES_BEFORE, '').trim();
    if (/\p{L}{2,}/u.test(unhedged)) said = unhedged;
  }
  // "to have a job??": the doubt is not part of the hope.
  return /\p{L}{2,}/u.test(said) ? said.replace(/[\s,;:…?!-]+$/, '') : '';
}

/** "idk maybe", "hmm dunno lol": only a shrug, with no hope in it. */
export function shrugsOnly(text: string): boolean {
  return hopeWords(text) === '' && (DONT_KNOW.test(text) || /\b(?:maybe|i\s+guess)\b/i.test(text));
}
