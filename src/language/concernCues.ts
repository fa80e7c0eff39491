import { WordGate } from './wordGate';

/**
 * Cue families the concern classifier reads beside words: what a message is about (who does what
 * to whom, absence of care, talk of not having a future, secrecy and threats, money and favours
 * from older people...) and what makes ordinary talk ordinary (a lesson, a joke, something over
 * and done with). Each family is a feature ("#future"), and so is each pair of families present
 * ("#money+older"), so a linear model can weigh combinations. Patterns read concernText output.
 */
export const CUE_FAMILIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['self', /\b(?:myself|my\s+self|himself|herself|themselves|on\s+purpose)\b/],
  ['death', /\b(?:die|died|dying|dead|death|suicide|suicidal|kill\s+myself|end\s+(?:it|my\s+life|things)|heaven|grave|funeral|not\s+alive|wake\s+up|sleep\s+for\s*ever|disappear|gone|exist\w*)\b/],
  ['noFuture', /\b(?:wont|will\s+not|not\s+going\s+to|dont\s+think\s+ill|never\s+going\s+to)\s+(?:be\s+(?:here|around|alive)|make\s+it|need|see|last|get\s+to)\b|\b(?:no|dont\s+have\s+a|without\s+a)\s+future\b|\bwhats\s+the\s+point\b|\bno\s+point\b|\bif\s+im\s+still\s+(?:alive|here|around)\b|\b(?:last|final)\s+time\b|\bgoodbye\b|\bgive\s+(?:my|all\s+my)\s+(?:stuff|things)\s+away\b|\bgiving\s+(?:my\s+)?(?:stuff|things)\s+away\b|\bburden\b|\bbetter\s+off\s+without\b|\bjust\s+in\s+case\b|\bwhere\s+im\s+going\b|\b(?:last\s+message|a\s+note|counting\s+down|wont\s+be\s+at|sorry\s+for\s+everything|im\s+done|not\s+scared\s+of\s+dying|where\s+im\s+going|still\s+(?:here|alive))\b/],
  ['despair', /\b(?:empty|numb|hopeless|pointless|worthless|give\s+up\s+on\s+(?:life|living|everything|myself)|given\s+up\s+on\s+(?:life|living|everything|myself)|had\s+enough|too\s+much|cant\s+(?:cope|go\s+on|do\s+this|take\s+it)|tired\s+of\s+(?:living|life|everything|being)|over\s+it|want\s+out|want\s+it\s+(?:over|to\s+stop|to\s+end))\b|\b(?:waste\s+of\s+space|shouldnt\s+exist|fade\s+away|go\s+black|hate\s+myself|nobody\s+would\s+miss|relapsed|did\s+it\s+again)\b/],
  ['selfInjury', /\b(?:cut|cuts|cutting|blade|blades|razor|sharpener|lighter|burn|burns|burning|scratch\w*|bleed\w*|blood|scars?|pills|tablets|paracetamol|overdose|rope|noose|bridge|train|platform|roof|jump|sick\s+after)\b|\b(?:carve\w*|compass|nails\s+into|bleach|pass\s+out|insulin|battery|swallow\w*|stash|edge|cliffs?|strangle\s+myself|hold\s+my\s+breath|stab\s+(?:him|her|my)self)\b/],
  ['violence', /\b(?:hit|hits|hitting|beat|beats|beating|beaten|punch\w*|kick\w*|slap\w*|smack\w*|hurt|hurts|hurting|shov\w*|push\w*|chok\w*|strangl\w*|threw|throws|pinch\w*|attack\w*|violent|violence|belt|grab\w*|drag\w*|bit|bites|stab\w*|knife|bruis\w*|black\s+eye|marks)\b|\b(?:twist\w*|stamp\w*|spit\w*|spat|under\s+the\s+water|throat|collar|off\s+the\s+floor|throw\s+me|pin\w*\s+(?:me|down))\b/],
  ['sexual', /\b(?:touch\w*|private|privates|naked|nude|nudes|sex|sexual\w*|rape\w*|kiss\w*|pants|knickers|underwear|porn|undress\w*|willy|bum|boobs|lap|bed|bath|shower|top\s+off|clothes\s+off|rude|dick|body)\b|\b(?:watch\w*\s+me|changing\s+rooms?|bathroom|up\s+my\s+skirt|mouth|special\s+time|rub\w*|bodies|sleep\w*\s+in\s+my\s+bed|share\s+a\s+bed|pad)\b/],
  ['images', /\b(?:pics?|pictures?|photos?|videos?|images?|selfies?|nudes|webcam|camera|film\w*|screenshot\w*)\b/],
  ['online', /\b(?:online|snapchat|snap|insta|instagram|tiktok|discord|roblox|whatsapp|internet|app|game|gaming|fortnite|group\s+chat|dms?|messag\w*|texts?)\b/],
  ['family', /\b(?:dad|mum|step|parents?|uncle|aunt|auntie|grandad|grandpa|grandma|nan|nana|gran|carers?|foster|brother|sister|cousin|family|nan)\b/],
  ['partner', /\b(?:boyfriend|girlfriend|partner|ex|husband|wife|fiance\w*)\b/],
  ['older', /\b(?:older|man|men|woman|adult|adults|grown\s+up|stranger\w*|lads|guy|guys|bloke|\d\d\s+year\s+old|hes\s+\d\d|shes\s+\d\d)\b|\b(?:older\s+(?:boys?|girls?|men|lads|guy|man)|sugar\s+daddy|neighbour)\b/],
  ['peer', /\b(?:school|class|classmates|year\s+\d+|kids|boys|girls|students|pupils|playground|corridor|bus|college|lunch|break|pe|friends?|mates?)\b/],
  ['fear', /\b(?:scared|frightened|afraid|terrified|petrified|unsafe|not\s+safe|danger|worried\s+(?:about\s+what|hell|shell|theyll))\b|\b(?:scare\s+me|scares\s+me|in\s+my\s+own\s+home|too\s+scared|wont\s+tell\s+the\s+police)\b/],
  ['secret', /\b(?:secret|secrets|(?:dont|not\s+to|never|wont)\s+tell|not\s+allowed\s+to\s+tell|nobody\s+knows|our\s+secret|between\s+us|delete\s+the\s+messages)\b/],
  ['threat', /\b(?:threat\w*|or\s+else|if\s+i\s+(?:dont|tell|say|leave)|will\s+(?:hurt|kill|stab|beat|get)|gonna\s+(?:hurt|kill|get)|going\s+to\s+(?:hurt|kill|get)|make\s+me\s+pay|know\s+where\s+i\s+live)\b/],
  ['money', /\b(?:money|cash|pay|paid|pays|owe|owes|owed|debt|benefits|pip|wages|bank|card|pin|savings|£\d+|fiver|tenner|gift\s+cards?|rent)\b/],
  ['gifts', /\b(?:gave\s+me|gives\s+me|give\s+me|bought\s+me|buys\s+me|buying\s+me|free|presents?|gifts?|trainers|new\s+phone|lifts?|rides?|takeaways?|vapes?|fags)\b/],
  ['crime', /\b(?:drugs?|weed|deal\w*|sell\w*|carry\w*|deliver\w*|packages?|parcels?|bags?|runner|county\s+lines|burner|gang|steal\w*|nick\w*|shoplift\w*|stash|hide|hold)\b|\b(?:drops?|errands?|moped|trap\s+house|easy\s+money|through\s+my\s+account|use\s+my\s+(?:bank\s+)?account|found\s+in|work\s+for\s+(?:them|him)|for\s+them)\b/],
  ['control', /\b(?:wont\s+let\s+me|doesnt\s+let\s+me|not\s+allowed\s+to\s+(?:see|go|leave|have)|checks?\s+my\s+phone|my\s+location|tells?\s+me\s+what\s+to\s+wear|jealous|controls?|controlling|took\s+my\s+(?:phone|passport|keys)|locks?\s+me)\b|\b(?:tracks?|tracking|location|permission|follow\w*\s+me|make\s+sure\s+im|get\s+rid\s+of\s+(?:my|all)|smashed\s+my\s+phone|goes\s+mad|gets\s+(?:angry|mad)\s+if|asks?\s+where\s+i)\b/],
  ['noCare', /\b(?:no\s+one|nobody|noone|never|doesnt|dont|wont|forgets?|forgot|left|leaves|alone|on\s+my\s+own|by\s+myself|myself)\b[^~]{0,25}\b(?:feed\w*|food|fed|eat\w*|cook\w*|wash\w*|bath\w*|clean\w*|change\w*|dress\w*|take\w*\s+me\s+to|doctor\w*|dentist|hospital|appointments?|medicine|meds|tablets|inhaler|glasses|hearing\s+aids?|wheelchair|look\w*\s+after|notice\w*|care\w*|home|night|days)\b/],
  ['basicNeeds', /\b(?:hungry|starving|food|dinner|tea|meals?|fridge|heating|electric\w*|cold|freezing|bed|mattress|clothes|shoes|coat|uniform|smell\w*|dirty|nits|lice|teeth|toothache|pad|nappy|wet|sores?)\b|\b(?:needles|mould|bucket|rotten|mess|stinks?|corner\s+shop|young\s+carer|blankets?|washing|toilet)\b/],
  ['medical', /\b(?:doctor\w*|dentist\w*|hospital|gp|appointments?|medicine|medication|meds|tablets|inhaler|insulin|glasses|hearing\s+aids?|wheelchair|seizures?|epilepsy|prescription|jabs|injections?|tube\s+feed\w*|poorly|ill|sick)\b/],
  ['home', /\b(?:home|house|flat|room|bedroom|place)\b/],
  ['marriage', /\b(?:marry|married|marriage|wedding|husband|wife|engaged)\b/],
  ['honour', /\b(?:shame|honou?r|dishonou?r\w*|reputation|passport|back\s+home|sent\s+back|abroad)\b|\b(?:disown\w*|disgrace\w*|documents|promised|make\s+me\s+normal|community|cousin\s+back\s+home|marry\s+(?:me|my))\b/],
  ['fgm', /\b(?:fgm|cut\s+(?:down\s+there|like)|cutting|ceremony|become\s+a\s+woman|down\s+there|circumcis\w*)\b/],
  ['extremism', /\b(?:cause|fight\s+for|soldier|race\s+war|war|bomb\w*|syria|isis|jihad\w*|unbelievers|infidels?|wiped\s+out|our\s+country|replacement|nazi\w*|extrem\w*|radical\w*|terror\w*|attack\s+on|chosen)\b|\b(?:martyr\w*|true\s+faith|shooter|manifesto|behead\w*|enemies|white\s+race|race\s+is|weapons|mosque|synagogue|burn\s+down)\b/],
  ['missing', /\b(?:run\s+away|ran\s+away|running\s+away|missing|disappear\w*|sneak\w*\s+out|stay\w*\s+out\s+all\s+night|dont\s+come\s+home|didnt\s+come\s+home)\b|\b(?:evicted|stairwell|random\s+(?:peoples?|people)|didnt\s+go\s+home|nights?\s+away|bring\w*\s+me\s+(?:home|back)|strangers?|from\s+apps|meet\w*\s+up\s+with|stay\w*\s+with\s+a\s+man|not\s+coming\s+back)\b/],
  ['homeless', /\b(?:homeless|nowhere\s+to|no\s+where\s+to|sofa\s+surf\w*|friends?\s+sofa|mates\s+sofa|on\s+the\s+streets?|tent|hostel|kicked\s+out|threw\s+me\s+out|thrown\s+out|sleep\w*\s+rough|car\s+park|doorway)\b/],
  ['substance', /\b(?:drunk|drink\w*|vodka|cider|alcohol|beer|wine|weed|smok\w*|pills|coke|ket\w*|mdma|drugs?|high|stoned|wasted|gas|nos|spice|vape\w*|off\s+my\s+face|off\s+his\s+face|off\s+her\s+face)\b|\b(?:diazepam|xanax|inject\w*|shake|shaking|bottle|dealer|black\s+out|blacked\s+out|morning\s+drink|pills?)\b/],
  ['hurtMe', /\b(?:me|us|my\s+(?:face|head|body|arm|arms|leg|legs|back|neck|stomach|tummy))\b/],
  // What makes ordinary talk ordinary. A lesson the message itself denies ("for a project but there is no project") is a cover story, not one; so is a pet bite from a pet they do not have.
  ['lesson', /(?<!\bthere\s+(?:is|s|was)\s+no\s+(?:\w+\s+)?)\b(?:lesson|lessons|learnt|learned|learning\s+about|taught|pshe|rshe|re\s+lesson|assembly|talk\s+(?:at|in)|documentary|film|book|story|coursework|project|essay|campaign|poster|training|course|awareness|prevention)\b(?![^~]{0,30}\bbut\s+(?:there\s+(?:is|s|was)\s+no|there\s+(?:isnt|wasnt|is\s+not|was\s+not)\s+(?:a|an|any)|(?:he|she|they|i)\s+(?:doesnt|dont|does\s+not|do\s+not)\s+(?:have|do|take)\s+(?:a|an|any))\b)/],
  // "want to be a nurse", not "want to be with my mum in the sky" nor "want to be dead".
  ['helping', /\b(?:want\s+to\s+(?:be(?!\s+(?:with|dead|gone|left|alone|asleep|nothing|nobody|invisible|done|free|out\s+of|away|hurt|punished)\b)|become|work|help|volunteer)|help\s+(?:people|children|kids|others|them)|(?:job|career)\b|when\s+im\s+older|one\s+day(?!\s+without))\b/],
  ['resolved', /\b(?:used\s+to|years?\s+ago|when\s+i\s+was\s+(?:little|small|younger|\d+)|but\s+(?:now|it\s+stopped|it\s+got|she\s+got|he\s+got|they\s+got|im\s+ok|its\s+ok|its\s+fine|i\s+blocked)|got\s+help|sorted|stopped|blocked|reported|told\s+(?:a\s+teacher|my\s+mum|my\s+dad|someone)\s+and|not\s+any\s*more|anymore)\b/],
  // The telly on loud at home is no story told: "mum drinks and has the telly up loud".
  ['fiction', /\b(?:eastenders|corrie|coronation\s+street|hollyoaks|emmerdale|neighbours\s+on\s+tv|soap|soaps|episode|series|netflix|telly(?!\s+(?:(?:up|on)\s+(?:so\s+|really\s+|full\s+)?(?:loud|blast|full)|blaring|blasting)\b)|on\s+tv|the\s+news|in\s+the\s+news|storyline|character|characters|in\s+the\s+(?:film|movie|book|show|game|play|story)|(?:a|the|this)\s+(?:film|movie|novel|cartoon|anime|comic)\s+(?:where|about|with)|lyrics?|songs?|heavy\s+metal|(?:a|the|school|our)\s+play|pretend\w*\s+to\s+(?:die|be\s+dead|kill|fight))\b/],
  ['sorted', /\b(?:(?:school|teacher|teachers|they|it|police|head|head\s+teacher)\s+(?:sorted|dealt\s+with)\s+(?:it|them|him|her)|(?:its|it\s+is|its\s+all|everything\s+is|all)\s+(?:fine|ok|okay|good|sorted|over)\s+now|(?:got|were|was)\s+(?:moved|excluded|expelled)|(?:now\s+|and\s+)?(?:shes|hes|theyre|she\s+is|he\s+is|they\s+are|she|he|they)\s+(?:getting|got|gets)\s+help|(?:but|and)\s+(?:now|things\s+are|its|it\s+is)\s+(?:\w+\s+){0,3}(?:better|fine|great|settled|happy|thriving|good\s+now)|(?:im|were|hes|shes)\s+(?:settled|safe|happy)\s+now|(?:thats|that\s+is|its)\s+(?:all\s+)?over\s+now|(?:im|i\s+am)\s+(?:glad|proud)\s+i\s+(?:told|did)|(?:havent|have\s+not|hasnt|has\s+not)\s+(?:done\s+it|self\s+harmed|cut|hurt\s+myself)\s+(?:for|in)\s+(?:\w+\s+)?(?:years?|months)|(?:had|got|getting|gets)\s+(?:support|help)\s+(?:from|with)|(?:the\s+)?(?:school|teacher|teachers|counsellor)\s+helped|in\s+the\s+past)\b/],
  // Support faded on purpose, or doing a thing alone as the goal ("TA help less and less until she does it alone").
  ['independence', /\b(?:less\s+and\s+less|bit\s+by\s+bit|step\s+by\s+step|a\s+little\s+less|fade\w*|fading|reduc\w*\s+(?:the\s+)?(?:help|support|prompts?)|(?:help|support|prompts?)\s+(?:less|reduc\w*|fad\w*)|less\s+(?:help|support|prompts?|adult)|step\s+back|(?:until|till|so|then|when)\s+(?:she|he|i|they|we)\s+(?:can\s+|could\s+|will\s+|do\s+|does\s+|doing\s+)?(?:do\s+)?(?:it\s+|this\s+|that\s+)?(?:alone|on\s+(?:her|his|my|their)\s+own|by\s+(?:her|him|my|them)sel(?:f|ves)|independently)|(?:learn\w*|able|practi[cs]\w*|try\w*|want\w*|goal|aim)\s+(?:to\s+)?[^~]{0,25}\b(?:alone|on\s+(?:her|his|my|their)\s+own|by\s+(?:her|him|my|them)sel(?:f|ves)|independently)|(?:on\s+(?:her|his|my|their)\s+own|by\s+(?:her|him|my|them)sel(?:f|ves)|independently)\s+(?:in|by|before|within|next|this|every|at)\s+(?:a|an|the|one|two|\d+|christmas|easter|summer|year|term|month|week|time|end|college|school)\b)\b/],
  // A parent's or teacher's caution about roads and traffic ("mum says the main road is not safe").
  ['caution', /\b(?:main|busy|big)\s+roads?\b|\b(?:cross\w*\s+(?:the\s+)?roads?|traffic|zebra\s+crossing|pelican|green\s+man|kerb|pavement|junction|roundabout)\b|\b(?:mum|dad|mam|parents?|nan|gran|carers?|teachers?|staff|they|she|he)\s+(?:says?|said|thinks?|worr\w*|feels?)\s+(?:that\s+)?(?:its|it\s+is|its\s+not|it\s+isnt|im\s+not|i\s+am\s+not|the\s+\w+\s+(?:is|isnt))\s*(?:not\s+)?(?:safe|dangerous|too\s+(?:busy|far|dark|risky))\b(?![^~]{0,20}\b(?:at\s+home|in\s+(?:the|our|my)\s+(?:house|flat|home)|with\s+(?:him|her|dad|mum|them))\b)/],
  // A joke "to them" is what the ones doing it think of it: no joke to the one it is done to.
  ['joke', /\b(?:lol|lmao|haha\w*|jk|joking|joke(?!\s+(?:to|for)\s+(?:them|him|her|those\s+\w+))|as\s+a\s+joke|banter|messing|literally|bruh|innit)\b/],
  ['accident', /\b(?:accident\w*|by\s+mistake|fell|tripped|playing|match|training|football|rugby|cricket|hockey|netball|game|sport|pe\s+lesson|teething|(?:hamster|dog|cat|puppy|kitten|rabbit|guinea\s+pig|horse|pony)\s+(?:bit|bites|scratched|kicked)(?![^~]{0,30}\b(?:we|i|they)\s+(?:dont|do\s+not|havent|have\s+not|never\s+had)\s+(?:got\s+|have\s+)?(?:a|an|any)\s+(?:hamster|dog|cat|puppy|kitten|rabbit|pet)s?\b)|(?:shes|hes)\s+(?:one|two|three|1|2|3)(?:\s+years?\s+old)?)\b|\b(?:im|i\s+am|hes|shes|he\s+is|she\s+is)(?<!\b(?:say|says|said|tell|tells|told|pretend|pretends)\s+(?:that\s+)?(?:im|i\s+am|hes|shes|he\s+is|she\s+is))\s+(?:so\s+|very\s+|quite\s+|really\s+|just\s+)?clumsy\b/],
  ['safeNow', /\b(?:(?:i\s+)?feel\s+safe|im\s+safe|nobody\s+hurts\s+me|no\s+one\s+hurts\s+me|nice|kind|lovely|great|happy|proud|fun|love\s+(?:it|them|him|her))\b/],
  ['wish', /\b(?:want\s+to|would\s+like|wish|hope|dream|learn\s+to|learn\s+how|be\s+able\s+to)\b/],
  ['negated', /\b(?:not|never|no|dont|doesnt|didnt|isnt|wasnt|nobody|noone|no\s+one)\b/],
  ['past', /\b(?:was|were|had|did|used|ago|last\s+(?:week|night|year|month)|yesterday|when\s+i\s+was)\b/],
  ['parentVoice', /\b(?:my\s+(?:son|daughter|child|little\s+boy|little\s+girl|baby|toddler|kid|kids|\d+\s+year\s+old|\d+\s+yr\s+old)|he\s+is\s+\d|she\s+is\s+\d)\b/],
];

/**
 * The cue families in runs of a few, each run with one pattern that matches exactly when one of
 * its cues does (their alternation). One look-up of the message's words first says which cues
 * could match at all (wordGate.ts); a run with most of its cues open tries its alternation, and only
 * when it matches are its open cues tried one by one. Patterns with flags or back-references stay alone.
 */
const RUN_LENGTH = 4;
const combinable = (re: RegExp) => re.flags === '' && !/\\[1-9]/.test(re.source);
const CUE_RUNS: ReadonlyArray<{ cues: ReadonlyArray<readonly [string, RegExp]>; first: number; any: RegExp | undefined }> = (() => {
  const runs: Array<{ cues: Array<readonly [string, RegExp]>; first: number; any: RegExp | undefined }> = [];
  for (let i = 0; i < CUE_FAMILIES.length; i += RUN_LENGTH) {
    const cues = CUE_FAMILIES.slice(i, i + RUN_LENGTH);
    const any = cues.every(([, re]) => combinable(re)) ? new RegExp(cues.map(([, re]) => `(?:${re.source})`).join('|')) : undefined;
    runs.push({ cues, first: i, any });
  }
  return runs;
})();
const CUE_GATE = new WordGate(CUE_FAMILIES.map(([, re]) => re));

/** The names of the cue families present in normalised text, in the order of CUE_FAMILIES. */
export function cuesOf(cleared: string): string[] {
  const out: string[] = [];
  const open = CUE_GATE.open(cleared);
  for (const { cues, first, any } of CUE_RUNS) {
    let opened = 0;
    for (let i = 0; i < cues.length; i++) opened += open[first + i]!;
    if (opened === 0 || (any && opened * 2 > cues.length && opened > 1 && !any.test(cleared))) continue;
    for (let i = 0; i < cues.length; i++) if (open[first + i] && cues[i]![1].test(cleared)) out.push(cues[i]![0]);
  }
  return out;
}
