import { answersAnotherQuestion, answersThePlanInstead } from './afterDisclosure';
import { concernByRules, detectConcern } from './concern';
import { normaliseMessage } from './text';
import { cuckooSignsOf } from './cuckooSigns';
import { tellsOfSoftExploitationSign } from './softExploitationSigns';
import { partnerControlSigns } from './partnerControl';
import { tellsOfGentleSign } from './gentleSigns';

/*
 * At "That sounds hard. Are you OK?", people often go on answering the plan question that was open
 * ("reading dinosaur books by himself ha, and the phonics catch up group"), or say so outright ("im fine
 * i was answering ur questions. reading dinosaur books by himself"). Such a reply is an answer to the
 * plan, not to how they are: it is kept for the question the check interrupted. Anything about how they
 * are, anything worrying, or a reply that reads as the end of a list is never read so.
 */

/** "i was answering ur questions", "that was my answer", "i meant it for the plan": the words were for the plan. */
const WAS_ANSWERING = new RegExp(
  String.raw`\b(?:i\s*(?:was|am|m|'m|’m)\s+(?:just\s+|only\s+)?(?:answering|replying\s+to|talking\s+about|on\s+about|telling\s+you\s+about)\s+(?:ur|your|you|the|ya|yr|yer)\s*(?:\w+\s+)?(?:questions?|qs?|plan|question\s+about\s+\w+)` +
    String.raw`|(?:that|thats|that's|that’s|this|it)\s*(?:was|is|were)?\s+(?:just\s+|only\s+)?(?:my\s+answer|an?\s+answer|the\s+answer|for\s+the\s+(?:plan|question))` +
    String.raw`|i\s+(?:meant|mean)\s+(?:it\s+|that\s+)?(?:for|as)\s+(?:the|my|an?)\s+(?:plan|question|answer))\b[\s,.!?:;-]*`,
  'i',
);

/** OK words, thanks and laughter said before or after the answer: no part of it. */
const ONLY_OK_WORDS =
  /^(?:(?:yes|yeah|yep|ye|yh|no|nah|nope|im|i'm|i’m|i\s+am|fine|ok|okay|alright|all\s+right|good|thanks|thank\s+you|ty|lol|ha|haha|sorry|honestly|tbh|x|and|but|so|um|erm)[\s,.!?]*)*$/i;

/** OK words and laughter before the answer ("lol. more confident at school"). */
const LEADING_OK = /^(?:(?:yes|yeah|yep|ye|no|nah|im|i'm|i’m|fine|ok|okay|alright|all\s+good|thanks|lol|ha|haha|sorry)[\s,.!?]+)+/i;

/** How they are themselves: tired, struggling, not great. Then the reply answers the check, whatever else it says. */
const ABOUT_ONESELF =
  /\b(?:i|im|i\s+am|ive|i\s+have|i\s+feel|i\s+get|me|myself|we|were|feeling)\b(?:\s+\w+){0,3}?\s+(?:tired|exhausted|knackered|shattered|stressed|struggling|sad|upset|low|down|worried|anxious|scared|lonely|cry|crying|depressed|overwhelmed|coping|cope|broken|fed\s+up|bad|awful|terrible|rubbish|shit|crap|hate|lost|alone)\b|^(?:struggling|tired|exhausted|knackered|stressed|not\s+great|not\s+good|not\s+really|meh|rough|awful|terrible|could\s+be\s+better|been\s+better|so\s+so|up\s+and\s+down)\b/;

/** Talk about what was said before ("it was about him not me", "i meant my brother"): no answer to the plan. */
const ABOUT_WHAT_WAS_SAID = /^(?:it|that|this|thats)\s+(?:was|is|s)\s+(?:just\s+)?about\b|\bnot\s+(?:me|about\s+me|mine)\b|\bi\s+(?:meant|mean|was\s+talking\s+about|was\s+on\s+about)\b|\b(?:you|u)\s+(?:got|get|read|took|take)\s+(?:it|that|me)\s+wrong\b/;

/** How things are right now ("hes been awful this week"): news of today, not an answer about the plan. */
const RIGHT_NOW = /\b(?:today|tonight|this\s+week|this\s+morning|lately|right\s+now|atm|these\s+days|at\s+the\s+moment)\b/;

/** Whether some words could stand as a plan answer: a few words, none about the check, how they are, or a worry. */
function plainAnswer(words: string, saysAnswering: boolean): boolean {
  const said = normaliseMessage(words);
  if (!answersAnotherQuestion(words) || answersThePlanInstead(words)) return false;
  if (ABOUT_ONESELF.test(said) || RIGHT_NOW.test(said) || ABOUT_WHAT_WAS_SAID.test(said)) return false;
  if (concernByRules(words)) return false;
  const read = detectConcern(words);
  if (saysAnswering) return !read.concern || Boolean(read.faint);
  // Not said to be for the plan: "we go to meet them at the station", "i sleep on the sofa now" may be more of the
  // worry, so even a faint reading or one sign of being used, of someone in their home or of a partner's control is
  // never taken as the plan's answer; the check is asked once more.
  if (read.concern || cuckooSignsOf(words).length > 0 || tellsOfSoftExploitationSign(words) || partnerControlSigns(words) > 0) return false;
  return !tellsOfGentleSign(said) && !OTHERS_OR_ERRANDS.test(said);
}

/** Someone else in it, or going, meeting, waiting or dropping things: maybe more of what was asked about. */
const OTHERS_OR_ERRANDS =
  /\b(?:he|him|hes|she|shes|they|them|theyre|mate|mates|friends?|boyfriend|girlfriend|drop\w*|deliver\w*|meet\w*|wait\w*|stuff|packages?|parcels?|bags?|flats?|station)\b/;

/**
 * A reply at the check that answers the plan question instead: the words to keep for that question, or
 * undefined. "im fine i was answering ur questions. X" gives X; a reply that is plainly an answer, given whole.
 */
export function planAnswerAtCheck(text: string): { answer: string; saysAnswering: boolean } | undefined {
  if (text.length > 600) return undefined;
  const marker = WAS_ANSWERING.exec(text);
  if (marker) {
    const after = text.slice(marker.index + marker[0].length).trim();
    const before = text.slice(0, marker.index).trim();
    const candidate = after && !ONLY_OK_WORDS.test(after) ? after : before;
    const answer = candidate.replace(LEADING_OK, '').replace(/[\s,;:-]+$/, '').trim();
    if (answer && !ONLY_OK_WORDS.test(answer) && plainAnswer(answer, true)) return { answer, saysAnswering: true };
    return undefined;
  }
  return plainAnswer(text, false) ? { answer: text.trim(), saysAnswering: false } : undefined;
}
