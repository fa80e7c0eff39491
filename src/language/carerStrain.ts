import { normaliseMessage } from './text';

/*
 * A parent or carer speaking of their own strain: "I am tired, if I am honest", "I asked the social
 * worker for a carers assessment", "we could do with some respite". That is a need of the family
 * (social care, EHC Section D), not the child's tiredness (health) nor help the child has now.
 */

const STRAIN: readonly RegExp[] = [
  // "I am tired, if I am honest", "to be honest we're exhausted", "I'm worn out": never "tired of ..." (a complaint about something else)
  /^(?:(?:to be honest|honestly|if i am honest|if im honest|tbh|truthfully|and|but|so|well)\s+)*(?:i|we)\s*(?:am|m|are|re)\s+(?:so\s+|very\s+|really\s+|just\s+|absolutely\s+|completely\s+|a bit\s+|quite\s+)*(?:tired|exhausted|worn out|shattered|knackered|run down|burnt out|burned out|at the end of (?:my|our) tether)(?!\s+(?:of|from)\b)(?:\s+(?:if i am honest|if im honest|to be honest|tbh|honestly|now|these days|all the time|most days|myself))*$/,
  // "im exhausted with the washing", "we're worn out from the nights": the carer's own load, named after the tiredness.
  /^(?:(?:to be honest|honestly|if i am honest|if im honest|tbh|and|but|so|well|oh)\s+)*(?:i|we)\s*(?:am|m|are|re)\s+(?:so\s+|very\s+|really\s+|just\s+|absolutely\s+|completely\s+|a bit\s+)*(?:tired|exhausted|worn out|shattered|knackered|run down)\s+(?:with|from)\s+(?:all\s+)?(?:the\s+)?(?:washing|cleaning|housework|laundry|ironing|nights?|night feeds|school runs?|appointments|cooking|everything|it all|caring|looking after (?:him|her|them))\b/,
  // "yes im ok love just tired": said of themselves, after saying how they are; never "he is just tired".
  /^(?:(?:yes|yeah|yep|aye|honestly|well|oh)\s+)*(?:i|we)\s*(?:am|m|are|re)\s+(?:ok|okay|fine|alright|all right)\s+(?:(?:love|dear|thanks|thank you|really|mostly)\s+)*(?:just|only|a bit|bit|so|really|very)\s+(?:tired|exhausted|knackered|shattered|worn out|run down)\b(?!\s+(?:of|from)\b)/,
  // "oh bless you for asking, i'm alright love, tired mostly": OK said, then tired, after any kind words first.
  /\b(?:i|we)\s*(?:am|m|are|re)\s+(?:ok|okay|fine|alright|all right)\s+(?:(?:love|dear|thanks|thank you|really|honestly|mostly)\s+)*(?:just\s+|only\s+|a bit\s+|bit\s+|so\s+|really\s+|very\s+)?(?:tired|exhausted|knackered|shattered|worn out|run down)\b(?!\s+(?:of|from)\b)/,
  // "its a lot at my age", "it's hard with my health": the carer's own years or health named as the load.
  /\b(?:its|it s|it is)\s+(?:a lot|hard|too much|tough|hard work|a struggle)\s+(?:at my age|for my age|for me now|with my (?:health|back|knees|diabetes|sugar))\b/,
  // "my sugar levels have been all over the place", "my health isnt great", "my back is bad": the carer's own health.
  /\bmy\s+(?:sugar(?:\s+levels)?|blood\s+sugars?|diabetes|blood\s+pressure|health|back|knees?|hips?|heart|arthritis)\s+(?:(?:(?:has|have)\s+been|is|are|s|keeps|been)\s+(?:(?:really|so|a bit|very)\s+)?(?:all over the place|bad|playing up|poorly|awful|up and down|rubbish|not (?:good|great))|(?:isnt|arent|is not|are not|has not been|hasnt been)\s+(?:great|good|brilliant|the best))\b/,
  // "its a lot on my own", "it's hard doing it by myself": caring alone.
  /\b(?:its|it s|it is)\s+(?:a lot|hard|too much|tough|hard work)\s+(?:on my own|by myself|on me|being on my own|doing it (?:all\s+)?(?:on my own|by myself))\b/,
  // "a carers assessment", "a carer's assessment"
  /\bcarers?\s*s?\s+assessment\b/,
  // "respite for me", "a break for us", "short breaks for the family"
  /\b(?:respite|a break|short breaks?)\s+(?:for me|for us|for myself|for the family|for her nan|for her grandad|for his nan|for his grandad)\b/,
  // "I need a break", "we could do with some respite", "I would like time to myself"
  /^(?:(?:honestly|to be honest|tbh|and|but|so)\s+)*(?:i|we)\s+(?:really\s+)?(?:need|could do with|would like|want|would love)\s+(?:some\s+|a bit of\s+)?(?:respite|a break|a rest|time off|time to (?:myself|ourselves)|time for (?:myself|ourselves))(?:\s+(?:sometimes|now and then|now and again|from time to time|please))*$/,
];

/** The carer speaks of their own strain or asks for help for themselves, in one of the message's sentences. */
export function carerSpeaksOfOwnStrain(text: string): boolean {
  if (text.length > 400) return false;
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).map((s) => normaliseMessage(s)).filter(Boolean);
  return sentences.some((s) => STRAIN.some((re) => re.test(s)));
}
