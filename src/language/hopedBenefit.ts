import { FEAR_WORDS, HARM_WORDS } from './harmOrFearWords';
import { normaliseMessage } from './text';

/*
 * "less dependent on mum, and she'd get a break too", "I'd feel like I belong there even if the
 * building wasn't built for me", a parent's "he'd feel like he belongs there": what a hope would bring, said in the would-mood. The classifier alone
 * can read a parent named, "feel like" or "not built for me" as harm; with good things the only news
 * and no fear or harm named, it is what the outcome would do for them, never a reason to ask "Are you OK?".
 */

/** Who would gain, in the would-mood: "id", "she would", "it would make me", "mum could", "that would". */
const WOULD = String.raw`(?:(?:i|id|she|shed|he|hed|they|theyd|we|wed|it|itd|that|thatd|(?:my\s+)?(?:mum|mam|mom|dad|sister|brother|nan|gran|grandma|family|parents|carers?))\s+)(?:would|wud|could|might|d)?\s*(?:(?:make|let|help)\s+(?:me|her|him|them|us)\s+)?(?:get\s+to\s+)?`;

/** A good thing gained: a break, belonging, feeling at ease or more grown up. */
const GOOD_THING = String.raw`(?:get|have|had)\s+(?:a\s+(?:bit\s+of\s+(?:a\s+)?)?|some\s+|more\s+)?(?:break|rest|breather|time\s+(?:off|for\s+(?:herself|himself|themselves|myself))|lie\s+in)|(?:feel|be|feeling)\s+(?:like\s+)?(?:i|we|they|she|he)?\s*(?:really\s+)?(?:belongs?|fits?\s+in|am\s+part\s+of|is\s+part\s+of|was\s+part\s+of|included|welcome|wanted\s+there|normal|grown\s+up|proud|confident|free|happy|happier|independent|more\s+independent|calmer|relaxed|less\s+(?:stressed|worried|anxious|tired|dependent))`;

/** "like a normal 22 yr old", "like any other adult": the ordinary life of their age that a hope would bring. */
const LIKE_OTHERS_OF_AGE = String.raw`like\s+(?:a\s+|any\s+|other\s+|every\s+)?(?:normal|other|ordinary|regular)\s+(?:\d{1,2}\s*(?:yr|year)s?\s*old|adults?|people\s+my\s+age|young\s+(?:person|people|adults?|woman|man)|(?:girls?|boys?|women|woman|men|man|teenagers?)(?:\s+my\s+age)?)`;

/**
 * "my mates wouldnt have to plan around my mum": friends freed from arranging things round the help, in the would-mood.
 * Only friends, and only planning round: "i wouldnt have to ask permission" or "rely on the men" tells of control.
 */
const NO_LONGER_ARRANGED = String.raw`(?:my\s+)?(?:mates|friends|pals)\s+(?:wouldnt|would\s+not|wont|will\s+not|wudnt|could\s+stop|dont|do\s+not)\s+(?:have|need)\s+to\s+(?:plan|work)\s+(?:around|round)`;

const BENEFIT = new RegExp(String.raw`\b${WOULD}(?:${GOOD_THING})\b|\b(?:less|not\s+so)\s+(?:dependent|reliant)\s+on\b|\bmore\s+independent\b|\b${LIKE_OTHERS_OF_AGE}\b|\b${NO_LONGER_ARRANGED}\b`);

/** Fear, harm, the wish to be gone, or control (permission, locks, money, men who give), anywhere in the message: then it is read as before. */
const MORE_THAN_A_HOPE =
  new RegExp(String.raw`\b(?:${FEAR_WORDS}|${HARM_WORDS}|hit\w*|hits|scream\w*|drunk|drink\w*|drugs?|die|died|dies|dying|dead|death|sex\w*|rap\w*|ruin\w*|(?:took|take|taken)\s+me|social\s+(?:services|worker)|kill\w*|suicid\w*|gone|disappear\w*|away\s+from|escape|safe|hungry|starv\w*|locked|cut\w*|harm\w*|hate\w*|bully\w*|without\s+me|from\s+me|rid\s+of\s+me|burden\w*|better\s+off|(?:not|wasnt|werent|isnt)\s+(?:here|around|alive)|worthless|useless|pointless|end\s+it|alone|nobody|no\s+one|noone|dont\s+care|permission|allowed|let\s+me|lets\s+me|unlock\w*|lock\w*|money|cash|wages?|pay|pays|paid|men|give\s+(?:me|my|him|her|them)|gives\s+me|gave\s+me|rely\s+on|depend\s+on)\b`);

/** What a hope would bring, told as a good thing with no fear or harm beside it. */
export function tellsOfHopedBenefit(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said || said.length > 300 || !BENEFIT.test(said)) return false;
  return !MORE_THAN_A_HOPE.test(said);
}
