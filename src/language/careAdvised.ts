import { foldCase } from './text';

/*
 * A parent telling of care set up on a professional's advice: "it's what the OT recommended", "the
 * OT said he needs a hoist", "the physio told us to leave him on the floor mat". What looks like care
 * missing (a mattress on the floor, no bed frame, a harness) is then the plan of care itself, and
 * the classifier alone must not answer it with "Are you OK?". The rules still answer any harm told
 * beside it.
 */
const PROFESSIONAL =
  String.raw`(?:ot|ots|occupational\s+therap\w+|physio\w*|doctors?|gp|consultant|paediatrician|pediatrician|nurse|community\s+nurse|dietitian|dietician|salt|speech\s+(?:and\s+language\s+)?therapist|therapist|specialist|camhs|behaviour\s+team|wheelchair\s+service|social\s+worker|hospital|sensory\s+team)`;
const ADVISED = String.raw`(?:recommended|recommends|recommend|advised|advises|suggested|suggests|prescribed|said|says|told\s+us|tells\s+us|wanted|arranged|set\s+(?:it\s+)?up|assessed)`;
const CARE_ADVISED = new RegExp(
  String.raw`\b(?:what|as)\s+(?:the|our|his|her|their)\s+${PROFESSIONAL}\s+${ADVISED}\b|\b(?:the|our|his|her|their)\s+${PROFESSIONAL}\s+${ADVISED}\s+(?:that\s+)?(?:(?:he|she|they|we)\s+(?:needs?|should|has\s+to|have\s+to|must)|(?:we|us)\s+(?:to\s+)?(?:use|get|try|keep|put|leave)|(?:to\s+)?(?:use|get|try|keep|put|leave)|(?:it|this|that)\s+(?:is|s|was)\s+(?:fine|safest|best|safer|normal))\b|\b(?:on|following)\s+(?:the\s+)?${PROFESSIONAL}(?:s|'s)?\s+(?:advice|recommendation|orders)\b`,
);

/** Advice not followed: "the OT said he needs a hoist but we havent got one", "still waiting for it". */
const NOT_FOLLOWED =
  /\b(?:but|and|yet|so)\s+(?:we|they|he|she|i|it|the\s+\w+)?\s*(?:still\s+)?(?:havent|hasnt|have\s+not|has\s+not|cant|cannot|dont|doesnt|didnt|never|wont|not\s+got|no\s+one|nobody)\b|\bstill\s+(?:waiting|no|not|hasnt|havent)\b|\bwithout\s+(?:it|one|them)\b/;

/** Whether the message says a care arrangement is a professional's advice ("it's what the OT recommended"), and not that it was left undone. */
export function saysCareWasAdvised(text: string): boolean {
  const said = foldCase(text).replace(/[\u2018\u2019']/g, '');
  return CARE_ADVISED.test(said) && !NOT_FOLLOWED.test(said);
}
