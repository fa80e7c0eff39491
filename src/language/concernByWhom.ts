import type { ConcernCategory } from './concernCategories';

// Who did the hurt decides its kind: young people at school or online (bullying), or family and adults (harm from others).

const PEER_CONTEXT =
  /\b(?:school|class|classroom|lessons?|corridors?|playground|break\s*time|break|lunch|lunchtime|dinner\s+hall|bus|bus\s+stop|online|pe|changing\s+rooms|kids|boys|girls|students|pupils|year\s+\d+s?|classmates|people\s+in\s+my\s+(?:class|year|school|form)|club|team|fake\s+account|group\s+chat|account)\b/;
const ADULT_OR_FAMILY =
  /\b(?:dad|mum|step|parents?|uncle|aunt|auntie|grandad|grandpa|grandma|granny|nan|gran|carers?|foster|teachers?|coach|ta|tas|staff|dinner\s+lady|supervisor|driver|escort|worker|colleague|nurse|childminder|instructor|man|men|woman|adults?|boyfriend|girlfriend|partner|brother|sister|cousin|neighbour|babysitter|at\s+home|my\s+house)\b/;
// "it's at his dad's": a family home named by its owner ("dads", "mums") is family too.
export const FAMILY_OR_ADULT =
  /\b(?:dads?|mums?|step|parents?|uncle|aunt|auntie|grandad|grandpa|grandma|granny|nan|gran|carers?|foster|teachers?|coach|ta|tas|staff|dinner\s+lady|supervisor|driver|escort|worker|colleague|nurse|childminder|instructor|man|men|woman|adults?|boyfriend|girlfriend|partner|brother|sister|cousin|neighbour|babysitter|someone|somebody|at\s+home|my\s+house)\b/;

/** Hurt by other young people at school or online is bullying; the same by family or adults is harm from others. */
export function byWhom(category: ConcernCategory, text: string): ConcernCategory {
  if (category === 'harm_from_others' && PEER_CONTEXT.test(text) && !FAMILY_OR_ADULT.test(text)) return 'bullying';
  if (category === 'bullying' && ADULT_OR_FAMILY.test(text) && !PEER_CONTEXT.test(text)) return 'harm_from_others';
  return category;
}
