import { firm, r, type Rule } from './shared';

/**
 * Neglect told without the word, in any voice: days without food, dry cereal or bread from the bin
 * as tea; a child alone till late, all night, or left in charge of a baby; nobody noticing where one
 * is or whether one went to school; an illness, a bad tooth or a missed appointment that nobody
 * sees to; shoes with holes, no coat, no bed; a parent who says so of themselves.
 */

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the\\s+weekend|last\\s+week)';

/** Going without food for days, or eating what nobody should have to. */
export const DAYS_WITHOUT_FOOD: readonly Rule[] = [
  firm(
    'neglect',
    `\\b(?:no\\s+food|nothing\\s+to\\s+eat|not\\s+(?:had|eaten)\\s+(?:anything|food|a\\s+meal)|havent\\s+(?:had\\s+(?:anything|food|a\\s+meal)|eaten)|hasnt\\s+(?:had\\s+(?:anything|food)|eaten)|nothing\\s+to\\s+eat)\\s+since\\s+${DAY}\\b|\\b(?:didnt|did\\s+not|dint|havent|have\\s+not|never)\\s+(?:have|had|get|got)\\s+(?:any\\s+)?(?:breakfast|dinner|tea|lunch|food)\\s+(?:or|and)\\s+(?:breakfast|dinner|tea|lunch)\\s+(?:yesterday|today|for\\s+days)\\b`,
  ),
  firm(
    'neglect',
    "\\b(?:eat|eats|eating|ate|living\\s+on|been\\s+living\\s+on|live\\s+on|have|had|get|gets)\\s+(?:\\w+\\s+){0,2}?(?:dry\\s+cereal|cereal\\s+with\\s+water|bread\\s+(?:from|out\\s+of)\\s+(?:the\\s+)?bins?|(?:food\\s+)?(?:from|out\\s+of)\\s+(?:the\\s+)?bins|out\\s+of\\s+tins\\s+cold|cold\\s+(?:from|out\\s+of)\\s+(?:the\\s+)?tins?)\\b(?![^~]{0,30}\\b(?:all\\s+(?:he|she|they)(?:ll|\\s+will)?\\s+eats?|only\\s+thing\\s+(?:he|she|they)\\s+(?:will\\s+)?eats?|sensory|texture|likes?\\s+it|loves?\\s+it|snack)\\b)|\\b(?:cereal|bread|toast|crisps|noodles|biscuits)\\b[^~]{0,30}\\b(?:thats\\s+all\\s+there\\s+is|there\\s+(?:isnt|is\\s+not)\\s+anything\\s+else|theres\\s+nothing\\s+else)\\b|\\bthere\\s+(?:never\\s+is|is\\s+never|s\\s+never)\\s+(?:any|enough)\\s+(?:food|tea|dinner|milk|bread)\\b(?![^~]{0,15}\\b(?:at\\s+(?:lunch|school|college|break|the\\s+canteen|the\\s+party)|in\\s+the\\s+canteen)\\b)|\\b(?:dont|do\\s+not|never)\\s+(?:have|get)\\s+(?:any\\s+)?(?:food|dinner|tea)\\s+at\\s+(?:mine|home|my\\s+house|my\\s+(?:dads|mums))\\b|\\b(?:breakfast|dinner|tea|food)\\b[^~]{0,30}\\b(?:dont|do\\s+not|never)\\s+get\\s+any\\s+at\\s+home\\b|\\b(?:forgets?|forgot|forgotten)\\s+to\\s+feed\\s+(?:me|us|him|her|them|the\\s+(?:kids|baby|children))\\b|\\ban\\s+empty\\s+fridge\\b|\\bfridge\\s+(?:is|s)\\s+(?:mostly|usually|often|nearly\\s+always)\\s+empty\\b",
  ),
];

/** A child alone till late, all night, or looking after a baby while the adult is out. */
export const ALONE_TILL_LATE: readonly Rule[] = [
  firm(
    'neglect',
    '\\b(?:on\\s+(?:my|his|her|our)\\s+own|alone|by\\s+(?:my|him|her|our)sel(?:f|ves))\\s+(?:after\\s+school\\s+)?(?:till|until|til)\\s+(?:really\\s+late|very\\s+late|late|its\\s+dark|dark|midnight)\\b(?:[^~]{0,40}\\b(?:all\\s+night|im\\s+\\d|i\\s+am\\s+\\d|no\\s+key|dont\\s+have\\s+a\\s+key|wait\\s+outside|sometimes|every))?|\\b(?:goes|go|went|going)\\s+out\\s+(?:at\\s+night|every\\s+night|all\\s+night|drinking|to\\s+the\\s+pub|clubbing)\\s+and\\s+leaves?\\s+(?:me|us|him|her|them)\\b|\\bleaves?\\s+(?:him|her|them|the\\s+baby|my\\s+(?:baby|little)\\s+(?:brother|sister))\\s+with\\s+me\\s+(?:all\\s+(?:day|night)|every\\s+(?:day|night)|for\\s+(?:days|hours))\\b|\\bleaves?\\s+me\\s+in\\s+(?:his|her|the)\\s+(?:flat|house)\\s+on\\s+my\\s+own\\b|\\b(?:nobody|no\\s+one|noone)\\s+(?:picks?|picked|comes?\\s+to\\s+(?:get|pick))\\s+(?:me|him|her|us)\\s+up\\b[^~]{0,40}\\b(?:wait|waited|waiting)\\s+(?:\\w+\\s+){0,3}?(?:till|until|til)\\s+(?:\\d|dark|late|its\\s+dark)|\\b(?:little|young)\\s+(?:son|daughter|boy|girl|one)\\s+(?:stay|stays)\\s+(?:alone|on\\s+(?:his|her)\\s+own)\\s+at\\s+home\\b',
  ),
  firm(
    'neglect',
    '\\bin\\s+(?:just|only)\\s+a\\s+nappy\\b[^~]{0,40}\\b(?:street|road|for\\s+hours|late\\s+at\\s+night|crying|in\\s+the\\s+cold)\\b|\\b(?:\\d|two|three|four|five)\\s+year\\s+old\\b[^~]{0,30}\\b(?:out\\s+in\\s+the\\s+street|left\\s+in\\s+the\\s+(?:flat|house)|wandering)\\b[^~]{0,30}\\b(?:on\\s+(?:his|her)\\s+own|alone|late|night|while|stranger)\\b',
  ),
];

/** Nobody noticing where one is, whether one came home or went to school. */
export const NOBODY_NOTICES: readonly Rule[] = [
  firm(
    'neglect',
    '\\b(?:nobody|no\\s+one|noone|no\\s+body)\\s+(?:at\\s+home\\s+)?(?:has\\s+|even\\s+)?(?:notices?|noticed|cares?|asks?|checks?|checked)\\s+(?:when|if|where|whether)\\s+(?:i|im|ive)\\s+(?:dont\\s+come\\s+home|didnt\\s+come\\s+home|come\\s+(?:home|back)|am\\b|go\\b|been\\s+off|havent\\s+been|stay\\s+out|stayed\\s+out)|\\b(?:nobody|no\\s+one|noone)\\s+(?:at\\s+home\\s+)?(?:has\\s+)?noticed\\s+(?:ive|i\\s+have|i)\\s+(?:been\\s+)?(?:off\\s+school|not\\s+(?:been\\s+)?(?:in|at)\\s+school|missing)\\b|\\b(?:no\\s+one|nobody|noone)\\s+at\\s+home\\s+cares\\s+(?:if|where|whether|what)\\b|\\b(?:no\\s+one|nobody|noone|theres\\s+no\\s+one)\\s+(?:to\\s+)?(?:wakes?|wake)\\s+me\\s+(?:up\\s+)?(?:for\\s+school|or\\s+get\\s+me\\s+ready)\\b|\\b(?:nobody|no\\s+one|noone)\\s+checks\\s+(?:if|whether|that)\\s+(?:i|ive|he|hes|she|shes)\\s+(?:has\\s+|have\\s+)?(?:eaten|ate|washed|had\\s+a\\s+(?:bath|shower|wash)|done\\s+my\\s+teeth|got\\s+(?:my|his|her)\\s+meds|taken\\s+(?:my|his|her)\\s+(?:meds|tablets))\\b',
  ),
];

const AILMENT = '(?:tooth|teeth|toothache|ear|ears|eye|eyes|skin|rash|infection|cough|chest|sore|lump|wound|bite|leg|foot|feet|back)';
const BRUSHED_OFF =
  '(?:stop\\s+moaning|it\\s+(?:will|ll)\\s+go\\s+away|its\\s+nothing|tough|tuff|toughen\\s+up|(?:dentists?|doctors?|glasses|opticians?)\\s+(?:cost|are)\\s+too\\s+(?:much|expensive)|(?:i\\s+am|im)\\s+too\\s+expensive|no\\s+point\\s+buying)';

/** An illness or a hurt nobody sees to; appointments missed again and again. */
export const HURT_NOT_SEEN_TO: readonly Rule[] = [
  r(
    'neglect',
    `\\b${AILMENT}\\b[^~]{0,80}\\b(?:says?|said|keeps\\s+saying|just\\s+says?)\\s+${BRUSHED_OFF}\\b|\\b(?:says?|said|just\\s+says?)\\s+${BRUSHED_OFF}\\b[^~]{0,60}\\b(?:\\d+\\s+weeks|weeks|months|a\\s+month|a\\s+year|${AILMENT}|holes|wet|hurts|cant\\s+see)\\b|\\b(?:no\\s+one|nobody|noone|no\\s+ones|nobodys)\\s+(?:has\\s+|s\\s+)?(?:looked\\s+at|seen\\s+to|treated|checked)\\s+(?:it|them|that)\\b`,
  ),
  r(
    'neglect',
    '\\b(?:never|not|hasnt|hadnt|havent|has\\s+not|had\\s+not|still\\s+not)\\s+(?:\\w+\\s+)?(?:seen|been\\s+to|had)\\s+(?:a|the|any)\\s+(?:doctor|dentist|gp|optician)\\s+(?:in|for)\\s+(?:years|ages)\\b|\\b(?:not|never)\\s+had\\s+any\\s+of\\s+(?:his|her|their|my)\\s+(?:jabs|vaccinations|injections)\\b|\\b(?:teeth|tooth)\\s+(?:is|are|has|have|s|gone)\\s+(?:gone\\s+)?(?:black|brown|rotten)\\b[^~]{0,60}\\b(?:never|no\\s+one|nobody|not|hurt|cries|dentist|months)\\b|\\b(?:missed|miss|keep\\s+missing|keeps\\s+missing)\\s+(?:my|his|her|the)\\s+(?:\\w+\\s+){0,2}?(?:appointments?|check\\s*ups?|check)\\b[^~]{0,60}\\b(?:nobody|no\\s+one|noone|waste\\s+of\\s+time|no\\s+time|dont\\s+have\\s+time|(?:\\d|three|four|five)\\s+times|the\\s+last\\s+(?:\\d|three|four|five))\\b',
  ),
  r(
    'neglect',
    '\\b(?:ran|run|have\\s+run|has\\s+run|weve\\s+run|had\\s+run)\\s+out\\s+of\\s+(?:his|her|my|their|the)\\s+(?:\\w+\\s+)?(?:meds|medication|medicine|tablets|inhaler|insulin|pump|prescription|epipen)\\b[^~]{0,60}\\b(?:havent|hasnt|have\\s+not|has\\s+not|no\\s+one|nobody|wont|for\\s+(?:weeks|months|ages|days))\\b|\\b(?:forgets?|forgot)\\s+(?:to\\s+)?(?:pick\\s+up|collect|give|do|order)\\s+(?:\\w+\\s+){0,2}?(?:meds|medication|medicine|tablets|insulin|inhaler|prescription|feeds?)\\b[^~]{0,40}\\b(?:days|all\\s+weekend|half\\s+the\\s+time|fit|seizures?|poorly|ill)\\b|\\b(?:forgot|forgets)\\s+all\\s+weekend\\b|\\b(?:feed(?:ing)?\\s+tube|peg|tube\\s+feed|stoma|line)\\b[^~]{0,60}\\b(?:(?:hasnt|havent|isnt|not)\\s+been\\s+(?:cleaning|cleaned|done)|doesnt\\s+get\\s+done|not\\s+done\\s+properly|red\\s+and\\s+crusty)\\b',
  ),
];

/** Worn-out or missing basics: shoes with holes, no coat, no bed, a room not fit to sleep in. */
export const WORN_THROUGH: readonly Rule[] = [
  firm(
    'neglect',
    '\\b(?:shoes|shoos|trainers|boots)\\s+(?:have|has|got|hav)\\s+(?:got\\s+)?holes\\b[^~]{0,40}\\b(?:wet|cold|soaked|nobody|no\\s+one|tough|tuff|no\\s+point|wont)\\b|\\b(?:dont|do\\s+not|havent)\\s+(?:have|got)\\s+a\\s+(?:winter\\s+)?coat\\b(?!\\s+(?:on|with\\s+me|today))|\\bno\\s+coat\\s+for\\s+(?:the\\s+)?winter\\b|\\bsleep\\w*\\s+(?:on|under)\\s+coats\\b|\\bsleep\\w*\\s+in\\s+(?:the\\s+bath|my\\s+coat)\\b|\\b(?:mattress|bed)\\b[^~]{0,25}\\b(?:no\\s+sheets|wee\\s+stains|wet\\s+and|soaked)\\b|\\b(?:nobody|no\\s+one|noone)\\s+(?:changed|changes|came\\s+to\\s+change)\\s+(?:me|him|her|(?:my|his|her)\\s+(?:pads?|nappy|nappies|bed|sheets|wet\\s+clothes))\\b|\\b(?:nobody|no\\s+one)\\s+(?:bought|buys|will\\s+buy|gets?|got)\\s+me\\s+(?:any\\s+)?(?:pads|new\\s+(?:stuff|clothes|shoes|uniform)|a\\s+coat|shoes|clothes)\\b|\\b(?:way\\s+)?too\\s+small\\b[^~]{0,30}\\b(?:nobody|no\\s+one)\\s+(?:will|wont)\\s+buy\\b',
  ),
  firm(
    'neglect',
    '\\b(?:rats|mice|cockroaches|maggots)\\s+(?:come\\s+in|get\\s+in|in)\\s+(?:my\\s+room|the\\s+food|the\\s+kitchen|our\\s+kitchen|my\\s+bed)\\b|\\b(?:dog|cat)\\s+(?:mess|poo|poop|wee)\\s+(?:all\\s+over|on)\\s+(?:the\\s+|our\\s+)?(?:floor|kitchen|carpet)\\b|\\brubbish\\s+everywhere\\b|\\bmould\\s+(?:all\\s+over|everywhere|on\\s+(?:the|my)\\s+walls?)\\b[^~]{0,40}\\b(?:chest|cough|wont|never|nobody|no\\s+one|asthma|bad)\\b|\\btoilet\\s+(?:dont|doesnt|wont)\\s+flush\\b[^~]{0,30}\\b(?:bucket|months|since|weeks)\\b|\\b(?:dont|do\\s+not)\\s+have\\s+a\\s+washing\\s+machine\\b[^~]{0,50}\\b(?:smell|stink|soap|another\\s+uniform)\\b|\\bhavent\\s+had\\s+hot\\s+water\\s+for\\s+(?:weeks|months)\\b|\\bcold\\s+in\\s+(?:the\\s+)?house\\s+no\\s+heat\\b',
  ),
];

/** A parent saying of themselves that the children go without. */
export const PARENT_NOT_COPING: readonly Rule[] = [
  firm(
    'neglect',
    '\\b(?:havent|have\\s+not|not)\\s+been\\s+able\\s+to\\s+feed\\s+(?:my|the)\\s+(?:kids|children|son|daughter|baby|boys|girls)\\b|\\b(?:kids|children)\\s+(?:sort|fend\\s+for)\\s+themselves\\b|\\bbrings?\\s+(?:him|her)self\\s+up\\b|\\b(?:dont|do\\s+not)\\s+give\\s+(?:him|her|them)\\s+(?:any\\s+)?(?:lunch|dinner|tea|food|breakfast)\\s+if\\s+(?:he|she|they|hes|shes|theyve|theyre)\\b|\\bleave\\s+(?:him|her)\\s+in\\s+(?:his|her)\\s+room\\s+(?:most|all)\\s+(?:of\\s+)?(?:the\\s+)?day\\b',
  ),
];

/** Care that is someone's to give and is left undone: feeds skipped, medicine untouched, no toothbrush. */
export const CARE_LEFT_UNDONE: readonly Rule[] = [
  r(
    'neglect',
    '\\b(?:blister\\s+packs?|tablets|meds|medication|pills)\\s+(?:untouched|not\\s+touched|still\\s+full)\\b|\\b(?:hadnt|hasnt|havent|not)\\s+been\\s+given\\s+(?:his|her|my)\\s+(?:\\w+\\s+){0,2}?(?:meds|medication|medicine|inhaler|preventer|tablets|insulin|pump)\\b|\\b(?:mum|mam|mom|dad|carer|carers|stepmum|stepdad|nan|they|she|husband|wife|partner|boyfriend|girlfriend|ex)\\s+(?:\\w+\\s+)?(?:skips?|skipped)\\s+(?:his|her|the|my)?\\s*(?:tube\\s+)?feeds\\b|\\b(?:mum|mam|mom|dad|carer|carers|stepmum|stepdad|nan|they|she|husband|wife|partner|boyfriend|girlfriend|ex)\\s+(?:\\w+\\s+)?refuses?\\s+to\\s+(?:take|bring|give|do|book)\\b[^~]{0,30}\\b(?:appointments?|dentist|doctor|gp|hospital|meds|medication|insulin|physio|feeds?)\\b|\\b(?:nobody|no\\s+one|noone)\\s+does\\s+(?:his|her|my)\\s+(?:physio|stretches|exercises|feeds?|physiotherapy)\\b|\\b(?:binned|threw\\s+away|ripped\\s+up|hid)\\s+the\\s+(?:letter|appointment\\s+letter|referral|prescription)\\b|\\b(?:epipens?|epi\\s+pens?|inhalers?|insulin|meds|medicine)\\s+(?:is\\s+|s\\s+|are\\s+)?out\\s+of\\s+date\\b[^~]{0,40}\\b(?:a\\s+year|months|not\\s+to\\s+worry|wont|no\\s+one|nobody|ages)\\b',
  ),
  firm(
    'neglect',
    '\\b(?:dont|do\\s+not|havent)\\s+(?:have|got)\\s+(?:his|her|my)\\s+(?:pump|inhaler|insulin|epipen|meds|medicine|tablets|glasses|hearing\\s+aids?)\\b(?!\\s+(?:with|today|in\\s+(?:my|his|her)\\s+bag|at\\s+school))[^~]{0,60}\\b(?:ages|months|a\\s+year|never)\\b|\\b(?:dont|do\\s+not|havent)\\s+(?:have|hav|got)\\s+(?:a|any)\\s+(?:tooth\\s*brush|pjs|pyjamas|duvet|blanket|pillow)\\b|\\b(?:got|have)\\s+no\\s+(?:pjs|pyjamas|covers?|duvet|blanket|pillow|tooth\\s*brush)\\b|\\b(?:wasnt|was\\s+not|not|never)\\s+allowed\\s+(?:to\\s+go\\s+)?to\\s+(?:the\\s+)?(?:doctor|doctors|dentist|hospital|gp)\\b|\\b(?:dont|never)\\s+(?:go|get\\s+taken)\\s+to\\s+(?:the\\s+)?(?:doctor|doctors|dokter|docter|gp|dentist)\\s+when\\s+(?:i\\s+am|im|i\\s+m)\\s+(?:sick|sik|ill|poorly)\\b|\\b(?:nobody|no\\s+one|noone)\\s+(?:helps?|helped)\\s+(?:me|him|her|them)\\s+(?:to\\s+)?(?:shower|wash|bath|get\\s+dressed|use\\s+the\\s+toilet)\\b',
  ),
  firm(
    'neglect',
    '\\b(?:home\\s+alone|on\\s+my\\s+own|alone)\\s+(?:lots|a\\s+lot|all\\s+the\\s+time|every\\s+night)\\b[^~]{0,20}\\b(?:mum|dad|mummy|daddy|they)\\s+(?:is\\s+|s\\s+)?(?:at|in|down)\\s+(?:the\\s+)?(?:pub|club|bar|bookies)\\b|\\bcovered\\s+in\\s+(?:flea|bed\\s*bug)\\s+bites\\b|\\bi\\s+do\\s+all\\s+the\\s+(?:shopping|cooking|cleaning)\\b[^~]{0,40}\\b(?:cos|because)\\s+(?:mum|dad|mums|dads)\\s+(?:is\\s+|s\\s+)?(?:always\\s+)?(?:out\\s+all\\s+(?:night|day)|drunk|wasted|high|never\\s+home|always\\s+out)\\b|\\btoilet\\s+(?:dont|doesnt|wont)\\s+(?:work|flush)\\b[^~]{0,20}\\b(?:for\\s+(?:long|ages|weeks|months)|since)\\b|\\b(?:glass|needles|poo|sick|rubbish)\\b[^~]{0,90}\\b(?:nobody|no\\s+one|noone)\\s+(?:clears?|cleans?|sweeps?)\\s+(?:it|them)\\b',
  ),
];
