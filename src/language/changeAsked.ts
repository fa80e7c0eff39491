import { wantsToReachSupport } from './accessToSupport';
import { goalIsSupport } from './goalSupport';
import { isSupportOnly } from './support';
import { ACTIVITY_VERBS, SOMEONE, SUPPORT_HEAD } from './supportWords';
import { foldCase } from './text';

/*
 * Support said as a wish for something others would do or change, not as a thing: "if he had a
 * person with him at lunch", "if there was someone I could ask", "teachers to stop shouting", "to be
 * let out of lessons early", "to sit at the front". These are provision (what others give or
 * change), never the person's own outcome, however they are worded.
 */

const LEAD =
  "(?:(?:honestly|tbh|just|maybe|well|so|and|like|really|i\\s+think|i\\s+guess|i\\s+reckon|(?:it|that)\\s+(?:would|will|might)\\s+(?:really\\s+)?(?:be\\s+(?:so\\s+|really\\s+)?(?:good|better|nice|great|helpful|easier)|help(?:\\s+(?:me|him|her))?(?:\\s+a\\s+lot)?))[\\s,]+)*";
const SUPPORT_NEAR = new RegExp(`\\b(?:${SUPPORT_HEAD})\\b`, 'i');

/** "if he had ...", "if i could have ...": what follows is the support wished for. */
const IF_HAD = new RegExp(`^${LEAD}(?:if|when|once)\\s+(?:i|he|she|they|we|[a-z]+)\\s+(?:only\\s+)?(?:had|got|has|have|gets|could\\s+(?:have|get)|was\\s+given|were\\s+given)\\s+(.*)$`, 'i');
/** "i wish i had someone to go with me", "wish he had a TA": what follows is the support wished for. */
const WISH_HAD = new RegExp(`^${LEAD}(?:i\\s+|we\\s+)?(?:just\\s+|really\\s+)?wish\\s+(?:i|he|she|they|we)\\s+(?:had|could\\s+have|got|was\\s+given)\\s+(.*)$`, 'i');
/** "someone come with me", "an adult to sit with him": a person to be there. */
const SOMEONE_WITH = new RegExp(
  `^(?:(?:i|he|she)\\s+(?:want|wants|need|needs|would\\s+like|'d\\s+like)\\s+)?(?:${SOMEONE}|an?\\s+(?:adult|person|grown\\s*up|helper))\\s+(?:to\\s+)?(?:come|go|sit|stay|be|walk|travel|help|check)\\s+(?:with|in|by|near|beside|next\\s+to|me|him|her|them)\\b`,
  'i',
);
/** "the thing that would help most is ...", "what would help is": the answer names help. */
const WHAT_HELPS = new RegExp(`^${LEAD}(?:the\\s+)?(?:(?:one\\s+|main\\s+|only\\s+|best\\s+)?thing|what)\\s+(?:that\\s+)?(?:would|will|could|might|really)\\s+(?:really\\s+)?help\\s+(?:me\\s+|him\\s+|her\\s+|them\\s+)?(?:the\\s+)?(?:most\\s+|best\\s+)?(?:is|would\\s+be)\\b`, 'i');

/** "i wanna be able to have a scribe in exams", "he needs to get a TA": help wanted, said as having it. */
const WANTS_TO_HAVE = new RegExp(`^${LEAD}(?:i|we|he|she)(?:\\s+(?:just|really|only))?\\s+(?:want|wants|wanna|need|needs)(?:\\s+to)?(?:\\s+be\\s+able\\s+to)?\\s+(?:have|get|be\\s+given)\\s+(.*)$`, 'i');

/** "if there was someone", "if someone sat with me", "if the teacher explained it". */
const IF_SOMEONE = new RegExp(
  `^${LEAD}(?:if|when)\\s+(?:there\\s+(?:was|were|is|are|could\\s+be)\\s+|(?:${SOMEONE}|a\\s+(?:teacher|person|adult|ta|helper|grown\\s*up)|staff|teachers?|the\\s+(?:teacher|teachers|ta|staff|school|college))\\b)`,
  'i',
);
/**
 * "he would manage more by himself if he had a visual timetable", "she could do it if there is a
 * youth worker to take her": the step is said as possible only with support, which is the point.
 */
const COULD_IF_HAD =
  /\b(?:would|could|can|will|'d|'ll|might)\b[^.;!?]*?[\s,]+(?:if|as\s+long\s+as|so\s+long\s+as|provided)\s+(?:there\s+(?:is|was|were|are|could\s+be)|(?:i|he|she|they|we)\s+(?:only\s+)?(?:had|has|have|got|gets|could\s+have|was\s+given|were\s+given))\s+([^.;!?]*)/i;
/** "if i could do the course with a reader": the step is wished for with support named. */
const IF_COULD_WITH = new RegExp(`^${LEAD}(?:if|when)\\s+(?:i|he|she|they|we)\\s+could\\b.*\\bwith\\s+(?:(?:a|an|some|my|his|her|the|extra|more)\\s+)?(?:\\w+\\s+)?(?:${SUPPORT_HEAD})\\b`, 'i');
/** Who is asked to do or change something for them. */
const OTHERS =
  '(?:teachers?|school|staff|college|nursery|pre[\\s-]?school|childminders?|setting|council|people|everyone|everybody|adults|grown\\s*ups|tas?|dinner\\s+ladies|lunch\\s+staff|la|local\\s+authority|nhs|camhs|services?|doctors?|other\\s+kids|kids|children|class|classmates|nurses?|bus\\s+drivers?|drivers?|social\\s+services|social\\s+workers?|managers?|line\\s+managers?|boss|bosses|supervisors?|employers?|work|job\\s*centre|work\\s+coach|lecturers?|tutors?|mentors?|key\\s*workers?|support\\s+workers?|carers?|senco|doctors?|gp|bus|buses|minibus|taxi|taxis|transport)';
/** "teachers to stop shouting", "I'd like the school to follow his plan". */
const OTHERS_TO = new RegExp(
  `^${LEAD}(?:(?:i|we|he|she)(?:\\s+(?:just|really|only|honestly))?\\s*(?:would\\s+like|'d\\s+like|d\\s+like|'d\\s+want|d\\s+want|\\s+would\\s+want|\\s+want|\\s+wants|\\s+need|\\s+needs|\\s+wish)\\s+)?(?:for\\s+)?(?:the\\s+|his\\s+|her\\s+|my\\s+|their\\s+|all\\s+(?:the\\s+)?|other\\s+)?${OTHERS}\\s+to\\s+(?:actually\\s+|just\\s+|really\\s+|please\\s+)?(?!be\\s+(?:my|his|her|their)\\s+friends?|play\\s+with)[a-z]`,
  'i',
);
/** "they should let me use headphones", "teachers need to understand": what others ought to do. */
const OTHERS_SHOULD = new RegExp(
  `^${LEAD}(?:they|the\\s+\\w+|${OTHERS}|my\\s+teachers?|his\\s+teachers?|her\\s+teachers?)\\s+(?:should|could|must|need\\s+to|have\\s+to|ought\\s+to|has\\s+to|needs\\s+to)\\s+(?:just\\s+|really\\s+|actually\\s+)?(?:let|give|allow|stop|help|understand|listen|explain|be\\s+(?:more\\s+)?(?:patient|kind|understanding|aware)|know|follow|support|check|remind|believe|provide|put)\\b`,
  'i',
);
/** "he do better when there is an adult near him": what makes the difference is someone there. */
export const WHEN_SUPPORTED =
  /\b(?:when|if|once)\s+(?:there\s+(?:is|was|are)\s+(?:an?\s+)?(?:adult|someone|somebody|person|ta|teacher|helper|grown\s*up)|(?:someone|somebody|an?\s+(?:adult|ta|teacher|helper))\s+(?:is\s+)?(?:with|near|beside|next\s+to|helps?|sits?)|(?:i|he|she|they)\s+(?:has|have|had|gets?|got)\s+(?:an?\s+)?(?:adult|someone|somebody|ta|helper|1\s*(?::|to|2)\s*1|support|help))\b/i;

/** "to be let out early", "be allowed to leave", "to get picked up": something done for them. */
const DONE_FOR =
  new RegExp(`^${LEAD}(?:(?:i|he|she|they)\\s+(?:want|wants|need|needs|would\\s+like|'d\\s+like)\\s+)?(?:to\\s+)?(?:be|get|being)\\s+(?:let|allowed|given|picked\\s+up|taken|sent|moved|seated|sat|excused|left\\s+alone|listened\\s+to|believed|helped|supported|collected|dropped\\s+off|reminded|warned|prepared(?!\\s+for\\s+(?:adult\\w*|(?:adult\\s+|later\\s+)?life|the\\s+future|work|the\\s+world|independen\\w+|the\\s+next\\s+step|next\\s+steps|moving\\s+on)\\b)|met)\\b`, 'i');
/** "my mum still coming over to help", "his dad to take him": family giving help is support too. */
const FAMILY_HELPS =
  /^(?:my|his|her|our|their)\s+(?:mum|mam|mom|dad|nan|nanna|gran|grandad|grandma|grandpa|brother|sister|auntie|aunt|uncle|carer|parents?|family|foster\s+\w+)\s+(?:still\s+|to\s+|always\s+)?(?:coming|come|comes\s+round|helping|help|checking|taking|take|driving|picking|doing)\b/i;
/** Where they sit or work, or leaving early: an arrangement made for them. */
const ARRANGEMENT = new RegExp(
  `^${LEAD}(?:(?:i|he|she)\\s+(?:want|wants|need|needs|would\\s+like|'d\\s+like)\\s+)?(?:to\\s+)?(?:(?:sit|be\\s+sat|work|eat|have\\s+(?:lunch|dinner))\\s+(?:at|near|by|in|on|next\\s+to)\\s+(?:the\\s+)?(?:front|back|door|window|end|edge|side|teacher|own\\s+table|quiet(?:er)?\\s+\\w+)|(?:leave|finish|go\\s+out\\s+of|come\\s+out\\s+of|get\\s+out\\s+of)\\s+(?:class|lessons?|school)\\s+(?:\\w+\\s+){0,3}?early)\\b`,
  'i',
);

/**
 * Something others set up or pay for: "work experience arranged by school", "a taxi paid for",
 * "a course funded by the council". Said as a thing, not as what the person will do ("go on the
 * trip organised by school" names their step).
 */
const ARRANGED_FOR = /^(?:(?:i|he|she|they|we)\s+(?:want|wants|need|needs|would\s+like|'d\s+like)\s+)?(?:[a-z0-9'-]+,?\s+){1,6}?(?:(?:arranged|organi[sz]ed|provided|funded|booked|set\s+up|sorted(?:\s+out)?)\s+(?:by|for|through)\b|paid\s+for\b)/i;
/** "work experience", "work placement": a thing, though its first word can be a verb. */
const WORK_THING = /^work\s+(?:experience|placements?|trials?|tasters?)\b/i;

/**
 * A place in a setting that others give: a special school place, a place at a nursery with help,
 * "a place at the farm with someone to help me". A place the person earns ("get a place on the
 * hair course") names their step.
 */
const SPECIAL_SETTING = '(?:special(?:ist)?|sen|send|resourced|residential|alternative|asd|autism|nurture|pru)';
const SETTING_PLACE = new RegExp(
  `\\b${SPECIAL_SETTING}\\s+(?:school\\s+|nursery\\s+|college\\s+|unit\\s+|provision\\s+|base\\s+)?place\\b|\\bplace\\s+(?:at|in)\\s+(?:a|an|the)?\\s*${SPECIAL_SETTING}\\b`,
  'i',
);
const PLACE_WITH_HELP = new RegExp(
  `^(?:(?:i|we)\\s+(?:want|need|would\\s+like|'d\\s+like)\\s+)?(?:(?:him|her|them)\\s+to\\s+(?:get|have)\\s+|(?:to\\s+)?get\\s+(?:him|her|them)\\s+|for\\s+(?:him|her|them)\\s+to\\s+(?:get|have)\\s+)?(?:a|an)\\s+(?:[a-z-]+\\s+){0,2}?place\\s+(?:at|in)\\s+[^,.;]*?\\bwith\\s+(?:(?:a|an|some|proper|extra|more|the\\s+right|the)\\s+)*(?:[a-z-]+\\s+)?(?:${SUPPORT_HEAD})\\b`,
  'i',
);

/**
 * The school or setting itself asked for: "the right school for her", "a school that can meet his
 * needs", "to get him into a specialist school". Which setting is provision decided for them.
 */
const SETTING_ASKED = new RegExp(
  `\\b(?:the\\s+right|a\\s+suitable|the\\s+best)\\s+(?:school|nursery|college|setting|placement|provision)\\b|\\b(?:school|nursery|college|setting|placement|provision)\\s+(?:that|which|who|where\\s+they)\\s+(?:can\\s+|will\\s+|could\\s+|would\\s+)?(?:meets?|understands?|supports?|gets?|knows?)\\s+(?:his|her|my|their|him|me|them)\\b|\\bget\\s+(?:(?:him|her|me|them)\\s+)?into\\s+(?:a|an|the)\\s+${SPECIAL_SETTING}\\b`,
  'i',
);
/** Let off something, or seen by someone who decides: "not to do PE", "to be assessed for dyslexia". */
const LET_OFF =
  /^(?:(?:i|he|she|they)\s+(?:want|wants|need|needs|would\s+like|'d\s+like)\s+)?(?:(?:him|her|them|me)\s+)?(?:to\s+)?(?:not\s+(?:to\s+)?(?:have\s+to\s+)?(?:do|go\s+(?:in)?to|attend|sit|join\s+in(?:\s+with)?)\s+(?:the\s+|any\s+|his\s+|her\s+|my\s+)?(?:pe|p\.e\.?|homework|exams?|tests?|sats|mocks?|assembly|assemblies|languages?|french|spanish|german|games|swimming|presentations?|reading\s+aloud|lessons?|class|school|lunch|the\s+canteen|break(?:\s+time)?|playtime|trips?)\b|(?:be|get|being)\s+(?:properly\s+)?(?:assessed|diagnosed|referred|seen\s+by|tested\s+for|statemented)\b)/i;
/** "a place at the holiday club", "she'll need a place on the hair course": a place asked for, not one they go and get. */
const A_PLACE_ASKED = /^(?:(?:i|we|he|she|they)(?:'ll|\s+will)?\s+(?:want|wants|need|needs|would\s+like|'d\s+like)\s+)?(?:a|an)\s+(?:[a-z-]+\s+)?place\s+(?:at|in|on\s+(?:a|an|the)\s+(?:[a-z&-]+\s+){0,4}?(?:course|programme|scheme)\b)\s*\w/i;
/** "they let him leave early", "staff give her time out": what others do for them, said as done. */
const OTHERS_DO = /^(?:they|staff|teachers|the\s+(?:school|teachers?|staff|college))\s+(?:let|give|allow|lets|gives|allows)\s+(?:him|her|me|them|us)\b/i;

/** A home with staff in it: supported living said in everyday words ("a flat with staff there at night"). */
const HOME_WITH_STAFF =
  /^(?:(?:i|we|he|she|they)\s+(?:want|wants|need|needs|would\s+like|'d\s+like)\s+)?(?:a|an|my|his|her|their)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:flat|house|home|bungalow|place)\s+with\s+(?:(?:a|an|some|the|24\s*(?:hour|\/\s*7))\s+)?(?:[a-z-]+\s+)?(?:staff|carers?|support(?:\s+workers?)?|someone|somebody|warden)\b/i;
/** Where they are taught, made smaller: "to be in a smaller class", "be in a small group". */
const SMALLER_GROUP =
  /^(?:(?:i|we|he|she|they)\s+(?:want|wants|need|needs|would\s+like|'d\s+like)\s+)?(?:(?:him|her|them|me)\s+)?(?:to\s+)?(?:be|being|go|stay|learn|work)\s+in\s+(?:a\s+|the\s+)?(?:much\s+)?(?:smaller|small|quieter|quiet|tiny)\s+(?:class|classes|group|groups|room|classroom)\b/i;

/**
 * "he needs to see a counsellor", "talk to a counseller every week": sessions with someone whose job
 * is to help are counselling or therapy asked for, whoever says it. Talking to a friend or a teacher
 * ("talk to my teacher when I'm worried") is the person's own step and is not caught here.
 */
const SEES_PROFESSIONAL =
  /^(?:(?:i|he|she|they|we)\s+(?:really\s+)?(?:want|wants|need|needs|would\s+like|'d\s+like|has|have|should|could)\s+(?:to\s+)?)?(?:to\s+)?(?:see|talk\s+to|speak\s+to|meet\s+with|have\s+sessions\s+with)\s+(?:a|an|the|my|his|her|their|some)\s+(?:[a-z-]+\s+)?(?:counsell?(?:ors?|ers?|ing)|[a-z]*therapists?|psychologists?|psychiatrists?|play\s+therapy|camhs|elsa|mentors?|learning\s+mentors?|school\s+nurse)\b/i;

const MAX_CHARS = 600;

function cleaned(text: string): string {
  return foldCase(text).replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The answer up to its first full stop, comma or reason ("a laptop for college cos my writing is messy"). */
function firstClause(text: string): string {
  return text.split(/[.!?;,\n]|\s(?:cos|coz|cuz|because|bc|as|since|tbh|but|then|otherwise)\s/i)[0]!.trim();
}

/**
 * "what he really needs is a taxi", "the main thing that would make it better is the notes before
 * the lesson": help named as the answer to what is needed, wherever in the answer it comes.
 */
const NEEDED_IS =
  /^(?:(?:and|but|so|honestly|tbh|really|i\s+think)[\s,]+)*(?:(?:what|all)\s+(?:i|he|she|they|we)\s+(?:really\s+|just\s+)?(?:need|needs|want|wants)|(?:the\s+)?(?:(?:one|main|only|best|biggest)\s+)?thing\s+(?:that\s+)?(?:would|will|could|might)\s+(?:really\s+)?(?:help|make\s+(?:it|things|school|college|work|life)\s+(?:better|easier)|make\s+a\s+(?:big\s+)?difference)(?:\s+(?:me|him|her|them))?(?:\s+(?:most|the\s+most))?)\s+is\s+(.+)$/i;

function helpNamedAsNeeded(said: string): boolean {
  // "what I really need, because I get lost in lessons, is a TA": the reason said between is left aside.
  const plain = said.replace(/,\s*(?:because|cos|coz|as|since|when)\b[^,]*,\s*/g, ' ');
  return plain.split(/[;,]\s*|\s+but\s+|\s+so\s+/).some((clause) => {
    const m = NEEDED_IS.exec(clause.trim());
    if (!m) return false;
    const thing = m[1]!.replace(/^(?:getting|having|to\s+(?:get|have))\s+/, '');
    return isSupportOnly(thing) || SUPPORT_NEAR.test(thing.split(/\s+/).slice(0, 4).join(' ')) || SUPPORT_NEAR.test(thing);
  });
}

/** Support wished for as something others would do or change, or as a conditional ("if he had..."). */
export function asksForChange(text: string): boolean {
  const said = cleaned(text.slice(0, MAX_CHARS));
  if (helpNamedAsNeeded(said)) return true;
  if (SEES_PROFESSIONAL.test(said) || wantsToReachSupport(said)) return true;
  const ifHad = IF_HAD.exec(said);
  if (ifHad && isSupportOnly(firstClause(ifHad[1] ?? '')) ) return true;
  if (ifHad && SUPPORT_NEAR.test((ifHad[1] ?? '').split(/\s+/).slice(0, 4).join(' '))) return true;
  const wantsToHave = WANTS_TO_HAVE.exec(said);
  if (wantsToHave && SUPPORT_NEAR.test((wantsToHave[1] ?? '').split(/\s+/).slice(0, 3).join(' '))) return true;
  const could = COULD_IF_HAD.exec(said);
  // Only a word of help counts here: "if there is a good film" names no support.
  if (could && SUPPORT_NEAR.test((could[1] ?? '').split(/\s+/).slice(0, 4).join(' '))) return true;
  const wish = WISH_HAD.exec(said);
  if (wish && (isSupportOnly(firstClause(wish[1] ?? '')) || SUPPORT_NEAR.test((wish[1] ?? '').split(/\s+/).slice(0, 4).join(' ')))) return true;
  const firstWord = said.split(/\s+/)[0] ?? '';
  if (ARRANGED_FOR.test(said) && (!ACTIVITY_VERBS.has(firstWord) || WORK_THING.test(said))) return true;
  if (SETTING_PLACE.test(said) || PLACE_WITH_HELP.test(said) || HOME_WITH_STAFF.test(said) || SMALLER_GROUP.test(said)) return true;
  if (SETTING_ASKED.test(said) || LET_OFF.test(said) || A_PLACE_ASKED.test(said) || OTHERS_DO.test(said)) return true;
  return SOMEONE_WITH.test(said) || WHAT_HELPS.test(said) || IF_SOMEONE.test(said) || IF_COULD_WITH.test(said) || OTHERS_TO.test(said) || OTHERS_SHOULD.test(said) || DONE_FOR.test(said) || FAMILY_HELPS.test(said) || ARRANGEMENT.test(said);
}

/** "Speaking as his foster dad:", "as her mum,", "Honestly?", "Hmm.": said before the answer itself. */
const BEFORE_THE_ANSWER =
  /^(?:(?:speaking\s+)?as\s+(?:his|her|their|the)\s+(?:[a-z-]+\s+){0,2}?(?:mum|mam|mom|dad|parent|carer|foster\s+(?:mum|dad|carer|parent)|nan|gran|grandma|grandmother|grandad|grandfather|aunt|auntie|uncle|guardian|social\s+worker|key\s*worker)[:,]\s+|(?:i'?m|im|i\s+am)\s+(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?:mum|mam|mom|mother|dad|father|parent|carer|foster\s+(?:mum|dad|carer|parent)|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandfather|aunt|auntie|uncle|guardian)\s*[.:,;]\s+|(?:honestly|tbh|hmm+|um+|erm+|well|ok|okay|right)\s*[?!.:]+\s+)+/i;

/**
 * The answer is support, however it is said: a thing, person, time or place wanted (the whole
 * answer, or its first clause before a reason), or a change others would make.
 */
export function isSupportAnswer(said: string): boolean {
  // Support is named near the start; a pasted wall of text is read this far. Who is speaking and
  // a word to start ("Speaking as his foster dad:", "Honestly?") come before the answer.
  const text = said.slice(0, MAX_CHARS).replace(BEFORE_THE_ANSWER, '');
  if (isSupportOnly(text)) return true;
  const first = firstClause(cleaned(text));
  if (first && first !== cleaned(text) && first.split(/\s+/).length >= 1 && isSupportOnly(first)) return true;
  return asksForChange(text) || goalIsSupport(text, isSupportAnswer);
}
