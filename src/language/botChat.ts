import { RecentReadings } from './recentReadings';
import { normaliseMessage } from './text';

/*
 * Short talk to the bot in the middle of the questions, typed fast by young people: "do u like
 * footbal", "wat", "wait. u stored wat?", "wanna play ps5 now", "gud". None of it says what is
 * hard, what helps or what an outcome would do, so none of it is ever kept: the bot answers in a
 * few words and asks its question again. Only whole messages of a few words count, so an answer
 * with these words inside it ("i like footbal with my dad") stays an answer.
 */

export type BotChat =
  /** A question about the bot itself: "do u like footbal", "are u a robot", "whats ur fav team". */
  | 'aboutTheBot'
  /** Not knowing what to say or what was asked: "wat", "huh?", "wat do i do". */
  | 'puzzled'
  /** Asking what was just kept: "u stored wat?", "what did u save". */
  | 'whatKept'
  /** Wanting to do something else now: "wanna play ps5 now", "im bored", "can i go now". */
  | 'elsewhere'
  /** A fact about their own life said by the way: "my dog is calld biscit", "i got a new puppy". */
  | 'aside'
  /** A word or two that answers nothing: "gud", "ok", "cool". */
  | 'bare';

const SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bu\b|\bya\b|\byu\b/g, 'you'],
  [/\bur\b|\byor\b/g, 'your'],
  [/\bwat\b|\bwot\b|\bwht\b|\bwut\b|\bwhat\b/g, 'what'],
  [/\bwhats\b|\bwots\b|\bwats\b/g, 'what is'],
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\br\b/g, 'are'],
  [/\bgud\b|\bgd\b/g, 'good'],
  [/\bfav\b|\bfave\b|\bfavourite\b|\bfavorite\b|\bfavrit\b|\bfavrite\b|\bfavorit\b|\bfavourit\b|\bfaverite\b/g, 'favourite'],
  [/\bdo ya\b|\bd you\b/g, 'do you'],
  [/\bhav\b|\bhave\b/g, 'have'],
];

/** Words before the talk that change nothing: "wait.", "oi", "hang on", "ok so". */
const LEAD = /^(?:(?:wait|hang on|hold on|oi|hey|erm+|um+|uh+|oh|ok|okay|so|bot|mate|bro|but|and|also|btw|lol|haha\w*)\s+)*/;

function plain(text: string): string {
  let said = normaliseMessage(text);
  for (const [re, to] of SHORTHAND) said = said.replace(re, to);
  return said.replace(LEAD, '').trim();
}

/** "do you like football", "are you a robot", "have you got a dog", "whats your favourite team". */
const ABOUT_THE_BOT = [
  /^(?:do|did|can|could|have|would|will)\s+you\s+(?:even\s+|ever\s+|actually\s+)?(?:like|love|hate|play|watch|see|catch|support|eat|sleep|dream|have\s+(?:a|any)\s+\w+|got\s+(?:a|any)\s+\w+|go\s+to\s+(?:school|college|work)|feel|get\s+bored|get\s+tired|think|live)\b/,
  // "oh wait ur a robot": said on realising it, never asked.
  /^(?:you\s+are|your|youre)\s+(?:just\s+)?(?:a|an)\s+(?:robot|bot|chat\s*bot|ai|computer|machine|program)(?:\s+(?:lol|haha\w*|tho|though|arent you|innit))*$/,
  /^are\s+you\s+(?:a\s+)?(?:real|human|person|robot|bot|ai|computer|alive|ok|okay|alright|bored|happy|sad|a\s+boy|a\s+girl|a\s+man|a\s+woman|old|young|clever|smart)\b/,
  /^(?:what|who|which)\s+(?:is|are)\s+your\s+(?:favourite|name|age|team|best)\b/,
  /^(?:what|who|which)\s+(?:team|football team|game|games|music|food)\s+(?:do\s+)?you\s+(?:like|support|play|love)\b/,
  /^how\s+old\s+are\s+you\b|^who\s+(?:made|built|created|programmed)\s+you\b|^where\s+do\s+you\s+live\b|^you\s+(?:ok|okay|alright)$/,
];

/** "wat", "huh", "what do i do", "what do i say now", "what is this". */
const PUZZLED = /^(?:what|huh|eh|hm+|pardon|sorry|what now|what then|what is this|what is that|what do i (?:do|say|type|put|write)(?:\s+(?:now|here|then|next))?|what am i (?:doing|meant to (?:do|say))(?:\s+(?:now|here))?|i dont get it|im lost)$/;

/** "you stored what", "what did you keep", "did you save that", "you put what". */
const WHAT_KEPT = /^(?:you|did you|have you)\s+(?:stored|store|saved|save|kept|keep|put|wrote|write|typed|took|added|add)\s+(?:that|this|it\s+)?(?:what|that|this|it)?(?:\s+(?:in|down|there|in there|in the plan))?$|^what\s+(?:did|have)\s+you\s+(?:just\s+)?(?:store|stored|save|saved|keep|kept|put|write|written|wrote|add|added)\b/;

/** "want to play ps5 now", "can i go now", "im bored", "i want a break", "lets stop". */
const ELSEWHERE = [
  /^(?:i\s+)?(?:want to|need to|have to|got to|gotta|going to|can i|can we|lets|let me|i will|im going to)\s+(?:go|play|watch|eat|have\s+(?:my\s+)?(?:tea|dinner|lunch|a\s+break|a\s+snack)|get\s+(?:my\s+)?(?:tea|dinner|lunch|a\s+snack)|do\s+something\s+else)\b.*\b(?:now|instead|rn)$/,
  /^(?:i\s+)?(?:want|need)\s+(?:a\s+)?(?:break|rest|snack)(?:\s+now)?$/,
  /^(?:i\s*m|i am|im)\s+(?:so\s+|really\s+|well\s+)?(?:bored|tired|hungry|done)(?:\s+now)?$/,
];

/** Someone or a pet of theirs. */
const OWN = String.raw`(?:my|our|me)\s+(?:(?:new|little|big|baby|old)\s+)?(?:dog|dogs|cat|cats|puppy|pup|kitten|hamster|rabbit|bunny|guinea pig|fish|pet|pets|tortoise|snake|lizard|budgie|parrot|horse|pony|brother|sister|bro|sis|mum|mam|dad|nan|nana|gran|grandad|cousin|baby|bestie|best mate|best friend)`;
/**
 * "my dog is calld biscit", "my sisters name is ellie", "i got a new puppy": who they have, said by
 * the way. Never what an outcome would do or what helps ("my dog helps me calm down" has a verb of its own).
 */
const NAMED = String.raw`(?:called|calld|caled|named|nammed)\s+[a-z]+`;
const PET = String.raw`(?:dog|dogs|cat|cats|puppy|puppies|kitten|kittens|hamster|rabbit|fish|pet|pets|tortoise|snake|lizard|budgie|parrot|horse|pony)`;
const ASIDE = [
  new RegExp(String.raw`^${OWN}\s+(?:is|s)\s+${NAMED}$`),
  new RegExp(String.raw`^${OWN}s?\s+name\s+is\s+[a-z]+$`),
  new RegExp(String.raw`^(?:i|we)\s+(?:have|got|have got|ve got|just got)\s+(?:(?:a|an|2|two|3|three)\s+${PET}\s+${NAMED}|(?:a|an)\s+new\s+${PET})$`),
];

/** A word or two that says nothing the question asked for; a laugh ("haha"), never a word spelt as it sounds ("hapy"). */
const BARE = /^(?:good|ok|okay|k|kk|cool|nice|fine|alright|sure|great|yes|yeah|yeh|ye|yep|right|safe|sound|bet|hmm+|lol|a?(?:h+a+)+h*)(?:\s+(?:good|ok|okay|cool|nice|fine|thanks|thank you|then|lol))?$/;

/** Feelings that answer "how would you feel?": there, "gud" is an answer. */
const FEELING = /^(?:good|great|fine|nice|ok|okay|alright|happy|sound)$/;

/** "do you like football", "do u watch music": the thing the bot is asked about, a few words at most. */
const LIKES_ASKED = /^do\s+you\s+(?:even\s+|ever\s+|actually\s+)?(?:like|love|enjoy|watch|play|support|listen\s+to)\s+((?:[a-z0-9]+\s*){1,3})$/;
const NOT_A_THING = /^(?:me|it|this|that|them|him|her|us|people|anything|stuff|things|my\s+\w+|your\s+\w+)$/;

/** The thing a question to the bot is about ("football"), or undefined. */
export function thingAskedAbout(text: string): string | undefined {
  const m = LIKES_ASKED.exec(plain(text));
  const thing = m?.[1]?.trim().replace(/\s+(?:too|then|lol|haha\w*)$/, '');
  return thing && !NOT_A_THING.test(thing) ? thing : undefined;
}

/** What kind of talk to the bot the whole message is, or null when it may be an answer. */
export function readBotChat(text: string, options: { feelingAsked?: boolean } = {}): BotChat | null {
  if (text.length > 80) return null;
  const feelingAsked = options.feelingAsked === true;
  return (feelingAsked ? chatWhereFeelingAsked : chatElsewhere).read(text, () => readBotChatAfresh(text, feelingAsked));
}

/** Each sentence is read by the chatter reader (twice) and the whole message by the dialogs: once each is enough. */
const chatElsewhere = new RecentReadings<BotChat | null>();
const chatWhereFeelingAsked = new RecentReadings<BotChat | null>();

function readBotChatAfresh(text: string, feelingAsked: boolean): BotChat | null {
  const said = plain(text);
  if (!said || said.split(' ').length > 8) return null;
  if (WHAT_KEPT.test(said)) return 'whatKept';
  if (ABOUT_THE_BOT.some((re) => re.test(said))) return 'aboutTheBot';
  if (ELSEWHERE.some((re) => re.test(said))) return 'elsewhere';
  if (PUZZLED.test(said)) return 'puzzled';
  if (ASIDE.some((re) => re.test(said.replace(/(?:\s+(?:lol|haha\w*|btw|tho|x+))+$/, '')))) return 'aside';
  if (BARE.test(said)) return feelingAsked && FEELING.test(said.split(' ')[0]!) ? null : 'bare';
  return null;
}
