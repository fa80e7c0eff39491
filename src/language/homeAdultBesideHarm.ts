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

export function namesHomeAdultBesideHarm(text: string): boolean {
  return sentencesThroughPausesOf(text).some((sentence) => {
    const said = normaliseMessage(sentence);
    return HURTS_OR_SCARES.test(said) || SCARED_OF.test(said) || LOCKED_OUT.test(said);
  });
}
