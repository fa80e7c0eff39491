import type { ConcernCategory } from './concernCategories';
import { normaliseMessage, sentencesThroughPausesOf } from './text';
import { WordGate } from './wordGate';

/*
 * At "do you feel safe?", someone named doing something to the young person: "the man next door waits
 * for me", "the taxi driver asks me to sit in the front", "the man on the bus puts his hand on my knee",
 * "older boys take my bus pass", "his brother pushes him about". Said beside "its not dangerous" or "just
 * annoying" it is still told: playing it down is how harm is often said. This only ever adds a reading
 * (the answer is "not always", with the kind of harm for the flag); it never sets one aside.
 */

/** Other young people: what they do is bullying. */
const YOUNG = String.raw`older\s+(?:boys?|girls?|kids|lads|ones|teens?|pupils|students)|year\s+\d+s?|yr\s*\d+s?|boys|girls|lads|kids|(?:some\s+)?(?:people|ppl)\s+in\s+my\s+(?:class|year|form)`;
/** Brothers and sisters: rough play and borrowing are everyday, so only hurting counts. */
const SIBLING = String.raw`(?:my|his|her|their)\s+(?:big\s+|older\s+|little\s+|step\s*|half\s+)?(?:brothers?|sisters?|bro|sis)`;
/** Other family at home, adults or older. */
const FAMILY = String.raw`(?:my|his|her|their)\s+(?:older\s+)?(?:cousins?|uncle|auntie?|grandad|grandpa|lodger)`;
/** A parent's partner or a step-parent: at home, where lifts and being told to come in are everyday. */
const AT_HOME = String.raw`(?:(?:my|his|her|their)\s+)?(?:mums?|moms?|mams?|dads?)\s+(?:new\s+)?(?:boyfriend|girlfriend|partner|fella|mate|friend)s?|(?:my|his|her|their)\s+step\s*(?:dad|mum|mom)`;
/** Drivers and escorts: waiting for them is their job, asking them to sit in front is not. */
const DRIVER = String.raw`(?:taxi|bus|cab|van|minibus|school\s+taxi)\s+drivers?|(?:the\s+)?drivers?|escorts?`;
/** Other adults: a neighbour, a man somewhere, a stranger, someone. */
const OTHER_ADULT = String.raw`neighbou?rs?|(?:man|men|woman|lady|guy|bloke)\s+(?:next\s+door|(?:on|at|in|from|down|over|across)\s+(?:the\s+)?\w+(?:\s+(?:stop|road|street|shop|park))?)|(?:old|older|grown\s+up)\s+(?:man|men|woman|guy|bloke)|(?:a|the|this|some|that)\s+(?:man|men|guy|bloke|woman|lady)|adults?|strangers?|someone|somebody`;
/** Adults paid to look after them: telling them what to do and taking phones is everyday, hurting or touching is not. */
const CARER = String.raw`(?:my|his|her|their|the|a)\s+(?:foster\s+)?carers?|(?:my|his|her|their|the|a)\s+(?:care|support|residential|youth)\s+workers?|(?:the|a|one\s+of\s+the)\s+staff|staff\s+(?:member|at\s+\w+)|(?:my|his|her|their|the|a)\s+(?:football\s+|swimming\s+|boxing\s+)?coach|(?:my|his|her|their|the|a)\s+(?:teacher|tutor|teaching\s+assistant|ta)`;
const ADULT = `${AT_HOME}|${DRIVER}|${OTHER_ADULT}|${CARER}`;

/** Touch and bodies: sexual harm. */
const TOUCH = String.raw`(?:puts?|putting|has|had|keeps?\s+putting|rests?|rubs?)\s+(?:his|her|their)\s+hands?\s+(?:on|up|down|under)\s+my|hands?\s+on\s+my\s+(?:knee|leg|thigh|bum|bottom|chest|boobs?|waist|lap)|touch\w*\s+(?:me|my)|talks?\s+about\s+my\s+(?:body|bum|boobs|chest|legs)|(?:looks?|stares?|staring)\s+at\s+my\s+(?:body|bum|boobs|chest|legs)|kiss\w*\s+me|cuddl\w*\s+me|sits?\s+(?:really\s+|too\s+|so\s+)?close\s+to\s+me`;
/** An adult in their bed, or coming in while they wash: sexual harm. */
const BED = String.raw`(?:sleeps?|slept|sleeping|gets?|got|getting|comes?|came)\s+in(?:to)?\s+my\s+bed|(?:comes?|came|walks?|barges?)\s+in(?:to)?\s+(?:the\s+|my\s+)?(?:bathroom|shower|toilet|bedroom|room)\s+when`;
/** Contact an adult seeks: waiting, asking, giving, following or watching. Signs of grooming. */
const SEEKS = String.raw`(?:asks?|asked|tells?|told|wants?|wanted|makes?|made)\s+me\s+(?:to\s+)?(?:sit\s+(?:in\s+)?(?:the\s+)?front|sit\s+(?:on|next\s+to|by)|get\s+in|come\s+(?:in|to|round|over|with)|keep\s+(?:it|secrets?|quiet)|not\s+tell|meet)|gives?\s+me\s+(?:stuff|money|presents?|gifts?|sweets|cigs|vapes|drinks?)|follow\w*\s+me|messag\w*\s+me|(?:stares?|staring|looks?|looking)\s+at\s+me|watch\w*\s+me|(?:takes?|took)\s+(?:photos|pictures|pics|videos?)\s+of\s+me`;
/** From an adult at home, only secrets and a knee are asked of them: lifts and being told to come in are everyday. */
const SECRETS = String.raw`(?:asks?|asked|tells?|told|wants?|wanted|makes?|made)\s+me\s+(?:to\s+)?(?:keep\s+(?:it|secrets?|quiet)|not\s+(?:to\s+)?tell|sit\s+on\s+(?:his|her|their)\s+(?:knee|lap))|(?:says?|said)\s+(?:its|it\s+is)\s+(?:our|a)\s+secret|(?:sit|sits|sat|sitting)\s+on\s+(?:his|her|their)\s+(?:knee|lap)`;
/** Waiting for them, or offering lifts: from a neighbour or a stranger, not from their driver. */
const WAITS = String.raw`waits?\s+(?:for|outside|about\s+for|around\s+for)\s+(?:me|my|us)|waiting\s+(?:for|outside|around\s+for)\s+(?:me|my|us)|(?:gives?|giving|offer\w*)\s+me\s+(?:a\s+)?lifts?`;
/** Pushing, hitting or taking: harm, or bullying by other young people. */
const HURTS = String.raw`(?:push\w*|shov\w*|hit\w*|kick\w*|punch\w*|slap\w*|grab\w*|thump\w*|strangl\w*|chok\w*)\s+(?:me|him|her|us)\b`;
/** Taking their things: never said of a brother or sister, where it is everyday. */
const TAKES = String.raw`(?:take|takes|took|taking|nick\w*|steal\w*|stole|snatch\w*)\s+(?:my|his|her)`;

/** The person and, in the same sentence within a few words, what they do. */
const within = (who: string, does: string): RegExp => new RegExp(String.raw`\b(?:${who})\b(?:\s+[a-z]+){0,4}?\s+(?:${does})\b`);

const READINGS: readonly [RegExp, ConcernCategory][] = [
  [within(`${ADULT}|${FAMILY}|${SIBLING}|${YOUNG}`, TOUCH), 'sexual_abuse'],
  [within(`${ADULT}|${FAMILY}`, BED), 'sexual_abuse'],
  [within(YOUNG, `${HURTS}|${TAKES}`), 'bullying'],
  [within(`${ADULT}|${FAMILY}|${SIBLING}`, HURTS), 'harm_from_others'],
  // A carer or teacher taking a phone away is everyday.
  [within(`${AT_HOME}|${DRIVER}|${OTHER_ADULT}|${FAMILY}`, TAKES), 'harm_from_others'],
  [within(`${DRIVER}|${OTHER_ADULT}`, SEEKS), 'harm_from_others'],
  [within(OTHER_ADULT, WAITS), 'harm_from_others'],
  [within(AT_HOME, SECRETS), 'harm_from_others'],
];

/**
 * The kind of harm told when someone named does something to them, in an answer to "do you feel safe?";
 * undefined when nobody is named doing anything to them. Read sentence by sentence, so a person in one
 * sentence is never tied to a deed in another.
 */
export function someoneDoesToThem(text: string): ConcernCategory | undefined {
  for (const sentence of sentencesThroughPausesOf(text)) {
    const said = normaliseMessage(sentence);
    if (!said) continue;
    const found = READINGS.find(([re]) => re.test(said));
    if (found) return found[1];
  }
  return undefined;
}

/*
 * Anywhere in the chat, not only at "do you feel safe?": an answer to a needs question is read for the same
 * deeds, but more narrowly: a hand on them or their bed, from any adult or family; waiting for them, from a man
 * named by where he is; secrets, gifts, following or photos, from an adult named so. Never "someone" or "adults"
 * seeking them, nor a driver or neighbour waiting or giving lifts (often arranged): "i need someone to sit close
 * to me", "adults watch me at lunch", "my mums boyfriend gives me lifts" and "the taxi driver waits for me" stay
 * quiet. Up to the deed, a sentence that says it does not happen, or is only wished or needed, is not read so.
 */
/** A man named by where he is, or a stranger: a neighbour or a lady at the crossing waiting is often arranged. */
const NAMED_MAN = String.raw`(?:man|men|guy|bloke)\s+(?:next\s+door|(?:on|at|in|from|down|over|across)\s+(?:the\s+)?\w+(?:\s+(?:stop|road|street|shop|park))?)|(?:old|older|grown\s+up)\s+(?:man|men|guy|bloke)|(?:a|the|this|some|that)\s+(?:man|men|guy|bloke)|strangers?`;
/** Anyone named by where they are, or a stranger, for deeds nobody arranges. */
const NAMED_ADULT = String.raw`${NAMED_MAN}|(?:woman|lady)\s+(?:next\s+door|(?:on|at|in|from|down|over|across)\s+(?:the\s+)?\w+(?:\s+(?:stop|road|street|shop|park))?)|(?:a|the|this|some|that)\s+(?:woman|lady)`;
/** Waiting for them: not lifts, which neighbours share. */
const WAITS_FOR = String.raw`waits?\s+(?:for|outside|about\s+for|around\s+for)\s+(?:me|my|us)|waiting\s+(?:for|outside|around\s+for)\s+(?:me|my|us)`;
const HAND_ON = String.raw`(?:puts?|putting|keeps?\s+putting|rests?|rubs?)\s+(?:his|her|their)\s+hands?\s+(?:on|up|down|under)\s+my|hands?\s+on\s+my\s+(?:knee|leg|thigh|bum|bottom|chest|boobs?|waist|lap)|touch\w*\s+my\s+(?:knee|leg|legs|thigh|bum|bottom|chest|boobs?|privates|private\s+parts)|talks?\s+about\s+my\s+(?:body|bum|boobs|chest|legs)|(?:stares?|staring)\s+at\s+my\s+(?:body|bum|boobs|chest|legs)`;
const SEEKS_ANYWHERE = String.raw`(?:asks?|asked|tells?|told|wants?|wanted|makes?|made)\s+me\s+(?:to\s+)?(?:sit\s+(?:on|next\s+to)|get\s+in|come\s+(?:in|round|over)|keep\s+(?:it|secrets?|quiet)|not\s+tell|meet)|gives?\s+me\s+(?:money|presents?|gifts?|sweets|cigs|vapes|drinks?)|follows?\s+me|following\s+me|(?:takes?|took)\s+(?:photos|pictures|pics|videos?)\s+of\s+me`;
/** A parent, step-parent, parent's partner or older family at home: hurting a named part of them is harm, however small it sounds. */
export const HOME_ADULT = String.raw`${AT_HOME}|${FAMILY}|(?:my|his|her|their)\s+(?:mum|mom|mam|dad)`;
const HURTS_A_PART = String.raw`(?:hurts?|hurting|hurt)\s+(?:me|my\s+(?:hands?|arms?|wrists?|fingers?|legs?|face|neck|back|head|ears?|hair))`;
/** A door locked so an adult at home "cant get in": kept out for a reason ("i lock it so my stepdad cant get in"). */
const KEPT_OUT = new RegExp(String.raw`\block\w*\b(?:\s+[a-z]+){0,6}?\s+so\s+(?:that\s+)?(?:${AT_HOME}|${FAMILY})\s+(?:cant|cannot|can\s+not|wont|doesnt|dont)\s+(?:get|come|barge|walk)\s+in\b`);
const NOT_SO = /\b(?:not|never|doesnt|dont|didnt|wont|isnt|no\s+one|nobody|used\s+to|stopped|if|would|could|might|should|need|needs|want|wants|in\s+the\s+(?:film|book|story|game))\b/;

const READINGS_ANYWHERE: readonly [RegExp, ConcernCategory][] = [
  [within(`${ADULT}|${FAMILY}`, HAND_ON), 'sexual_abuse'],
  [within(`${ADULT}|${FAMILY}`, BED), 'sexual_abuse'],
  [within(NAMED_MAN, WAITS_FOR), 'harm_from_others'],
  [within(NAMED_ADULT, SEEKS_ANYWHERE), 'harm_from_others'],
  [within(HOME_ADULT, HURTS_A_PART), 'harm_from_others'],
  [KEPT_OUT, 'harm_from_others'],
];

/** Which of these could match a sentence at all, by its words (wordGate.ts): every message is read, and most name no one. */
const ANYWHERE_GATE = new WordGate(READINGS_ANYWHERE.map(([re]) => re));

/** The kind of harm told when a named adult does one of these to them, at any question; undefined otherwise. */
export function namedAdultDoesToThem(text: string): ConcernCategory | undefined {
  for (const sentence of sentencesThroughPausesOf(text)) {
    const said = normaliseMessage(sentence);
    if (!said) continue;
    const open = ANYWHERE_GATE.open(said);
    for (let i = 0; i < READINGS_ANYWHERE.length; i++) {
      if (!open[i]) continue;
      const [re, category] = READINGS_ANYWHERE[i]!;
      const m = re.exec(said);
      // Read up to the deed: "...waits for me, i dont like it" is still told; "i dont want him to wait for me" is not.
      if (m && !NOT_SO.test(said.slice(0, m.index + m[0].length)) && !/\bto\s/.test(m[0])) return category;
    }
  }
  return undefined;
}
