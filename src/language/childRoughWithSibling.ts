import { namesNoOtherHarm } from './childsOwnWays';
import { normaliseMessage } from './text';

/*
 * A parent or carer telling how the child, when overwhelmed, is rough with a brother or sister ("when
 * Oliver is overwhelmed he can be really rough with his baby sister. He pushes her or pulls her hair")
 * tells of the child's behaviour in distress: a need for the plan and a sign the family needs support,
 * as "he hits me when he has a meltdown" is (childsOwnWays.ts). It is read only from a parent, only with
 * the child's distress named, and never when an adult, drink or a weapon is in it, or harm is named
 * beyond what the child does: an adult hurting a child is still answered as before.
 */

/** A brother or sister of the child: "his baby sister", "her little brother", "their twin". */
const SIBLING = String.raw`(?:his|her|their)\s+(?:(?:baby|little|younger|big|older|twin|step|half|new)\s+){0,2}(?:sisters?|brothers?|siblings?|twin|baby)`;
/** What a distressed child does to someone near: pushing, hair pulling, hitting, throwing things. */
const ACT = String.raw`(?:(?:can\s+be|gets|is|was|got)\s+(?:\w+\s+){0,2}?(?:rough|physical|aggressive|hands\s+on)\s+(?:with|towards?|to)|hits?|hitting|hit\s+out\s+at|kicks?|kicking|bites?|biting|bit|push(?:es|ed|ing)?|shov(?:es|ed|ing)|pulls?|pulled|pulling|scratch(?:es|ed|ing)?|pinch(?:es|ed|ing)?|slaps?|slapping|smacks?|grabs?|grabbed|lash(?:es|ing)?\s+out\s+at|lashes\s+out\s+on|goes\s+for|throws?\s+(?:\w+\s+){0,3}?at|threw\s+(?:\w+\s+){0,3}?at|hurts?|hurting|hurt)`;
/** The child doing it to a brother or sister: "he can be really rough with his baby sister". */
const CHILD_TO_SIBLING = new RegExp(String.raw`\b(?:he|she|they|hes|shes|my\s+(?:son|daughter|child|boy|girl|little\s+one))\s+(?:\w+\s+){0,3}?${ACT}\s+${SIBLING}\b`);
/** The same child again, doing it to "her" or "him" in the sentences after: "he pushes her or pulls her hair". */
const CHILD_TO_THEM = new RegExp(
  String.raw`\b(?:he|she|they)\s+(?:\w+\s+){0,3}?${ACT}\s+(?:her|him|them)(?:\s+(?:hair|arm|arms|face|toys?))?\b|\b(?:or|and)\s+(?:\w+\s+){0,2}?${ACT}\s+(?:her|him|them)(?:\s+(?:hair|arm|arms|face|toys?))?\b|\b(?:mean|means|meant|trying|try|want|wants)\s+to\s+(?:hurt|harm)\s+(?:her|him|them)\b`,
  'g',
);
/** The child's distress, as plans describe it. */
const CHILDS_DISTRESS =
  /\b(?:meltdowns?|melting\s+down|shut\s*downs?|tantrums?|overwhelm\w*|overload\w*|overstimulat\w*|dysregulat\w*|sensory|(?:cant|cannot|can\s+not)\s+(?:say|tell|talk|explain|communicate|cope)|autis\w*|asd|adhd|nonverbal|non\s+verbal|non\s+speaking|frustrat\w*|upset|anxious|wound\s+up)\b/;
/** An adult, drink or drugs, or a weapon: then it may be harm to a child, and is read as before. */
const NOT_A_CHILDS_DISTRESS =
  /\b(?:dad|daddy|father|step\s*dad|mum|mummy|mother|step\s*mum|uncle|grandad|partner|husband|wife|boyfriend|girlfriend|fella|ex|drunk|drink\w*|drugs?|knife|knives|weapon|hospital|strangl\w*|chok\w*|belt)\b/;

/** A parent telling of the child being rough with a brother or sister when distressed (read only for a parent). */
export function describesChildRoughWithSibling(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said || said.length > 600 || !CHILD_TO_SIBLING.test(said) || !CHILDS_DISTRESS.test(said) || NOT_A_CHILDS_DISTRESS.test(said)) return false;
  const rest = said
    .replace(new RegExp(CHILD_TO_SIBLING.source, 'g'), ' ')
    .replace(CHILD_TO_THEM, ' ')
    .replace(new RegExp(String.raw`\b${SIBLING}\b`, 'g'), ' ');
  return namesNoOtherHarm(rest);
}
