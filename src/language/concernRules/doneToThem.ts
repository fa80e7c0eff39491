import { RELATIVE } from '../familyWords';
import { firm, r, type Rule } from './shared';

/**
 * Who does what to whom, told about someone else or through the object: a grandmother who pinches
 * a child, staff who withhold food unless he behaves or mock how he talks, cold water tipped over a
 * child who would not stop crying, fingers slammed in a door again and again, a belt kept in sight
 * as a warning, a child covering their ears while adults fight. The older rules read "hits me".
 */
const CARER =
  '(?:grandma|grandad|grandmother|grandfather|nan|nana|gran|granny|grandpa|uncle|aunt|auntie|step\\s+(?:dad|mum)|(?:his|her)\\s+(?:dad|mum)|childminder|babysitter|carer|carers|teacher|teachers|staff|tutor|coach|foster\\s+(?:dad|mum|carer))';
/** Someone at home or in the family, named after a denial of someone else. */
const FAMILY = String.raw`(?:his|her|my|their)\s+(?:own\s+)?(?:${RELATIVE})`;
const BODY = '(?:own\\s+)?(?:head|arm|leg|knee|hand|foot|face|toe|finger|elbow|back|nose|shin|lip|tongue|ankle|wrist)s?';

export const DONE_TO_THEM: readonly Rule[] = [
  // "nobody hurt him, his dad did": a denial that names who did it. "nobody hurt him, he fell off his bike" names no one.
  // Firm: the person named is the answer to who did it, however little the classifier makes of so few words.
  firm('harm_from_others', `\\b(?:nobody|no\\s*one|no\\s+body)\\s+(?:\\w+\\s+)?(?:hurt|hurts|hit|hits|harmed|harms|did\\s+(?:it|that|this))(?:\\s+(?:him|her|them|me))?\\s*[,.;!-]*\\s*(?:(?:it\\s+was|its|it\\s+is)\\s+${FAMILY}\\b|${FAMILY}\\s+(?:did|does|done\\s+it|do)\\b(?=\\s*(?:(?:tho|though|too|as\\s+well)\\b\\s*)?(?:$|[,.;!?]|it\\b|that\\b|this\\b|to\\s+(?:him|her)\\b|and\\b|when\\b)))`),
  // "no one at school, it's at his dad's": the place denied, then a family home named as where it happens.
  r('harm_from_others', `\\b(?:nobody|no\\s*one|no\\s+body)\\s+at\\s+(?:school|home|nursery|college|club)\\s*[,.;!-]*\\s*(?:(?:it\\s*s|it\\s+is|it\\s+happens|only|just)\\s+)*at\\s+${FAMILY}s?\\b`),
  r('harm_from_others', `\\b${CARER}\\s+(?:\\w+\\s+)?(?:pinches|pinched|slaps|slapped|hits|smacks|smacked|kicks|kicked|punches|punched|shakes|shook|grabs|grabbed|twists|twisted|nips|nipped|drags|dragged|shoves|shoved|scratches|scratched)\\s+(?:him|her|them)\\b(?!\\s*(?:${BODY}|mum|dad|mam|brother|sister|nan|gran|friend|mate|dog|cat)\\b)(?![^~]{0,30}\\b(?:in\\s+the\\s+game|by\\s+accident|playing|tag|play\\s+fight\\w*)\\b)`),
  r('harm_from_others', '\\b(?:withhold|withholds|withheld|take\\s+away|takes\\s+away|took\\s+away|stop|stops|stopped|keep|keeps|kept)\\b[^~]{0,40}\\b(?:food|foods|meals?|dinner|tea|drinks?|water|meds|medication)\\b[^~]{0,50}\\b(?:if|unless|when|until|till)\\s+(?:he|she|they|i)\\s+(?:doesnt|dont|does\\s+not|do\\s+not|wont|will\\s+not|misbehaves?|behaves?|play\\s+up|plays\\s+up|says\\s+sorry|stops?)\\b|\\b(?:mock|mocks|mocked|mocking|laugh\\s+at|laughs\\s+at|laughed\\s+at|copy|copies|copied)\\s+(?:how|the\\s+way)\\s+(?:he|she|i)\\s+(?:talks|speaks|walks|moves|signs|eats)\\b'),
  r('harm_from_others', '\\b(?:tip|tipped|tips|pour|poured|pours|threw|throws|throw|splash\\w*|chuck\\w*)\\s+(?:a\\s+(?:jug|bucket|cup|glass)\\s+of\\s+)?(?:cold\\s+|icy\\s+|freezing\\s+)?water\\s+(?:over|on|at)\\b[^~]{0,60}\\b(?:wouldnt|would\\s+not|wont|didnt|did\\s+not|couldnt)\\s+(?:stop|settle|listen|behave|eat|sleep|be\\s+quiet)\\b|\\b(?:keeps|kept|always|every\\s+time)\\s+(?:\\w+\\s+)?(?:slamming|slams|shutting|shuts|trapping|traps)\\s+my\\s+(?:fingers?|hand|hands)\\s+in\\b'),
  r('harm_from_others', '\\b(?:keeps?|kept|puts?|leaves?|left|hangs?)\\s+(?:his|her|the|a)\\s+(?:belt|stick|cane|slipper|wooden\\s+spoon|whip)\\b[^~]{0,50}\\b(?:to\\s+remind|remind\\s+us|so\\s+(?:we|i)\\s+(?:know|remember)|as\\s+a\\s+warning|to\\s+warn|to\\s+scare|what\\s+happens)\\b'),
  // Threats posted about meeting someone, a day without cruelty wished for, an injury from a thrown thing.
  r('harm_from_others', '\\b(?:posting|posted|saying|said|messaging|messaged|texting|telling\\s+people)\\s+(?:that\\s+)?(?:theyre|they\\s+are|hes|he\\s+is|shes|she\\s+is)\\s+(?:gonna|going\\s+to)\\s+(?:get|jump|find|do|sort|catch|batter|wait\\s+for|stab|shank|merk)\\s+me\\b|\\b(?:posting|posted|saying|messaging|texting)(?<=\\b(?:scared|afraid|frightened|terrified)\\b[^~]{0,100})\\s+(?:that\\s+)?(?:theyre|they\\s+are|hes|shes)\\s+(?:gonna|going\\s+to)\\s+see\\s+me\\b|\\b(?:bump|bruise|cut|mark|lump|scar|black\\s+eye)\\s+(?:on\\s+my\\s+\\w+\\s+)?from\\s+when\\s+(?:my\\s+)?(?:dad|mum|step\\s+dad|step\\s+mum|he|she|uncle|brother|sister)\\s+(?:threw|chucked|lobbed|flung)\\b'),
  r('bullying', '\\b(?:one|a|single)\\s+day\\s+without\\s+(?:them|people|kids|everyone|someone|anyone|the\\s+others)\\s+(?:saying|calling|laughing|picking|hitting|pushing|messaging|having\\s+a\\s+go)\\b'),
  // Cruel names said in simple English ("on fone they say i ugly"): bullying, or harm when an adult says them.
  r('bullying', '\\b(?:say|says|said|call|calls|called|tell|tells|told)\\s+(?:me\\s+)?(?:that\\s+)?i\\s+(?:(?:is|was|look|looks|smell|smells)\\s+)?(?:ugly|fat|stupid|thick|dumb|smelly|weird|a\\s+freak|disgusting|retarded|a\\s+retard|worthless|smell|stink|stinks|smells)\\b'),
  r('domestic_abuse', '\\b(?:get|take|keep)\\s+(?:my\\s+)?(?:mum|mam|sister|nan)\\s+(?:away|safe)\\s+from\\s+(?:him|my\\s+dad|dad|my\\s+step\\s+dad|step\\s+dad|her\\s+(?:\\w+\\s+)?(?:boyfriend|partner|husband))\\b'),
  r('domestic_abuse', '\\b(?:put|puts|cover|covers|covering|block|hold|holds)\\s+(?:my\\s+)?(?:fingers\\s+in\\s+my\\s+ears|my\\s+ears|hands\\s+over\\s+my\\s+ears|a\\s+pillow\\s+over\\s+my\\s+head|my\\s+headphones\\s+on)\\b[^~]{0,30}\\b(?:when|while|cos|because)\\s+(?:they|mum\\s+and\\s+\\w+|my\\s+parents|dad\\s+and\\s+\\w+)\\s+(?:fight|fights|fighting|argue|argues|arguing|row|rows|rowing|scream\\s+at\\s+each\\s+other)\\b'),
];
