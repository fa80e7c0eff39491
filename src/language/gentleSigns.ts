import { tellsOfErrandSign } from './concernRules/carriedForSomeone';
import { HARM_DOING, HOME_ADULT, NOT_AN_ORDINARY_FEAR } from './concernRules/shared';
import { tellsOfMateCrimeSign } from './mateCrime';
import { tellsOfOlderOnesSubstanceGift } from './softExploitationSigns';
import { hintsAtPastHarm } from './pastHarmHinted';

/*
 * Signs a carer or a young person tells of without saying what happened, too faint for the full
 * answer but worth "Are you OK?" (or, to a parent, asking how things are): an injury nobody can
 * explain ("he has bruises sometimes from school i dont know how"), and a child upset whenever a
 * particular person comes ("he cries when his uncle come"), a child who hates himself, and someone
 * shouting at them ("Sam shouted at me when I burnt the pasta"). Read on the cleared concern text.
 */

/**
 * Someone shouting, yelling or screaming at the person themselves out of temper, or again and again
 * ("Sam shouted at me when I burnt the pasta. He shouts when he is cross", "he yells at me all the
 * time"); not a call ("my mum shouts up the stairs when tea is ready"), a team told off in sport
 * ("the coach shouts at us in training"), nor a telling-off with its reason ("my mum shouted at me
 * for breaking a plate").
 */
const SHOUTED_AT_ME = /\b(?:shout|shouts|shouted|shouting|yell|yells|yelled|yelling|scream|screams|screamed|screaming)\s+(?:\w+\s+)?at\s+me\b/;
const OUT_OF_TEMPER =
  /\b(?:when|whenever|if|cos|because|as)\s+(?:he|she|they)\s+(?:is|s|are|re|gets?|feels?|has\s+been)\s+(?:really\s+|so\s+|a\s+bit\s+)?(?:cross|angry|mad|in\s+a\s+mood|drunk|drinking|stressed|annoyed|wound\s+up|in\s+a\s+temper)\b|\b(?:loses?|lost)\s+(?:his|her|their)\s+temper\b|\b(?:all\s+the\s+time|every\s+(?:day|night|time)|always\s+(?:shout|yell|scream)\w*)\b/;
const IN_SPORT = /\b(?:training|match|matches|game|games|pe|practice|rehearsal|coach|referee|ref|drill)\b/;

/** Shouted at out of temper, or again and again, outside sport; read on cleared or normalised text. */
export function tellsOfBeingShoutedAt(said: string): boolean {
  return SHOUTED_AT_ME.test(said) && OUT_OF_TEMPER.test(said) && !IN_SPORT.test(said);
}

/** The whole message is someone shouting at me ("he screamed at me", "my brother yelled at me again"): no reason, no sport. */
const ONLY_SHOUTED_AT =
  /^(?:(?:and|then|today|earlier|just\s+now|um+)\s+)*(?:he|she|they|someone|somebody|some\s+(?:one|body)|(?:my|this|a|the|that)\s+\w+)\s+(?:just\s+|always\s+|keeps\s+|kept\s+|really\s+)?(?:shout\w*|yell\w*|scream\w*)\s+at\s+me(?:\s+(?:again|today|yesterday|last\s+night|this\s+morning|earlier|a\s+lot|loads))*$/;

/** "he screamed at me", said on its own by a young person: worth a gentle "Are you OK?", never a flag by itself. */
export function saysOnlyShoutedAt(said: string): boolean {
  return ONLY_SHOUTED_AT.test(said) && !IN_SPORT.test(said);
}

/** Injuries on the body, however they are named. */
const HURT = String.raw`(?:bruis\w*|marks|red\s+marks|cuts|burns|scratches|scrapes|welts|bite\s+marks|a\s+black\s+eye|a\s+split\s+lip)`;

/** Sport, a fall, an accident or a condition said beside it: an ordinary bruise. */
const EXPLAINED = String.raw`(?:football|rugby|hockey|netball|pe|playground|fell|falls|fall|falling|tripped|trips|trampoline|climbing|bike|scooter|accident|match|training|karate|judo|boxing|condition|eczema|medication|operation|clumsy|bumps?\s+into|no\s+sense\s+of\s+danger|the\s+(?:dog|cat)|easily)`;

/**
 * An injury and, close by, that nobody knows or will say how it came ("i dont know how", "he
 * wont say how", "no idea where from", "cant explain"); not "i dont know how to help".
 */
const UNEXPLAINED_HURT = new RegExp(
  String.raw`\b${HURT}\b[^~]{0,60}\b(?:(?:i|we)\s+(?:dont|do\s+not|never)\s+know\s+(?:how|where|why|what)|no\s+idea\s+(?:how|where|why|what)|(?:he|she|they)\s+(?:wont|will\s+not|doesnt|does\s+not|cant|cannot)\s+(?:say|tell\s+(?:me|us)|explain)(?:\s+(?:how|where|why|what))?|(?:cant|cannot|can\s+not)\s+explain|nobody\s+(?:knows|can\s+say))\b(?!\s+to\b)`,
);

const EXPLAINED_HERE = new RegExp(String.raw`\b${EXPLAINED}\b`);

/** People who come and go in a child's life. */
const VISITOR = String.raw`(?:uncle|aunt|auntie|grandad|grandpa|grandma|granny|nan|nanny|gran|cousin|dad|daddy|step\s*(?:dad|mum)|mums\s+(?:boyfriend|partner|friend)|dads\s+(?:girlfriend|partner|friend)|babysitter|neighbour|lodger|family\s+friend|(?:a|that|the)\s+man|(?:a|that|the)\s+woman)`;

/**
 * Distress whenever a particular person comes, visits or is left in charge ("he cries when his
 * uncle come", "she hides when her mums boyfriend comes round"); not someone leaving ("cries when
 * his dad leaves for work") nor a thing arriving ("cries when the bus comes").
 */
const UPSET_BY_SOMEONE_COMING = new RegExp(
  String.raw`\b(?:cries|cry|crys|crying|screams|screaming|hide|hides|hiding|shake|shakes|shaking|freeze|freezes|(?:go|goes)\s+quiet|wets\s+(?:himself|herself|the\s+bed)|gets\s+(?:scared|upset|frightened))\s+(?:\w+\s+)?(?:when|whenever|every\s+time|if|before)\s+(?:(?:his|her|their|my|our|the)\s+)?${VISITOR}\s+(?:(?:comes?|came)(?!\s+home\s+from\b)|visits?|is\s+(?:coming|here|round|over|there|about)|stays?|babysits?|looks\s+after|picks\s+(?:him|her|them)\s+up|gets\s+(?:him|her|them)|takes\s+(?:him|her|them))\b`,
);

/**
 * An everyday reason said with it ("because his routine changes", "since it is noisy", "because
 * he wants mum"); not when a word of fear or harm is said too ("because she shouts at him").
 */
const ORDINARY_REASON = new RegExp(
  String.raw`\b(?:because|cos|cuz|as|since)\b[^~]{0,40}?\b(?:routine|changes?|changed|different|noise|noisy|loud|busy|excited|overwhelm\w*|wants?\s+(?:(?:his|her|their|my)\s+)?(?:mum|mummy|mom|dad|daddy|me|us|nan|nanny)|misses\s+\w+)\b`,
);
// Not the shared harm words: screaming and crying here are the child's own upset, not harm done.
const FEAR_OR_HARM = /\b(?:scared|afraid|frightened|hurts?|hit|hits|shouts?|yells?|smacks?|touch\w*|mean|nasty|rough|angry)\b/;

/**
 * Fear of a grown-up the child lives with or sees at home, said as a reason ("he wets himself because
 * hes scared of his step dad"): worth asking how things are. Not a fear of losing them ("scared of his
 * dad leaving"), nor of something of theirs ("scared of his dads dog"), nor the dark or the dentist.
 */
const SCARED_OF_HOME_ADULT = new RegExp(
  String.raw`\b(?:scared|afraid|frightened|terrified|petrified)\s+(?:stiff\s+)?of\s+(?:his|her|their|my|our)\s+${HOME_ADULT}\b(?!\s+(?!${HARM_DOING}\b)(?:\w+ing|going|dying|leaving|not|ever|might|will|would|could|getting)\b)${NOT_AN_ORDINARY_FEAR}`,
);

/**
 * Fear of other children themselves ("he's scared of the kids", "scared of the girls in her class"):
 * worth asking how things are, for it is how bullying is often first told. Not children in general
 * ("he is scared of other kids", a shy toddler's need), nor bigger or older ones at a move up ("scared
 * of the big kids in year 6"), nor when nothing has been done ("but they dont do anything"), nor their
 * noise, games or a new place ("scared of the big kids' noise", "of the other children at nursery, they're
 * too loud", "of the children at the new school"), nor a cause in the child ("because of her hearing aids"),
 * nor animals, the dark or crowds.
 */
const SCARED_OF_OTHER_CHILDREN = new RegExp(
  String.raw`\b(?:scared|afraid|frightened|terrified|petrified|frighted)\s+(?:stiff\s+)?of\s+(?:the|some|certain|those|these|a\s+(?:group|gang)\s+of)\s+(?:other\s+)?(?:kids|children|boys|girls|lads|pupils|students|teenagers|people\s+in\s+(?:his|her|my|their)\s+(?:class|year|form))\b(?!\s+(?:noise|noises|shouting|screaming|voices|parties|party|games?|football|toys|rides|films?|shows?|tv|programmes?|section|area|pool)\b)(?![^~]{0,40}\b(?:(?:they|theyve|they\s+have)\s+(?:dont|do\s+not|never|havent)\s+(?:\w+\s+)?(?:do|did|done)\s+anything|just\s+loud|look\s+out\s+for|loud|noisy|noise|busy|at\s+(?:the\s+)?(?:new|nursery|playgroup|pre-?school)|new\s+(?:school|class|nursery)|in\s+the\s+playground|because\s+of\s+(?:his|her|my|their)\s+\w+)\b)`,
);

/**
 * A family who cannot pay for what a child needs each day ("we cant afford nappies so hes in the same
 * one all day"): not anyone's fault, but worth asking kindly how things are, for help can be found.
 * Not a price said ("nappies are expensive"), nor a treat or a brand ("the nappies he likes").
 */
const CANT_AFFORD_NEEDS =
  /\b(?:cant|cannot|can\s+not|couldnt|could\s+not|struggl\w*\s+to|no\s+money\s+to)\s+(?:afford|pay\s+for)\s+(?:any\s+(?:more\s+)?|enough\s+|the\s+|his\s+|her\s+|their\s+|new\s+)?(?:nappies|nappys|pull\s*ups|pads|wipes|food|formula|milk|heating|electric|electricity|gas|clothes|shoes|a\s+coat|coats)\b/;
const TREAT_OR_BRAND = /\b(?:cheaper|branded|brand|own\s+brand|fancy|posh|(?:he|she|they)\s+likes?)\b/;

/**
 * Hating oneself, said of the child or by the young person, with crying or again and again ("he
 * cries every night and says he hates himself"); not a moment that passes ("sometimes says 'I hate
 * myself' when he loses, but it passes in minutes").
 */
const HATES_SELF = /\b(?:hates?|hating|hated)\s+(?:himself|herself|myself|themselves|themself)\b/;
const AGAIN_OR_CRYING = /\b(?:every\s+(?:night|day|morning|evening|week)|all\s+the\s+time|always|constantly|keeps?\s+(?:saying|telling)|cries|cry|crying|sobs?|sobbing)\b/;

/**
 * Put down as worthless, with shouting or in front of others ("my coach shouted at me and called me useless in front of
 * everyone"): in sport too, for the shame is the sign, not the shouting. Never "my coach said the pass was useless".
 */
const PUT_DOWN = /\b(?:call|calls|called|calling)\s+me\s+(?:a\s+|an\s+)?(?:useless|stupid|pathetic|worthless|rubbish|idiot|failure|disgrace|embarrassment|thick|lazy|loser|waste\s+of\s+space)\b/;
const SHAMED = /\b(?:in\s+front\s+of|shout\w*|yell\w*|scream\w*)\b/;

/**
 * Not being around at a day ahead, with no trip, stay or move said anywhere in the message ("i wont be arround for
 * xmas"): a quiet goodbye some young people give, worth "Are you OK?". A trip said with it ("we go to
 * my nans") is set aside before this is read (concernIdioms.ts).
 */
const NOT_AROUND_AT_A_DATE =
  /\bi\s+(?:wont|will\s+not|(?:am|m)\s+not\s+going\s+to|not\s+going\s+to|dont\s+think\s+(?:ill|i\s+will|im\s+going\s+to))\s+(?:still\s+)?be\s+(?:arr?ound|here|alive)\s+(?:for|at|by|on|over|in\s+time\s+for|to\s+see)\s+(?:\w+\s+){0,2}?(?:xmas|christmas|easter|birthday|new\s+year|next\s+year|summer|results\s+day|prom|exams|holidays|half\s+term|sixth\s+form|college|year\s+\d+)\b/;
const AWAY_SAID = /\b(?:because|as|we|were|going|go|goes|away|holiday|staying|visiting|moving|abroad|camping|trip|travel\w*|uni|university|working|shift|at\s+my|to\s+my)\b/;

/**
 * A parent or a grown-up at home misusing drugs or drink, told by a carer ("his mum is an addict", "her dad is on
 * drugs all the time"): a risk to the care a child gets, worth asking how things are. Not a child "addicted to
 * minecraft", nor a parent in recovery ("her dad is a recovering addict", "clean for years").
 */
/**
 * A state with an everyday cause or an occasion said ("high on gas and air when he was born", "off her face on
 * painkillers after her operation", "wasted after the marathon", "drunk at the wedding and it was funny"). A lookahead.
 */
const NOT_AN_ORDINARY_HIGH = String.raw`(?!\s+(?:on|from|with|after|at|during|because\s+of)\s+(?:the\s+|her\s+|his\s+|their\s+|a\s+|an\s+|my\s+|our\s+)?(?:gas\s+and\s+air|painkillers?|pain\s+killers?|medicine|medication|morphine|anaesthetic|operation|op|surgery|dentist|hospital|wedding|party|christmas|new\s+year|birthday|marathon|race|celebration|do|holiday|barbecue|bbq)\b|[^~]{0,40}\b(?:when\s+(?:he|she|i|they|we)\s+(?:was|were)\s+born|funny|hilarious|laugh\w*)\b)`;
const GROWN_UP_MISUSES = new RegExp(
  String.raw`\b(?:his|her|their|my|our)\s+(?:birth\s+|real\s+)?(?:mum|mom|mam|mother|dad|father|parents|step\s*(?:dad|mum)|mums\s+(?:boyfriend|partner)|dads\s+(?:girlfriend|partner))\s+(?:is|are|s|was|were|has\s+been|have\s+been)\s+(?:(?:still|always|often|usually)\s+)?(?:an?\s+)?(?:(?:drug|heroin|crack|alcohol|drink)\s+)?(?:addicts?|alcoholics?|(?:addicted|hooked)\s+to\s+(?:drugs|heroin|crack|alcohol|drink|booze|pills|coke|cocaine|weed|spice)|on\s+(?:drugs|heroin|crack|the\s+drink|the\s+booze|spice|coke)|drunk\s+(?:all\s+the\s+time|every\s+(?:day|night)|most\s+(?:days|nights))|(?:drunk|high|stoned|wasted|off\s+(?:her|his|their)\s+face)${NOT_AN_ORDINARY_HIGH})\b`,
);
/**
 * A parent in recovery: "recovering", "in rehab", "clean for years", "sober now", "used to be an addict", "doesnt
 * drink any more". Never "he is never clean", "she used to be happy" nor "she isnt happy any more".
 */
const IN_RECOVERY =
  /\b(?:recovering|in\s+recovery|rehab|(?:is|s|are|re|been|now|stayed|staying|stays|got|gone|went)\s+(?:now\s+|totally\s+|completely\s+|fully\s+|properly\s+)?(?:clean|sober|dry)\b(?!\s+(?:the|his|her|their|my|our|up|out|it)\b)|(?:clean|sober|dry)\s+(?:for|since)\s+\w+|used\s+to\s+(?:be\s+(?:an?\s+)?(?:(?:drug|heroin|crack|alcohol|drink)\s+)?(?:addict|alcoholic|on\s+(?:drugs|heroin|crack|the\s+drink|spice|coke)|drunk)|drink|take\s+drugs|use)|(?:doesnt|does\s+not|dont|do\s+not|isnt|is\s+not|arent|never)\s+(?:\w+\s+)?(?:drink|drinks|drinking|use|uses|using|take|takes|taking|on\s+(?:drugs|it|them|heroin|the\s+drink))\s+(?:\w+\s+)?(?:any\s*more|now)\b|,?\s+not\s+any\s*more$)/;

/*
 * A parent drinking told as how home is ("mum drinks and has the telly up loud", "dad drinks every night", "mum gets
 * drunk"): substance misuse affecting the child, asked after gently (category other). Not a drink named that is no
 * alcohol ("dad drinks coffee all day"), nor a glass at an occasion ("mum has a glass of wine at christmas").
 */
const NOT_ALCOHOL = String.raw`(?:\s+(?:a\s+lot\s+of\s+|loads\s+of\s+|lots\s+of\s+|so\s+much\s+|too\s+much\s+)?(?:coffee|tea|water|juice|milk|pop|coke|cola|squash|smoothies?|lemonade|energy\s+drinks?|monster|red\s+bull|decaf|hot\s+chocolate|protein))`;
const PARENT_DRINKS = new RegExp(
  String.raw`\b(?:my\s+|our\s+)?(?:mums?|mams?|moms?|mummy|mother|dads?|daddy|father|step\s*(?:dad|mum)s?|mums\s+(?:boyfriend|partner)|dads\s+(?:girlfriend|partner)|parents)\s+(?:(?:always|just|still|really|only|usually|often|constantly)\s+)?(?:(?:drinks|drinking|is\s+drinking|s\s+drinking|keeps\s+drinking|been\s+drinking|starts\s+drinking)(?!${NOT_ALCOHOL})(?=\s+(?:and|an|n|then|every|all|a\s+lot|alot|loads|lots|too\s+much|so\s+much|heavily|till|until|before|after|at\s+night|in\s+the\s+(?:day|morning)|again)\b|\s*[.,!?]|\s*$)|(?:gets|got|is|s|was|always\s+gets)\s+(?:(?:so|really|always|too|proper)\s+)?(?:drunk|pissed|hammered|wasted|smashed)\b)`,
);

/** A grown-up at home misusing drugs or drink, and not said to be in recovery. */
const misusesNotInRecovery = (cleared: string): boolean => GROWN_UP_MISUSES.test(cleared) && !IN_RECOVERY.test(cleared);
/** A parent drinking told as how home is, and not said to have stopped. */
const parentDrinks = (cleared: string): boolean => PARENT_DRINKS.test(cleared) && !IN_RECOVERY.test(cleared);

/**
 * Someone who cut off a young person's hair ("he cut off my hair", "my step dad shaved all my hair off"): it can be a
 * punishment or control, worth "Are you OK?". Not a haircut asked for, nor at the hairdresser's or for nits or a
 * charity, nor the hairdresser or the barber as the one who cut it.
 */
const HAIR_CUT_OFF =
  /\b(?!(?:my|his|her|our|the)\s+(?:hair\w*|barber\w*|stylist)\b)(?:he|she|they|someone|somebody|(?:my|his|her|our)\s+(?:step\s+)?\w+)\s+(?:just\s+|has\s+|had\s+)?(?:cut|chopped|hacked|shaved)\s+(?:off\s+(?:all\s+(?:of\s+)?)?(?:my|his|her)\s+hair|(?:all\s+(?:of\s+)?)?(?:my|his|her)\s+hair\s+off)\b(?![^~]{0,40}\b(?:hairdresser\w*|barber\w*|salon|charity|nits|lice|(?:i|he|she)\s+(?:asked|wanted)|for\s+the\s+summer)\b)/;

/** An injury nobody explains, a child upset whenever a particular person comes with no everyday reason, fear of a grown-up at home or of other children, a grown-up at home misusing drugs or drink, a family unable to pay for daily needs, hating oneself, being shouted at or shamed, hair cut off by someone, vapes or drink from someone older, money or food going to "mates" (mateCrime.ts), past harm pointed at, or not being around at a day ahead. */
export function tellsOfGentleSign(cleared: string): boolean {
  if (NOT_AROUND_AT_A_DATE.test(cleared) && !AWAY_SAID.test(cleared)) return true;
  if (SCARED_OF_HOME_ADULT.test(cleared) || SCARED_OF_OTHER_CHILDREN.test(cleared)) return true;
  if (CANT_AFFORD_NEEDS.test(cleared) && !TREAT_OR_BRAND.test(cleared)) return true;
  if (misusesNotInRecovery(cleared) || parentDrinks(cleared)) return true;
  if (tellsOfBeingShoutedAt(cleared)) return true;
  if (PUT_DOWN.test(cleared) && SHAMED.test(cleared)) return true;
  if (HATES_SELF.test(cleared) && AGAIN_OR_CRYING.test(cleared)) return true;
  if (UNEXPLAINED_HURT.test(cleared) && !EXPLAINED_HERE.test(cleared)) return true;
  if (HAIR_CUT_OFF.test(cleared) || tellsOfErrandSign(cleared) || tellsOfMateCrimeSign(cleared) || tellsOfOlderOnesSubstanceGift(cleared) || hintsAtPastHarm(cleared)) return true;
  return UPSET_BY_SOMEONE_COMING.test(cleared) && !(ORDINARY_REASON.test(cleared) && !FEAR_OR_HARM.test(cleared));
}

/**
 * The kind a gentle sign tells of when its words say it (a grown-up at home misusing drugs or drink: neglect; hair cut off
 * by someone: harm from them, never the classifier's guess of self-harm from "cut"), else undefined.
 */
export function gentleSignKind(cleared: string): 'neglect' | 'harm_from_others' | 'exploitation' | 'other' | undefined {
  if (misusesNotInRecovery(cleared)) return 'neglect';
  if (parentDrinks(cleared)) return 'other';
  if (tellsOfErrandSign(cleared) || tellsOfMateCrimeSign(cleared) || tellsOfOlderOnesSubstanceGift(cleared)) return 'exploitation';
  return HAIR_CUT_OFF.test(cleared) || hintsAtPastHarm(cleared) ? 'harm_from_others' : undefined;
}
