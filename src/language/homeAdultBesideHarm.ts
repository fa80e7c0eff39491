import { HOME_ADULT } from './someoneDoesToThem';
import { normaliseMessage, sentencesThroughPausesOf } from './text';

/*
 * A parent, step-parent or older family member named as the one who hurts or scares them, or kept out
 * behind a lock ("my step dad hurts my hand when im slow", "i can lock it so my stepdad cant get in").
 * Readers that keep words as plan content (likes, hard things) never keep these: they go to the concern
 * path, where at least "Are you OK?" is asked. Read sentence by sentence, so a person in one sentence is
 * never tied to a hurt in another ("my mum is kind. my hand hurts").
 */

const HURTS_OR_SCARES = new RegExp(String.raw`\b(?:${HOME_ADULT})\b(?:\s+[a-z]+){0,3}?\s+(?:hurts?|hurting|scares?|scaring|frightens?)\b`);
// "scared of my dad finding out about my grades" is fear of being told off, read as ever by the rules.
const SCARED_OF = new RegExp(String.raw`\b(?:scared|frightened|afraid|terrified)\s+(?:of\s+)?(?:${HOME_ADULT})\b(?!\s+(?:finding\s+out|finds\s+out|find\s+out|knowing|seeing\s+(?:my|it|that|them|this)|reading\s+(?:my|it|that)|hearing\s+about|telling\s+me\s+off)\b)`);
const LOCKED_OUT = new RegExp(String.raw`\block\w*\b(?:\s+[a-z]+){0,6}?\s+so\s+(?:that\s+)?(?:${HOME_ADULT})\s+(?:cant|cannot|can\s+not|wont|doesnt|dont)\s+(?:get|come|barge|walk)\s+in\b`);

/**
 * "my mum hurt her back at work", "dad hurt his knee": an injury of their own told, not harm done. Only with the
 * pronoun that fits the adult ("my dad hurt her arm" may be harm to a sister), and never with "me" in the sentence.
 */
const BODY_PART = String.raw`(?:back|neck|shoulders?|knees?|legs?|arms?|ankles?|wrists?|hips?|foot|feet|hands?|fingers?|toes?|elbows?|head|ribs?|chest)`;
const OWN_INJURY = new RegExp(
  String.raw`\b(?:(?:mum|mam|mom|mummy|mother|nan|nana|nanny|gran|granny|grandma|nanna|step\s*mum|auntie|aunt|sister|sis)\s+(?:\w+\s+){0,2}?(?:hurt|hurts|has\s+hurt|injured|strained|pulled|broke|sprained)\s+her|(?:dad|daddy|father|grandad|grandpa|step\s*dad|uncle|brother|bro)\s+(?:\w+\s+){0,2}?(?:hurt|hurts|has\s+hurt|injured|strained|pulled|broke|sprained)\s+his)\s+(?:own\s+|bad\s+)?${BODY_PART}\b`,
);

export function namesHomeAdultBesideHarm(text: string): boolean {
  return sentencesThroughPausesOf(text).some((sentence) => {
    const said = normaliseMessage(sentence);
    const ownInjury = OWN_INJURY.test(said) && !/\b(?:me|i|im)\b/.test(said);
    return (!ownInjury && HURTS_OR_SCARES.test(said)) || SCARED_OF.test(said) || LOCKED_OUT.test(said);
  });
}

/**
 * "i get scared when he shouts", "im frightened when dad gets drunk": fear of one person in their temper, said plainly.
 * Fear of noise in general ("when people shout", "when the fire alarm goes") is a need, never this.
 */
const SCARED_WHEN = new RegExp(
  String.raw`\b(?:scared|scarred|frightened|afraid|terrified|scared\s+stiff|panic\w*)\b(?:\s+[a-z]+){0,2}?\s+(?:when|whenever|wen|if|every\s+time|cos|because)\s+(?:he|she|${HOME_ADULT}|(?:my\s+)?(?:dad|mum|mam|mom|step\s*dad|step\s*mum|brother|uncle|nan|grandad))\s+(?:(?:always|starts|starts\s+to|just|gets|comes\s+home\s+and)\s+)?(?:shouts?|shouting|yells?|yelling|screams?|screaming|gets\s+(?:angry|mad|cross|drunk|wasted|high|in\s+a\s+mood|nasty)|is\s+(?:drunk|angry|mad|in\s+a\s+mood)|drinks|kicks\s+off|loses\s+(?:his|her)\s+temper|bangs|smashes|throws|hits)\b`,
);

export function scaredWhenSomeoneRages(text: string): boolean {
  return sentencesThroughPausesOf(text).some((sentence) => SCARED_WHEN.test(normaliseMessage(sentence)));
}

/**
 * "sometimes i dont eat for days", "i go days without eating": going without food for days, whoever's doing it
 * (no food at home, or not eating). Never a hope or a hard thing on its own: asked after gently.
 */
const DAYS_WITHOUT_FOOD =
  /\b(?:dont|do\s+not|didnt|cant|never|wont|dont\s+get\s+to|not\s+allowed\s+to|dont\s+get\s+to)\s+eat\s+(?:anything\s+|nothing\s+)?(?:for|in)\s+(?:like\s+|about\s+|up\s+to\s+)?(?:days|a\s+few\s+days|a\s+couple\s+of\s+days|\d+\s+days|two\s+days|three\s+days|ages|a\s+whole\s+day|whole\s+days)\b|\b(?:go|goes|went|going)\s+(?:for\s+)?(?:days|a\s+few\s+days|\d+\s+days|two\s+days|a\s+whole\s+day)\s+(?:without|with\s+no)\s+(?:eating|food|a\s+meal|meals)\b|\bnot\s+eat(?:en|ing)?\s+(?:anything\s+)?(?:for|in)\s+days\b/;

export function tellsOfDaysWithoutFood(text: string): boolean {
  return DAYS_WITHOUT_FOOD.test(normaliseMessage(text));
}
