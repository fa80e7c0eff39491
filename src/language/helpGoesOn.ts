/*
 * One piece of help said over a few commas: "someone to sit with her in maths, check she's
 * understood, and explain it again" is one person doing three things, not three pieces of help.
 * A piece carries on the help before it when it says what that help does or how, and names no
 * help of its own: "to explain things again", "slowly", "check she's understood" after "someone
 * to ...", or "They should check she understands" after "someone to sit beside her".
 */

/** "to explain things again", "so she can catch up": what the help before it is for. */
const FOR_WHAT = /^(?:(?:and|&|then)\s+)?(?:to|in\s+order\s+to)\s+(?!(?:a|an|the|my|his|her|their|our|some|school|college|work|lunch|class|lessons?)\b)[a-z]+/i;

/** "slowly", "calmly and patiently": how the help before it is given. */
const HOW = /^(?:(?:and|but|&)\s+)?(?:(?:very|really|more|a\s+bit\s+more)\s+)?[a-z]{3,}ly(?:\s+(?:and|or)\s+[a-z]{3,}ly)?$/i;
/** Words ending in -ly that are not how help is given. */
const NOT_HOW = /\b(?:only|daily|weekly|monthly|yearly|termly|fortnightly|early|family|ally|bully|lolly|rely|reply|apply|supply|holy|ugly|silly|lonely|jelly|belly|really|mainly|mostly|hopefully|honestly|probably|definitely|ideally|preferably|especially|usually|normally|certainly|obviously|actually|basically|literally|finally|apparently|sadly|luckily)$/i;

/** What a helper does, said as the next thing they do: "check she's understood", "write down what she says". */
const DOES = /^(?:(?:and|&|then|and\s+then|also|or)\s+)?(?:check|checks|explain|explains|repeat|repeats|remind|reminds|write|writes|read|reads|go\s+(?:over|through)|show|shows|sit|sits|talk|talks|listen|listens|model|prompt|prompts|encourage|encourages|praise|break|breaks|chunk|simplify|reassure|calm|notice|notices|ask|asks|tell|tells|wait|waits|keep|keeps|watch|watches|guide|guides|scribe|demonstrate|give|gives|let|lets|make\s+sure|take|takes|walk|walks|stay|stays|point|points|answer|answers)\b/i;
/** The help before names someone who does things: "someone to sit with her", "a TA to read to him". */
const SOMEONE_TO = /\b(?:someone|somebody|an?\s+(?:[a-z'-]+\s+)?(?:adult|person|ta|teacher|helper|assistant|worker|buddy|mentor|tutor|scribe|reader)|(?:my|his|her|their|the)\s+(?:[a-z'-]+\s+)?(?:ta|teacher|helper|assistant|worker|mentor|tutor))\b(?:\s+(?:who|that|to)\b|.*\bto\s+[a-z]+)/i;

/**
 * "but only in maths", "and only if she sits near the door", "as long as it's the same person":
 * when, where or on what terms the help before it is given, one help with its conditions.
 */
const ON_CONDITION = new RegExp(
  String.raw`^(?:(?:and|but|&|though|although)\s+)*(?:(?:only|just|mainly|mostly|especially)\s+(?:if|when|whenever|while|in|during|for|at|on|with|near|by|after|before|on\s+days|[a-z]+ing)\b|(?:as\s+long\s+as|so\s+long\s+as|provided(?:\s+that)?|except(?:\s+(?:in|for|when|on))?|not\s+in|not\s+during|never\s+in)\s+\S|(?:if|unless)\s+(?!.*\b(?:a|an|some)\s)\S|(?:in|during)\s+(?:(?:all|her|his|my|their|the)\s+)?(?:maths|english|science|pe|art|music|lessons?|class(?:es)?|tests?|exams?|assembly|form\s+time)$)`,
  'i',
);

/** "They should check she understands": the helper just named, said again as "they". */
const THEY_DO = /^(?:(?:and|so|also)\s+)?they\s+(?:should|would|could|can|will|need\s+to|must|have\s+to|'d|could\s+also|should\s+also)\s+[a-z]+/i;

/** Whether this piece carries on the help said just before it, naming no help of its own. */
export function carriesOnHelp(part: string, before: string): boolean {
  const said = part.trim().replace(/[\u2018\u2019]/g, "'").replace(/[.!]+$/, '');
  if (!said) return false;
  if (FOR_WHAT.test(said) || ON_CONDITION.test(said)) return true;
  if (HOW.test(said) && !NOT_HOW.test(said.split(/\s+/).at(-1) ?? '')) return true;
  if (!SOMEONE_TO.test(before)) return false;
  return DOES.test(said) || THEY_DO.test(said);
}
