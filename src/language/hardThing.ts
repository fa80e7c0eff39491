import { isBarrier } from './coaching';
import { describesChildHittingCarer } from './childsOwnWays';
import { describesChildRoughWithSibling } from './childRoughWithSibling';
import { namesHardThingsOnly } from './hardList';
import { saysHardNowBesideHope } from './hardNowBesideHope';
import { withoutEndHedges } from './hedges';
import { foldCase } from './text';
import { CONDITION_NAMES, namesConditionAsCause } from './conditionNamed';
import { onlySaysUnsure } from './unsure';

/*
 * What makes life hard for someone, said where a hope was asked for: "hes autistic and gets really
 * anxious when things change, and he cant read well". Each part must say something hard; a hope
 * with a difficulty beside it ("he wants to be a vet but he struggles with reading") is a hope.
 */

/** A condition named as who someone is ("hes autistic", "she has ADHD"): said as what makes things hard. */
const CONDITION = new RegExp(String.raw`^(?:(?:and|but|also|well|um|erm)[\s,]+)*(?:he|she|they|i|[a-z]+)\s*(?:'s|s|is|are|am|'m|m|has|have|has\s+got|'s\s+got|s\s+got|got|was\s+diagnosed\s+with|has\s+been\s+diagnosed\s+with)\s+(?:got\s+|also\s+|quite\s+|very\s+|really\s+)?${CONDITION_NAMES}\b`);
/** A condition said as the cause at the end of a hope ("... but its the FASD"): it goes with the hard things after it. */
const CAUSE_AT_END = new RegExp(String.raw`[\s,]+(?:but|and|though)\s+((?:it'?s|it\s+is|that'?s|thats|(?:cos|coz|because|due\s+to)(?:\s+of)?)\s+(?:(?:the|his|her|their|my)\s+)?${CONDITION_NAMES})$`, 'i');

/** A part without its own subject ("gets really anxious when things change") reads with one. */
const STARTS_WITH_VERB = /^(?:gets?|struggles?|finds?|cant|can't|cannot|hates?|is|has|never|doesnt|doesn't|dont|don't)\b/;

const GOES_ON = /^(?:with|at|in|when|whenever|if|because|cos|coz|around|on|about|too|as\s+well)\b/i;

/** A dislike of a setting or of what happens in it ("i dont like busy places", "she doesnt like it when people shout"): hard, not a hope. */
const DISLIKED_SETTING =
  /^(?:i|he|she|they|[a-z]+)\s+(?:really\s+|just\s+)?(?:dont|don't|do\s+not|doesnt|doesn't|does\s+not)\s+(?:really\s+|much\s+)?like\s+(?:it\s+when\b|(?:(?:really|very|too|big|busy|loud|noisy|crowded|packed|bright|new|strange|unfamiliar|lots\s+of|too\s+many|other|being\s+in|being\s+around|being\s+with)\s+)*(?:places|crowds?|noise|noises|loud\s+\w+|people|change|changes|queues?|lights|rooms|shops|buses|trains|surprises|shouting|strangers|being\s+(?:rushed|touched|told\s+off|late|alone|left\s+out|on\s+my\s+own))\b)/;

/**
 * Tiredness from a condition ("im knackered all the time cos of my fatigue", "my ME makes me so
 * tired"): what makes things hard, never a hope, and no worry to ask after.
 */
const WORN_OUT_BY_CONDITION =
  /\b(?:knackered|exhausted|shattered|worn\s+out|(?:so|really|very|always|constantly)\s+tired|tired\s+(?:all\s+the\s+time|out|every\s+day)|no\s+energy)\b[^.!?]{0,40}\b(?:fatigue|my\s+me|m\.e\.?|cfs|chronic\s+fatigue|condition|illness|pain|meds|medication|epilepsy|seizures)\b|\b(?:my|his|her|their)\s+(?:fatigue|me|m\.e\.?|cfs|chronic\s+fatigue)\s+(?:makes|leaves|wipes|means)\s+(?:me|him|her|them)\b/;
/** A wish to be less tired ("to not be so tired all the time") is a hope. */
const WISHED = /^(?:to|i\s+(?:want|wish|hope|would\s+like|'d\s+like|d\s+like)|(?:he|she|they)\s+(?:wants?|wishes?|hopes?|would\s+like))\b/;

/** Something named as what upsets them ("loud noises upset him too", "crowds really scare her"): hard, not a hope. */
const UPSETS_THEM =
  /^(?:[a-z']+\s+){1,3}(?:really\s+|always\s+|just\s+|still\s+)?(?:upsets?|scares?|frightens?|overwhelms?|confuses?|distress(?:es)?|stress(?:es)?)\s+(?:him|her|them|me)\b/;

/** Something they lack that the hope needs ("i dont have any qualifications", "he has no friends"): hard, not a hope. */
const LACKING =
  /^(?:i|he|she|they)\s+(?:(?:dont|do\s+not|doesnt|does\s+not|didnt|did\s+not)\s+(?:have|get|got)|(?:havent|hasnt)(?:\s+got)?|(?:have|has|got)(?:\s+got)?\s+no)\s+(?:any\s+|enough\s+|a\s+|an\s+|many\s+|much\s+)?(?:qualifications?|gcses?|exams?|grades?|experience|skills?|confidence|friends?|money|job|work|transport|car|licence|license|id|cv|references?|support|help|one|any\s*one|any\s*body)\b/;

/** "he comes home upset", "she is often in tears after school": how they are left feeling, said as a hard thing. */
const LEFT_UPSET =
  /^(?:he|she|they)\s+(?:(?:often|always|sometimes|usually|still|just|keeps?)\s+)*(?:comes?|came|coming|gets?|got|is|are|was|were|seems?|looks?|ends?\s+up)\s+(?:(?:home|back|out)\s+)?(?:(?:really|so|very|quite|often|always|all)\s+)*(?:upset|crying|in\s+tears|sad|distressed|miserable|withdrawn)\b/;

/** "sometimes i fall out with ppl", "he argues with his mates a lot": falling out with people is hard, not a hope. */
const FALLS_OUT =
  /^(?:(?:sometimes|often|always|usually|still|then)\s+)*(?:i|he|she|they|we)\s+(?:(?:sometimes|often|always|usually|still|keep|keeps|can|do|does)\s+)*(?:fall(?:s|ing)?\s+out|fell\s+out|argue(?:s|ing)?|row(?:s|ing)?|get(?:s|ting)?\s+(?:into\s+)?(?:fights|arguments|rows)|fight(?:s|ing)?)\s+with\b/;

function partIsHard(part: string): boolean {
  const said = foldCase(part).replace(/[\u2018\u2019]/g, "'").replace(/^(?:and|but|also|plus)\s+/, '').trim();
  if (!said) return true;
  const whole = STARTS_WITH_VERB.test(said) ? `he ${said}` : said;
  return CONDITION.test(whole) || namesConditionAsCause(said) || isBarrier(whole) || FALLS_OUT.test(said) || UPSETS_THEM.test(said) || LACKING.test(whole.replace(/'/g, '')) || LEFT_UPSET.test(said) || DISLIKED_SETTING.test(whole.replace(/'/g, '')) || (WORN_OUT_BY_CONDITION.test(said) && !WISHED.test(said));
}

/** "when theres loads of noise i cant follow": what they cannot do, and when; no hope, no help asked for. */
const CANNOT_DO = /\b(?:i|he|she|they)\s+(?:cant|can't|cannot|can\s+not|struggle\s+to|find\s+it\s+hard\s+to)\s+(?:follow|hear|understand|keep\s+up|concentrate|focus|cope|listen|think\s+straight)\b/i;
/** Words that make the message a hope or a request for help, whatever else it says. */
const HOPE_OR_HELP = /\b(?:want|wanna|would\s+like|i'?d\s+like|wish|hope|dream|one\s+day|need|needs|help|helps|support|wait)\b/i;

function cannotFollowOnly(text: string): boolean {
  return CANNOT_DO.test(text.replace(/[\u2018\u2019]/g, "'")) && !HOPE_OR_HELP.test(text);
}

/** The message only says what is hard (one thing or several), with no hope in it. */
export function saysHardThing(text: string): boolean {
  // "reading and loud places": hard things named as a list, with no verb.
  if (namesHardThingsOnly(text)) return true;
  // "he hits me when he has a meltdown": a carer told of the child's behaviour in distress (a disclosure is answered before this reads).
  if (describesChildHittingCarer(text) || describesChildRoughWithSibling(text)) return true;
  if (cannotFollowOnly(text)) return true;
  const parts = text.trim().split(/\s*(?:[,;.]\s*(?:and\s+)?|\s+and\s+(?:also\s+)?|\s+also\s+|\s+plus\s+)\s*/i)
    .filter((p) => /[a-z]/i.test(p))
    // "dunno. i dont like busy places": not knowing is said beside the hard thing, and is no part of it.
    .filter((p, _i, all) => all.length === 1 || !onlySaysUnsure(p));
  if (parts.length === 0) return false;
  // "struggles with reading and with change": a part that only goes on ("with change") belongs to the one before.
  const whole = parts.reduce<string[]>((kept, part) => (kept.length && GOES_ON.test(part) ? [...kept.slice(0, -1), `${kept.at(-1)} ${part}`] : [...kept, part]), []);
  return whole.every(partIsHard);
}

/**
 * "counting and his letters, he can't write his name yet": a hope, then (after a comma or a full
 * stop) only what makes it hard. The two are kept apart: the hope as the hope, the rest as its need.
 */
export function hardSaidAfter(text: string): { hope: string; hard: string } | undefined {
  for (const boundary of text.matchAll(/\s*[,.;?]+\s+|\s+-+\s+/g)) {
    // "get the bus on my own i guess": the hedge is no part of the hope.
    const hope = withoutEndHedges(text.slice(0, boundary.index).trim());
    const hard = text.slice(boundary.index + boundary[0].length).trim();
    // "my mum drives me everywhere": how it is now beside the hope is what makes it hard.
    if (/[a-z]/i.test(hope) && /[a-z]/i.test(hard) && !saysHardThing(hope) && (saysHardThing(hard) || saysHardNowBesideHope(hard))) return withCauseMoved(hope, hard);
  }
  return undefined;
}

/** "to be happy at school but its the FASD" + "he cant remember instructions": the condition stays beside the hard thing it explains. */
function withCauseMoved(hope: string, hard: string): { hope: string; hard: string } {
  const cause = CAUSE_AT_END.exec(hope);
  return cause?.[1] ? { hope: hope.slice(0, cause.index).trim(), hard: `${cause[1]}, ${hard}` } : { hope, hard };
}
