import { firm, r, type Rule } from './shared';

/*
 * Harm told in few words, misspelt, or by a sign beside an ordinary sentence (written from the misses of
 * train42): sleeping and not coming back; treasured things given away as not needed "where he's going";
 * a young teenager with an adult years older; a young child alone all night; teeth that hurt and no
 * dentist; the same clothes every day and the smell; a cold house with no heat; lunch tipped on the
 * floor most days; mean things put about them on the phone; typing fast before he gets home because he
 * does not like professionals; going missing with nobody looking; kept off school to mind a baby;
 * shouting and smashing at home. Each rule needs the sign that makes it harm, so the ordinary look-alike
 * (a nap, a holiday, a boyfriend of 16, a babysitter, a dentist booked, a school uniform...) is left alone.
 */
const NOBODY = '(?:no1|no\\s*one|noone|nobody|no\\s+body)';
const HOME = '(?:home|hom|house|hous|flat)';
/** A child's own overwhelm: a meltdown or a tantrum is not harm at home. */
const MELTDOWN = 'melt\\w*\\s+down|meltdowns?|tantrums?|overwhelmed|dysregulated|shutdowns?';

export const SLEEP_NOT_BACK: readonly Rule[] = [
  // "i want go sleep and not cum bak" (never "i want to sleep and not wake up early", nor "... for school tomorrow").
  firm('self_harm_or_suicide', '\\b(?:want|wanna|wana|wish|wish\\s+i\\s+could)\\s+(?:to\\s+)?(?:go\\s+(?:to\\s+)?)?(?:sleep|slep)\\s+(?:and|n|an)\\s+(?:not|never|nt)\\s+(?:come|cum|wake|wak)\\s*(?:back|bak|up)\\b(?!\\s+(?:early|til|till|until|before|at|for\\s+(?:school|skool|college|work|lessons|uni|class|exams?)))'),
];

export const NOT_NEEDED_WHERE_GOING: readonly Rule[] = [
  // "giving his Lego sets away ... he said he won't need them where he's going" (not "going to Spain" or "to secondary school").
  r('self_harm_or_suicide', '\\bgiv(?:e|es|ing|en)\\s+(?:\\w+\\s+){0,6}?away\\b[^~]{0,120}\\b(?:wont|will\\s+not|wouldnt|would\\s+not|dont|doesnt)\\s+need\\s+(?:it|them|those|these|that|any\\s+of\\s+(?:it|them))\\s+where\\s+(?:i|im|he|hes|she|shes|they|theyre)\\s+(?:am\\s+|is\\s+|are\\s+)?going\\b(?!\\s+(?:to|on|for|in)\\b)'),
];

export const YEARS_OLDER: readonly Rule[] = [
  // "She's 15 and going out with a 24-year-old" (not with a 16-year-old, nor out with 25 people).
  r('sexual_abuse', '\\b(?:shes|hes|she\\s+is|he\\s+is|im|i\\s+am|only)\\s+(?:1[0-5]|twelve|thirteen|fourteen|fifteen)\\b[^~]{0,40}\\b(?:going\\s+out\\s+with|dating|seeing|sleeping\\s+with|boyfriend\\s+(?:is|of)|girlfriend\\s+(?:is|of))\\s+(?:a\\s+|an\\s+)?(?:(?:2\\d|[3-9]\\d)\\s*-?\\s*(?:year|yr)s?\\s*-?\\s*old|(?:man|guy|bloke|woman)\\s+(?:who\\s+is\\s+|whos\\s+|of\\s+|aged\\s+)?(?:2\\d|[3-9]\\d))\\b'),
];

export const ALONE_OVERNIGHT: readonly Rule[] = [
  // "I work nights so he's on his own from seven till eight in the morning. He's nine." (a young child, all night,
  // left so: never a child who cannot yet sleep in their own room or bed till the morning).
  firm('neglect', '(?=[^~]*\\b(?:hes|shes|he\\s+is|she\\s+is|theyre|they\\s+are|aged|only)\\s+(?:[4-9]|1[01]|four|five|six|seven|eight|nine|ten|eleven)\\b(?!\\s*(?:am|pm|oclock|o\\s+clock)))(?=[^~]*\\b(?:left|leave|leaves|leaving|i\\s+work|at\\s+work|working\\s+nights|(?:no\\s*one|noone|nobody|no1)\\s+(?:else\\s+)?(?:in|there|home|at\\s+home)|no\\s+adults?|no\\s+grown\\s*ups?)\\b)[^~]*(?<!\\b(?:sleep|sleeps|sleeping|slept|bed|room)\\b[^~]{0,12})\\b(?:on\\s+(?:his|her|their)\\s+own|alone|by\\s+(?:himself|herself))\\s+(?:(?:from\\s+\\w+\\s+)?(?:till|until|til|to)\\s+(?:\\w+\\s+)?(?:in\\s+the\\s+morning|the\\s+morning|morning|am)|all\\s+night|overnight)\\b'),
];

export const TEETH_NO_DENTIST: readonly Rule[] = [
  // "my teef hurt lot. no dentis" (not "no dentist appointment till friday").
  r('neglect', '\\b(?:teeth|teef|tooth|toof|teth)\\s+(?:\\w+\\s+){0,2}?(?:hurt|hurts|hurting|ache|aches|aching|rotten|rotting|black)\\b[^~]{0,30}\\bno\\s+(?:dentist|dentis|dentst|dentists)\\b(?!\\s+(?:till|until|appointment|today|tomorrow|this)|(?:\\s+\\w+){0,2}\\s+(?:will|would|wil|can|could|cant|wont|is\\s+able\\s+to)\\s+(?:see|take|treat|look\\s+at))|\\b(?:teeth|teef|tooth|toof)\\s+(?:\\w+\\s+){0,2}?(?:hurt|hurts|ache|aches|rotten|rotting|black)\\b[^~]{0,40}\\b(?:never|not)\\s+(?:been|taken|took|gone)\\s+(?:to\\s+)?(?:the\\s+|a\\s+)?(?:dentist|dentis)\\b|\\b(?:never|not)\\s+(?:been|taken|took|gone)\\s+(?:to\\s+)?(?:the\\s+|a\\s+)?(?:dentist|dentis)\\b[^~]{0,30}\\b(?:teeth|teef|tooth)\\s+(?:\\w+\\s+)?(?:hurt|ache|rotten)'),
];

export const SAME_CLOTHES_SMELL: readonly Rule[] = [
  // "i wer same cloths evry day. smel" (never a uniform, never without the smell or the dirt).
  r('neglect', '\\b(?:wear|wer|ware|wears|wore|in)\\s+(?:the\\s+)?same\\s+(?:clothes|cloths|clothz|close|top|trousers|jumper|socks)\\s+(?:every|evry|evri|each|all)\\s*(?:day|week|wk)\\b[^~]{0,30}\\b(?:smel\\w*|stink\\w*|dirty|minging|unwashed|no\\s+wash\\w*|not\\s+washed)\\b'),
];

export const COLD_NO_HEAT: readonly Rule[] = [
  // "cold in hous. no heat" (not "the heating broke at school").
  r('neglect', `\\b(?:cold|freezing|froze)\\s+(?:in|at)\\s+(?:the\\s+|my\\s+|our\\s+)?${HOME}\\b[^~]{0,20}\\bno\\s+(?:heat|heating|heatin|hetin|gas|electric)\\b`),
];

export const LUNCH_TIPPED: readonly Rule[] = [
  // "they tip his lunch on the floor most days and film him picking it up" (others do it: not a drink knocked
  // over once, nor a child who throws their own dinner).
  firm('bullying', '\\b(?:they|theyre|kids|boys|girls|lads|people|ppl|someone|some1|somebody|others|bullies|year\\s+\\d+s|the\\s+(?:older|other|big)\\s+\\w+)\\s+(?:\\w+\\s+)?(?:tip|tips|tipped|tipping|knock|knocks|knocked|throw|throws|threw|chuck|chucks|chucked|spill|spills)\\s+(?:his|her|my)\\s+(?:lunch|dinner|food|tray|packed\\s+lunch)\\s+(?:on|onto|over|all\\s+over)\\s+(?:the\\s+)?(?:floor|ground)\\b[^~]{0,40}\\b(?:most\\s+days|every\\s+day|every\\s+time|again|always|on\\s+purpose|film\\w*|laugh\\w*)\\b'),
];

export const MEAN_STUFF_ABOUT_ME: readonly Rule[] = [
  // "ppl put mean stuf bout me on fone" (not mean things said about a teacher or a film).
  r('bullying', '\\b(?:ppl|people|they|kids|some1|someone|somebody|girls|boys)\\s+(?:keep\\s+)?(?:put|puts|putting|post|posts|posted|posting|write|writes|wrote|send|sends|sent)\\s+(?:mean|nasty|horrible|horible|bad|rude|sick)\\s+(?:stuff|stuf|things|thngs|fings|comments|messages|msgs|pics|pictures)\\s+(?:about|bout|abt|of)\\s+me\\b'),
];

export const BEFORE_HE_GETS_HOME: readonly Rule[] = [
  // "I'm filling this in quickly before he gets home. He doesn't like me talking to professionals." (never home from school).
  firm('domestic_abuse', '\\bbefore\\s+(?:he|she|my\\s+(?:partner|husband|boyfriend|wife|girlfriend|ex))\\s+(?:gets|comes)\\s+(?:home|back|in)\\b(?!\\s+(?:from|after)\\s+(?:school|skool|college|nursery|club|practice|training|cubs|scouts|preschool))[^~]{0,80}\\b(?:he|she)\\s+(?:doesnt|does\\s+not|wont|will\\s+not)\\s+(?:like|let|want)\\s+me\\s+(?:to\\s+)?(?:talk\\w*|speak\\w*|see|seeing|contact\\w*|tell\\w*)\\b'),
];

export const MISSING_NOBODY_LOOKS: readonly Rule[] = [
  // "i go missin lots. no1 look" (not "my socks go missing").
  r('other', `\\b(?:i|he|she)\\s+(?:go|goes|going|went|gone)\\s+(?:missin|missing)\\b[^~]{0,30}\\b${NOBODY}\\s+(?:look|looks|looked|lookin\\w*|notice\\w*|care|cares|comes?|search\\w*|rings?|calls?)\\b`),
];

export const KEPT_HOME_TO_MIND: readonly Rule[] = [
  // "mum keep me hom from skool 2 mind baby" (not kept home because ill, nor a dentist).
  r('neglect', `\\b(?:keep|keeps|kept|keeping)\\s+(?:me|him|her)\\s+(?:off|${HOME}|at\\s+${HOME})\\s+(?:from\\s+)?(?:school|skool|skul|scool|college)?\\s*(?:to|2)\\s+(?:mind|look\\s+after|watch|care\\s+for|babysit)\\s+(?:the\\s+|my\\s+|our\\s+|her\\s+|his\\s+|their\\s+)?(?:baby|babby|little\\s+\\w+|brothers?|sisters?|siblings|kids)\\b`),
];

export const SHOUT_AND_SMASH: readonly Rule[] = [
  // "ppl shout n smash at hom. scared" (not a film or a game, never without the fear, never one's own shouting).
  r('domestic_abuse', `(?<!\\b(?:film|films|movie|tv|telly|show|game|book|story|programme|${MELTDOWN})\\b[^~]*)(?<!\\b(?:i|he|she)\\s+)\\b(?:shout\\w*|scream\\w*|yell\\w*)\\s+(?:and|n|an|&)\\s+(?:smash\\w*|break\\w*|throw\\w*\\s+things|fight\\w*)\\b[^~]{0,25}\\b(?:at\\s+)?${HOME}\\b[^~]{0,25}\\b(?:scared|scary|skared|frightened|afraid|terrified)\\b(?![^~]*\\b(?:${MELTDOWN})\\b)`),
  // "he shouts and smashes things at home, im scared": someone else shouts, and the one who tells is afraid
  // (never "i shout and break stuff when im scared", nor "he shouts ... he gets so scared").
  r('domestic_abuse', `(?<!\\b(?:film|films|movie|tv|telly|show|game|book|story|programme|${MELTDOWN})\\b[^~]*)\\b(?:he|she)\\s+(?:shout\\w*|scream\\w*|yell\\w*)\\s+(?:and|n|an|&)\\s+(?:smash\\w*|break\\w*|throw\\w*\\s+things|fight\\w*)\\b[^~]{0,25}\\b(?:at\\s+)?${HOME}\\b[^~]{0,25}\\b(?:im|i\\s+am|i\\s+get|i\\s+feel|i\\s+was|we\\s+are|were|we\\s+get|the\\s+kids\\s+are)\\s+(?:so\\s+|really\\s+|very\\s+)?(?:scared|skared|frightened|afraid|terrified)\\b(?![^~]*\\b(?:${MELTDOWN})\\b)`),
];
