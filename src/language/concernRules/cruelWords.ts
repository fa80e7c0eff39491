import { r, type Rule } from './shared';

/**
 * Emotional abuse by a parent or carer said in their own words: wishing the child had never been
 * born or was dead, blaming the child for a parent leaving, threatening to put them in care, calling
 * them evil or worthless day after day.
 */
const CARER =
  '(?:mum|mummy|mam|dad|daddy|step\\s+(?:mum|dad)|stepmum|stepdad|dads\\s+(?:new\\s+)?(?:wife|girlfriend|partner)|mums\\s+(?:new\\s+)?(?:husband|boyfriend|partner)|nan|gran|grandma|grandad|uncle|aunt|auntie|aunty|foster\\s+(?:carer|mum|dad)|carer|parents|she|he|they)';

export const CRUEL_WORDS: readonly Rule[] = [
  r('harm_from_others', `\\b${CARER}\\s+(?:\\w+\\s+){0,2}?(?:says?|said|tells?\\s+me|told\\s+me|keeps\\s+saying|screams?|shouts?)\\s+(?:that\\s+)?(?:she|he|they)\\s+(?:wish(?:es|ed)?|wants?|wanted)\\s+(?:that\\s+)?(?:i\\s+(?:was|were|had)\\s+(?:never\\s+(?:been\\s+)?born|dead|not\\s+born)|(?:she|he|they)\\s*(?:d|had)\\s+(?:aborted\\s+me|never\\s+had\\s+me|got\\s+rid\\s+of\\s+me)|id\\s+never\\s+been\\s+born|me\\s+dead|me\\s+gone)\\b|\\b${CARER}\\s+(?:says?|said|tells?\\s+me|told\\s+me|keeps\\s+saying)\\s+(?:that\\s+)?(?:im|i\\s+am|i\\s+was)\\s+the\\s+reason\\s+(?:my\\s+)?(?:dad|mum|he|she)\\s+left\\b`),
  r('harm_from_others', `\\b${CARER}\\s+(?:\\w+\\s+){0,2}?(?:says?|said|threatens?|threatened|keeps\\s+saying|told\\s+me)\\s+(?:that\\s+)?(?:she|he|they|shell|hell|theyll)\\s*(?:will|ll|is\\s+going\\s+to|are\\s+going\\s+to|s\\s+going\\s+to|would|d)?\\s*(?:to\\s+)?(?:put|send)\\s+me\\s+(?:in|into)\\s+(?:care|a\\s+home|a\\s+childrens\\s+home)\\b|\\b${CARER}\\s+(?:says?|said|calls?|called|tells?\\s+me|told\\s+me)\\s+(?:that\\s+)?(?:im|i\\s+am|me)\\s+(?:evil|the\\s+devil|worthless|useless|a\\s+mistake|an\\s+animal|disgusting|a\\s+waste\\s+of\\s+space)\\b[^~]{0,40}\\b(?:every\\s+day|all\\s+the\\s+time|most\\s+days|when|a\\s+lot|and\\s+(?:that|laughs)|in\\s+front\\s+of|why)\\b`),
];
