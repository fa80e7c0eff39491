import { foldCase } from './text';

/*
 * How things are now, said after a hope: "get the bus on my own, my mum drives me everywhere",
 * "go to an art club, i dont really have many friends outside school". Someone doing it for them,
 * or something they lack, is what makes the hope hard now: kept as its need, never in the hope.
 */

/** "my mum drives me everywhere", "dad does it all for me": someone does it for them now. */
const DONE_FOR_THEM =
  /^(?:(?:and|but|cos|coz|cause|because|atm|rn|right\s+now|at\s+the\s+moment)[\s,]+)*(?:my|his|her|their)\s+(?:mum|mam|mom|dad|nan|nana|gran|grandma|grandad|carer|parents|sister|brother|auntie|aunt|uncle|step\s*(?:mum|dad)|foster\s+(?:mum|dad|carer)|ta|teacher|support\s+worker)\s+(?:always\s+|still\s+|usually\s+|just\s+)?(?:drives|takes|does|walks|brings|picks|pays|buys|cooks|makes|sorts|books|rings|calls|fills)\s+(?:me|him|her|them|it|everything|all)\b/;

/** "i dont really have many friends outside school", "i havent got any mates": something they lack now. */
const LACKS =
  /^(?:(?:and|but|cos|coz|cause|because|tbh|atm|rn|like)[\s,]+)*(?:i|he|she|they)\s+(?:(?:dont|do\s+not|doesnt|does\s+not)\s+(?:really\s+|even\s+)?(?:have|know)|(?:havent|have\s+not|hasnt|has\s+not)\s+(?:really\s+)?got)\s+(?:many|any|much|a\s+lot\s+of|enough|lots\s+of)\s+\w+/;

/** The words after a hope say how things are hard now ("my mum drives me everywhere"). */
export function saysHardNowBesideHope(text: string): boolean {
  const said = foldCase(text).replace(/[\u2018\u2019']/g, '').replace(/\s+/g, ' ').trim();
  return DONE_FOR_THEM.test(said) || LACKS.test(said);
}
