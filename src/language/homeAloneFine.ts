import { concernByRules } from './concern';
import { HARM_OR_FEAR } from './safeButHard';
import { normaliseMessage } from './text';

/*
 * At "do you feel safe?", home alone while a parent works, said as fine ("yeh mostly. mum works
 * nights so im on my own alot but its fine"). For someone of 16 or over this is ordinary life, not
 * a disclosure: the dialog thanks them and asks one gentle question. The age is the dialog's to
 * check; a young child alone at night stays a worry. Harm or fear said beside it is never this.
 */

/** A parent or carer away at work: "mum works nights", "dad does lates", "they work shifts". */
const AWAY_AT_WORK =
  /\b(?:mum|mam|mom|mummy|dad|daddy|parents?|carers?|nan|gran|grandma|grandad|step\s*(?:mum|dad)|she|he|they)\s+(?:\w+\s+)?(?:works?|working|does|do|is\s+on|on)\s+(?:\w+\s+)?(?:nights?|night\s+shifts?|nightshifts?|lates?|late|shifts?|away|long\s+hours|all\s+day|evenings?|weekends?|earlies)\b/;
/** On their own at home. */
const ON_MY_OWN = /\b(?:on\s+my\s+own|by\s+myself|home\s+alone|alone|on\s+me\s+own)\b/;
/** Said as fine: "but its fine", "i dont mind", "used to it". */
const SAID_AS_FINE =
  /\b(?:(?:its|it\s+is|thats|that\s+is|im|i\s+am|i\s+m)\s+(?:all\s+)?(?:fine|ok|okay|alright|all\s+right|cool|good|grand|sound)|i\s+(?:dont|do\s+not)\s+mind|used\s+to\s+it|no\s+big\s+deal|not\s+bothered|(?:i\s+)?(?:quite\s+)?like\s+it)\b/;
/** Alone feelings that are not fine: "lonely", "hate it", "no food". */
const NOT_FINE = /\b(?:lonely|hate\s+it|no\s+food|nothing\s+to\s+eat|hungry|no\s+money|days|weeks|all\s+weekend|doesnt\s+come\s+(?:back|home)|not\s+fine|isnt\s+fine)\b/;

/** Home alone while a parent works, said as fine, with no harm, fear or want beside it. */
export function saysHomeAloneWhileParentWorks(text: string): boolean {
  const plain = normaliseMessage(text).toLowerCase().replace(/[’']/g, '');
  return (
    AWAY_AT_WORK.test(plain) && ON_MY_OWN.test(plain) && SAID_AS_FINE.test(plain) && !NOT_FINE.test(plain) && !HARM_OR_FEAR.test(plain) && !concernByRules(text)
  );
}
