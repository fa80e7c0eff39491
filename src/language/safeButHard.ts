import { describesChildsOwnWays } from './childsOwnWays';
import { clearedConcernText, detectConcern, matchRules } from './concern';
import { safeguardingInChat } from './concernInChat';
import type { ConcernCategory } from './concernCategories';
import { FEAR_WORDS, HARM_WORDS } from './harmOrFearWords';
import { normaliseMessage } from './text';
import { readOnce } from './recentReadings';
import { ASKS_IF_UNSAFE, UNSAFE_DENIED, withoutDeniedHarm } from './harmDenied';
import { someoneDoesToThem } from './someoneDoesToThem';

/*
 * Answers to "do you feel safe?" that say yes or mostly, then tell of something hard that is not
 * harm: "mostly yes. the bus drivers are rude sometimes tho ... is that normal??", or a parent's
 * "at home yes. school mostly but he comes home and has massive meltdowns most days". Rudeness
 * with no harm, threat or fear is worth a word about complaining, not a crisis answer; a child's
 * meltdowns after holding it in all day are a need for the plan. Any word of harm, fear, threat,
 * being unsafe or treated badly for who someone is keeps the answer a "not always". "Mostly" beside
 * noise or too much at once ("yes mostly, school is a bit much sometimes") is a need for the plan,
 * and the soft "is there a place or a time...?" still asks about being safe.
 */

/** Yes, or mostly, somewhere in the answer ("at home yes", "school mostly", "mostly yes"). */
const AFFIRMS = /\b(?:yes|yeah+|yeh|yep|yup|yh|mostly|mainly|usually|generally|normally|most\s+of\s+the\s+time|pretty\s+much|on\s+the\s+whole)\b/;
const AFFIRMS_EVERY = new RegExp(AFFIRMS.source, 'g');

/** Fear or being unsafe, said outright: one list for the harm below and for harm that goes on ("still scared"). */
const FEAR = FEAR_WORDS;

/** Harm, fear, threat or being unsafe: never only rudeness or a need. */
export const HARM_OR_FEAR = new RegExp(
  String.raw`\b(?:${FEAR}|${HARM_WORDS}|not\s+(?:at\s+home|at\s+school|at\s+college|at\s+work|online)|fear\w*|hit|hits|hitting|batter\w*|beaten|beat\s+up|(?:beat|beats|beating)\s+(?:me|him|her|us|them)|smack\w*|whack\w*|thump\w*|belted|chok\w*|strangl\w*|(?:bit|bites?|biting)\s+(?:me|him|her|us)|bitten|locked\s+(?:in|up|out)|(?:lock|locks|locking|shut|shuts)\s+(?:me|him|her|us|them)\s+(?:in|up|out)|tied\s+up|spat|spit\w*\s+(?:on|at)|push\w*|shov\w*|grab\w*|bull\w*|pick\w*\s+on|scream\w*\s+at|swear\w*\s+at|follow\w*|stalk\w*|strangers?|someone\s+online|racis\w*|homophob\w*|transphob\w*|call\w*\s+(?:me|him|her|them)\s+names|injur\w*|attack\w*|steal\w*|stole|nick(?:s|ed|ing)?|took\s+my|take\s+my|police|unwanted|creepy|creep)\b`,
);

/** Rudeness, impatience or coldness from people about them ("they sigh", "funny with me", "rude"). */
const RUDENESS =
  /\b(?:rude\w*|impolite|sighs?|sighing|sighed|tuts?|tutting|tutted|grumpy|moody|impatient|funny\s+with\s+(?:me|him|her|them|us)|eye\s*rolls?|rolls?\s+(?:their|his|her)\s+eyes|unfriendly|unhelpful|not\s+(?:very\s+)?(?:nice|friendly|helpful|polite|patient)|snappy|snaps?\s+at|ignor\w*|patroni[sz]\w*|talk\w*\s+down\s+to|stares?|staring|annoy\w*)\b/;

/** "its just annoying", "thats so annoying": how the speaker feels about a thing, never someone being rude to them. */
const OWN_ANNOYANCE = /\b(?:its|it\s+is|it\s+s|thats|that\s+is|which\s+is)\s+(?:(?:just|really|so|well|proper|a\s+bit|kind\s+of|kinda)\s+)*annoying\b/g;

/** Mostly safe, said as such: a plain yes with a hard thing beside it is read as before. */
const MOSTLY_SAID = /\b(?:mostly|mainly|largely|usually|generally|normally|most\s+of\s+the\s+time|pretty\s+much|on\s+the\s+whole)\b/;

/** Noise, crowds and too much at once ("school is a bit much sometimes", "the canteen is too loud"): a need, not a danger. */
const OVERWHELM =
  /\b(?:(?:a\s+bit|a\s+little|all\s+a\s+bit|too|way\s+too|sometimes\s+too)\s+much|(?:too|so|really|very|way\s+too)\s+(?:loud|noisy|busy|bright|crowded|hectic)|loud|noisy|noise|overwhelm\w*|stress\w*|crowded|crowds?|hectic|chaotic|sensory|overload\w*|overstimulat\w*)\b/;

export type SafeButHard = 'rudeness' | 'ownWays' | 'overwhelm' | 'transport' | 'pastKnown' | 'sensory' | 'sensoryBesideYes' | 'handledOnline';

/** Taxis, buses and lifts: how they get about. */
const TRANSPORT = /\b(?:taxis?|taxies|cabs?|uber|minicabs?|bus|buses|trains?|trams?|transport|lifts?|minibus\w*|dial\s+a\s+ride|ring\s+and\s+ride)\b/;
/** Let down by it: late, not turning up, cancelled, left waiting, or a ramp or lift that is broken. */
const LET_DOWN =
  /\b(?:(?:dont|doesnt|didnt|do\s+not|does\s+not|never|not)\s+(?:turn|turning|show|showing|come|coming)(?:\s+up)?|no\s*shows?|late|waiting|wait|cancel\w*|stranded|stuck|broken|broke|not\s+working|doesnt\s+work|out\s+of\s+order|left\s+(?:me\s+)?(?:waiting|there|outside))\b/;
/**
 * A person, or something done or given, beside the late taxi ("the driver puts his hand on my leg", "older lads give me
 * stuff to carry", "i stay at his flat"): the lateness is then how harm comes about, never only a hard thing about transport.
 */
const SOMEONE_DOES =
  /\b(?:driver|drivers|man|men|lad|lads|boy|boys|guy|guys|bloke|blokes|stranger|strangers|older|adult|adults|someone|somebody|people|he|him|his|hes|she|her|shes|gives?|gave|giving|made\s+me|makes?\s+me|asks?|asked|puts?|let\s+me|lets\s+me|pictures|photos|pics|stuff|flat|house|cars?)\b/;

/** Late or missing transport and nothing else: no person acting, and neither concern reader finds any possible concern. */
function onlyTransportLetDown(said: string, text: string, aboutAChild: boolean): boolean {
  if (!TRANSPORT.test(said) || !LET_DOWN.test(said) || DONE_TO_THEM.test(said) || SOMEONE_DOES.test(said)) return false;
  if (harmNamedInSafeAnswer(text) || detectConcern(text).concern) return false;
  return safeguardingInChat(text, { parent: aboutAChild }).action === 'none';
}

/** Noise, crowds, light and smells: what the senses find too much, said of places and things ("bussy", spelt as it sounds, too). */
const SENSORY =
  /\b(?:loud|louder|noisy|noise|noises|crowded|crowds?|busy|bussy|bizzy|bright|lights?|smells?|smelly|echo\w*|hectic|chaotic|sensory|overload\w*|overstimulat\w*|overwhelm\w*|hand\s*dryers?|alarms?|bells?)\b/;
/** The senses hurt by noise or light ("it hurts my ears"): no harm from anyone. */
const SENSES_HURT = /\b(?:it\s+|that\s+|they\s+)?(?:hurts?|hurting)\s+(?:my|his|her|their)\s+(?:ears|eyes|head)\b/g;
/** Lots of people as part of the place ("full of people"), not someone doing something. */
const CROWD_OF_PEOPLE = /\b(?:lots\s+of|loads\s+of|too\s+many|so\s+many|full\s+of|a\s+lot\s+of)\s+(?:people|kids|children|students)\b/g;
/** Anyone who could frighten, hurt or upset them: with a person named, it is not the senses alone. */
const SOMEONE =
  /\b(?:he|she|they|them|him|her|hes|shes|theyre|someone|somebody|some\s*one|people|person|man|men|woman|women|boys?|girls?|kids|lads|mum|mom|mam|dad|step\s*(?:dad|mum)|brother|sister|uncle|aunt\w*|nan|gran\w*|teachers?|staff|carers?|partner|boyfriend|girlfriend|friends?|family|parents?|stranger\w*|adults?|drunk|drink\w*|drugs?|fight\w*|argu\w*|angry|temper|police|not\s+safe|unsafe|dont\s+feel\s+safe|do\s+not\s+feel\s+safe)\b/;

/**
 * "busy places are too loud", "no, the canteen is too noisy and it hurts my ears": the senses find
 * places too much, and nobody is named who frightens or hurts them. A need for the plan, not harm.
 */
export function tellsOfSensesOnly(said: string): boolean {
  if (!SENSORY.test(said) || said.split(' ').length > 30) return false;
  const rest = said.replace(SENSES_HURT, ' ').replace(CROWD_OF_PEOPLE, ' ');
  return !HARM_OR_FEAR.test(withoutDeniedHarm(rest)) && !RUDENESS.test(rest) && !SOMEONE.test(rest);
}

/** Fright, not "not safe": only a fright can be of the noise. */
const FRIGHT = String.raw`scared|scary|scares?|afraid|frightened|frightening|terrified|petrified`;
const FEAR_BECAUSE = new RegExp(String.raw`\b(?:${FRIGHT})\s+(?:because|cos|coz|cause|as|when|with)\s+([^.!?;]{1,80})`, 'g');
const SENSES_THEN_FEAR = new RegExp(String.raw`\b((?:too\s+|so\s+|really\s+|very\s+)?(?:loud|noisy|busy|bright|crowded|smelly|hectic))\s+(?:and|n|so)\s+(?:(?:a\s+bit|really|so|quite|kind\s+of|kinda)\s+)?(?:${FRIGHT})\b`, 'g');

/**
 * Fear whose reason is only what the senses find too much ("the canteen is scary because it is loud",
 * "scary cos its so noisy", "loud and scary"): the fear word is taken out, so the rest is read as the
 * senses. With anyone named or any harm in the reason ("scary because year 10s hit me there"), or at
 * home, where a loud house may be a frightening one, nothing is taken out.
 */
export function withoutFearOfTheSenses(said: string): string {
  if (/\bhome\b/.test(said)) return said;
  return said
    .replace(FEAR_BECAUSE, (whole, reason: string) => (tellsOfSensesOnly(reason) ? ` ${reason}` : whole))
    .replace(SENSES_THEN_FEAR, (_whole, senses: string) => ` ${senses}`);
}

/** Fright at a place because it is big, new or confusing ("scary sometimes bc its so big"): the place itself, never "they". */
const PLACE_TOO_BIG = new RegExp(
  String.raw`\b(?:${FRIGHT})\s+(?:(?:sometimes|at\s+times|tbh|honestly)\s+)?(?:because|bc|cos|coz|cause|as)\s+(?:its|it\s+is|it\s+s)\s+(?:so\s+|too\s+|really\s+|very\s+|quite\s+|that\s+)?(?:big|huge|massive|large|new|confusing|easy\s+to\s+get\s+lost\s+in)\b`,
  'g',
);

/** Fear only of a place's size, with nobody named and no harm beside it. */
function fearsOnlyThePlace(said: string): boolean {
  const rest = said.replace(PLACE_TOO_BIG, ' ');
  return rest !== said && !HARM_OR_FEAR.test(withoutDeniedHarm(rest)) && !SOMEONE.test(rest) && !RUDENESS.test(rest);
}

/** School's busy places and times, named as the answer to "is there a place or a time...?" ("the corridors at change over time"). */
const BUSY_PLACES =
  /\b(?:corridors?|stairs|stairwells?|staircases?|canteen|dinner\s+hall|lunch\s+hall|hall|assembl(?:y|ies)|playground|change\s*over(?:\s+time)?|between\s+lessons|lesson\s+change\w*|(?:break|lunch|home)\s*time|science\s+block|\w+\s+block|busy|crowded|crowds?|packed|rammed|loud|noisy)\b/;
/** What is said around the place: "like i said", "thats it really", "are the worst". */
const AROUND_THE_PLACE = /\b(?:like\s+i\s+(?:said|say|told\s+you)|(?:thats|that\s+s|that\s+is)\s+(?:it|all)(?:\s+really)?|(?:is|are)\s+(?:the\s+)?worst|the\s+worst)\b/g;

/**
 * At "is there a place or a time when you don't feel safe?": school's busy places or times named
 * ("like i said the corridors at change over time, the stairs in the science block are the worst"),
 * with nobody named and no harm or fear: the answer is the place, a need for the plan, never a hope.
 */
export function namesOnlyBusyPlaces(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said || said.split(' ').length > 40 || !BUSY_PLACES.test(said) || DONE_TO_THEM.test(said)) return false;
  const rest = said.replace(AROUND_THE_PLACE, ' ');
  return mostlyPlaceWords(rest) && !HARM_OR_FEAR.test(withoutDeniedHarm(rest)) && !SOMEONE.test(rest) && !RUDENESS.test(rest);
}

/** Signs of something done to them at the place ("i get cornered there", "i get my lunch tipped"): never only a busy place. */
export const DONE_TO_THEM =
  /\b(?:cornered|tipped|trapped|touched|touching|followed|following\s+me|grabbed|pushed|shoved|tripped|hit|kicked|spat|robbed|took\s+my|take\s+my|made\s+to|make\s+me|makes\s+me|dont\s+want\s+to\s+go\s+home|do\s+not\s+want\s+to\s+go\s+home|dont\s+eat|cant\s+eat|hide|hiding)\b/;
/** Words that carry no happening of their own, beside the place named. */
const PLACE_FILLER = new Set(
  'the a an at in on of to and or by near when during around after before my our its it is are was were every each most mostly all some usually always sometimes time times really just like yeah yes yh mostly and but too very so much well probably maybe thats that there those these them bit lot lots'.split(' '),
);
const BUSY_PLACES_ALL = new RegExp(BUSY_PLACES.source, 'g');
/** Mostly place words: at most three words left once the places and the filler around them are taken out. */
function mostlyPlaceWords(said: string): boolean {
  const left = said.replace(BUSY_PLACES_ALL, ' ').split(/[^a-z0-9]+/).filter((word) => word && !PLACE_FILLER.has(word));
  return left.length <= 3;
}

/** Safe now where they live ("he's safe with us now", "he's been with us 18 months", "since she came to us"). */
const SAFE_NOW =
  /\b(?:safe\s+(?:with\s+(?:us|me)\s+)?now|(?:been|living|lived|lives)\s+with\s+(?:us|me)\s+(?:for\s+)?(?:\d+|a|an|one|two|three|four|five|six|over|nearly|about|almost)\b|(?:since|now)\s+(?:he|she|they|i)\s+(?:came|come|moved)\s+(?:to|in\s+with)\s+(?:us|me|here))\b/;
/** Harm told as before that home ("there was neglect before he came to us", "before she was placed with us"). */
const HARM_BEFORE =
  /\b(?:before\s+(?:he|she|they|i)\s+(?:came|come|moved|was\s+placed|were\s+placed|went\s+into\s+care)|(?:with|from|at)\s+(?:his|her|their|my)\s+birth\s+(?:family|parents|mum|dad)|in\s+(?:his|her|their|my)\s+(?:last|old|previous|first)\s+(?:home|family|placement))\b/;
/** The harm goes on, or the old home is still in their life ("sometimes he goes back there", "not always"). */
const STILL_THERE = new RegExp(
  String.raw`\b(?:not\s+always|sometimes|still|goes?\s+back|went\s+back|going\s+back|visits?|contact|sees?\s+(?:them|her|him|his|her)|but\s+not|except|${FEAR})\b`,
);

/** Online: apps, games, comments and messages. */
const ONLINE = /\b(?:online|on\s+line|internet|insta\w*|tiktok|snap\w*|youtube|discord|roblox|fortnite|games?|gaming|comments?|dms?|group\s+chats?|social\s+media|apps?)\b/;
/** Dealt with by the young person: blocked, muted, reported, ignored or deleted. */
const HANDLED = /\b(?:i|we|he|she|they)\s+(?:just\s+|always\s+|usually\s+|can\s+)?(?:block|blocks|blocked|mute|mutes|muted|report|reports|reported|delete|deletes|deleted|ignore|ignores|ignored|unfollow\w*|leave|left)\s+(?:them|it|him|her|those|the|people)\b|\b(?:block|mute|report)\s+(?:button|them)\b/;
/** Something asked of them, or contact pressed on them: pictures, meeting, money, where they live. Never only unkindness. */
const ASKED_OF_THEM =
  /\b(?:pics?|pictures?|photos?|nudes?|videos?\s+of\s+me|selfies?|meet\w*|address|where\s+i\s+live|money|gift\s+cards?|send\s+(?:me|them|him|her)|asks?\s+(?:me\s+)?(?:for|to)|asked\s+(?:me\s+)?(?:for|to)|keeps?\s+messag\w*|older|man|men|adults?|sex\w*|naked|private\s+parts|webcam|camera|kill\w*|die|kys|hate\w*|slurs?)\b/;

/**
 * The senses said to be too much: "too loud", "so noisy", "corridors are to busy" (a "to" right after "are" or "is"),
 * or a dislike ("i hate the noise", "it hurts my ears"). "i like busy places", "its busy and i love it" are not.
 */
const SENSES_TOO_MUCH = new RegExp(
  String.raw`(?:\b(?:too|so|way\s+too|far\s+too|much\s+too)|\b(?:are|is|its|it\s+s|was|were|get|gets)\s+(?:a\s+bit\s+|really\s+|just\s+)?to)\s+(?:really\s+|very\s+)?(?:loud|noisy|busy|bussy|bizzy|bright|crowded|smelly|hectic|chaotic|echoey|packed|much)\b` +
    String.raw`|\b(?:hate|hates|cant\s+stand|cannot\s+stand|cant\s+cope\s+with|cant\s+handle|dont\s+like|do\s+not\s+like|struggle\s+with|hurts?\s+my\s+(?:ears|eyes|head)|overwhelm\w*|overload\w*|overstimulat\w*)\b`,
);

/**
 * What the hard thing beside a yes is, when it is not harm: rudeness (anyone's answer), the
 * child's own feelings and behaviour (a parent's or carer's answer), or noise and too much at once
 * beside a "mostly" (anyone's answer), or harm told as before the home where they are safe now
 * (`pastKnown`: "he's safe with us now ... there was neglect before he came to us"), unkindness online they deal with
 * themselves (`handledOnline`: "people online are weird about the wheelchair but I just block them"), or, with no yes at all, noise,
 * crowds or light that are too much and nobody named (`sensory`: "busy places are too loud"). Undefined for anything else,
 * which the safety question reads as before.
 */
function readSafeButHardAfresh(text: string, aboutAChild: boolean): SafeButHard | undefined {
  const said = normaliseMessage(text).replace(UNSAFE_DENIED, ' ');
  if (!said) return undefined;
  // "at home yes he's safe with us now ... there was neglect before he came to us": safe now, the past already known.
  const pastKnown = SAFE_NOW.test(said) && HARM_BEFORE.test(said) && !STILL_THERE.test(said);
  // "its not dangerous just annoying when the man next door waits for me": someone doing something to them is never a hard thing.
  if (!pastKnown && someoneDoesToThem(text)) return undefined;
  // "busy places are too loud", "not always, the canteen is too noisy": the senses, and no yes to weigh it against.
  // A parent's "no, he finds busy places too loud" tells of the child's own senses, with nobody else named.
  // "the canteen is scary because it is loud": the fear is of the noise, so it is the senses too.
  const senses = withoutFearOfTheSenses(said);
  if (!AFFIRMS.test(said)) return tellsOfSensesOnly(senses) || (aboutAChild && SENSORY.test(said) && describesChildsOwnWays(text)) ? 'sensory' : undefined;
  // "mostly yes but the canteen is scary because it is loud": a yes, and fear only of the noise.
  if (senses !== said && tellsOfSensesOnly(senses.replace(AFFIRMS, ' '))) return 'sensory';
  if (pastKnown) return 'pastKnown';
  // "mostly yeah. school is a bit scary sometimes bc its so big": mostly safe, and a place feared only for its size.
  if (MOSTLY_SAID.test(said) && fearsOnlyThePlace(said)) return 'overwhelm';
  if (HARM_OR_FEAR.test(withoutDeniedHarm(said))) return undefined;
  // "yeah mostly, people online are weird about the wheelchair but I just block them": handled, and nothing asked of them.
  if (ONLINE.test(said) && HANDLED.test(said) && !ASKED_OF_THEM.test(said)) return 'handledOnline';
  // "its just annoying when the bus ramp is broken": their own annoyance at a thing, nobody rude to them. Without
  // it nothing may be left but a hard thing about travel: "its just annoying when the taxi driver talks about my
  // body" is read as rudeness, as before, never a plain yes.
  const onlyOwnAnnoyance = RUDENESS.test(said) && !RUDENESS.test(said.replace(OWN_ANNOYANCE, ' '));
  if (RUDENESS.test(said) && !onlyOwnAnnoyance) return 'rudeness';
  // "mostly yeah. sometimes waiting for taxis late at night is a bit dodgy when they dont turn up": transport that lets
  // them down, with nothing done to them and no rule reading harm: a hard thing for the plan.
  if (onlyTransportLetDown(said, text, aboutAChild)) return 'transport';
  if (onlyOwnAnnoyance) return 'rudeness';
  if (aboutAChild && describesChildsOwnWays(text)) return 'ownWays';
  // "yes mostly, school is a bit much sometimes": mostly safe, and overwhelmed by noise or busyness.
  if (MOSTLY_SAID.test(said) && OVERWHELM.test(said)) return 'overwhelm';
  // "yes. corridors are to bussy tho": a plain yes, and a place the senses find too much, nobody named. Only "too",
  // "so" or a dislike makes it hard: "yes i like busy places" or "yes. busy" is a yes, nothing more.
  if (SENSES_TOO_MUCH.test(said) && tellsOfSensesOnly(said.replace(AFFIRMS_EVERY, ' '))) return 'sensoryBesideYes';
  return undefined;
}

/**
 * The kind of harm the concern rules read in an answer to "do you feel safe?" ("no the lights are too
 * bright and i get battered"): beside a "no", the words are reason enough for the flag to name the
 * harm, even where the classifier alone would not have interrupted. Null when no rule reads any.
 */
export function harmNamedInSafeAnswer(text: string): ConcernCategory | null {
  return matchRules(clearedConcernText(text)).rule;
}

/** Other pupils, or a place at school ("year 9s", "the older kids", "in the corridor"): looks or rudeness from peers, for a teacher to hear of. */
const FROM_PUPILS =
  /\b(?:year\s+\d+s?|yr\s*\d+s?|kids|pupils|students|classmates|older\s+(?:boys|girls|kids|ones|lads)|boys|girls|lads|(?:people|some)\s+in\s+my\s+(?:class|year|form)|corridors?|playground|form\s+room|lessons?|break\s*time|lunch\s*time)\b/;

/** Rudeness or looks said to come from other pupils, at school. */
export function rudenessFromPupils(text: string): boolean {
  return FROM_PUPILS.test(normaliseMessage(text));
}

/**
 * "... the canteen is very loud. Does that count as not safe?": the question is answered, and only
 * what they told is kept (the question never is).
 */
export function unsafeAsked(text: string): { told: string; asked: boolean } {
  const sentences = text.match(/[^.!?;\n]+[.!?;\n]*/g) ?? [text];
  const told = sentences.filter((s) => !ASKS_IF_UNSAFE.test(normaliseMessage(s))).join('').trim();
  return told && told !== text.trim() ? { told, asked: true } : { told: text, asked: false };
}

/** "to bussy", spelt as it sounds: "too busy", so the words said back read as meant. */
const SOUNDS_LIKE: readonly [RegExp, string][] = [
  [/\b(?:bussy|bizzy)\b/gi, 'busy'],
  // Only right after "are" or "is" ("corridors are to busy"): "i go to busy places" is meant as it is.
  [/(?<=\b(?:are|is|was|were|its|it['’]s)\s+)to(?=\s+(?:loud|noisy|busy|bright|crowded|hot|packed|much)\b)/gi, 'too'],
];
/** The yes before, and "tho" or "but" after: the answer to the question, never part of the hard thing. */
const YES_BEFORE = /^\s*(?:(?:yes|yeah+|yeh|yep|yup|yh|ye)\b[\s,.!;:-]*)+/i;
const TAIL_AFTER = /(?:[\s,]+(?:tho|though|but|lol|haha\w*|i\s+guess))+[\s.!]*$/i;

/** "yes. corridors are to bussy tho" -> "corridors are too busy": the hard thing beside the yes, as they said it. */
export function hardBesideYes(text: string): string {
  const rest = SOUNDS_LIKE.reduce((t, [re, to]) => t.replace(re, to), text.replace(YES_BEFORE, '').replace(TAIL_AFTER, '')).trim().replace(/[.!\s]+$/, '');
  return /\p{L}{2,}/u.test(rest) ? rest : text.trim();
}

/** Read once a turn: the safety question's step and the turn's concern check both ask (see readSafeButHardAfresh). */
export const readSafeButHard = readOnce(readSafeButHardAfresh);
