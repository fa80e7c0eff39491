import { isEverydayWord } from './nameAnswer';
import { normaliseMessage } from './text';

/*
 * "please dont tell him i said", "is jay in trubble??", "will he find out": after telling of someone close (often a
 * partner), the fear is that that person hears of it. The bot never tells anyone, and can say so plainly, naming
 * the person. Read only for a person by name, a pronoun or a partner: "dont tell anyone" and "dont tell my mum"
 * keep the honest answer about secrets, for family may be who the safe adult needs to speak to.
 */

export interface PersonNotTold {
  /** Who they fear hears of it, as the chat says it back: "Jay", "him", "her", "your boyfriend". */
  whom: string;
  /** They asked whether that person is in trouble. */
  trouble: boolean;
  /** They asked not to tell, or whether that person would know. */
  told: boolean;
}

const PARTNER = String.raw`my\s+(?:boyfriend|girlfriend|partner|bf|gf|husband|wife|hubby|fiance|fiancee|fella|man|missus|other\s+half)`;
const WHO = String.raw`(him|her|${PARTNER}|[a-z][a-z-]{1,20})`;
const SUBJECT = String.raw`(he|she|${PARTNER}|[a-z][a-z-]{1,20})`;
const TOLD = [
  new RegExp(String.raw`(?<!\bi\s)\b(?:dont|do\s+not|dnt|pls\s+dont|please\s+dont|never|wont|will\s+not)\s+(?:you\s+|u\s+)?(?:tell|say\s+(?:anything\s+)?to|show|message|text|ring|call)\s+${WHO}\b`),
  new RegExp(String.raw`\b(?:will|would|are|r)\s+(?:you|u)\s+(?:going\s+to\s+|gonna\s+)?(?:tell|say\s+(?:anything\s+)?to|show|message|text|ring|call)\s+${WHO}\b`),
  new RegExp(String.raw`\b(?:will|would|could|does|is|can)\s+${SUBJECT}\s+(?:going\s+to\s+|gonna\s+|ever\s+)?(?:find\s+out|know|be\s+told|hear|get\s+told)\b`),
];
const TROUBLE = new RegExp(String.raw`\b(?:is|will|would|does|could)\s+${SUBJECT}\s+(?:be\s+|get\s+|going\s+to\s+be\s+|gonna\s+be\s+|getting\s+|end\s+up\s+)?(?:in|into)\s+(?:big\s+|any\s+)?(?:trouble|truble|trubble|troble)\b|\b${SUBJECT}\s+(?:will|gonna|going\s+to)\s+(?:get|be)\s+(?:in\s+trouble|arrested|told\s+off)\b`);

/** Never the person here: everyone, a family role, a service, a teacher ("dont tell sir"), the bot or the plan. */
const NOT_THE_PERSON = new Set(
  'anyone anybody nobody noone one someone somebody everyone everybody people them it this that you u me my mum mam mom dad nan gran school college police teacher teachers sir miss mr mrs ms staff social worker key the a an i we they there what who your anything nothing'.split(' '),
);

function whomSaid(found: string | undefined): string | undefined {
  if (!found) return undefined;
  if (found === 'him' || found === 'he') return 'him';
  if (found === 'her' || found === 'she') return 'her';
  if (/^my\s/.test(found)) return found.replace(/^my\s+/, 'your ');
  if (NOT_THE_PERSON.has(found) || isEverydayWord(found)) return undefined;
  return found.charAt(0).toUpperCase() + found.slice(1);
}

/** Who they ask not to be told, or to be out of trouble, when it is one person; null otherwise. */
export function readPersonNotTold(text: string): PersonNotTold | null {
  if (text.length > 300) return null;
  const said = normaliseMessage(text).replace(/['’]/g, '');
  let whom: string | undefined;
  let told = false;
  for (const re of TOLD) {
    const hit = whomSaid(re.exec(said)?.[1]);
    if (hit) {
      whom ??= hit;
      told = true;
    }
  }
  const troubleWho = whomSaid(TROUBLE.exec(said)?.[1]);
  // "is jay in trubble?? please dont tell him": the name said first is the one said back.
  if (troubleWho && (!whom || /^(?:him|her)$/.test(whom))) whom = troubleWho;
  return whom ? { whom, trouble: Boolean(troubleWho), told } : null;
}
