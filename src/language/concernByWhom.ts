import type { ConcernCategory } from './concernCategories';

// Who did the hurt decides its kind: young people at school or online (bullying), or family and adults (harm from others).

const PEER_CONTEXT =
  /\b(?:school|class|classroom|lessons?|corridors?|playground|break\s*time|break|lunch|lunchtime|dinner\s+hall|bus|bus\s+stop|online|pe|changing\s+rooms|kids|boys|girls|students|pupils|year\s+\d+s?|classmates|people\s+in\s+my\s+(?:class|year|school|form)|club|team|fake\s+account|group\s+chat|account)\b/;
const ADULT_OR_FAMILY =
  /\b(?:dad|mum|step|parents?|uncle|aunt|auntie|grandad|grandpa|grandma|granny|nan|gran|carers?|foster|teachers?|coach|ta|tas|staff|dinner\s+lady|supervisor|driver|escort|worker|colleague|nurse|childminder|instructor|man|men|woman|adults?|boyfriend|girlfriend|partner|brother|sister|cousin|neighbour|babysitter|at\s+home|my\s+house)\b/;
// "it's at his dad's": a family home named by its owner ("dads", "mums") is family too.
export const FAMILY_OR_ADULT =
  /\b(?:dads?|mums?|step|parents?|uncle|aunt|auntie|grandad|grandpa|grandma|granny|nan|gran|carers?|foster|teachers?|coach|ta|tas|staff|dinner\s+lady|supervisor|driver|escort|worker|colleague|nurse|childminder|instructor|man|men|woman|adults?|boyfriend|girlfriend|partner|brother|sister|cousin|neighbour|babysitter|someone|somebody|at\s+home|my\s+house)\b/;

/**
 * Their own partner, said so: "my boyfriend", "my bf" (read as boyfriend by then), "my ex". A mum's boyfriend
 * ("my mums boyfriend"), "my ex husbands new partner", "my ex teacher", "nobody will be my partner" (in class) and
 * "hes not my partner" are not.
 */
const OWN_PARTNER =
  /(?<!\b(?:be|not|as|no)\s)\bmy\s+(?:ex\s+)?(?:boyfriend|girlfriend|partner|husband|wife|hubby|fiance|fiancee|ex|other\s+half)\b(?!\s+(?:teacher|school|carer|foster|social|worker|best|mate|friend|neighbour|husbands|boyfriends|girlfriends|partners|wifes|wives)\b)/;
/** Anyone else who may be the one doing it, beside the partner ("my dad hits me and my boyfriend helps"). */
const SOMEONE_ELSE = /\b(?:dads?|mums?|mams?|step|parents?|uncle|aunt|auntie|grandad|grandpa|grandma|granny|nan|gran|carers?|foster|teachers?|coach|staff|brother|sister|cousin|neighbour|housemates?|babysitter|friends?|mates?|boys|girls|kids|they|man|men|woman|someone|somebody)\b/;
/** A child, or "him" or "her", the one harmed ("my partner is far too rough with my son", "smacks her round the head"). */
const SOMEONE_ELSE_HARMED =
  /\b(?:son|daughter|child|children|kids?|baby)\b|\b(?:hits?|smacks?|slaps?|hurts?|kicks?|grabs?|throws|twists|punch(?:es)?|rough\s+with|hard\s+on|strict\s+with|out\s+on|watch|leaves|calls)\s+(?:him|her|them|our)\b/;
/** Harm to the one telling, said so ("threw a chair at me", "pushed me", "threatening me"). */
const HARMS_ME = /\b(?:\w+(?:s|ed|es|ing)|hit|threw|bit|held|kept|took|shook|beat|choked)\s+(?:at\s+)?me\b/;

/** Their own partner harming them, nobody else named as doing it and no child told of as the one harmed. */
function byOwnPartner(text: string): boolean {
  return OWN_PARTNER.test(text) && !SOMEONE_ELSE.test(text) && (!SOMEONE_ELSE_HARMED.test(text) || HARMS_ME.test(text));
}

/**
 * Hurt by other young people at school or online is bullying; the same by family or adults is harm from others;
 * by their own partner, with nobody else in it, domestic abuse ("my partner slaps me if i say no").
 */
export function byWhom(category: ConcernCategory, text: string): ConcernCategory {
  if ((category === 'harm_from_others' || category === 'bullying') && byOwnPartner(text)) return 'domestic_abuse';
  if (category === 'harm_from_others' && PEER_CONTEXT.test(text) && !FAMILY_OR_ADULT.test(text)) return 'bullying';
  if (category === 'bullying' && ADULT_OR_FAMILY.test(text) && !PEER_CONTEXT.test(text)) return 'harm_from_others';
  return category;
}
