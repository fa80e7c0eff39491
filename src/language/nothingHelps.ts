import { saysThingsAreStrained } from './strainedNow';
import { normaliseMessage } from './text';
import { isBarrier } from './coaching';
import { stoppedHelpWish } from './stoppedHelp';

/*
 * "nothing. they said id get a laptop but i never got one", "nothing really works", "the app
 * doesnt help": an answer to "what already helps?" that says nothing helps, or help that was
 * promised and never came. It is worth keeping (a key worker needs to know), and it gets a
 * reply that fits, not "it's good to know what works".
 */

const STARTS_WITH_NOTHING = /^(?:(?:um+|erm|well|honestly|tbh|idk|not sure|hmm+|like)\s+)*(?:nothing|nothin|nuthin|nuffin|nothink|none|nobody|no one|noone|not much|not really|nothing really|nothing much|nothing yet|nothing at all|nowt|zero|not a lot)\b/;
const NOT_WORKING =
  /\b(?:(?:never|didnt|did not|havent|have not|hasnt|has not|not)\s+(?:got|get|gotten|had|came|come|arrived|happened|happen|started|sorted|given|received)|(?:doesnt|does not|dont|do not|didnt|did not|never|wont|will not)\s+(?:help|work|do anything|make (?:a|any) difference)|(?:nothing|none of (?:it|them|that))\s+(?:helps|works|worked|helped)|(?:still|yet to)\s+(?:waiting|wait)|waiting (?:for|on) (?:it|one|them|ages)|not (?:been|being) (?:given|sorted|done))\b/;

/** "we asked the GP but nothing yet", "still waiting for an appointment": help asked for that has not come yet. */
const ASKED_NOTHING_YET =
  /\b(?:nothing|no\s+(?:help|answer|reply|news|appointment|referral))\s+(?:yet|so\s+far|as\s+yet)\b|\bbut\s+nothing\s*$|\b(?:still\s+)?waiting\s+(?:to\s+hear|for\s+(?:an?\s+)?(?:appointment|referral|assessment|answer|reply|diagnosis))\b/;

/**
 * "never had job", "not had a job yet", "never worked", "no experience": no experience of work. That
 * is something that makes a work hope hard (they need experience of work), never help that did not come.
 */
const NO_WORK_YET =
  /\b(?:(?:never|not|havent|have not|hasnt|has not|didnt|did not|aint|not ever|never ever)\s+(?:(?:ever|yet|really)\s+)?(?:had|got|done|did|been in|been on)\s+(?:a\s+|an\s+|any\s+|no\s+|one\s+)?(?:proper\s+|real\s+|paid\s+)?(?:job|jobs|jobb|jop|work|work experience|experience|placement|interview|interviews)|never\s+(?:ever\s+)?(?:worked|had work|been employed|been to work)|no\s+(?:work\s+)?(?:experience|exprience|experiance)|no\s+job\s+(?:before|yet|ever))\b/;

/** The answer says they have had no job or work yet: a need, wherever it is said. */
export function saysNoWorkYet(text: string): boolean {
  return NO_WORK_YET.test(normaliseMessage(text));
}

/** The answer says nothing helps yet, or that help was promised and never came. */
export function saysNothingHelps(text: string): boolean {
  const plain = normaliseMessage(text);
  if (saysNoWorkYet(text) && !STARTS_WITH_NOTHING.test(plain)) return false;
  return STARTS_WITH_NOTHING.test(plain) || NOT_WORKING.test(plain) || ASKED_NOTHING_YET.test(plain);
}

/** Words that name help: "headphones help when its loud", "better when someone explains". */
const NAMES_HELP = /\b(?:helps?|helped|helping|better|easier|calms?|works?|when (?:someone|my|the|a)|if (?:someone|my|the|a))\b/;

/**
 * "reading is hard and i get angry when its loud" typed at "what already helps?": a difficulty,
 * not help. It answers the question before, so it is kept as something that makes the hope hard.
 */
export function readsAsAnotherBarrier(text: string): boolean {
  const plain = normaliseMessage(text);
  if (saysNoWorkYet(text) && !STARTS_WITH_NOTHING.test(plain) && !NAMES_HELP.test(plain)) return true;
  // "handovers are a bit tense", "we dont talk much": how things are between people now is hard, never help.
  return (isBarrier(text) || HARD_NOW.test(plain) || HARD_WHERE.test(plain) || saysThingsAreStrained(text)) && !saysNothingHelps(text) && !NAMES_HELP.test(plain);
}

/**
 * "busy roads sometimes i get a bit muddled", "at the station i get really lost": where or when, then
 * how it goes for them there. Something hard, said after a place or a time, never help; "music when i get
 * stressed" names when help is used, and stays help.
 */
const HARD_WHERE =
  /(?<!\b(?:when|whenever|if|once|till|until|before|after)\s+)\b(?:i|he|she|they|we)\s+(?:(?:always|still|just|sometimes|often|usually|can|even|then)\s+)*(?:get|gets|go|goes|feel|feels|end\s+up)\s+(?:(?:really|very|so|a\s+bit|a\s+little|quite|all|totally|proper)\s+)?(?:muddled|confused|mixed\s+up|lost|overwhelmed|flustered|panicky|scared|anxious|worried|stressed|tired|exhausted|frustrated|wound\s+up|in\s+a\s+(?:muddle|panic|state|mess))\b/;

/**
 * What happens to them now, said as it happens: "i freeze up when ppl ask me stuff", "he panics",
 * "i go blank in tests", "my heart goes mad". Something hard, never help nor a step; "dont panic"
 * or "stop freezing" are not this (no subject says it happens).
 */
const HARD_NOW = new RegExp(
  String.raw`^(?:(?:but|and|well|um|erm|like|tbh|honestly|sometimes|also|because|cos|coz|cause)[\s,]+)*` +
    String.raw`(?:(?:i|he|she|they|we|my\s+(?:son|daughter|child|boy|girl))\s+|(?!(?:dont|not|never|stop|to|will|wont|can|could|would|should|cant|and|or|but|so|help|helps|me|him|her|them|you|if|when|please|try|trying|no|less)\b)[a-z]+\s+)` +
    String.raw`(?:(?:always|still|just|sometimes|often|really|kinda|kind\s+of|tend\s+to|usually|even|can)\s+)*` +
    String.raw`(?:freez\w*|froze|panic\w*|shut\w*\s+down|go(?:es)?\s+(?:blank|quiet|silent|red|mute|into\s+(?:myself|himself|herself))|melt\w*\s+down|(?:get|gets|have|has)\s+(?:panic|anxiety)\s+attacks|(?:get|gets)\s+(?:really\s+|very\s+|so\s+)?(?:overwhelmed|confused|flustered|embarrassed|panicky|panicked|shaky|sick|tongue[\s-]tied)|forget\w*|cry|cries|crying|(?:lose|loses)\s+(?:my|his|her|their)\s+temper|stutter\w*|stammer\w*)\b` +
    String.raw`|^(?:my|his|her)\s+heart\s+(?:goes|starts|races|pounds|beats)\b`,
);

/** "i find maths hard", "he finds reading really difficult": something hard, said as how they find it. */
const FINDS_HARD =
  /^(?:(?:but|and|well|um|erm|tbh|honestly)\s+)*(?:i|he|she|they|we)\s+(?:find|finds|found)\s+(?:[a-z]+\s+){1,4}(?:(?:really|very|so|too|quite|a\s+bit|kinda)\s+)*(?:hard|difficult|tricky|scary|confusing)$/;

/** Something hard said as it happens ("i freeze up when ppl ask me stuff"), with no help named in it. */
export function saysWhatIsHard(text: string): boolean {
  const plain = normaliseMessage(text);
  return readsAsAnotherBarrier(text) || (FINDS_HARD.test(plain) && !NAMES_HELP.test(plain) && !saysNothingHelps(text));
}

/** Someone or something that helps now: "my mum helps", "staff help me", "mum does it for me", "a calculator helps". */
const WHO_HELPS =
  /^(?!.*\b(?:want|wants|wanna|like|likes|love|loves|hope|hopes|wish|would|could|to|be|can|cant|will)\b)(?:(?:um+|erm|well|tbh|but|and|just|only|yeah|yes|ye|no)[\s,]+)*(?:(?:my|his|her|their|our|the|a|an|some)\s+)?(?:[a-z']+\s+){0,3}?(?:helps?|helped|help\s+(?:me|him|her|them|us)|do(?:es)?\s+it\s+(?:for|with)\s+(?:me|him|her|them)|sorts?\s+it(?:\s+out)?(?:\s+for\s+(?:me|him|her|them))?)\b(?:\s+(?:me|him|her|them|us|out|with\s+it|a\s+lot|loads|sometimes|usually|mostly|a\s+bit))*[\s.!]*$/;

/** "I|he|she get(s) help": said as it is now. */
const GETS_HELP = /^(?:i|he|she|they|we)\s+(?:get|gets|have|has|got)\s+(?:some\s+|a\s+bit\s+of\s+|lots\s+of\s+)?help\b(?:\s+from\s+[a-z' ]{1,30})?[\s.!]*$/;

/**
 * The answer names who or what helps now, and nothing else: said where a hope was asked for just
 * after something hard, it answers how that is managed, so it is kept with the hard thing.
 */
export function saysWhoHelps(text: string): boolean {
  const plain = normaliseMessage(text);
  if (plain.split(/\s+/).length > 12 || saysNothingHelps(text)) return false;
  return WHO_HELPS.test(plain) || GETS_HELP.test(plain);
}

/**
 * "nothing yet. sometimes TA take him in small room, that is better": after "nothing", a sentence
 * of its own that names what helps a little. That help is worth keeping; "nothing yet, he's fine" is not help.
 */
export function namesHelpAfterNothing(rest: string): boolean {
  const plain = normaliseMessage(rest);
  return plain.split(/\s+/).length >= 3 && NAMES_HELP.test(plain) && !saysNothingHelps(rest) && !/\b(?:not|no|never|doesnt|dont|didnt|isnt|wasnt)\s+(?:\w+\s+)?(?:help|helps|better|easier|work|works)\b/.test(plain);
}

const NOBODY_HELPS = /\b(?:nobody|no one|noone|no body|no adult|no staff)\s+(?:really\s+|actually\s+|even\s+)?(?:helps?|helping|helped|is there|there)\b/;

/**
 * "at playtime nobody help him, dinner lady only watch": at "what already helps?", where and when
 * no one helps. That is a need (help is missing there), never help; a bare "nobody helps" is "nothing yet".
 */
export function saysNobodyHelpsThere(text: string): boolean {
  const plain = normaliseMessage(text);
  return NOBODY_HELPS.test(plain) && plain.split(/\s+/).length >= 5;
}

/** "nothin rly", "not much", "nah": a first word that nothing helps, before the help that a little does. */
const NOTHING_LEAD = /^(?:nothing|nothin|nuthin|nowt|not much|not really|nah|no|none)(?:\s+(?:really|rly|much|tbh|tho|really tho|at all|yet))*$/;
/** "gran reads stuff out", "my mum helps", "miss sits with me": someone who does something for them. */
const PERSON_DOES =
  /^(?:(?:my|his|her|their|the|a|our)\s+)?(?:gran|granny|grandma|grandmother|nan|nana|nanna|grandad|grandpa|mum|mam|mom|mummy|dad|daddy|step ?(?:mum|dad)|sister|brother|auntie|aunty|aunt|uncle|carer|foster (?:mum|dad|carer)|teacher|ta|teaching assistant|tutor|mentor|friend|mate|best mate|key ?worker|support worker|miss|sir|(?:mr|mrs|ms|miss)\s+[a-z]+)\s+(?:sometimes\s+|usually\s+|always\s+|often\s+)?[a-z]+s\b/;

/** "sometimes a dinner lady gets a game going": when the help happens, said before who helps. */
const HOW_OFTEN = /^(?:(?:sometimes|usually|often|always|at\s+(?:lunch|lunchtime|break|playtime|home|school)|on\s+\w+days?)\s+)+/;
/** People at school or nearby who do something for them, beyond family: "a dinner lady", "the lunchtime supervisor". */
const OTHER_PERSON_DOES =
  /^(?:(?:my|his|her|their|the|a|an|our|one\s+of\s+the)\s+)?(?:dinner\s+lad(?:y|ies)|lunchtime\s+supervisors?|midday\s+supervisors?|playground\s+staff|staff|coach|neighbour|cousin|youth\s+worker|senco|one\s+of\s+the\s+(?:teachers|staff|tas))\s+(?:sometimes\s+|usually\s+|always\s+|often\s+)?[a-z]+s\b/;
/** "he loved that", "she likes it": said after something done for them, it says that helped. */
const ENJOYED_AFTER = /[\s,;]+(?:and\s+)?(?:he|she|they|i)\s+(?:really\s+|always\s+)?(?:loved|loves|likes|liked|enjoys|enjoyed)\s+(?:that|it|this|them)(?:\s+(?:a lot|loads))?[.!]*$/i;

/** "well", "but", "i guess": the words that turn from the "nothing" to the help that is there. */
const TURN_TO_HELP = /^(?:(?:well|but|though|tho|although|actually|i guess|i suppose|tbh|and|so|ok|okay|apart from that)\b[\s,]*)+/i;

/**
 * "nothin rly. gran reads stuff out": the "nothing" is said first, then the help that does exist.
 * The help is what to keep; null when there is no such help after the "nothing".
 */
export function helpAfterNothing(text: string): string | null {
  const parts = text.trim().split(/\s*[.,;!]+\s*|\s+(?:but|except|apart from|only)\s+/i).filter(Boolean);
  if (parts.length < 2 || !NOTHING_LEAD.test(normaliseMessage(parts[0]!))) return null;
  // "nothing really, well his TA sits with him": the "well" only turns to the help, it is no part of it.
  const rest = text.trim().slice(text.trim().indexOf(parts[1]!)).trim().replace(TURN_TO_HELP, '');
  // "nothing really. i had a tutor in year 9 but it stopped": help that stopped, kept as wished for again.
  if (namesHelpAfterNothing(rest) || stoppedHelpWish(rest)) return rest.replace(/[.!]+$/, '');
  // "sometimes a dinner lady gets a game of catch going, he loved that": someone does something, and it was enjoyed.
  const done = rest.replace(ENJOYED_AFTER, '');
  const who = normaliseMessage(done).replace(HOW_OFTEN, '');
  return PERSON_DOES.test(who) || OTHER_PERSON_DOES.test(who) || (done !== rest && who.split(/\s+/).length >= 3) ? done.replace(/[.!]+$/, '') : null;
}
