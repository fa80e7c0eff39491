import { normaliseMessage } from './text';

/*
 * "hed not hurt himself as much", "he would hurt himself less", "she wouldnt bang her head so often": a parent saying what
 * an outcome would do for the child, of the self-injury already told and noted. It is the benefit, said as a hope, and
 * only the whole message in these few words counts: "he hurt himself less yesterday", "he would not hurt himself as much
 * if his dad stopped hitting him" and anything said beside it are read as ever.
 */

const WHO_WOULD = String.raw`(?:(?:he|she|they)\s+(?:would|will|might|could|should)|hed|shed|theyd|hell|shell|theyll)`;
const WHO_WOULD_NOT = String.raw`(?:(?:he|she|they)\s+(?:(?:would|will|might|could|should)\s+not|wouldnt|wont|shouldnt)|(?:hed|shed|theyd|hell|shell|theyll)\s+not)`;
const HURT = String.raw`(?:hurt|harm|bite|bang|hit|scratch|pinch)`;
const HURTING = String.raw`(?:hurting|harming|biting|banging|hitting|scratching|pinching)`;
const ON_SELF = String.raw`(?:himself|herself|themselves|themself|(?:his|her|their)\s+(?:own\s+)?(?:hands?|head|arms?|fingers?|skin|face))`;
const LESS = String.raw`(?:less|less\s+often|as\s+much|as\s+often|so\s+much|so\s+often|any\s*more|nearly\s+as\s+much)`;
const LEAD = String.raw`(?:(?:and|also|plus|so|then|maybe|hopefully|i\s+think|i\s+hope)\s+)*`;

const HURT_LESS_HOPED = new RegExp(
  String.raw`^${LEAD}(?:${WHO_WOULD_NOT}\s+${HURT}\s+${ON_SELF}(?:\s+${LESS})?|${WHO_WOULD}\s+(?:${HURT}\s+${ON_SELF}\s+less(?:\s+often)?|stop\s+${HURTING}\s+${ON_SELF}|${HURT}\s+${ON_SELF}\s+(?:a\s+lot\s+)?less))(?:\s+(?:too|as\s+well|hopefully))?$`,
);

/** Whether the whole message hopes the child would hurt themselves less (see HURT_LESS_HOPED). */
export function hopesHurtLessens(text: string): boolean {
  const said = normaliseMessage(text);
  return said.length <= 120 && HURT_LESS_HOPED.test(said);
}
