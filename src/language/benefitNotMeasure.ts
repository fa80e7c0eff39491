import { normaliseMessage } from './text';

/*
 * What an outcome would do for someone, said where "how would you know?" was asked: "hed be part
 * of a team and make friends", "he would feel proud", "it would give her confidence", "so he can
 * make friends". Words that say what anyone would see or count ("every week", "the coach picks
 * him") make it a measure after all, and so do words that name evidence ("we would have his
 * timesheet", "she'd get a letter from college"), something put up for all to see ("theyd be on my channel"), something that happens for all to see ("id have a
 * place at college") or someone who says so ("his teacher would tell us").
 */

const WOULD = String.raw`(?:he|she|they|i|you|we)\s*(?:d|would|ll|will|could|might)\s+(?:really\s+|also\s+|then\s+|finally\s+)?(?:be|feel|have|get|make|gain|become|enjoy|love|meet|belong|fit|grow|learn\s+to\s+trust)`;
const IT_WOULD = String.raw`(?:it|that|this)\s*(?:d|would|ll|will|could)\s+(?:really\s+)?(?:give|help|make|mean|let|build|boost|bring)`;
const SO_HE_CAN = String.raw`so\s+(?:that\s+)?(?:he|she|they|i)\s+(?:can|could|would|will|d|ll)`;
const BENEFIT = new RegExp(String.raw`^(?:(?:um+|erm|well|oh|so|i think|i guess|probably|maybe|hopefully)\s+)*(?:${WOULD}|${IT_WOULD}|${SO_HE_CAN})\b`);
/** What anyone would see or count: then it is a measure. */
const SEEN = /\b(?:every|each|times?|a\s+week|a\s+day|weekly|daily|days?\s+in\s+a\s+row|for\s+a\s+(?:week|month|term)|\d+|once|twice|see|seen|notice|watch|record|chart|tick|count|log|diary|report|certificate|badge|sign(?:s|ed)?\s+off|picks?|selected|without\s+(?:help|being\s+asked|a\s+reminder|prompt)|film(?:s|ed|ing)?|video(?:s|ed)?|able\s+to|on\s+(?:his|her|their|my)\s+own|by\s+(?:him|her|them|my)sel(?:f|ves))\b/;

/** Something anyone could see happen: "id have a place at college", "go on the first day", "get an offer", "id get through the whole song". */
// "ill have been", "she'd have gone": having been there is something anyone could see (not "ill have been happier").
// "i would be in the shop", "he'd be at the garage", "i would be there": being there is what anyone would see.
const BE_THERE = /\b(?:i|he|she|they|we)\s*(?:ll|will|d|would)\s+be\s+(?:there|(?:in|at)\s+(?:(?:the|a|my|his|her|their)\s+)?(?:shop|store|work|job|garage|college|school|class|office|cafe|club|gym|pool|kitchen|workshop|warehouse|farm|stables|centre|library|unit|placement))\b/;
const HAPPENS = /\b(?:i|he|she|they|we)\s*(?:ll|will|d|would)\s+have\s+(?:been|gone|went)(?:\s+(?:there|to\s+(?:it|one|a\s+\w+|the\s+\w+)))?(?=\s*(?:$|and\b|lol\b|haha))|\b(?:(?:a|my|his|her|their)\s+place\s+(?:at|on|in)|(?:an?|the)\s+offers?|offered\s+a\s+place|accepted|enrolled|first\s+day|turn(?:s|ed)?\s+up|(?:go|goes|went)\s+in\s+on|(?:get|gets|got|play|plays|played|do|does|did|finish|finishes|finished|read|reads|sing|sings|sang|run|runs|ran|swim|swims|swam)\s+(?:through\s+)?(?:the|a)\s+whole)\b/;

/** Something written or kept that shows it happened: a timesheet, a payslip, a register, a photo. */
const EVIDENCE = /\b(?:certificates?|badges?|diar(?:y|ies)|reports?|time\s*sheets?|pay\s*slips?|registers?|records?|attendance|letters?|emails?|texts?\s+from|photos?|pictures?|videos?|pics?|pix|piccies|snaps|selfies?|screenshots?|vids?|references?|feedback|marks?|grades?|results?|scores?|qualifications?|awards?|stickers?|star\s+charts?|charts?|portfolios?|folders?|log\s*books?|work\s*books?|reviews?|assessments?|passed|pass(?:es)?\s+(?:the|his|her|my|their)|school\s+reports?)\b/;
/** Someone else saying or showing it: "his teacher would tell us", "the boss says", "we'd hear from the coach". */
const SOMEONE_SAYS = /\b(?:teachers?|tutors?|boss|manager|coach|staff|supervisor|mentor|(?:key|youth|support|social)\s*workers?|leaders?|college|school|they|mum|dad|mom)\s+(?:would\s+|will\s+|d\s+|ll\s+|could\s+)?(?:says?|said|tells?|told|confirms?|writes?|wrote|signs?|shows?|lets?\s+(?:us|me)\s+know)\b|\bhear\s+(?:from|back)\b|\b(?:teachers?|tutors?|boss|manager|coach|staff|supervisor|mentor|(?:key|youth|support|social)\s*workers?)\s+(?:would|will|d|ll)\s+know\b/;

/** Put up for anyone to see: "theyd be on my channel", "up on youtube", "posted online". */
const ONLINE =
  /\b(?:on|up\s+on|onto)\s+(?:(?:my|his|her|their|the|our|a)\s+)?(?:own\s+)?(?:channel|youtube|yt|tiktok|insta(?:gram)?|snap(?:chat)?|twitch|page|profile|account|website|site|blog|feed|story)\b|\b(?:posted|uploaded|published|(?:be|are|is|go|goes|put)\s+(?:up\s+)?online)\b/;

/**
 * A state anyone could see, or how often it holds: "dry most days at school", "out of pull ups in the
 * day", "in pants all day" (not "calmer in the day": a time of day alone is no count). Toilet and
 * dressing states are seen by whoever changes or helps the child.
 */
const SEEN_STATE =
  /\b(?:most\s+(?:days|nights|mornings|weeks|of\s+the\s+(?:time|day|week))|dry|out\s+of\s+(?:nappies|nappys|nappy|pull\s*ups?|pads)|(?:no|without)\s+(?:nappies|nappy|pull\s*ups?|pads|accidents)|in\s+(?:pants|knickers|underwear)|wearing\s+(?:pants|knickers|underwear))\b/;

export function readsAsBenefit(text: string): boolean {
  const said = normaliseMessage(text);
  return said.length <= 200 && BENEFIT.test(said) && !SEEN.test(said) && !SEEN_STATE.test(said) && !HAPPENS.test(said) && !BE_THERE.test(said) && !EVIDENCE.test(said) && !SOMEONE_SAYS.test(said) && !ONLINE.test(said);
}

/** How it would feel or what it would bring: "proud", "happy", "more confident", "my own money". */
const FEELING = /\b(?:feel\w*|felt|proud|happy|happier|glad|excited|confiden\w*|independen\w*|calm\w*|relaxed|less\s+(?:worried|anxious|scared|stressed|tired|grumpy|angry|moody|cranky|sleepy)|enjoy\w*|love|fun|belong\w*|friends?|own\s+money|grown\s+up|normal|better|good\s+about)\b/;
/** "we will see him walk in on his own", "you'd see it": someone would see it happen. */
const SOMEONE_SEES = /\b(?:we|you|u|people|everyone|they|staff|teachers?)\s*(?:d|would|ll|will|could|can)\s+(?:all\s+)?see\b/;

/**
 * "my timesheet shows i went every day" where "what would it do for you?" was asked: how anyone
 * would know (evidence, or someone who sees or says so), with nothing about how it would feel.
 */
export function readsAsMeasure(text: string): boolean {
  const said = normaliseMessage(text);
  if (said.length > 200 || said.split(' ').length < 2 || FEELING.test(said) || WAIT_AND_SEE.test(said)) return false;
  return EVIDENCE.test(said) || SOMEONE_SAYS.test(said) || SOMEONE_SEES.test(said) || CHECKED.test(said) || SHOWN.test(said);
}

/** "we'll see how she gets on", "we will see": not knowing yet, never how anyone would know. */
const WAIT_AND_SEE = /\b(?:well|we\s+will|wait\s+and)\s+see(?:\s+how\s+(?:it|things|that|she|he|they|we)\s+(?:goes?|gets?\s+on|go|get\s+on|does|do))?\s*$/;

/** "we'll see how it goes": not knowing yet. */
export function waitsToSee(text: string): boolean {
  return WAIT_AND_SEE.test(normaliseMessage(text));
}

/** A check someone does that shows progress: "her teacher does reading checks", "his spelling tests". */
const CHECKED = /\b(?:reading|spelling|maths|math|phonics|progress|termly|weekly|regular|class)\s+(?:checks?|tests?|quiz(?:zes)?|assessments?|ages?|levels?)\b/;
/** Doing it in front of someone: "she could read one to me", "he'd show his teacher". */
const SHOWN = /\b(?:read|reads|reading|show|shows|showing|explain|explains)\s+(?:\w+\s+){0,3}(?:to|for|in\s+front\s+of)\s+(?:me|us|mum|dad|(?:his|her|their|my|the)\s+(?:teacher|tutor|class|family|mum|dad|nan|gran))\b/;

/** "i would have done it", "it would be done": only that it happens, which says nothing of what it would do for them. */
const ONLY_DONE = /^(?:(?:well|so|then|um+|erm)\s+)*(?:(?:i|he|she|they|we)\s*(?:would|will|d|ll)\s+have\s+(?:done|finished|managed)\s+(?:it|that|this)|(?:it|that)\s*(?:would|will|d|ll)\s+(?:be|have\s+been)\s+(?:done|finished))$/;

/**
 * "i would have done it. the job coach would know" where "what would it do for you?" was asked:
 * the words that say how anyone would know, without the sentence that only says it would be done;
 * null when the message says something else.
 */
export function measureSaidInstead(text: string): string | null {
  const sentences = (text.match(/[^.!?;\n]+[.!?;\n]*/g) ?? [text]).map((s) => s.trim()).filter(Boolean);
  const rest = sentences.filter((s) => !ONLY_DONE.test(normaliseMessage(s)));
  const words = rest.join(' ').replace(/[.!;\s]+$/, '').trim();
  return words && readsAsMeasure(words) ? words : null;
}
