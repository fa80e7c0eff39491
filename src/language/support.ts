import { isAWayOfBeing } from './wayOfBeing';
import { ACTIVITY_VERBS, NOT_A_MODIFIER, OPENER, SUPPORT_HEAD, SUPPORT_WORD, cleanSupportText as clean } from './supportWords';
import { namesHelp } from './namesHelp';
import { splitSupport } from './splitSupport';
import { lifeThingsSpelt } from './lifeThingSpelling';

/*
 * Support in any wording. Provision (help, a person, lessons, therapy, equipment, time, a place) is
 * what makes an outcome possible, never the outcome itself (Waltham Forest: "Intervention, Support,
 * Help, Resource"). These rules tell an answer that is only support from one that names something
 * the person will do, and cut the support out of an answer that has both.
 */


/**
 * "I need", "he needs", "she need", "I want", "give me", "to have", "I hope I can get", "I hope the
 * school gives him": the words before the thing wanted.
 */
const WANTING =
  /^(?:(?:so|and|also|maybe|just|well|um|erm|honestly|tbh|please|(?:my|his|her|our|their|the)\s+(?:main\s+|big\s+|first\s+|only\s+)?(?:goal|aim|target|plan)\s+(?:is|would\s+be|will\s+be)(?:\s+to)?|i\s+think|i\s+guess|i\s+reckon|(?:i|we)\s+(?:really\s+|just\s+|do\s+)?hope(?:\s+that)?|hopefully|(?:what|all)\s+(?:i|we|he|she|they)\s+(?:really\s+)?(?:want|need)s?\s+is|(?:what|the\s+thing\s+that|something\s+that|one\s+thing\s+that)\s+(?:would|will|could|might)\s+(?:really\s+)?help(?:\s+(?:me|him|her|them|us))?(?:\s+(?:most|the\s+most|a\s+lot))?\s+(?:is|would\s+be))[\s,]+)*(?:(?:can|could|may)\s+(?:i|he|she|we|they)\s+(?:please\s+)?(?:get|have)\s+|for\s+(?:me|him|her|them|us|[a-z]+)\s+to\s+(?:have|get|be\s+given)\s+|(?:(?:i|we)(?:\s+|'?d\s+|\s+would\s+))?(?:really\s+)?(?:need|want|would\s+like|'d\s+like|d\s+like|would\s+love)\s+(?!to\b)(?:him|her|them|[a-z]+)\s+to\s+(?:have|get|be\s+given)\s+|(?:(?:i|he|she|they|we|you|(?:my|the|his|her|their)\s+\w+|[a-z]+)\s+|(?:i|he|she|they|we|you)(?='(?:ll|d)\s))?(?:really\s+|just\s+|definitely\s+|probably\s+|will\s+|would\s+|'ll\s+|'d\s+|can\s+|might\s+)?(?:(?:need|needs|want|wants|would\s+like|'d\s+like|d\s+like|would\s+love)\s+to\s+(?:have|get)|be\s+(?:getting|having|given)|need|needs|needed|want|wants|would\s+like|'d\s+like|d\s+like|would\s+love|should\s+(?:have|get)|could\s+(?:have|get|do\s+with)|must\s+have|has\s+to\s+have|to\s+have|to\s+get|get|gets|getting|have|has|having|(?:give|gives|provide|provides|offer|offers|find|finds)\s+(?:me|him|her|them|us))\s+)?/i;

/** Things in a life, not support: "a job" or "lots of friends" is a hope, "a friend" an outcome to work towards ("life skills" and a life "sorted" are neither). */
const LIFE_THING =
  /^(?:(?:a|an|the|my|his|her|their|own|real|proper|paid|good|nice|best|new|big|normal|happy|full|ordinary|independent|great|better|quiet|lots\s+of|loads\s+of|plenty\s+of|a\s+lot\s+of|many|\s)+)?(?:job|career|house|home|flat|family|friends?|mates?|pals?|bestie|girlfriend|boyfriend|partner|wife|husband|kids|children|baby|car|licen[cs]e|degree|life|pet|dog|cat|horse|puppy|kitten|rabbit|bunny|hamster|pony|guinea\s+pig|place\s+of\s+(?:my|his|her)\s+own|business|future|trade|(?:[a-z]+\s+)?(?:shop|salon|cafe|café|bakery|restaurant|garage|farm|studio))\b(?!\s+(?:coach\w*|trainers?|club|centre|center|fair|experience|placement|worker|skills?|lessons?|sorted|together|in\s+order|(?:back\s+)?on\s+track))/i;

/**
 * What a person gets by their own effort: a place at college or on a course, a placement, a job, an
 * apprenticeship, an interview, their GCSEs or a qualification (a "level 3 BSL", a certificate "from"
 * whoever awards it). Said with "get" or "have" it is their step; a place in a special
 * setting or with help given is still caught as provision by the rules for settings.
 */
const EARNED =
  /^(?:(?:a|an|the|my|his|her|their|some)\s+)?(?:[a-z'-]+\s+){0,2}?(?:place|placement|job|apprenticeship|traineeship|internship|interview|offer|work\s+(?:experience|placement|trial)|trial\s+shift|saturday\s+job|gcse|a[\s-]?level|btec|nvq|qualification|grade|certificate|diploma)s?\b(?!\s+(?:coach\w*|to\s+go|to\s+be|where|for\s+(?:me|him|her|them)\s+to\s+(?:go|be)))(?:\s+(?:at|in|on|with|as|for|doing|working|from)\s+\S.*)?$|^(?:(?:my|his|her|their)\s+)?(?:[a-z'-]+\s+)?(?:level|grade|stage)\s+\d\b(?!.*\b(?:support|help|funding|care|hours|band(?:ing)?|top[\s-]?up)\b)(?:\s+[a-z'-]+){0,3}$|^(?:(?:my|his|her|their)\s+)?level\s+\d\s+(?:[a-z'-]+\s+){0,3}(?:qualification|certificate|award|diploma|course)s?\b.*$/i;

/** "a cafe job", "a part time job", "a little dog": a life thing with words before it, ending the phrase. */
const LIFE_THING_NAMED = /^(?:a|an|some)\s+(?:[a-z'-]+\s+){1,2}(?:job|career|house|home|flat|car|dog|cat|puppy|kitten|rabbit|hamster|pony|pet|horse|business|girlfriend|boyfriend|family)$/i;


/** What is left of an answer once "I need", "he needs", "give me" is taken off the front. */
/** "one day", "someday": when, said before the hope; "one day a week with a TA" is how often help comes, and stays. */
const WHEN_FIRST = /^(?:(?:maybe|perhaps|hopefully)\s+)?(?:one\s+day|some\s*day|in\s+the\s+future|eventually)(?!\s+(?:a|an|per|each|every)\s)[\s,]+/;

function wanted(text: string): { rest: string; stripped: boolean; asked: boolean } {
  // "one day live in supported living": the hope is the living, not a place asked for now.
  const lower = lifeThingsSpelt(clean(text).replace(WHEN_FIRST, ''));
  const m = WANTING.exec(lower);
  if (!m || m[0].length === 0) return { rest: lower, stripped: false, asked: true };
  // "[a-z]+" stands for a name ("Maisie needs"); a verb there ("go get") is not a subject.
  const rest = lower.slice(m[0].length);
  // "I get fewer red cards" says what happens; "I need less homework" asks for a change.
  const asked = !/\b(?:get|gets|getting|have|has|having)\s*$/.test(m[0]);
  return { rest, stripped: true, asked };
}

/** A verb that says what happens ("the app shows it", "my teacher sees me"): a sentence, not a thing wanted. */
const FINITE_VERB =
  /(?<!\bto\s)\b(?:shows?|says?|sees?|tells?|ticks?|signs?|writes?|is|are|was|were|will|can|does|did|knows?|checks?|notices?|comes?|goes|makes?|gives?|lets?|stops?|helps\s+me\s+to)\b/i;

/** "help with my money", "support in class": help followed by what it is for, not "help my mum cook". */
const HELP_AS_NOUN =
  /^(?:help|support)(?:\s+(?:with|for|from|(?:finding|getting|applying|filling\s+in|sorting(?:\s+out)?|planning|choosing|looking\s+for|searching|understanding|organi[sz]ing|budgeting|managing|booking|paying)\s+[a-z]+|to\s+[a-z]+|(?:in|at)\s+(?:the\s+)?(?:class|lessons?|school|home|break|lunch|college|work|exams?|tests?|maths|english|reading|the\s+start)\b)\b|$)/i;

const OPENS_WITH_SUPPORT = new RegExp(`^(?:${OPENER}\\s+)*(?:${SUPPORT_HEAD})\\b`, 'i');
const SUPPORT_PHRASE = new RegExp(`^((?:${OPENER}\\s+)*)((?:[a-z0-9'-]+\\s+){0,3}?)(?:${SUPPORT_HEAD})\\b(.*)$`, 'i');
/** What follows a support word when that word is the subject of a sentence ("my TA will see", "the app shows"). */
const SUBJECT_OF =
  /^(?:is|are|was|were|will|can|could|would|should|does|did|do|has|had|shows?|says?|sees?|tells?|knows?|checks?|helps?|makes?|lets?|gives?|comes?|goes|notices?|writes?|signs?|ticks?|stops?|thinks?|said|told|thinks?)\b/i;

/**
 * A noun phrase headed by a support word, with nothing before the head but words that describe it
 * ("travel training", "a lighter sports chair", "the same TA") and after it only what it is for or
 * where ("a wobble cushion so i can sit still", "a mentor who was in the army"). A verb first ("go to
 * lessons") makes it a step; a verb straight after ("my TA will see") makes it a sentence.
 */
function isSupportPhrase(rest: string): boolean {
  const m = SUPPORT_PHRASE.exec(rest);
  if (!m) return false;
  const modifiers = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
  if (modifiers.some((w) => NOT_A_MODIFIER.has(w))) return false;
  // After "a" or "more" a word is a noun ("a sign language interpreter"); first, it may be a verb ("use apps").
  if (!m[1] && ACTIVITY_VERBS.has(rest.split(/\s+/)[0] ?? '') && !KIND_OF_SESSION.test(rest)) return false;
  // "his speech to get better", "her reading to improve": the person's own skill, wished better, not a session.
  if (/^(?:my|his|her|their)\s/.test(m[1] ?? '') && SKILL_GETTING_BETTER.test((m[3] ?? '').trim())) return false;
  // "my support worker says I should": the head said in two words, then a verb of a sentence.
  if (/^(?:workers?|coach(?:es)?|assistants?|teachers?|therapists?|nurses?)\s+(?:says|said|tells|told|thinks|reckons|is|was|will|can|does|did|knows|wants|keeps)\b/i.test((m[3] ?? '').trim())) return false;
  return !SUBJECT_OF.test((m[3] ?? '').trim());
}

/**
 * "play therapy", "swim lessons", "dance classes": an activity word naming the kind of session, not
 * a verb (a verb takes "a" or "the" first: "play a game", "join the club").
 */
const KIND_OF_SESSION =
  /^(?:[a-z]+\s+therap(?:y|ies|ists?)\b|(?:play|swim|drive|dance|sing|talk|cook|bake|draw|paint|ride|walk|sleep|sign|type|spell)\s+(?:lessons?|classes|sessions?|tuition|coaching|groups?|clubs?)(?:\s+(?:at|after|in|on|with|for|every|each|once|twice)\b.*)?$)/i;
const OWN_SKILL = new RegExp(`^(?:(?:i\\s+want\\s+|i'?d\\s+like\\s+|for\\s+)?(?:my|his|her|their)\\s+)?(?!(?:a|an|the|some|more|extra|less)\\s)((?:[a-z'-]+\\s+){0,2}?[a-z'-]+)\\s+(?=to\\s)`, 'i');
/** "his speech to get better", "reading to improve"; never help itself ("help to improve my reading"). */
function ownSkillBetter(text: string): boolean {
  const m = OWN_SKILL.exec(text);
  if (!m) return false;
  if (SUPPORT_WORD.test((m[1] ?? '').replace(/\bspeech\b/g, ''))) return false;
  return SKILL_GETTING_BETTER.test(text.slice(m[0].length));
}
/** After a skill of their own: "to get better", "to improve", "to be clearer". */
const SKILL_GETTING_BETTER = /^to\s+(?:(?:get|be|become)\s+(?:a\s+lot\s+|much\s+|a\s+bit\s+)?(?:better|clearer|easier|neater|quicker|faster|stronger|good|more\s+\w+)|improve|develop|progress|come\s+on)\b/i;

/** Places where more hours are help given, not work done: school, college, nursery, a base, respite. */
const HOURS_GIVEN_AT = '(?:school|college|nursery|pre-?school|playgroup|sixth\\s+form|base|hub|unit|resource|respite|day\\s+(?:cent(?:re|er)|service|provision)|clubs?|sessions?|provision|setting|home|short\\s+breaks?)';
/** "more hours at the cafe", "extra shifts at Tesco", "more paid hours": working more, said with nobody who helps. */
const MORE_WORK = new RegExp(
  `^(?!.*\\b(?:with|of|from|for\\s+(?:me|him|her|them))\\b)(?:more|extra|longer|fewer|less)\\s+(?:paid\\s+)?(?:(?:hours?|hrs|days?|shifts?)(?:\\s+(?:a|per|each)\\s+week)?\\s+(?:at|in)\\s+(?!(?:(?:the|my|a|his|her|their)\\s+)?${HOURS_GIVEN_AT}\\b)(?:(?:the|my|a|his|her|their)\\s+)?[a-z'&-]+(?:\\s+[a-z'&-]+){0,2}|shifts?(?:\\s+(?:a|per|each)\\s+week)?|(?:paid\\s+)?(?:hours?|hrs)\\s+(?:at|in)\\s+work|paid\\s+(?:hours?|hrs|work))$`,
  'i',
);

/**
 * The whole answer is support: a thing, person, time or help wanted, with nothing the person will
 * do ("a laptop", "extra reading lessons", "he need more physio", "someone to help me").
 */
const SOMEONE_TEACHING =
  /^(?:(?:my|his|her|their|our)\s+)?(?:nan|nanna|nana|gran|granny|grandma|grandad|grandpa|mum|mam|mom|dad|step\s*(?:mum|dad)|auntie?|aunt|uncle|brother|sister|cousin|carer|foster\s+carer|teacher|ta|tutor|key\s*worker|support\s+worker|mentor|coach)\s+(?:teaching|showing|helping|practising\s+with|practicing\s+with|reading\s+(?:to|with)|going\s+(?:with|through\s+it\s+with))\s+(?:me|him|her|them)\b/;

export function isSupportOnly(text: string): boolean {
  const { rest, asked } = wanted(text);
  // "his speech to get better", "her reading to improve": the person's own skill, wished better, not a session.
  if (ownSkillBetter(clean(text))) return false;
  // "help getting a job": help asked for, though "help getting" reads like a name and a verb ("Maisie getting").
  if (HELP_AS_NOUN.test(clean(text)) && /^(?:help|support)\s+(?:\w+ing|to\s+\w+)\b/i.test(clean(text))) return true;
  if (!rest) return false;
  // "more hours at the cafe", "more shifts": their own work, never help given ("more hours with my job coach" is).
  if (MORE_WORK.test(rest)) return false;
  // "help finding an apprenticeship": help asked for, whatever it is to win.
  if (HELP_AS_NOUN.test(rest)) return true;
  // "get a placement at a garage", "get a place at college": won by the person, so their step.
  if (!asked && EARNED.test(rest)) return false;
  // "my nan teaching me", "his dad showing him how": someone close doing the teaching is help given.
  if (SOMEONE_TEACHING.test(rest)) return true;
  // "more confidence", "less grumpy", "less meltdowns": how they would be, never help given ("less homework" is).
  if (isAWayOfBeing(rest)) return false;
  // "more time with horses", "more time with my friends": time with what they love, unless it is time with a helper.
  if (/^(?:more|extra)\s+time\s+(?:with|to\s+see|around)\s+(?!(?:a|an|the|my|his|her|their|our)?\s*(?:(?:\w+\s+)?(?:ta|tas|teachers?|tutors?|therapists?|adults?|staff|(?:\w+\s+)?workers?|mentors?|senco|elsa|helpers?|assistants?|counsellors?|nurses?|coach|specialists?)|1:1|one\s+to\s+one)\b)/i.test(rest)) return false;
  // "more time with my friends" is a hope about friendship, not extra time given.
  if (/^(?:more|extra)\s+time\s+(?:with|to\s+see)\s+(?:my\s+|his\s+|her\s+|our\s+|the\s+)?(?:friends|mates|family|mum|dad|nan|nanna|gran|grandma|grandad|grandparents|brothers?|sisters?|cousins?|aunt|auntie|uncle|girlfriend|boyfriend|partner|kids|children|son|daughter|dogs?|pets?)\b/i.test(rest)) return false;
  // "transport to get there", "a taxi to take me": support first, then what it is for (not a name and "to get").
  if (OPENS_WITH_SUPPORT.test(clean(text)) && isSupportPhrase(clean(text)) && !LIFE_THING.test(clean(text))) return true;
  if (isSupportPhrase(rest) && !LIFE_THING.test(rest)) return true;
  // "a proper plan and someone who knows about ADHD": two pieces of help, the first read on its own.
  const first = rest.split(/\s+and\s+|\s*,\s*/)[0]!;
  if (first !== rest && isSupportPhrase(first) && !LIFE_THING.test(rest)) return true;
  // "a writing frame and a scribe", "somewhere quiet to go and an adult to talk to": every piece is help.
  const pieces = rest.split(/\s+and\s+|\s*,\s*/).filter(Boolean);
  if (pieces.length > 1 && pieces.every((p) => isSupportOnly(p)) && pieces.some((p) => SUPPORT_WORD.test(p))) return true;
  if (FINITE_VERB.test(rest)) return false;
  // "help my mum cook", "support my team": help as something the person does.
  if (/^(?:help|support)\b/i.test(rest)) return false;
  // "more friends" is a hope about friendship, not support.
  if (/^more\s+/i.test(rest) && LIFE_THING.test(rest.replace(/^more\s+/i, ''))) return false;
  // "fewer kids in the class", "less people": a smaller group is a change asked for.
  if (/^(?:less|fewer)\s+(?:kids|children|people|pupils|students)\b/i.test(rest)) return true;
  // "no homework", "no more PE": something taken away for them; "no more detentions" is a result they reach.
  if (/^no\s+(?:more\s+)?(?!one\b|body\b|idea\b|clue\b|thanks?\b|i\b|it'?s?\b|that'?s?\b|we\b|not\b)[a-z]/i.test(rest) && !/^no\s+(?:more\s+)?(?:detentions?|exclusions?|fights?|red\s+cards?|meltdowns?|accidents?|absences?|lates?|warnings?|time\s+off|days\s+off)\b/i.test(rest)) return asked;
  if (new RegExp(`^(?:${OPENER}\\s+)*(?:[a-z'-]+\\s+){0,3}?(?:${SUPPORT_HEAD})\\b`, 'i').test(rest)) {
    // The first word must open a noun phrase or be the support word itself, never a verb ("go to lessons").
    return new RegExp(`^(?:${OPENER}|${SUPPORT_HEAD})\\b`, 'i').test(rest) && !LIFE_THING.test(rest);
  }
  if (LIFE_THING.test(rest)) return false;
  // "a bus pass", "a communication book": a thing wanted, with no verb, is a resource.
  // "an apprenticeship with a plumber" and "a b in english" are earned and a step to a trade, not a thing given;
  // "a million subscribers" is fame, not a thing given; "a cafe job", "a little dog": a thing of
  // their own life, named with a word before it, is a hope; "a party", "a holiday" is something to look forward to.
  if (/^(?:a|an|some)\s+[a-z'-]+(?:\s+[a-z'-]+){0,3}$/i.test(rest) && !AHEAD_OR_EVENT.test(rest) && !/\b(?:to|will|can|be|go|get|do|make|million|subscribers|followers|fans|views|likes|apprenticeships?|traineeships?)\b/i.test(rest) && !/^an?\s+(?:[a-g]\*?|pass|merit|distinction|star)\s+(?:in|at)\b/i.test(rest) && !LIFE_THING_NAMED.test(rest)) return true;
  // "more time in tests", "less homework": more or less of something is a change in support;
  // "less stressed", "more confident" is how someone would feel.
  // Spelt as typed too: "less nervus", "less anxius", "less stresed".
  if (/^(?:more|less)\s+(?:\w+(?:ed|ous|ful|ive|ent|ant|able|ible|al|ic|y)|calm|happy|confident|relaxed|independent|brave|social|nerv\w*|anxi\w*|worr\w*|scar(?:e)?d|stres+\w*|upset|sad|cross|moody|lonely|tired|knackered)\b/i.test(rest)) return false;
  // "more stuff", "more things": a shrug, not a change asked for.
  if (/^(?:more|less)\s+(?:stuff|things|everything|of\s+(?:it|that|everything))$/i.test(rest)) return false;
  if (/^(?:more|extra|less|fewer)\s+\w/i.test(rest)) return asked;
  return false;
}

/** A phrase of support inside a longer answer: after "with", up to the end of the clause. */
export { splitSupport, type SupportSplit } from './splitSupport';

/** Support mentioned anywhere (for checks on a finished statement). */
/** A life thing named on its own ("a girlfriend", "my own flat"): a hope, not support. */
export function isLifeThing(text: string): boolean {
  return LIFE_THING.test(wanted(text).rest);
}

/** "a bit of help", "some support", "help": help named by no kind, giver or amount, too vague for a line of provision. */
const VAGUE_HELP = /^(?:(?:a\s+(?:little\s+|tiny\s+)?bit\s+of|a\s+little|a\s+lot\s+of|lots\s+of|some|more|extra|a\s+bit\s+more|any)\s+)?(?:help|support|assistance|helping)(?:\s+(?:at\s+first|to\s+start\s+with|sometimes|now\s+and\s+then))?$/i;

export function isVagueHelp(text: string): boolean {
  return VAGUE_HELP.test(clean(text));
}

/** Something to look forward to, or a time ahead: "a sleepover one day maybe", "a party", "going on holiday". */
const AHEAD_OR_EVENT =
  /\b(?:one\s+day|someday|some\s+day|eventually|in\s+(?:the\s+)?future|later\s+on|in\s+time|sleep\s*overs?|part(?:y|ies)|holidays?|trips?|days?\s+out|outings?|concerts?|festivals?|weddings?|proms?|discos?|camps?|residentials?|birthdays?|gigs?|cinema|shopping)\b/i;

/**
 * Asked what it would make possible or do for them, an answer is help only when it names help
 * itself (a TA, lessons, therapy, a laptop, someone) or asks for a thing with nothing ahead in it:
 * "a bus pass" is help; "a sleepover one day maybe" is what it makes possible.
 */
export function offeredAsHelp(text: string): boolean {
  return isSupportOnly(text) && namesHelp(text) && (SUPPORT_WORD.test(clean(text)) || !AHEAD_OR_EVENT.test(clean(text)));
}

export function mentionsSupport(text: string): boolean {
  return isSupportOnly(text) || splitSupport(text).support !== null;
}

/**
 * Asked how everyone will know, an answer is the measure ("a sticker chart", "my TA will see",
 * "less help"); only a request for help ("more help", "she needs a TA", "extra lessons") is
 * support offered in the wrong place.
 */
export function asksForSupport(text: string): boolean {
  const lower = clean(text);
  return isSupportOnly(text) && /^(?:(?:i|he|she|they|we)\s+(?:really\s+)?(?:need|needs|want|wants|should\s+have|should\s+get)\b|(?:more|extra|some\s+more|some|1\s*(?::|to|2|-)\s*1|one[\s-]to[\s-]one)\s)/.test(lower);
}
