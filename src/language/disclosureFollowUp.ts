import { OLDER_ONES_ERRANDS } from './concernRules/olderOnesErrands';
import { HELD_FOR_OTHERS } from './concernRules/exploitation';
import { tellsOfSiblingTakingThings } from './siblingTakesThings';
import { talksAboutItsItems } from './aboutItsItems';
import { tellsOfBeingShoutedAt } from './gentleSigns';
import { talksAboutThePlan } from './planTalk';
import { tellsOfMoneyTaken } from './harmPlace';
import { normaliseMessage } from './text';
import { recogniseSafetyAnswer } from './afterDisclosure';
import { asksAboutTheLead } from './leadAsked';
import { asksWhatSocialCareIs } from './socialCareAsked';

/*
 * What the chat makes of a message around a disclosure, beyond "are you safe?": the questions
 * young people ask once they have been given help lines ("do i have to ring them", "who should i
 * tell"), whether a worrying message told of harm done to them by others (so "I'm OK" is not the
 * end of it), which flag a disclosure takes, and the plan talk a classifier alone must not
 * interrupt. Matched on the normalised message: lower case, no apostrophes ("dont", "im").
 */

export type FollowUpQuestion = 'phones' | 'whoToTell' | 'tellNamed' | 'whoSees' | 'whatNow' | 'whoIsLead' | 'whatIsSocialCare';

const PHONES =
  /\b(?:do|have|must|would|will)\s+i\s+(?:have\s+to|need\s+to|got\s+to|gotta|hafta)\s+(?:ring|phone|call|talk\s+to|speak\s+to)\b|\b(?:dont|do\s+not|hate|cant|cannot)\s+(?:really\s+)?(?:like\s+|do\s+|use\s+|stand\s+)?(?:phones?|phone\s+calls?|calling|ringing|talking\s+on\s+the\s+phone)\b|\bscared\s+(?:to|of)\s+(?:ring|phone|call)\w*\b|\bcan\s+i\s+(?:just\s+|only\s+)?(?:text|message|email|chat|type|write)\b|\b(?:i\s+)?(?:dont|do\s+not|dont\s+really|wont|will\s+not)\s+(?:want\s+(?:to\s+)?|wanna\s+|going\s+to\s+|gonna\s+)?(?:call|ring|phone)\s+(?:(?:the\s+)?(?:999|police|childline|samaritans|nspcc|them|anyone|anybody|no\s*one|nobody)|it)\b|\b(?:im|i\s+am|i\s+m)\s+not\s+(?:calling|ringing|phoning)\s+(?:the\s+)?(?:999|police|childline|samaritans|nspcc|them|anyone|anybody)\b|\bis\s+there\s+(?:a|an)\s+(?:chat|online|text|email|website)\b/;
const WHO_TO_TELL =
  /\bwho\s+(?:(?:else|even|then)\s+)?(?:should|do|can|could|would|shall|must|am)\s+i\s+(?:(?:even|actually|really|supposed\s+to|meant\s+to|need\s+to|have\s+to|go\s+and)\s+)?(?:tell|talk\s+to|speak\s+to|go\s+to|ask|contact|ring|call|report\s+(?:it\s+|this\s+|that\s+|them\s+)?to)\b|\bwhere\s+(?:do|can|should|would)\s+i\s+(?:even\s+)?(?:report|go\s+with)\s+(?:it|this|that)\b|\b(?:should|do|can|shall|must)\s+i\s+(?:even\s+)?(?:tell|call|ring|phone|report\s+(?:it|this|that|them)\s+to|go\s+to)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:police|school|social\s+services|social\s+worker|nspcc|someone|anyone|any\s*body|some\s*body)\b|\bwho\s+(?:do|should|can|would)\s+i\s+report\s+(?:it|this|that|them)\b|\bwho\s+(?:is|would\s+be)\s+(?:best|good|the\s+best\s+person)\s+to\s+tell\b|\bwho\s+(?:can|will|could)\s+help\s+(?:me|with)\b|\bwhat\s+(?:should|do|can)\s+i\s+do\b/;
/**
 * "should i tell mr patel", "can i talk to my nan": a person to tell about the worry. "should i ask
 * for trying new foods in his plan" or "can i ask do you know if ..." asks for something, or asks the
 * bot, and names nobody to tell.
 */
const TELL_NAMED =
  /\b(?:should|can|could|shall|do)\s+i\s+(?:tell|talk\s+to|speak\s+to|go\s+to|ask)\s+(?!(?:you|u|them|anyone|anybody|someone|somebody|who|for|about|if|whether|do|does|did|is|are|was|can|could|would|will|should|a|an|any|some|that|this|these|those|it|what|how|why|when|where|which|to|questions?|something|anything|things?|him|her|his|he|she)\b)(?:my\s+|mr\s+|mrs\s+|miss\s+|ms\s+|dr\s+|sir\b|the\s+)?(?!(?:plan|draft|ehcp?|question|same)\b)\w+/;
const WHO_SEES =
  /\bwho\s+(?:sees|see|reads|can\s+see|can\s+read|will\s+see|will\s+read|gets\s+to\s+see|knows|will\s+know|sees\s+it|is\s+going\s+to\s+see)\b|\b(?:will|does|do|can|would|is)\s+(?:the\s+school|school|my\s+school|my\s+teachers?|teachers?|any\s*one|any\s*body|some\s*one|people|my\s+key\s+worker|the\s+key\s+worker)\s+(?:going\s+to\s+|gonna\s+)?(?:see|read|know|find\s+out|get\s+told)\b|\b(?:does|do|will)\s+(?:any\s*one|any\s*body|some\s*one|some\s*body|a\s+person|a\s+real\s+person|people)\s+(?:actually\s+|even\s+|really\s+|ever\s+)?(?:read|see|look\s+at)\s+(?:this|it|these|what)\b|\b(?:will|is|does|would|are)\s+(?:any\s*one|any\s*body|some\s*one|some\s*body|they|the\s+lead|people)\s+(?:actually\s+|even\s+|really\s+|ever\s+)?(?:(?:going\s+to|gonna)\s+)?do\s+(?:any|some)thing\b/;
/**
 * "will sarah see that i said about the hitting", "is mr patel going to know": a person named. Family
 * finding out ("will my mum find out") is a question of secrecy, answered as such.
 */
const NAMED_SEES =
  /\b(?:will|does|do|can|would|could|is)\s+(?:my\s+|mr\s+|mrs\s+|miss\s+|ms\s+|dr\s+)?(?!(?:you|u|i|we|it|this|that|there|things|everything|anything|something|mum|mam|mom|mummy|dad|daddy|parents?|family|nan|nana|gran|grandad|grandma|brother|sister|step\s*(?:mum|dad)|carers?|he|she|they|them)\b)[a-z]+\s+(?:going\s+to\s+|gonna\s+|ever\s+|get\s+to\s+)?(?:see|read|know|find\s+out|get\s+told|be\s+told|hear)(?:\s+(?:that\s+i|what\s+i|about|this|it)\b|\s*$)/;
/** Someone they may be asked about: family, a teacher, or a person named with a title ("Mrs Patel"). */
const WHOM = String.raw`(?<whom>(?:my\s+|our\s+|the\s+)?(?:mum|mam|mom|mummy|dad|daddy|parents|carers?|nan|nana|gran|grandad|grandma|step\s*dad|step\s*mum|foster\s+carers?|teachers?|form\s+tutor|tutor|head\s+of\s+year|head\s*teacher|social\s+worker)|(?:mr|mrs|miss|ms|dr)\s+[a-z]+)`;
/** "will they ring my mum", "is someone going to call my dad", "will you tell mr patel". */
const CONTACTS_THEM = new RegExp(
  String.raw`\b(?:will|would|is|are|r|do|does|did|have|has)\s+(?:they|you|u|someone|somebody|some\s+one|anyone|any\s+one|anybody|the\s+school|school|the\s+police|police|the\s+lead|social\s+services|a\s+teacher)\s+(?:going\s+to\s+|gonna\s+|gna\s+|have\s+to\s+|got\s+to\s+|ever\s+)?(?:ring|call|phone|tell|text|email|contact|message|speak\s+to|talk\s+to)\s+${WHOM}\b`,
);
/** "will that note go to Mrs Patel", "does the plan get sent to my mum". */
const NOTE_GOES_TO = new RegExp(
  String.raw`\b(?:will|would|does|do|is|can|could)\s+(?:the|that|this|my|your)\s+(?:note|plan|chat|message|it)\s+(?:go|goes|going|get\s+sent|be\s+sent|get\s+shown|be\s+shown|be\s+given)\s+to\s+${WHOM}\b`,
);
/** "will my mum see it", "will mrs patel know". */
const THEY_SEE = new RegExp(String.raw`\b(?:will|would|does|do|can|could|is)\s+${WHOM}\s+(?:going\s+to\s+|gonna\s+|ever\s+|get\s+to\s+)?(?:see|read|know|find\s+out|get\s+told|be\s+told|hear)\b`);

/**
 * "great so social services r gonna knock", "will the police come round": a service feared to come,
 * said as a question or not. Answered with who sees the note and when, naming the service; never a
 * promise about what others will do.
 */
const AGENCY = String.raw`(?<agency>social\s+services|social\s+workers?|the\s+social|(?:the\s+)?police|the\s+council|(?:the\s+)?cops)`;
const AGENCY_COMES: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${AGENCY}\s+(?:(?:are|r|is|will|ll|gonna|gna|going\s+to|be|coming\s+to)\s+)*(?:knock\w*|come|coming|turn\w*\s+up|show\w*\s+up|visit\w*|come\s+round|call\w*\s+round|take\w*\s+me|get\w*\s+involved|be\s+told|find\w*\s+out|know)\b`,
  ),
  new RegExp(
    String.raw`\b(?:will|would|are|r|is|do|does)\s+${AGENCY}\s+(?:going\s+to\s+|gonna\s+|gna\s+|have\s+to\s+)?(?:knock|come|turn\s+up|show\s+up|visit|come\s+round|take\s+me|get\s+involved|be\s+told|find\s+out|know)\b`,
  ),
];

/** The service named in words that fear it will come ("social services", "the police"); null when none is. */
function agencyFeared(said: string): string | null {
  const agency = AGENCY_COMES.map((re) => re.exec(said)?.groups?.agency).find(Boolean);
  if (!agency) return null;
  return agency.replace(/^the\s+social$/, 'social services').replace(/^cops$/, 'the police').replace(/^police$/, 'the police');
}

/**
 * The person a question about who is told names, in the asker's terms ("my mum" is "your mum",
 * "mrs patel" is "Mrs Patel"); null when it names nobody.
 */
export function personAskedAbout(text: string): string | null {
  const said = normaliseMessage(text);
  const agency = agencyFeared(said);
  if (agency) return agency;
  const whom = (CONTACTS_THEM.exec(said) ?? NOTE_GOES_TO.exec(said) ?? THEY_SEE.exec(said))?.groups?.whom;
  if (!whom) return null;
  if (/^(?:mr|mrs|miss|ms|dr)\s/.test(whom)) return whom.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  return `your ${whom.replace(/^(?:my|our|the)\s+/, '')}`;
}

/**
 * "why did you say all that", "are you going to write something down?", "what happens now": what
 * the help lines were for, and what is done with what they said. Asked in so many words, so a
 * statement without a question mark counts too.
 */
const WHAT_NOW =
  /\bwhy\s+(?:did|do|are|r|would|have)\s+(?:you|u)\s+(?:just\s+)?(?:say|said|saying|tell|telling|told|give|giving|gave|send|sending|sent|put|putting|show|showing)\s+(?:me\s+)?(?:all\s+)?(?:that|this|those|these|them|the\s+(?:numbers|links|helplines?|phone\s+numbers))\b|\bwhy\s+(?:all\s+)?(?:the|those|these)\s+(?:numbers|helplines?|links|phone\s+numbers)\b|\b(?:are|r|will|did|have|do|would)\s+(?:you|u)\s+(?:going\s+to\s+|gonna\s+|gna\s+)?(?:write|wrote|written|writ|note|noted|record|recorded|log|logged|save|saved|report|reported)\s+(?:\w+\s+){0,3}?(?:down|it|that|this|something|anything|about\s+(?:it|me|that|this))\b|\bwhat\s+(?:happens|will\s+happen|is\s+going\s+to\s+happen|happen|do\s+(?:you|u)\s+do|are\s+(?:you|u)\s+(?:going\s+to|gonna)\s+do|will\s+(?:you|u)\s+do)\s+(?:now|next|with\s+(?:it|that|this|what\s+i\s+said))\b|^(?:so\s+|ok\s+|okay\s+|and\s+)?(?:what\s+now|whats\s+next|what\s+next)\b/;

/** Words that only lead into the question ("ok so what happens now?"): no answer to "are you safe?". */
const LEAD_IN = /^(?:(?:ok|okay|k|so|and|right|um+|erm|hmm+|wait|but|then|oh)\s+)+/;

/** "ok so what happens now?": the message only asks what happens now, so it answers nothing else. */
export function asksOnlyWhatNow(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).map(normaliseMessage).filter(Boolean);
  return sentences.length > 0 && sentences.every((s) => WHAT_NOW.test(s.replace(LEAD_IN, '')) && !/\b(?:safe|fine|not|alright|help|scared)\b/.test(s));
}

const ASKS = /\?|^(?:who|what|do|does|will|would|should|can|could|is|are|am|shall|must|have)\b/;

/** Whether one of the message's sentences is a question ("is someone going to call my mum"). */
export function asksAQuestion(text: string): boolean {
  return text.split(/(?<=[.!?])\s+|\n+/).some((s) => ASKS.test(s.trim().toLowerCase()) || ASKS.test(normaliseMessage(s)));
}

/**
 * The question asked about getting help, once help lines were given: having to phone, whom to
 * tell, a named person to tell, who will see what they said. A bare statement ("i dont like
 * phones") counts for phones only.
 */
export function followUpQuestion(text: string): FollowUpQuestion | null {
  if (text.length > 400) return null;
  const said = normaliseMessage(text);
  if (!said) return null;
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).map((s) => ({ raw: s, said: normaliseMessage(s) }));
  const asked = sentences.filter((s) => ASKS.test(s.raw.trim().toLowerCase()) || ASKS.test(s.said));
  const asking = (re: RegExp) => asked.some((s) => re.test(s.said));
  // "whats a safeguarding lead", "will someone come to my house": who the lead is and what happens next (leadAsked.ts).
  if (asksAboutTheLead(text)) return 'whoIsLead';
  // "wats adult socal care", once the answer named it: what that part of the council is (socialCareAsked.ts).
  if (asksWhatSocialCareIs(text)) return 'whatIsSocialCare';
  // "so social services r gonna knock": a fear said without a question mark is asked all the same.
  if (asking(WHO_SEES) || asking(NAMED_SEES) || asked.some((s) => personAskedAbout(s.raw) !== null) || sentences.some((s) => agencyFeared(s.said) !== null)) return 'whoSees';
  if (sentences.some((s) => WHAT_NOW.test(s.said))) return 'whatNow';
  if (asking(WHO_TO_TELL)) return 'whoToTell';
  if (asking(TELL_NAMED)) return 'tellNamed';
  if (PHONES.test(said) && !notSafeBesidePhones(text)) return 'phones';
  return null;
}

/** Danger told in so many words: a weapon, someone at the door, being hurt now. */
const DANGER_NOW =
  /\b(?:knife|knifes|knives|blade|gun|weapon|outside\s+(?:my|the)\s+(?:door|room|house|window)|at\s+(?:my|the)\s+door|banging|locked\s+(?:me\s+)?in|coming\s+(?:back|home|for\s+me|to\s+get\s+me)|going\s+to\s+(?:kill|hurt|hit)|gonna\s+(?:kill|hurt|hit)|kill\w*|hit\w*|hurt\w*|beat\w*|attack\w*|threat\w*)\b/;

/**
 * "no. i dont want to call 999 he has a knife", "no im not safe but i wont call 999": not wanting to
 * phone said beside "no" or danger is no question about phones, and keeps the 999 line.
 */
export function notSafeBesidePhones(text: string): boolean {
  const said = normaliseMessage(text);
  if (!PHONES.test(said)) return false;
  const rest = said.replace(new RegExp(PHONES.source, 'g'), ' ');
  return /^(?:no|nah|nope|not\s+really)\b/.test(said) || DANGER_NOW.test(rest) || recogniseSafetyAnswer(rest) === 'notSafe';
}

const NOT_FAMILY = /\b(?:not|never|cant|cannot|dont\s+want\s+to\s+tell|wont\s+tell)\s+(?:tell\s+)?(?:my\s+)?(?:mum|mam|mom|dad|parents|family|carers?|step\s*(?:mum|dad))\b/;

/** "not my parents", "i cant tell my mum": whoever they tell, it is not family. */
export function rulesOutFamily(text: string): boolean {
  return NOT_FAMILY.test(normaliseMessage(text));
}

const AT_A_SAFE_PLACE =
  /^(?:(?:yes|yeah|yeh|ye|yep|yh|ya|yup|ok|okay|i\s+said|i\s+already\s+said|i\s+told\s+you|like\s+i\s+said)\s+)*(?:im|i\s+am|i\s+m|am|were|we\s+are|ive\s+been)?\s*(?:at\s+(?:home|my\s+house|my\s+nans|my\s+grans|my\s+mums|my\s+dads|my\s+friends|school|college|my\s+nan\s*s|my\s+gran\s*s)|home|in\s+(?:my|our|the)\s+(?:room|bedroom|house|flat|kitchen|living\s+room|lounge|library|class|classroom)|in\s+bed|with\s+(?:my\s+)?(?:mum|mam|mom|dad|nan|gran|parents|family|carer|foster\s+carer|friends?|teacher|brother|sister))(?:\s+(?:now|right\s+now|rn|atm|at\s+the\s+moment|yeah|though|tho|so\s+yeah))*$/;

/** "im at home", "yeah at home now", "i'm in my room": where they are, said as the answer to "are you safe right now?". */
export function saysWhereTheyAre(text: string): boolean {
  if (normaliseMessage(text).split(/\s+/).length > 16) return false;
  // "what? i just said i eat in the library. im at home": the last thing said is where they are.
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).map(normaliseMessage).filter(Boolean);
  const last = sentences[sentences.length - 1];
  return Boolean(last && AT_A_SAFE_PLACE.test(last));
}

/** Harm that can be at home: there, "I'm at home" does not say they are safe. */
const HARM_AT_HOME: readonly string[] = ['harm_from_others', 'sexual_abuse', 'domestic_abuse', 'neglect', 'self_harm_or_suicide'];

/** Whether saying where they are is a fair "I'm safe" for this kind of harm (at home, away from bullies). */
export const whereTheyAreIsSafe = (category: string): boolean => !HARM_AT_HOME.includes(category);

const ALREADY_ASKED = /\b(?:you\s+)?(?:already|just)\s+(?:asked|said|told)\b|\basked\s+(?:me\s+)?(?:that\s+)?(?:already|before|twice|again)\b|\bi\s+(?:already\s+)?(?:said|told\s+you|answered)\b|\bstop\s+asking\b/;

/** "you already asked me that": a complaint about being asked again, not a "no". */
export function saysAlreadyAsked(text: string): boolean {
  return ALREADY_ASKED.test(normaliseMessage(text));
}

const OTHERS = String.raw`(?:(?:some|the|these|those|two|three|a\s+few|a\s+group\s+of|a\s+gang\s+of|older|big|bigger|year\s+\d+|\d+)\s+)*(?:boys|girls|lads|kids|children|students|pupils|people|teenagers|year\s+\d+s|gang|group|man|men|woman|someone|somebody|some\s+one|they|he|she|them|him|her|bullies|my\s+(?:dad|mum|mam|mom|step\s*dad|step\s*mum|brother|sister|uncle|cousin|boyfriend|girlfriend|carer|nan|grandad)|(?:people|kids|boys|girls|some(?:one|body))\s+(?:in|at|from)\s+(?:my\s+)?\w+)`;
// Taking is harm when something of theirs is taken ("they take my money"), never time off work or a bus.
// Hurting is harm when someone is hurt ("he hurts her"), never a child in pain ("is she hurting, is she hungry").
const DOES_HARM = String.raw`(?:keeps?\s+|keep\s+on\s+|always\s+|still\s+|often\s+|sometimes\s+|every\s+day\s+|also\s+|have\s+been\s+|has\s+been\s+|are\s+|is\s+|were\s+|was\s+)?(?:(?:take|takes|taking|took)(?=\s+(?:my|our|us|all\s+my|his|her|everything|it(?!\s+(?:in\s+turns|easy))|them|me(?!\s+to\s+(?:school|college|work|the\s+(?:doctor|doctors|dentist|hospital|park|shops)|appointments|clubs?|swimming|football)))\b)|steal|steals|stealing|stole|nick|nicks|nicking|nicked|rob|robs|robbed|hit|hits|hitting|punch|punches|punched|kick|kicks|kicked|push|pushes|pushed|shove|shoves|shoved|beat|beats|beating|(?:hurt|hurts|hurting)(?=\s+(?:me|us|him|her|them|my|our|his|their|people|others|other|kids|children|some(?:one|body)|every(?:one|body)|any(?:one|body))\b)|threaten|threatens|threatened|bully|bullies|bullying|bullied|pick\s+on|picks\s+on|picking\s+on|picked\s+on|slap|slaps|slapped|spit|spits|spat|chase|chases|chased|grab|grabs|grabbed|touch|touches|touched|jump|jumped|film|filmed|follow|follows|followed|make\s+me|made\s+me|call\s+me|calls\s+me|called\s+me)`;
const BY_OTHERS = new RegExp(String.raw`\b${OTHERS}\b(?:\s+\w+){0,6}?\s+${DOES_HARM}\b`);
const TO_ME = /\b(?:i|im|i\s+am|i\s+get|i\s+got|ive\s+been|i\s+was|i\s+keep\s+getting)\s+(?:being\s+|getting\s+)?(?:bullied|robbed|mugged|beaten\s+up|battered|jumped|hit|kicked|punched|threatened|picked\s+on|attacked|hurt\s+by)\b|\bmy\s+(?:money|phone|lunch\s+money|stuff|things|bag|bike)\s+(?:keeps\s+getting|gets|got|is|was|has\s+been)\s+(?:taken|stolen|nicked)\b/;
/** Harm the message itself says is over or not real. */
const NOT_NOW = /\b(?:used\s+to|years\s+ago|when\s+i\s+was\s+(?:little|small|younger)|in\s+(?:the\s+)?(?:game|film|movie|book|story|show)|on\s+(?:tv|telly)|lol|jk|joking)\b/;

/**
 * Whether a worrying message told of harm done to them by other people (older boys taking their
 * money, someone hitting them), as against a feeling ("everything is too much"): then "I'm OK" at
 * the gentle check does not end it; they still get help lines that fit.
 */
export function describesHarmByOthers(text: string): boolean {
  const said = normaliseMessage(text);
  // "i lock my door cos my brother nicks my stuff", the whole message: a squabble at home, not harm that "I'm OK" leaves open.
  if (NOT_NOW.test(said) || tellsOfSiblingTakingThings(text)) return false;
  return BY_OTHERS.test(said) || TO_ME.test(said) || NOT_GIVEN_BACK.test(said) || KEPT_OUT.test(said) || tellsOfBeingShoutedAt(said);
}

/** "i lock my door so my brother cant get in": someone kept out of their room, a worry about that person. */
const KEPT_OUT =
  /\bi\s+(?:always\s+|have\s+to\s+|gotta\s+|got\s+to\s+|now\s+|just\s+)?(?:lock|locks|locked|bolt|wedge|barricade|block)\s+(?:my\s+)?(?:bedroom\s+)?door\b[^.!?]{0,30}?\b(?:so|cos|coz|because|to\s+stop)\s+(?:that\s+)?(?:my\s+)?(?:\w+\s+)?(?:brother|sister|bro|sis|dad|mum|step\s*\w+|uncle|cousin|grandad|nan|he|she|they|him|her|them)\b[^.!?]{0,20}?\b(?:cant|cannot|can\s+not|wont|doesnt|dont|couldnt|from)\s+(?:get|getting|come|coming|barge|barging|walk|walking)\s+in\b/;

/** "my mates at the flats borrow it an dont give it back": money or things kept by others, the way mate crime starts. */
const NOT_GIVEN_BACK =
  /\b(?:bor+ow(?:s|ed|ing)?|lend|lends|lending|lent|take|takes|took|taking|have|has|had|use|uses|used|using)\b[^.!?]{0,50}?\b(?:dont|do\s+not|doesnt|does\s+not|didnt|never|wont|will\s+not|not)\s+(?:ever\s+)?(?:give|gives|giv|pay|pays)\s+(?:it\s+|me\s+|them\s+|us\s+|my\s+(?:money|card|stuff)\s+)?(?:it\s+)?back\b/;

const PEERS = /\b(?:boys|girls|lads|kids|students|pupils|year\s+\d+s?|people\s+(?:in|at|from)\s+(?:my\s+)?(?:class|year|school|form)|bus\s+stop|school|playground|class)\b/;
const EXPLOITED = /\b(?:drugs?|weed|county\s+lines|deliver|delivering|carry|carrying|package|parcel|owe|debt|gang|older\s+(?:man|men|guy|guys|bloke|lad\s+with)|(?:pick|picks|picked|picking)\s+(?:him|her|me|us|them)\s+up\s+in\s+(?:a|their|his|her)\s+cars?|older\s+(?:lads|boys|kids|teenagers)\b[^.!?]{0,40}\b(?:pick|picks|picked|picking)\s+(?:him|her|me|us|them)\s+up|(?:money|cash|new\s+(?:trainers|phones?|clothes))\b[^.!?]{0,50}\b(?:nobody\s+bought|where\s+(?:[^.!?]{0,20}\s+)?from)|gifts?|favours?|sell|selling|stash|trap|line|cash\s+for|pay\s+me|paid\s+me|(?:give|gives|gave)\s+me\s+money|(?:drop|drops|dropping|dropped)\s+(?:stuff|things|it|bits|bags?|packages?|parcels?)\s+off|(?:run|runs|running|ran)\s+(?:stuff|things|bits|bags)|(?:do|does|doing|did)\s+(?:a\s+few\s+|some\s+|the\s+)?drops|(?:stay|stays|staying|living)\s+(?:at|in)\s+my\s+(?:flat|house|place|bedsit)|benefits|pip|bank\s+card|(?:do|does|doing|did|done|go\s+on|make|makes)\s+(?:a\s+|some\s+|a\s+few\s+|the\s+|their\s+)?runs?|runs?\s+for\s+(?:them|him|her|him\s+and\s+his\s+mates)|(?:got|get|gets|getting|bought|buy|buys|buying|gave|give|gives|given)\s+me\s+(?:my\s+|a\s+|new\s+|some\s+|all\s+my\s+|these\s+)?(?:phone|fone|trainers|creps|clothes|jacket|coat|vapes?|designer\s+\w+|money|cash|stuff))\b/;

/**
 * The flag a disclosure takes. Young people of about their age taking a child's money at the bus
 * stop is bullying (child-on-child abuse), not exploitation, unless something says they are being
 * used: drugs, carrying, "doing a run", owing, gifts ("they got me my phone"), an older man, older lads or a car that picks them up, money
 * or new things nobody can account for, or an adult's own flat, benefits or bank card.
 */
export function flagCategoryOf(category: string, text: string, adult = false): string {
  // An adult (18 or more) whose money or things others take is not being bullied: it is harm from
  // people around them (financial abuse, "mate crime"), flagged as exploitation however it is told.
  if (adult && (category === 'bullying' || category === 'exploitation') && tellsOfMoneyTaken(text)) return 'exploitation';
  if (category !== 'exploitation') return category;
  const said = normaliseMessage(text);
  return PEERS.test(said) && !EXPLOITED.test(said) && !OLDER_ONES_ERRANDS.test(said) && !HELD_FOR_OTHERS.test(said) ? 'bullying' : category;
}

const PLAN_GOAL = /^(?:[a-z]+\s+){1,3}?(?:will|would|wants?\s+to|can\s+learn\s+to|learns?\s+to|to\s+be\s+able\s+to|should\s+be\s+able\s+to|is\s+going\s+to)\s+\w+/;
const HARM_NOW = /\b(?:hates?\s+(?:himself|herself|myself|themselves|themself)|hits?|hit\s+me|hurts?|hurting|touch(?:es|ed)?\s+me|touching\s+me|scared|afraid|frightened|abuse|abused|kill|die|dead|suicide|end\s+it|better\s+off|disappear|run\s+away|cut|cutting|bruise|bruises|unsafe|not\s+safe|threaten\w*|starv\w*|hungry|alone|nobody|no\s+one|cry|crying|sad|secret)\b/;

/**
 * "put that he gets upset when it's loud so they know", "write down that she cries at drop off",
 * "make sure it says ...": what to write in the plan, said as an instruction to the bot.
 */
const PLAN_WORDING =
  /^(?:(?:can|could|will|would)\s+(?:you|u)\s+|(?:please|pls|plz|and|also|ok|okay|oh|so|just)\s+)*(?:(?:put|write|jot|note|add|include|say|mention)(?:\s+(?:down|in|it\s+in|in\s+the\s+plan|on\s+the\s+plan|in\s+there))?\s+(?:that|how|about)|make\s+sure\s+(?:it|the\s+plan|they)\s+(?:says?|knows?|know)(?:\s+that)?)\s+\w+/;

/**
 * Talk a classifier alone must never interrupt with "Are you OK?": talk about the chat or the
 * plan (who sees it, "please delete this", "this is not a hope"), and a plan goal in the form of
 * an outcome ("Zofia will wear pants at school and do wee in the toilet"), an apology for the message
 * itself ("sorry for long message"), what to write in it ("write down that she cries at drop off"), talk about its items or the bot's wording ("can you join them
 * together", "the how will we know bit is muddled"), unless it also speaks of
 * harm or fear. The rules still answer a disclosure inside any of these.
 */
export function isPlanTalk(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said || HARM_NOW.test(said)) return false;
  return talksAboutThePlan(text) || talksAboutItsItems(text) || PLAN_GOAL.test(said) || PLAN_WORDING.test(said);
}
