import { leansOnHopeBefore, reasonOfOthersDoing } from './reasonBesideHope';
import { namesConditionAsCause } from './conditionNamed';
import { foldCase } from './text';
import { themeOfWords } from './thread';
import { needArea } from './needArea';
import { needSection } from './planPart';
import { PLACE_LEAD } from './needPlace';
import { anxietyAndTimeOutOfSchool } from './outOfSchool';
import { respellTimeWords } from './timeSpelling';
import { doingOfTheRole } from './roleDoing';

/*
 * Two hopes in one message ("i want to be a chef and live with my mate") are two aspirations:
 * each gets its own needs and outcomes. A message is cut at "and", "also", "or", a comma or
 * "plus" only where what follows starts a new thing to do ("live with my mate", "i'd like to
 * travel"), both sides say enough to stand alone, and the second is about another part of life
 * or starts afresh ("i also want to"). "fish and chips", "cook and clean", "make friends and go
 * out with them", "go to college and get a job", "work in a cafe n get paid" (what the job brings)
 * and "go to college and be happy" (how it would feel) stay one hope.
 */

/** Verbs a hope starts with, in the forms people use after "want to" or on their own. */
const VERB =
  '(?:be|become|live|have|get|go|work|learn|make|move|drive|travel|own|buy|open|start|run|play|join|meet|cook|do|see|visit|ride|swim|earn|find|keep|study|pass|take|help|write|read|speak|talk|walk|use|build|design|look\\s+after|care\\s+for|marry|teach|sing|dance|act|draw|paint|fix|train|volunteer|fly|sail|climb|win|compete|perform|record|film|create|save|stay|sleep|eat|feel|manage|organise|organize|plan|book|choose|decide|understand|remember|dress|wash|shower|tell|ask|being|becoming|living|having|getting|going|working|learning|making|moving|driving|travelling|owning|buying|opening|starting|running|playing|joining|meeting|cooking|doing|seeing|visiting|riding|swimming|earning|finding|studying|passing|taking|helping|writing|reading|speaking|talking|walking|teaching|singing|dancing|acting|drawing|painting|fixing|training|volunteering)';

/** "i want to", "id like to", "hopefully", "to": how a hope may start before its verb. */
const OPENING =
  "(?:(?:i|he|she|they|[a-z]+)\\s+(?:(?:also|really|would|just)\\s+)*(?:want|wants|wanna|would\\s+like|d\\s+like|'d\\s+like|like|love|hope|hopes|wish|wishes|would\\s+love|'d\\s+love|d\\s+love)\\s+(?:(?:him|her|them|me|us)\\s+)?(?:to\\s+)?|(?:i|he|she|they)\\s+(?:will|'ll|ll|could|can)\\s+|(?:maybe|hopefully|one\\s+day|also|then|to)\\s+)*";
const SECOND_START = new RegExp(`^${OPENING}${VERB}\\b`, 'i');
const LEADING = new RegExp(`^${OPENING}`, 'i');

/**
 * "i'd love to", "id like to", "i'll", "im hoping to", "my other dream is to": the short forms people
 * type, read as the long ones so a second hope that starts afresh is seen as one.
 */
function expanded(part: string): string {
  return foldCase(part)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\b(i|he|she|they)\s*'?\s*d\s+(like|love|want|really|also)\b/g, '$1 would $2')
    .replace(/\bid\s+(like|love|really|also)\b/g, 'i would $1')
    // "I should like her to learn to swim": said the old way, it is "would like".
    .replace(/\bshould\s+(like|love)\b/g, 'would $1')
    .replace(/\b(i|he|she|they)\s*'?ll\b/g, '$1 will')
    .replace(/\b(?:i\s*'?m|he\s*'?s|she\s*'?s|they\s*'?re)\s+(?:also\s+|really\s+)?(?:hoping|wanting|planning|going|gonna)\s+(?:to\s+)?/g, 'i want to ')
    .replace(/\b(?:my|his|her|their)\s+(?:other|next|second|another)\s+(?:dream|hope|wish|goal|thing)\s+(?:is|would\s+be)\s+(?:to\s+)?/g, 'i want to ')
    .replace(/\bwanna\b|\bwana\b/g, 'want to')
    // Text-speak: "i wanna b a mechanic", "learn 2 drive".
    .replace(/\bb\b/g, 'be')
    .replace(/\b2\b(?=\s+[a-z])/g, 'to')
    .trim();
}

/** A second hope said as a sentence of its own: "i also want to", "id love to". */
const OWN_SUBJECT = /^(?:i|he|she|they)\s+(?:also\s+|really\s+|would\s+|just\s+)*(?:want|wants|wanna|would|d|'d|like|love|hope|wish)\b/;

/** "i want to", "he would love to", "she hopes to": a wish said first, never a liking ("i really like space"). */
const WISH_START = /^(?:i|he|she|they)\s+(?:(?:also|really|just)\s+)*(?:want|wants|would\s+(?:really\s+)?(?:like|love)|hope|hopes|wish|wishes)\s+(?:(?:him|her|them|me)\s+)?to\b/;

/** "and for people to believe hes bright", "and for him to have a friend": a wish of its own, about someone named afresh ("and for people to understand him" after "to tell us things" is what that hope brings). */
const FOR_SOMEONE = /^for\s+(?:him|her|(?:other\s+)?people|everyone|everybody|others|(?:his|her|their)\s+(?:teachers?|friends|family))\s+to\s+(?!understand)[a-z]{2,}/;

/**
 * "and one day to live on his own", "one day she drives a car", "and when hes older get a job": a hope
 * for far ahead, started afresh after a hope for now, is a hope of its own. "one day a week" is how
 * often, and "one day he came home crying" a story: neither starts one.
 */
const FAR_AHEAD = new RegExp(
  `^(?:(?:and|then|maybe|hopefully|also)\\s+)*(?:one\\s+day(?!\\s+(?:a|per|each|every)\\s+(?:week|fortnight|month))|some\\s*day|eventually|in\\s+the\\s+future|when\\s+(?:he|she|they|i)\\s*(?:'?s|is|'?re|are|'?m|am|gets?|grows?)\\s+(?:older|bigger|grown\\s+up|up|an\\s+adult))\\s*,?\\s+(?:(?:he|she|they|i)\\s+(?:(?:will|could|can|might)\\s+)?)?(?:to\\s+)?(?:${VERB}(?:s|es)?|has)\\s+\\S`,
);

/** "to manage ...": the next one of a list, said with its own "to". */
const TO_AGAIN = new RegExp(`^to\\s+${VERB}\\b`, 'i');
/** The hope before says what to do ("keep doing", "to get better"), so a "to" after it is not its purpose ("save up to buy a car"). */
const TO_BEFORE = new RegExp(`(?:^|\\bto\\s+|\\b(?:want|like|love|hope|wish)\\s+(?:him|her|them|me)?\\s*to\\s+)${VERB}\\b`, 'i');

/** A job or a place of work. */
const WORK =
  /\b(?:job|jobs|career|work|working|business|cafe|café|restaurant|bakery|shop|salon|garage|kitchen|farm|office|studio|chef|cook|baker|hairdresser|barber|mechanic|nurse|vet|teacher|builder|plumber|electrician|footballer|youtuber|artist|pilot|driver|boss|apprenticeship)\b/i;

/** What a job brings, said beside it: "n get paid", "and earn my own money". */
const PAY = /\b(?:paid|pay|payslip|wages?|money|earn|earning|salary|income|a\s+living)\b/i;
/** "... and a friend", "... and some mates": someone to have, named last with nothing more said. */
const FRIEND_LAST = /^(.*\bto\s+\S.*?)[\s,]+and\s+(?:(have)\s+)?((?:a|an|some|more)\s+(?:(?:good|best|real|close|nice|new)\s+)?(?:friends?|mates?|pals?|buddy|buddies))[\s.!]*$/i;

/** How it would feel, said beside it: "and be happy", "n have fun": what the hope does for them, not another hope. */
const FEELING_ONLY = /^(?:be|feel|have|get|being|feeling|having)\s+(?:really\s+|more\s+|so\s+)?(?:happy|happier|fun|proud|confident|independent|good|better|a\s+good\s+time|respected|included|settled|calm|content|relaxed)(?:\s+(?:too|as\s+well|there|at\s+it|doing\s+it|at\s+work))?$/;

/**
 * "and then maybe go to uni", "then go on to university": the next place of learning on one path.
 * College then university is one hope, a path, not two.
 */
const NEXT_PLACE_OF_LEARNING =
  /^(?:(?:then|maybe|hopefully|after\s+that)\s+)*(?:go|get|move|carry)\s+(?:on\s+)?(?:to|into|onto|in\s*to)\s+(?:a\s+|the\s+)?(?:uni|university|univercity|college|collage|sixth\s+form|6th\s+form|an?\s+apprenticeship)\b/;

/** A place or stage of learning the path starts from. */
const LEARNING_PLACE = /\b(?:school|college|collage|sixth\s+form|6th\s+form|gcses?|a\s*levels?|btec|course|apprenticeship)\b/i;

/** Longer than this (after its opening), a message is read as one answer, kept whole, unless each hope starts with its own "i want". */
const MAX_WORDS = 24;

/**
 * "a job in IT support", "an it technician": the subject IT, never the "it" that leans on the hope
 * before. Capitals count only in a message not typed in capitals ("I WANT A CAR AND TO DRIVE IT").
 */
const IT_SUBJECT = /\b(?:it|i\.t\.?)\s+(?:support|help\s*desk|helpdesk|technician|tech|department|apprenticeship|course|engineer|engineering|sector|industry|specialist|team|company|services?)\b/gi;
function withoutSubjectIT(text: string): string {
  const shouted = text.replace(/[^A-Za-z]/g, '').length > 0 && text === text.toUpperCase();
  const named = text.replace(IT_SUBJECT, ' ');
  return shouted ? named : named.replace(/\bIT\b/g, ' ');
}
/** Longer than this, what makes it hard is one story, kept whole. */
const MAX_NEED_WORDS = 40;

/** The joins a message may be cut at ("n" and "nd" as typed for "and"). */
const JOIN = /\s*(?:,\s*(?:and|also|plus)?|\band\s+also\b|\band\s+then\b|\band\b|\bn\b|\bnd\b|\balso\b|\bplus\b|&|;)\s*/gi;

/** "my own flat", "a girlfriend", "also a dog": a thing to have, named without a verb. */
const THING_HOPED = /^(?:(?:also|maybe|then|one\s+day)\s+)*(?:my|a|an|his|her|their|our)\s+(?:own\s+)?[a-z]{3,}/i;

/** "my own flat", "his own room": a thing of their own, a hope even without a full stop before it. */
const THING_OF_MY_OWN = /^(?:(?:also|maybe|then|one\s+day)\s+)*(?:my|his|her|their)\s+own\s+[a-z]{3,}/i;

/** A place many hopes share ("school", "college"): it names the part of life only when nothing else in the hope does. */
const PLACE = /\b(?:(?:at|to|in|on|from)\s+)?(?:(?:a|the|my|his|her)\s+)?(?:school|college|nursery|class)\b/gi;
/** Working somewhere or having a job: the part of life is work, whatever the workplace. */
const WORKING = /\b(?:work(?:ing)?\s+(?:in|at|as|for)\b|jobs?\b|careers?\b|apprenticeships?\b)/i;
/** Words that say nothing of what a hope is about. */
const EMPTY_WORD = /^(?:i|he|she|they|want|wants|would|like|love|to|the|a|an|and|with|for|more|better|really|also|go|goes|going|get|gets|getting|do|doing|make|making|have|having|be|being|able|well|own|into|from|this|that|some|on|at|in|of|my|his|her|their|trip|day|days|time)$/;

/**
 * The part of life a part of a message is about. "going to France on a school trip" is about the
 * trip, not about school: a shared place word counts only when the hope names nothing else.
 */
function themeOfPart(typed: string): ReturnType<typeof themeOfWords> {
  // "go to collage": a place spelled by sound is still that place.
  const part = respellTimeWords(typed)?.text ?? typed;
  // "work in a restaurant kitchen like a chef" is about work, though a kitchen is also about home.
  if (WORKING.test(part)) return 'learning_and_work';
  const without = part.replace(PLACE, ' ');
  const named = foldCase(without).split(/[^a-z]+/).filter((w) => w.length > 1 && !EMPTY_WORD.test(w));
  return named.length > 0 ? themeOfWords(without) : themeOfWords(part);
}

/** Words of a part without its opening "i want to": two hopes need two words each, six in all. */
function contentWords(part: string): number {
  return expanded(part).replace(LEADING, '').split(/\s+/).filter(Boolean).length;
}

function starts(part: string): boolean {
  return SECOND_START.test(expanded(part));
}

/** "to make his own lunch", "and maybe get a job", "learn to drive": a part that starts a hope of its own, in two words or more. */
export function startsAHope(part: string): boolean {
  return starts(part) && contentWords(part) >= 2;
}

/**
 * The hopes in one message, in the person's words and order. Most messages hold one; a message is
 * only cut where each side is a hope in words of its own, the second with a verb of its own.
 */
export function splitHopes(text: string): string[] {
  const whole = text.trim();
  // "i just want him to stay at his school and be settled and a friend": a friend named last, after a wish to do
  // something, is a hope of its own: to have a friend ("... and have a friend" too). "go to the club and make friends" stays one.
  const friend = FRIEND_LAST.exec(whole);
  // "be a chef and a friend" may be one thing to be, so it is read as before.
  if (friend && SECOND_START.test(expanded(friend[1]!)) && !/\b(?:be|become)\s+an?\s+\S+$/i.test(friend[1]!)) {
    return [...splitHopes(friend[1]!), `${friend[2] ?? 'have'} ${friend[3]!}`];
  }
  // A long answer is a story about the person, kept whole: only a short list of hopes is cut.
  // Counted without the opening "i wanna", which says nothing of how many hopes there are.
  // Dictated run-ons are long: "i want to live in my own flat with some support and i want to get a job
  // in IT support": two hopes each started with its own wish are two, however long the message.
  const long = contentWords(whole) > MAX_WORDS;
  const parts: string[] = [];
  let from = 0;
  for (const m of whole.matchAll(JOIN)) {
    const at = m.index ?? 0;
    const before = whole.slice(from, at).trim();
    const after = whole.slice(at + m[0].length).trim();
    if (!before || !after) continue;
    if (long && !(WISH_START.test(expanded(after)) && WISH_START.test(expanded(before)))) continue;
    // "her cousin Amy goes and Lily really wants to go too": the same hope again, and the reason before it, stay one.
    if (leansOnHopeBefore(after) || reasonOfOthersDoing(after)) continue;
    // The part before must itself be a hope; the part after must start one.
    const next = after;
    const [a, b] = [contentWords(before), contentWords(next)];
    const forSomeone = FOR_SOMEONE.test(expanded(after));
    // "make friends and one day to live on his own": now and far ahead, two hopes however short.
    const farAhead = FAR_AHEAD.test(expanded(after)) && a >= 1 && contentWords(before.replace(LEADING, '')) >= 1;
    // "more days at work. and my own flat": after a full stop (or as "my own ..." without one), a thing to have in another part of life is a hope of its own.
    const thingAfterStop = (/[.!?;]$/.test(before) ? THING_HOPED : THING_OF_MY_OWN).test(expanded(after)) && themeOfPart(after) !== null && themeOfPart(after) !== themeOfPart(before);
    // Short hopes said each with their own wish ("he wants to read better and also he wants to learn to swim") are two.
    if (!farAhead && (!(starts(after) || forSomeone || thingAfterStop) || a < 2 || b < 2 || (a + b < 6 && !OWN_SUBJECT.test(expanded(after)) && !thingAfterStop))) continue;
    // "go out with them", "sell it": the second part leans on the first, so it is one hope.
    // "for people to believe hes bright, he just cant get it on paper": only its own wish is read for that.
    if (/\b(?:them|it|there|those|that)\b/i.test(withoutSubjectIT(forSomeone ? next.split(',')[0]! : next))) continue;
    // "live near my nan and see her every day": "her" is the nan, so it is one hope, unless it starts
    // afresh ("have a sleepover at her friends" is the child's own, and a hope of its own).
    // "keep doing my exercises and to manage my own appointments": "to" said again starts the next one of a list.
    const afresh = farAhead || forSomeone || OWN_SUBJECT.test(expanded(after)) || (TO_AGAIN.test(after) && TO_BEFORE.test(before));
    if (!afresh && /^\S+\s+(?:her|him)\b/.test(expanded(next).replace(LEADING, ''))) continue;
    // About the same part of life, it is one hope unless it starts afresh ("and also i'd love to").
    const theme = themeOfPart(before);
    if (theme !== null && theme === themeOfPart(next) && !afresh) continue;
    // "go to college and then maybe go to uni": the next place of learning after a hope about
    // learning is the same path, unless said afresh ("and i also want to go to uni").
    // "and one day go to uni" is still the next step of that path.
    if ((!afresh || (farAhead && !OWN_SUBJECT.test(expanded(after)))) && (theme === 'learning_and_work' || LEARNING_PLACE.test(before)) && NEXT_PLACE_OF_LEARNING.test(expanded(next).replace(LEADING, ''))) continue;
    // "work in a cafe n get paid": the pay is part of the job, so it is one hope.
    if (WORK.test(before) && PAY.test(next)) continue;
    // "go to college and be happy": how it would feel is part of the hope, never a hope of its own.
    // "be happy and have mates": a feeling said first leads the hope after it, so the two are one.
    if (FEELING_ONLY.test(expanded(next).replace(LEADING, '')) || FEELING_ONLY.test(expanded(before).replace(LEADING, ''))) continue;
    // "make friends and be invited to tea": what others would do because of the hope is part of it.
    if (/^(?:be|get|being|getting)\s+(?:invited|asked|included|welcomed|picked|chosen)\b/.test(expanded(next).replace(LEADING, ''))) continue;
    // "be a chef and own a cafe": two sides of one working life are one hope (read back, so it can be split).
    if (WORK.test(before) && WORK.test(next) && !afresh) continue;
    // "be a drummer in a band and play gigs": playing gigs is what a drummer in a band does, so it is one hope.
    if (doingOfTheRole(before, next) && !afresh) continue;
    parts.push(before);
    from = at + m[0].length;
  }
  if (parts.length === 0) return [whole];
  parts.push(whole.slice(from).trim());
  return parts.map((p) => p.replace(/[\s,;.]+$/, '')).filter((p) => p.length > 0);
}

/**
 * "he doesnt sleep", "he needs help to get dressed", "he lashes out when plans change": something
 * hard, said of them as a sentence of its own.
 */
const HARD_CLAUSE =
  /^(?:i|he|she|they)\s+(?:(?:really|just|always|still|often|sometimes)\s+)*(?:doesnt|doesn't|does\s+not|dont|don't|do\s+not|wont|won't|will\s+not|cant|can't|cannot|never|needs?\s+(?:help|support|someone|reminding|prompting|reminders|prompts)|lash(?:es)?\s+out|melts?\s+down|has\s+(?:meltdowns|tantrums|outbursts)|gets?\s+(?:really\s+|very\s+|so\s+)?(?:upset|angry|cross|anxious|scared|overwhelmed|lost|tired))\b/i;

/** A piece of a list that says what is hard, with a place said first ("at home he ...") or as a sentence about them. */
function saysWhatIsHardIn(part: string, saysWhatIsHard: (part: string) => boolean): boolean {
  const said = part.trim().replace(PLACE_LEAD, '');
  return saysWhatIsHard(part) || saysWhatIsHard(said) || HARD_CLAUSE.test(foldCase(said).replace(/[\u2018\u2019]/g, "'"));
}

/** "getting the bus there", "using the till", "reading letters": a task named by what is done, in two words or more. */
const TASK_NAMED = /^(?:[a-z]+ing)\s+(?:(?:on|to|with|at|in|up|out|off)\s+)?(?:the|my|a|an|his|her|their|to|on|up|out|new|money|food|letters|people|things)\b[^,;]*$/;

/**
 * Two things that make it hard, in one message ("i cant cook and i get stressed in busy places"),
 * are two needs: cut at "and" or a comma only where both sides say what is hard on their own.
 */
export function splitNeeds(text: string, saysWhatIsHard: (part: string) => boolean): string[] {
  const whole = text.trim();
  if (whole.split(/\s+/).length > MAX_NEED_WORDS) return [whole];
  // "her anxiety is so bad she hasnt been in school since october": a health need and getting back into school.
  const apart = anxietyAndTimeOutOfSchool(whole);
  if (apart) return apart;
  // "she struggles with reading, shes at a year 2 level. and she gets anxious around new people":
  // sentences about different things are needs of their own, each kept whole (and cut further if it lists some).
  const sentences = whole.split(/(?<=[.!?])\s+/).map((s) => s.replace(/^(?:and|also|plus|but)\s+/i, '').trim()).filter(Boolean);
  const hard = (part: string): boolean => saysWhatIsHardIn(part, saysWhatIsHard);
  // "... and getting the bus there": in a list of hard things, a task named on its own is one more of them.
  const inList = (all: readonly string[]) => all.some(hard) && all.every((part) => hard(part) || TASK_NAMED.test(foldCase(part).trim()));
  if (sentences.length >= 2 && inList(sentences) && new Set(sentences.map(areaOf)).size === sentences.length) {
    return withConditionKept(sentences.flatMap((s) => splitNeeds(s, saysWhatIsHard)).map((p) => p.replace(/[\s,;.]+$/, '')), '. ');
  }
  const parts = whole.split(/\s*(?:,\s*(?:and\s+)?|\band\s+also\b|\band\b|\balso\b|;)\s*/i).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || !inList(parts)) return [whole];
  return withConditionKept(parts.map((p) => p.replace(/[\s,;.]+$/, '')), ', ');
}

/** "its the FASD" cut off on its own goes with the need it explains (the next, or the one before at the end). */
function withConditionKept(parts: string[], joint: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!namesConditionAsCause(part)) out.push(part);
    else if (i + 1 < parts.length) parts[i + 1] = `${part}${joint}${parts[i + 1]!}`;
    else if (out.length > 0) out.push(`${out.pop()!}${joint}${part}`);
    else out.push(part);
  }
  return out;
}

/** What a need is about (learning, feelings, talking, the body, health, care), from its words. */
function areaOf(need: string): string {
  return needArea(need, needSection(need));
}
