import { stem } from './features';

/**
 * Features for the concern classifier, the safety net behind the rules: stems and stem pairs of
 * the normalised message (idioms already set aside), and cues for who is involved and what kind of
 * harm words appear. It catches wordings the rules have not met, at a threshold set in training.
 */

const KEEP_SHORT = new Set(['me', 'my', 'i', 'us', 'he', 'she', 'it', 'no', 'up', 'on', 'in', 'at', 'to']);

const CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['family', /\b(?:dad|mum|step|parents?|uncle|aunt|auntie|grandad|grandpa|grandma|nan|gran|carers?|foster|brother|sister|cousin|boyfriend|girlfriend|partner)\b/],
  ['adult', /\b(?:man|men|woman|adult|adults|older|stranger|lads|guy|guys)\b/],
  ['online', /\b(?:online|snapchat|snap|insta|instagram|tiktok|discord|roblox|whatsapp|internet)\b/],
  ['death', /\b(?:die|died|dying|dead|death|suicide|suicidal|overdose|pills|rope|noose|heaven|goodbye|kill\s+myself|killing\s+myself|end\s+my\s+life)\b/],
  ['injury', /\b(?:cut|cuts|cutting|blade|blades|razor|bleed|bleeding|blood|scars?|burn|burns|burnt|burning|bruises?|bruised|marks)\b/],
  ['violence', /\b(?:hit|hits|hitting|beat|beats|beating|beaten|punch\w*|kick\w*|slap\w*|smack\w*|hurt|hurts|hurting|shove\w*|choke\w*|strangl\w*|threw|pinch\w*|attack\w*|violent|violence|belt)\b/],
  ['sexual', /\b(?:touch|touches|touched|touching|private|privates|naked|nude|nudes|sex|sexual|sexually|rape|raped|kissed|pants|knickers|porn|undress\w*)\b/],
  ['fear', /\b(?:scared|frightened|afraid|terrified|petrified|unsafe|threat\w*)\b/],
  ['secret', /\b(?:secret|secrets|not\s+(?:to\s+)?tell)\b/],
  ['crime', /\b(?:drugs?|weed|owe|debt|gang|blackmail\w*|county\s+lines)\b/],
  ['hunger', /\b(?:hungry|starving|no\s+food|not\s+fed|feed\s+(?:us|me))\b/],
  ['meanness', /\b(?:names|laugh\s+at|laughing\s+at|fun\s+of|ugly|weirdo|freak|retard\w*|bull(?:y|ied|ies|ying))\b/],
];

export function concernFeatures(cleared: string): string[] {
  const tokens = cleared.split(' ').filter((t) => t && t !== '~' && (t.length > 2 || KEEP_SHORT.has(t)));
  const stems = tokens.map((t) => stem(t));
  const out = new Set<string>(stems);
  for (let i = 0; i + 1 < stems.length; i++) out.add(`${stems[i]}_${stems[i + 1]}`);
  for (const [name, re] of CUES) if (re.test(cleared)) out.add(`#${name}`);
  return [...out];
}
