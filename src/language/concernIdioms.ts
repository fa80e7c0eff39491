import { INJURY_ON_BODY } from './concernRules/injuriesSeen';
import { GUESSED_STATES_SOURCE } from './guessedStates';
import { EVERYDAY_TROUBLE, HIT } from './concernRules/shared';
import { THREAT_SAID_MEANT } from './concernRules/saidLightly';
import { WordGate } from './wordGate';
import { EVERYDAY_UPSET_SOURCE } from './everydayUpset';
import { DONE_ON_MY_OWN_SOURCE, QUESTION_COMPLAINED_OF_SOURCE } from './ownDoingLookAlikes';
import { CARE_LOOK_ALIKES_SOURCE } from './careLookAlikes';
import { KITCHEN_ACCIDENT_SOURCE, KITCHEN_TASK_SAFELY_SOURCE, KNIFE_SKILL_SO_SAFE_SOURCE, NAIL_CUT_SOURCE } from './kitchenLookAlikes';
import { RAZOR_SKILL_SOURCE, SHAVING_LEARNT_SOURCE } from './shavingLookAlikes';
import { OWN_CALM_CARD_SOURCE, PEERS_NOT_WARY_SOURCE } from './concernCarerLookAlikes';

/**
 * A disclosure said not to be one: "im not being bullied", "nobody bullies me", "i dont get bullied",
 * and harm said not to have happened after telling of an accident ("nobody got burned", "no one was hurt").
 * Never after "i say", "i pretend", "i lie and say": those can hide one; never before "except",
 * "only", "apart from": "nobody hurts me except my uncle" names one.
 */
const DENIED_HARM_SOURCE =
  '(?<!\\b(?:say|said|says|saying|pretend\\w*|lie|lied|lying|tells?\\s+(?:them|people|everyone|mum|dad|me|us)|told\\s+(?:them|people|everyone|mum|dad|me|us)|act\\s+like)\\s+(?:that\\s+)?)\\b(?:(?:im|i\\s+am|i\\s+m)\\s+not\\s+(?:being\\s+|getting\\s+)?(?:bullied|picked\\s+on|abused)|i\\s+(?:dont|do\\s+not|never|didnt|did\\s+not)\\s+(?:get|got)\\s+(?:bullied|picked\\s+on)|i\\s+(?:wasnt|was\\s+not|havent\\s+been|have\\s+not\\s+been|never\\s+been|aint\\s+been|aint)\\s+(?:being\\s+)?(?:bullied|picked\\s+on|abused)|(?:nobody|no\\s+one|noone|none\\s+of\\s+them)\\s+(?:ever\\s+)?(?:(?:bullies|bullys|hurts|hits|touches|picks\\s+on|abuses)\\s+(?:me|us)|(?:hurt|hurts|hit|hits|harmed|harms|bullied|bullies)\\s+(?:him|her|them)(?![\\s\\S]*\\b(?:shake|shakes|shook|shaking|hit|hits|hitting|hurt|hurts|hurting|beat|beats|beating|kick|kicks|kicked|push|pushes|pushed|slap|slaps|slapped|punch|punches|punched|used\\s+to|did|does|only|it\\s+was|its|it\\s+is)\\b))|(?:its|it\\s+is|thats|that\\s+is)\\s+not\\s+(?:really\\s+|actually\\s+)?bullying|(?:it|that|this)\\s+(?:isnt|aint|is\\s+not|wasnt|was\\s+not)\\s+(?:really\\s+|actually\\s+)?(?:bullying|bulling)|(?:its|thats)\\s+not\\s+(?:like\\s+)?(?:bullying|bulling)|(?:theyre|they\\s+are|no\\s+one\\s+is|nobody\\s+is|nobodys)\\s+not\\s+bullying\\s+me|(?:nobody|no\\s+one|noone)\\s+(?:is\\s+|s\\s+)?(?:bullying|hurting|hitting)\\s+(?:me|us|him|her|them)|(?:nobody|no\\s+one|noone|no\\s+body|none\\s+of\\s+us|neither\\s+of\\s+us)\\s+(?:got|was|were|has\\s+been|had\\s+been|have\\s+been)\\s+(?:badly\\s+|seriously\\s+|really\\s+)?(?:hurt|burnt|burned|injured|harmed|hit|cut)|i\\s+(?:didnt|did\\s+not|never)\\s+(?:say|said)\\s+(?:that\\s+)?(?:somebody|someone|some1|anybody|anyone|any1|any\\s+one|people)\\s+(?:was\\s+|is\\s+|were\\s+)?(?:hurting|hurt|hurts|hitting|hit|hits|bullying|bullied|bullies)\\s+me|i\\s+(?:dont|do\\s+not)\\s+want\\s+(?:\\w+\\s+){0,3}?(?:thinking|to\\s+think)\\s+(?:that\\s+)?(?:(?:im|i\\s+am|i\\s+m)\\s+(?:being\\s+)?(?:bullied|picked\\s+on|abused|hurt)|(?:somebody|someone|some1|anybody|anyone|any1|people|a\\s+person)\\s+(?:is\\s+|was\\s+|has\\s+been\\s+|had\\s+)?(?:hurting|hurt|hurts|hitting|hit|hits|abusing|abused|abuses|touched|touching)\\s+me))\\b(?!\\W*(?:except|excpet|cept|only|apart\\s+from|other\\s+than|besides|unless|exept)\\b|\\W*but\\s+(?:for\\s+)?(?:my|his|her|the|him|he|she|they|them|when)\\b|\\W*but\\s+(?:i\\s+am|im|i\\s+m|i\\s+was)(?:\\s+(?:really|though|actually))?\\W*$)';
/** A denial of harm, on concernText output: set aside like an idiom, and never a reason for the classifier alone to interrupt. */
export const DENIED_HARM = new RegExp(DENIED_HARM_SOURCE);

/** Who gives visual support: a parent, carer or teacher, or "he" / "she" as a parent tells of them. */
const VISUAL_GIVER =
  '(?:he|she|they|mum|mummy|mom|dad|daddy|nan|nanny|gran|grandma|grandad|carer|teacher|teachers|ta|tas|staff|nursery|school|key\\s*worker|support\\s+worker|speech\\s+therapist|therapist|(?:his|her|their|my|the)\\s+(?:\\w+\\s+)?(?:mum|dad|nan|gran|carer|teacher|teachers|ta|staff|key\\s*worker|support\\s+worker|therapist|one\\s+to\\s+one|1\\s*(?:to|2)\\s*1))';
/** Pictures and symbols used to help a child understand. */
const VISUALS =
  '(?:pictures?|picture\\s+cards?|photo\\s+cards?|symbols?|symbol\\s+cards?|visuals?|visual\\s+(?:timetable|schedule|cards?|prompts?|supports?)|pecs|makaton|signs?|now\\s+and\\s+next(?:\\s+board)?|first\\s+(?:and|then)\\s+then(?:\\s+board)?|social\\s+stor(?:y|ies))';
/** What the pictures are of, when it is the day itself: "pictures of what is next", "of the steps". */
const EVERYDAY_PICTURED =
  '(?:of\\s+(?:what|where|who|when|how|things|(?:the|his|her|their|each|every)\\s+(?:day|days|week|routine|plan|steps?|school|nursery|classroom|teachers?|food|dinner|lunch|breakfast|toys|activities|places?|trip|journey|bus|family|rooms?|jobs)))';
/** Words that keep pictures shown a possible disclosure: sexual words, or secrecy. */
const SEXUAL_OR_SECRET =
  'naked|nude|nudes|nudity|rude|dirty|sexy|sex|sexual|porn\\w*|private|privates|willy|willies|penis|dick|vagina|boobs|breasts|bum|body|bodies|undress\\w*|knickers|pants|underwear|kiss\\w*|touch\\w*|bed|bedroom|bath|shower|secret\\w*|dont\\s+tell|not\\s+to\\s+tell|wont\\s+tell|between\\s+us|our\\s+little|keep\\s+it\\s+quiet|webcam|camera|filmed|films';

/** Words that keep a bed shared a possible disclosure: sexual words, secrecy, touch or hurt (the bed itself aside). */
const WORRY_IN_BED = `${SEXUAL_OR_SECRET.replace(/\|bed\|bedroom\|/, '|')}|hurt\\w*|hit|hits|hitting|rubs?|rubbing|strok\\w*|weird|uncomfortable|scared|frightened|dont\\s+like`;

/** A threat said to be meant, or carried out before: "he means it", "she will actually", "last time i had bruises" (the rule that then reads it: saidLightly.ts). */
const THREAT_MEANT = `(?:${THREAT_SAID_MEANT}|bruises?|bruised|black\\s+eye)`;

/** Who a goal not to hurt is about: the child or others, never "myself" (see the goal phrase in HARMLESS_PHRASES). */
const NOT_ME = '(?:himself|herself|themselves|themself|others|anyone|anybody|other\\s+(?:people|children|kids|pupils)|people|his\\s+(?:friends|brother|sister|siblings)|her\\s+(?:friends|brother|sister|siblings))';

/** Ordinary talk that looks like harm, one pattern a kind of phrase (see HARMLESS). */
export const HARMLESS_PHRASES: readonly string[] = [
  QUESTION_COMPLAINED_OF_SOURCE,
  DONE_ON_MY_OWN_SOURCE,
  // Kitchen talk, each the whole message: a burn on the oven ending with "cos im clumsy", a task wished for "without
  // hurting myself", a knife that took the end off a nail.
  KITCHEN_ACCIDENT_SOURCE,
  KITCHEN_TASK_SAFELY_SOURCE,
  KNIFE_SKILL_SO_SAFE_SOURCE,
  NAIL_CUT_SOURCE,
  // A razor learnt or used to shave legs or face, the whole message.
  SHAVING_LEARNT_SOURCE,
  RAZOR_SKILL_SOURCE,
  // Everyday care and a sore body: a hand washed or cooled under a tap, "my back is hurting me", staff checking at night.
  CARE_LOOK_ALIKES_SOURCE,
  // A child's own time-out card and a friendship hope with a condition, each the whole message.
  OWN_CALM_CARD_SOURCE,
  PEERS_NOT_WARY_SOURCE,
  // Where an answer goes in the plan ("i want it to go under the talking more dream not the friend dream"): sorting the
  // plan's own parts, never a person. Only with a hope, goal or section of the plan named as the place it goes.
  '\\b(?:go|goes|going|put|putting|move|moved|moving|belongs?|sit|sits|fit|fits|be|stay|keep)\\s+(?:it\\s+|that\\s+|this\\s+|them\\s+)?(?:under|in|into|with|on)\\s+(?:the|that|this|his|her|my|their)\\s+(?:[a-z]+\\s+){0,4}?(?:dream|dreams|hope|hopes|goal|goals|outcome|outcomes|section|heading|list)\\b(?:\\s+not\\s+(?:the|that|this)\\s+(?:[a-z]+\\s+){0,4}?(?:dream|hope|goal|outcome|section|one)\\b)?',
  // A question about the bot's own words ("is the rest of the words there or did you cut them off?", "did it get cut
  // off"): never about a person. Only with the bot, the message or the words as the one cut, so "my dad cut me off" stays.
  '\\b(?:did|have|has|do|does)\\s+(?:you|u|it|the\\s+bot|this|that)\\s+(?:just\\s+)?(?:get\\s+)?(?:cut|chop|chopped)\\s+(?:(?:it|them|that|this|those|some|part|bits|the\\s+(?:rest|end|words?|message|text|answer|sentence|bit|question|reply)|(?:my|your|ur)\\s+(?:words?|message|text|answer|sentence|reply|question))\\s+(?:of\\s+(?:it|them|that|the\\s+\\w+)\\s+)?)?off\\b|\\b(?:words?|message|text|answer|sentence|reply|question|rest\\s+of\\s+(?:it|the\\s+\\w+))\\s+(?:got|get|was|were|is|are|has\\s+been|have\\s+been|gets)\\s+(?:just\\s+)?cut\\s+(?:off|short)\\b',
  // "nearly but you cut off the end it should say practise doing help desk calls": the chat as the one who cut, the end of
  // its sentence as what was cut ("the end it should" is no "end it"). Only with the words wanted right after, which are
  // read as ever, or nothing after at all: "you cut off the end of my finger" is read as before. Only opening the message
  // (after "nearly but", "no", "yes but" at most): "he held the knife and said you cut off the end" is read as ever.
  '(?<=^\\s*(?:(?:nearly|almost|close|yes|yeah|yep|no|nah|ok|okay|but|good|great|thats|its|right|um|erm|hmm|oh)[\\s,.!]+){0,3})(?:you|u)\\s+(?:cut|chopped|clipped|missed|left)\\s+(?:off\\s+the\\s+end|the\\s+end\\s+off)\\b(?=\\s+(?:it|that|this)\\s+(?:should|shud|shld|needs\\s+to|is\\s+meant\\s+to|was\\s+meant\\s+to)\\s+(?:just\\s+|only\\s+)?(?:say|read)\\s+\\S|\\s*$)',
  // A parent or carer keeping a bank card or a passport for them, for a reason said and agreed ("because last year I lost my
  // purse", "in his safe because I lose things"): help, not money or papers taken. Only a parent or carer (an uncle who
  // keeps a passport may be holding someone), and only when the reason ends the message, or "i can get it whenever" or
  // how losing it felt ("and i got really upset") follows: any other clause after it ("and i cant leave", "but he wont
  // give it back") may be what it is really about.
  '\\b(?:mum|mam|mom|dad|nan|nana|gran|grandma|grandad|carer|carers|foster\\s+carer|support\\s+worker|parents)\\s+(?:keeps|keep|looks\\s+after|holds|has)\\s+my\\s+(?:(?:bank\\s+)?card|passport|id|id\\s+card|birth\\s+certificate)\\s+(?:for\\s+me\\s+)?(?:(?:in|at)\\s+(?:his|her|their|the|a|our)\\s+(?:safe|drawer|cupboard|box|filing\\s+cabinet|house)\\s+)?(?:so\\s+i\\s+(?:dont|do\\s+not|wont)\\s+lose\\s+it|because\\s+(?:(?:last|this)\\s+(?:year|week|month)\\s+)?i\\s+(?:lost|lose|kept\\s+losing|keep\\s+losing)\\s+(?:it|things|everything|stuff|my\\s+(?:purse|wallet|card|bag|passport))|as\\s+we\\s+agreed)\\b(?=\\s*$|\\s+(?:and\\s+|but\\s+)?i\\s+can\\s+(?:get|have|ask\\s+for)\\s+it\\s+(?:back\\s+)?(?:whenever|any\\s*time|when\\s+i\\s+(?:want|need|ask))\\b|\\s+and\\s+i\\s+(?:got|get|was|felt|feel)\\s+(?:really\\s+|so\\s+|very\\s+)?(?:upset|stressed|worried|anxious|panicky|cross)\\b(?![^~]*\\b(?:(?:wont|will\\s+not|doesnt|does\\s+not|didnt|never|refuses?\\s+to)\\s+(?:give|let|hand)|(?:cant|cannot|can\\s+not|never|not\\s+allowed\\s+to)\\s+(?:get|have|see|leave|go)|work\\w*|paid|pay|money|owe|debt)\\b))',
  '\\b(?:this|that|it|the|my|these|maths|homework|work|school|revision|exams?|shoes|feet|legs|back|music|film|show|episode|game|level|joke|wait|suspense|heat|hunger|traffic|queue|noise|boredom)\\s+(?:is|are|was|were|will\\s+be|)\\s*(?:killing|kills|killed)\\s+me\\b',
  '\\b(?:killing|killed|smashed|smashing|nailed|nailing|crushed|crushing)\\s+it\\b',
  // A sore body after the dentist or a match ("my teeth are gonna kill me for days"); "break a leg" wishes luck.
  '\\b(?:teeth|tooth|brace|feet|legs|back|head|arms|stomach|tummy|knees|muscles|calves)\\s+(?:is|are|will\\s+be)?\\s*going\\s+to\\s+kill\\s+me\\b|\\bbreak\\s+a\\s+leg\\b',
  '\\b(?:dying|dieing|die|died|dead)\\s+(?:to|for|of|laughing|from\\s+laughing)\\b',
  '\\bto\\s+die\\s+for\\b',
  '\\b(?:could|would|id)\\s+kill\\s+for\\b',
  '\\bdead\\s+(?:good|funny|nice|happy|easy|hard|tired|bored|excited|boring|scary|cool|fun|proud|chuffed|annoying|loud|quick|fast|slow)\\b',
  '\\b(?:phone|battery|ipad|tablet|laptop|computer|game|character|plant|plants|fish|goldfish|hamster|rabbit|dog|cat|pet|grandad|grandpa|grandma|granny|nan|gran|uncle|auntie|aunt)\\s+(?:has\\s+|had\\s+)?died\\b',
  // A pet or a grandparent gone to heaven is news of a death, not a wish to die.
  '\\b(?:plant|fish|goldfish|hamster|rabbit|guinea\\s+pig|dog|cat|pet|grandad|grandpa|grandma|granny|nan|gran|uncle|auntie|aunt)\\s+(?:has\\s+|had\\s+|is\\s+)?(?:gone|went)\\s+(?:up\\s+)?to\\s+heaven\\b',
  '\\b(?:hit|hits|hitting|kick|kicks|kicking|kicked|punch|punching|punched|smash|smashing|beat|beating|whack|whacking)\\s+(?:the|a|my|that|this)\\s+(?:ball|balls|football|rugby\\s+ball|tennis\\s+ball|drum|drums|shuttlecock|pinata|punchbag|punch\\s+bag|punching\\s+bag|target|targets|pads|button|buttons|keys|bell|gym|road|books|sack|hay|jackpot|high\\s+notes?|note|notes|nail|nails|goal|post|net|record|boss|level|wall\\s+in\\s+the\\s+game)\\b',
  '\\b(?:beat|beats|beating|beaten)\\s+(?:me|him|her|them|my\\s+\\w+|everyone|the\\s+\\w+)\\s+(?:at|in)\\s+(?:a\\s+|the\\s+)?(?:game|games|fifa|fortnite|minecraft|chess|cards|uno|football|running|a\\s+race|the\\s+race|race|swimming|maths|quiz|tennis|pool|snooker|darts|mario\\s+kart|monopoly|connect\\s+4|scrabble)\\b',
  '\\b(?:kill|kills|killing|killed)\\s+(?:the|a|all\\s+the|some)?\\s*(?:zombies?|monsters?|boss|bosses|baddies|aliens|dragons?|creepers?|enemies|time|germs|bugs|weeds|spiders?|flies|wasps?|mood|vibe|lights?)\\b',
  '\\b(?:cut|cuts|cutting)\\s+(?:my|the|his|her|up\\s+my|up\\s+the)?\\s*(?:hair|nails|fringe|food|meat|pizza|cake|grass|hedge|paper|card|shapes|vegetables|veg|onions|carrots|fruit|bread|sandwich|toast|string|wood|fabric|pictures)\\b',
  '\\b(?:cut|cuts|hurt|hurts|hurting|injured|sprained|broke|broken|bruised|grazed|banged|bumped)\\s+my\\s+(?:finger|thumb|knee|knees|ankle|foot|feet|toe|toes|leg|elbow|wrist|hand|head|shoulder|back|nose|lip)\\s+(?:playing|at|in(?!\\s+(?:the\\s+)?(?:school\\s+)?(?:toilets?|bathroom|my\\s+(?:room|bedroom)|secret|bed))|on(?!\\s+purpose)|when|while|falling|by\\s+accident|cooking|doing|in\\s+pe)\\b(?![^~]{0,30}\\b(?:on\\s+purpose|deliberately|purposely)\\b)',
  '\\b(?:hurt|hurts|hurting)\\s+my\\s+(?:feelings|ears|eyes|brain|head)\\b',
  // Food or pans burnt in cooking ("and nothing gets burnt", "no burnt pans", "i burnt the toast"): the kitchen, never a
  // person. Only with the food or the pan named after a determiner, or "nothing" as what burns: "he burns me with a lighter",
  // "burnt my arm", "my hand on the burning pan" are read as before; harm told around it ("he hits me when i burn the
  // tea") is still read, and so is a person acting on the child with it ("burned my toast and threw it at me", "makes me
  // eat it burnt", "on purpose so i cant eat it").
  '\\b(?:burnt|burned|burn|burns|burning)\\s+(?:the|my|a|any|our|his|her|their|some)\\s+(?:food|toast|dinner|tea|lunch|breakfast|meal|meals|pan|pans|pot|pots|pasta|rice|chips|pizza|beans|eggs?|sausages?|bacon|cakes?|oven\\s+chips)\\b(?!\\s+(?:on|onto|into|against|at)\\s+(?:me|my|him|her|them|us)\\b)(?![^~]{0,40}\\b(?:threw|throw|throws|throwing|chucked|chucks|lobbed|makes?\\s+(?:me|us)|made\\s+(?:me|us)|forces?\\s+(?:me|us)|forced\\s+(?:me|us)|on\\s+purpose|deliberately|so\\s+(?:i|we)\\s+(?:cant|can\\s+not|cannot|dont|wont|do\\s+not)))|\\bno\\s+(?:more\\s+)?(?:burnt|burned)\\s+(?:food|toast|dinners?|teas?|meals?|pans?|pots?|pasta|rice|chips|pizzas?|beans|eggs|sausages|bacon|cakes?)\\b|\\bnothing\\s+(?:gets|got|is|was|ever\\s+gets)\\s+(?:burnt|burned)\\b|\\b(?:food|toast|dinner|tea|pans?|pots?|pasta|rice|chips|pizza|cake|meals?)\\s+(?:gets?|got|is|was|were|are|getting)\\s+(?:a\\s+bit\\s+)?(?:burnt|burned)\\b',
  '\\b(?:touch|touches|touched|touching)\\s+up\\s+(?:my|her|his|the|your)\\s+(?:hair|make\\s*up|paint|nails|photos?|pictures?)\\b|\\b(?:touch|touching)\\s+(?:typing|screen|screens|rugby|base|wood|and\\s+go)\\b|\\b(?:in|keep\\s+in|get\\s+in|stay\\s+in|lose|lost)\\s+touch\\b',
  // A scarf or a tie worn round the neck for the cold, for school or for looks ("i tie my scarf round my neck when its cold"):
  // clothing, never a ligature. A cord, a belt or a rope round the neck, or a scarf pulled tight, is read as before.
  '(?<!\\b(?:cold|colder|freezing|chilly|winter|windy|snowing|raining|uniform|style|smart)\\b[^~]{0,40})\\b(?:tie|ties|tied|tying|wrap|wraps|wrapped|wrapping|put|puts|wear|wears|wearing)\\s+(?:a|the|my|his|her)\\s+(?:\\w+\\s+)?(?:scarf|scarves|tie|snood|neck\\s+warmer)\\s+(?:round|around|on)\\s+(?:my|his|her)\\s+neck\\b(?=[^~]{0,40}\\b(?:cold|colder|freezing|chilly|winter|windy|snowing|raining|uniform|style|smart|for\\s+(?:school|work|church|a\\s+wedding|the\\s+wedding|a\\s+party))\\b)(?![^~]{0,40}\\b(?:tight|tightly|pull|pulled|pulling|breathe|breath|choke|choking|hurt|dizzy|pass\\s+out|passed\\s+out)\\b)|(?<=\\b(?:cold|colder|freezing|chilly|winter|windy|snowing|raining|uniform|style|smart)\\b[^~]{0,40})\\b(?:tie|ties|tied|tying|wrap|wraps|wrapped|wrapping|put|puts|wear|wears|wearing)\\s+(?:a|the|my|his|her)\\s+(?:\\w+\\s+)?(?:scarf|scarves|tie|snood|neck\\s+warmer)\\s+(?:round|around|on)\\s+(?:my|his|her)\\s+neck\\b(?![^~]{0,40}\\b(?:tight|tightly|pull|pulled|pulling|breathe|breath|choke|choking|hurt|dizzy|pass\\s+out|passed\\s+out)\\b)',
  '\\bsex\\s+(?:education|ed)\\b|\\brelationships\\s+and\\s+sex\\b|\\bsexual\\s+health\\s+(?:clinic|lessons?)\\b',
  '\\b(?:anti\\s+bullying|stop\\s+bullying\\s+(?:week|campaign)|bullying\\s+(?:ambassador|policy|week|campaign))\\b',
  '\\bfight(?:ing|s)?\\s+(?:in|on)\\s+(?:a\\s+|the\\s+)?(?:game|fortnite|roblox|minecraft|video\\s+game|wwe)\\b|\\bplay\\s+fight(?:ing|s)?\\b',
  '\\b(?:scared|frightened|afraid)\\s+of\\s+(?:the\\s+dark|spiders|dogs|heights|buses|trains|loud\\s+noises|the\\s+dentist|needles|clowns|thunder|water|swimming|the\\s+hoover|hand\\s+dryers|fireworks|bees|wasps|the\\s+doctor)\\b',
  '\\bsecret\\s+(?:santa|agent|garden|code|recipe|base|den|hideout|level|passage)\\b|\\bsurprise\\s+party\\b',
  '\\b(?:bored|scared|worried|frozen|freezing|starving|starved)\\s+(?:to\\s+death|stiff)\\b|\\bim\\s+starving\\b(?!\\s+(?:because|cos|coz|there|no|we))|\\bstarving\\s+(?:hungry|after\\s+(?:school|pe|swimming|football))\\b',
  '\\bshot\\s+(?:at\\s+goal|on\\s+target)\\b|\\bshoot\\s+(?:hoops|some\\s+hoops|baskets|goals)\\b',
  '\\bdrop\\s+dead\\s+gorgeous\\b|\\bover\\s+my\\s+dead\\s+body\\b',
  '\\b(?:hit|hits|kicked|kicks|kick|pushed|pushes|hurt|hurts|punched|elbowed|bumped|knocked|tripped)\\s+me\\s+(?:by\\s+accident|accidentally)\\b|\\baccidentally\\s+(?:hit|kicked|pushed|hurt|punched|tripped)\\s+me\\b',
  '\\b(?:story|book|film|movie|video|programme|program|show|lesson|assembly|play|poem|song|documentary|article)\\s+(?:was\\s+|is\\s+|we\\s+watched\\s+)?about\\s+(?:a|an|the|some|this|two)\\s+(?:\\w+\\s+)?(?:girl|boy|man|woman|person|kid|child|teenager|teen|family|people|children|dog)\\s+(?:who|that|whose)\\s+[^~]{0,40}',
  '\\b(?:learn|learned|learnt|learning|lesson|lessons|talk|talked|talking|assembly|taught)\\s+(?:us\\s+)?about\\s+[^~]{0,40}?\\b(?:in|at|during)\\s+(?:pshe|rshe|pse|school|assembly|class|tutor\\s+time|form\\s+time)\\b',
  '\\b(?:used\\s+to\\s+(?:be|get)|got|was|were)\\s+bullied\\s+(?:in|at)\\s+(?:primary|my\\s+old\\s+school|year\\s+\\w+|infants|juniors)\\s+but\\s+(?:it|that|they)\\s+(?:stopped|has\\s+stopped|ended|got\\s+sorted|is\\s+over)\\b',
  '\\b(?:hurt|hurts|injured|sprained|broke|bruised|banged|bumped|pulled)\\s+(?:her|his|their|my)\\s+(?:back|leg|knee|arm|foot|hand|ankle|wrist|neck|shoulder|head|finger|toe|muscle)\\s+(?:lifting|playing|at|in|on(?!\\s+purpose)|when|while|falling|doing|carrying|moving|running|by\\s+accident|gardening)\\b(?![^~]{0,30}\\b(?:on\\s+purpose|deliberately|purposely)\\b)',
  // "me" for "my", of one's own injury: "ive hurt me back", "i sprained me ankle" (never "he hurt me back", nor hurt again, on purpose, against a wall or when sad; never the head, which people bang when upset).
  '\\b(?:i|ive|i\\s+have|i\\s+had|id)\\s+(?:(?:just|only|gone\\s+and|went\\s+and|been\\s+and|badly|really|proper)\\s+)*(?:hurt|injured|sprained|pulled|bruised|banged|bumped|twisted|broke|broken|cricked|ricked|knacked|done\\s+in)\\s+me\\s+(?:back|leg|knee|arm|foot|ankle|wrist|neck|shoulder|finger|toe|hip|elbow|hand|thumb|muscle)\\b(?:\\s+in)?(?![^~]{0,30}\\b(?:again|on\\s+purpose|deliberately|myself|cut\\w*|blade|razor|knife|with\\s+(?:a|the|my)|(?:on|against|into)\\s+(?:the\\s+)?(?:wall|walls|floor|door)|when\\s+(?:i|im)\\s+(?:\\w+\\s+)?(?:sad|angry|upset|cross|mad|stressed|cry\\w*))\\b)',
  // Kicked out of a game or a lesson is ordinary; out of home, or with nowhere to sleep after, is not.
  '\\b(?:got|get|gets|getting|was|been)\\s+(?:kicked|thrown|chucked)\\s+(?:out|off)\\b(?![^~]{0,40}\\b(?:home|house|flat|by\\s+(?:my\\s+)?(?:mum|dad|parents|step)|nowhere|sleep\\w*|street|park|sofa|staying|stay\\s+at|hostel)\\b)|\\bkick(?:ed|s|ing)?\\s+off\\b',
  '\\b(?:tired|sleepy|exhausted|knackered)\\b[^~]{0,20}\\bsleep\\s+for\\s*(?:ever|a\\s+week|days)\\b',
  '\\b(?:skipping|climbing)\\s+rope\\b|\\brope\\s+(?:swing|bridge|course)\\b|\\btug\\s+of\\s+war\\b',
  '\\b(?:dodgeball|football|rugby|hockey|cricket|netball|basketball|tennis|rounders|pe|paintball|laser\\s+tag|boxing|karate|judo|kick\\s*boxing|martial\\s+arts|the\\s+game|a\\s+match)\\b[^~]{0,40}?\\b(?:got|get|gets|getting|was|been)\\s+(?:hit|kicked|pushed|punched|hurt|knocked)\\b|\\b(?:got|get|gets|getting|was|been)\\s+(?:hit|kicked|pushed|punched|hurt|knocked)\\s+(?:\\w+\\s+){0,2}(?:in|at|during|playing)\\s+(?:dodgeball|football|rugby|hockey|cricket|netball|basketball|tennis|rounders|pe|paintball|boxing|karate|judo|training|practice|a\\s+match|the\\s+match)\\b',
  '\\b(?:bored|embarrassed|cringing|tired)\\b[^~]{0,25}\\b(?:want\\s+to|could|gonna|going\\s+to|might)\\s+(?:die|just\\s+die)\\b',
  // Dying of embarrassment at a speech or a uniform: "id die if i had to do a speech", "ill die if i have to wear the new uniform".
  '\\b(?:id|ill|i\\s+(?:would|will|d|ll))\\s+(?:literally\\s+|actually\\s+|just\\s+|honestly\\s+)?die\\s+(?:of\\s+embarrassment\\s+)?if\\s+(?:i|id)\\s+(?:had|have|has|got|get|was|were)\\s+to\\s+(?:do|give|read|wear|sing|speak|talk|stand\\s+up|present|dance|act|perform|go\\s+on\\s+stage)\\b(?:\\s+(?:a|an|the|that|this|those|these|out|aloud|in\\s+front\\s+of)\\b)?(?=\\s+(?:\\w+\\s+){0,3}?(?:speech|presentation|talk|reading|solo|dance|assembly|play|poem|song|uniform|jumper|skirt|tie|blazer|hat|costume|dress|shorts|out\\s+loud|aloud|everyone|the\\s+(?:class|year|school|hall))\\b)',
  // Brothers and sisters squabbling both ways: "she hits her brother when he touches her things and he gives as good as he gets", "me and my brother hit each other in play fights".
  '\\b(?:hits?|hitting|kicks?|kicking|pinch\\w*|push\\w*|bites?|biting|thumps?|fights?|fighting)\\s+(?:with\\s+)?(?:her|his|my|their)\\s+(?:little\\s+|big\\s+|older\\s+|younger\\s+|baby\\s+|twin\\s+)?(?:brothers?|sisters?|twin|siblings?)\\b[^~]{0,60}?\\b(?:gives?\\s+as\\s+good\\s+as\\s+(?:he|she|they)\\s+gets?|(?:he|she|they)\\s+(?:hits?|kicks?|pinch\\w*|push\\w*|bites?)\\s+(?:her|him|them|me)\\s+back|(?:normal|typical)\\s+siblings?)\\b|\\b(?:me\\s+and\\s+my|my|our|the)\\s+(?:little\\s+|big\\s+|older\\s+|younger\\s+|twin\\s+)?(?:brothers?|sisters?|twins?|siblings|cousins?)(?:\\s+and\\s+(?:me|i|my\\s+\\w+))?\\s+(?:\\w+\\s+){0,2}?(?:hit|kick|push|pinch|thump|wrestle|fight|scrap|whack)\\s+each\\s+other\\b(?![^~]{0,40}\\b(?:blood|bleed\\w*|hospital|knife|weapon|badly|really\\s+hard|scared|bruises?|broke)\\b)',
  '(?<!\\b(?:dont|doesnt|never|wont|not|forgets\\s+to|forgot\\s+to|stopped)\\s+(?:give|gives|giving|get|gets|getting)\\s+(?:me|him|her|us)\\s+(?:my|his|her|our)\\s)\\b(?:tablets|pills|medicine|meds|medication|inhaler|injections?)\\s+(?:for|because\\s+of)\\s+(?:my|his|her|the)\\s+(?!(?:high|buzz|trip)\\b)\\w+',
  // A threat said in fun over something small ("mum will kill me if i get another detention"); a threat to keep a secret still counts.
  // Never beside an injury told in the same message ("...i have bruises on my arms"), nor said to be meant ("and he means
  // it, last time i had bruises"): then the threat may be meant.
  `\\b(?:gonna|going\\s+to|will|would|ll|hell|shell|d|is\\s+going\\s+to)\\s+(?:kill|strangle|murder|skin)\\s+(?:me|us)(?![^]*${INJURY_ON_BODY})(?<!${INJURY_ON_BODY}[^]*)(?![^]*\\b${THREAT_MEANT}\\b)(?:\\s+alive)?\\s+(?:if|when|for)\\b(?![^~]{0,40}\\b(?:tell|told|telling|say\\s+anything|police|leave|left|snitch|grass|run|go\\s+to\\s+(?:my|the))\\b)(?=[^~]{0,40}\\b${EVERYDAY_TROUBLE}\\b)`,
  // A carer's guesses at what a child who cannot say is feeling: "we have to guess, is she tired, is she hurting, is she hungry".
  GUESSED_STATES_SOURCE,
  // The chat's own help lines and note, talked about: "why are you giving me abuse helpline", "you made a note about abuse".
  // Never someone's note about hurting a person ("he leaves me notes about hurting me if i tell"): that is a threat written
  // down; the chat's own note still is ("did you make a note about hurting me").
  '\\b(?:domestic\\s+)?(?:abuse|abusing|harm|hurting)\\s+(?:help\\s*lines?|phone\\s+(?:numbers?|lines?)|numbers?|notes?|flags?)\\b|\\b(?:notes?|flags?|help\\s*lines?|numbers?)\\s+(?:about|for|on|saying)\\s+(?:domestic\\s+)?(?:abuse|abusing|harm|harming|hurting)\\b(?:(?!\\s+(?:me|us|him|her|them|my|our|his)\\b)|(?<=\\b(?:you|u|your|ur)\\b[^~]{0,30}))',
  // A flat battery: "my phone is dead again".
  '\\b(?:phone|battery|ipad|tablet|laptop|computer|controller|headphones|earbuds|torch|remote|car)\\s+(?:is|was|went|has\\s+gone|keeps\\s+going|always\\s+goes)\\s+(?:dead|flat)\\b',
  // Talk about the chat itself: words cut off, an answer taken out.
  '\\b(?:cut|cuts|cutting)\\s+(?:off|short)\\s+(?:my|the|your|that)?\\s*(?:sentence|sentences|words|answer|answers|message|text|question|hope|reply)\\b|\\b(?:take|taking|took)\\s+(?:out|away|off)\\s+(?:the|that|this|my)\\s+(?:\\w+\\s+)?(?:thing|one|bit|hope|answer|outcome|goal|step|part)\\b',
  // Bedtime on one's own is a common independence goal, not being left alone.
  '\\b(?:sleep|sleeps|sleeping|stay|stays|staying|go|goes|going|get|gets|getting)\\s+(?:(?:to|in)\\s+(?:my|his|her|their)\\s+own\\s+(?:bed|room|bedroom)|to\\s+(?:bed|sleep)\\s+(?:on\\s+(?:my|his|her|their)\\s+own|by\\s+(?:my|him|her|them)sel(?:f|ves)))\\b',
  '\\bbecause\\s+of\\s+my\\s+(?:condition|illness|medication|meds|disability|eczema|skin|operation|operations)\\b|\\bfrom\\s+(?:my|the)\\s+(?:operations?|surgery|accident|fall|injection)\\b',
  // Text-speak for getting in touch: "he hits me up on snap about homework".
  '\\b(?:hit|hits|hitting)\\s+(?:me|him|her|us|them)\\s+up\\b',
  // Harm said not to happen: "no ones hurting me", "nobody is abusing my daughter", "it doesnt hurt me" (what else the message says still counts).
  '\\b(?:no\\s+ones|noones|nobodys|(?:no\\s+one|noone|nobody)\\s+is)\\s+(?:(?:hurting|hitting|touching|bullying|abusing|harming)\\s+(?:me|us|him|her|them|(?:my|our)\\s+(?:daughter|son|child|girl|boy|baby|kids?|children))|(?:taking|stealing|using|spending)\\s+(?:my|his|her)\\s+(?:money|card|bank\\s+card|benefits|pip))\\b(?!\\s+(?:except|apart\\s+from|but|other\\s+than|only))|\\b(?:it|this|that)\\s+(?:doesnt|does\\s+not|didnt|wont)\\s+hurt\\s+(?:me|him|her)\\b',
  // Fear of being found out or told off, over a bad mark or a broken phone: "im scared of my dad finding out", "scared of mum
  // seeing my report". Harm said beside it ("...hell batter me") is still read.
  `\\b(?:scared|frightened|afraid|terrified|petrified|worried|nervous|anxious|bricking\\s+it)\\s+(?:of|about|that)\\s+(?:my\\s+|our\\s+|the\\s+)?(?:dad|daddy|mum|mummy|mam|mom|parents|step\\s*(?:dad|mum)|nan|gran|grandad|grandma|teachers?|sir|miss|him|her|them|he|she|they)\\s+(?:(?:will|might|would|is\\s+going\\s+to|are\\s+going\\s+to|ll)\\s+)?(?:finding\\s+out|find\\s+out|finds\\s+out|knowing|seeing|sees|see|hearing|hears|reading|being\\s+(?:cross|angry|mad|disappointed|upset|annoyed)|getting\\s+(?:cross|angry|mad|annoyed)|(?:telling|tell)\\s+me\\s+off|going\\s+mad|(?:ringing|calling|phoning)\\s+home)\\b(?:\\s+(?:about\\s+)?(?:it|that|this))?(?![^~]*\\b${HIT}\\s+(?:me|us)\\b)`,
  // Abuse denied outright, often to the bot after a help line: "nobody is being abused", "there is no abuse here", "no one is abusing anyone".
  '\\b(?:(?:no\\s+one|noone|nobody)\\s+(?:is|was|has\\s+been|s)\\s+(?:being\\s+|getting\\s+)?(?:abused|harmed)|(?:no\\s+one|noone|nobody)\\s+(?:is\\s+|s\\s+)?(?:abusing|harming)\\s+(?:anyone|anybody|any\\s+one)|there\\s+(?:is|s|was)\\s+no\\s+(?:domestic\\s+)?(?:abuse|violence)(?:\\s+(?:here|at\\s+home|in\\s+(?:our|this|the)\\s+(?:house|home|family)))?)\\b(?!\\s+(?:except|apart\\s+from|but|other\\s+than|only))',
  // A worry about what might happen, not something that has: "worried he will be bullied at secondary".
  '\\b(?:worried|worry|worries|scared|afraid|nervous|anxious)\\s+(?:that\\s+)?(?:he|she|i|they|my\\s+\\w+)\\s+(?:will|might|could|ll|may|would)\\s+(?:be|get)\\s+(?:bullied|picked\\s+on|teased|left\\s+out)\\b(?!\\s+again\\b)',
  // Over and done with: "people used to laugh at my reading but they dont now".
  '\\bused\\s+to\\s+(?:laugh\\s+at|pick\\s+on|tease|bully|call)\\b[^~]{0,40}?\\bbut\\s+(?:they|it|that|he|she)\\s+(?:dont|doesnt|stopped|has\\s+stopped|have\\s+stopped)\\b(?:\\s+(?:now|any\\s*more))?',
  // Chosen in class, not bullied: "teachers pick on me to answer", "they pick on me in class to read out".
  '\\bpick(?:s|ed|ing)?\\s+on\\s+(?:me|us)\\s+(?:in\\s+(?:class|lessons?|front\\s+of\\s+(?:everyone|every1|the\\s+class))\\s+)?to\\s+(?:answer|read|speak|talk|say|present|go\\s+first|come\\s+(?:up|to\\s+the\\s+front)|do\\s+(?:the|a)\\s+(?:question|sum|reading|problem))\\b|\\bpicked\\s+on\\s+to\\s+(?:answer|read|speak|talk|say|present|go\\s+first)\\b',
  // Relief from an everyday thing, not from life: "i wouldnt have to deal with the rude bus drivers anymore", "wont need to rely on mum for lifts".
  '\\b(?:wouldnt|would\\s+not|wont|will\\s+not|dont|do\\s+not|wouldnt\\s+ever|never)\\s+(?:have|need|has)\\s+to\\s+(?:deal\\s+with|put\\s+up\\s+with|wait\\s+for|rely\\s+on|queue\\s+for|fill\\s+in|ask\\s+for|sit\\s+through)\\s+(?:the|those|that|these|my|his|her|any|all\\s+the)\\s+(?:\\w+\\s+){0,2}(?:bus|buses|drivers?|taxis?|trains?|forms?|queues?|traffic|lifts?|stairs|ramps?|homework|paperwork|emails?|appointments?|waiting\\s+lists?|noise|crowds?|canteen)\\b(?:\\s+(?:any\\s*more|ever\\s+again))?',
  // Less for family to do, as what a goal would bring: "my mum wont have to take time off work", "dad wouldnt need to drive me".
  '\\b(?:my\\s+)?(?:mum|mam|mom|dad|nan|gran|grandma|grandad|carer|carers|parents|family|sister|brother)\\s+(?:wont|wouldnt|will\\s+not|would\\s+not|doesnt|dont)\\s+(?:have|need|has)\\s+to\\s+(?:take\\s+(?:time|days?|a\\s+day)\\s+off(?:\\s+work)?|drive\\s+(?:me|him|her)|take\\s+(?:me|him|her)\\s+(?:there|in|to\\s+\\w+)|come\\s+with\\s+(?:me|him|her)|pick\\s+(?:me|him|her)\\s+up|ring\\s+(?:me|him|her)|remind\\s+(?:me|him|her)|do\\s+it\\s+for\\s+(?:me|him|her)|lend\\s+(?:me|him|her)\\s+(?:any|money|anything))\\b',
  // Ways of communicating named together, as the means: "ask for things with a word or a sign or a picture", "using words, signs or symbols" (never "he sends me pictures and words").
  '\\b(?:with|using|use|uses|by|through)\\s+(?:a\\s+|an\\s+)?(?:words?|signs?|signing|pictures?|picture\\s+cards?|symbols?|gestures?|makaton|pecs|an\\s+app|a\\s+device)(?:\\s*(?:,|,?\\s+or|,?\\s+and)\\s+(?:a\\s+|an\\s+)?(?:words?|signs?|signing|pictures?|picture\\s+cards?|symbols?|gestures?|makaton|pecs|an\\s+app|a\\s+device))+\\b',
  // Visual support asked for, not something shown to a child: "talk slowly and show him pictures" (never "pictures of ...").
  '(?:^\\s*|\\b(?:and|then|to|please|just|always|also|can|should)\\s+)(?:show|use|give)\\s+(?:him|her|them)\\s+(?:pictures?|picture\\s+cards?|symbols?|visuals?|photos?)\\b(?!\\s+(?:of|on|from)\\b)',
  // Visual support given by a carer or teacher: "he shows him pictures", "his TA uses PECS with him", "mum shows her the
  // visual timetable". Never with sexual words or secrecy anywhere in the message, nor "pictures of ...", "on his phone".
  `\\b(?:${VISUAL_GIVER})(?<!\\b(?:${SEXUAL_OR_SECRET})\\b[^~]*)\\s+(?:(?:always|usually|often|sometimes|also|just)\\s+)?(?:shows?|showed|showing|uses?|used|using|gives?|gave|giving|does|did|doing)\\s+(?:(?:him|her|them)\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+|their\\s+)?${VISUALS}|${VISUALS}\\s+(?:with|for)\\s+(?:him|her|them))\\b(?:\\s+${EVERYDAY_PICTURED})?(?!\\s+(?:of|on|from)\\b)(?![^~]*\\b(?:${SEXUAL_OR_SECRET})\\b)`,
  // Care and play, not harm: "his dad pushes him on the swing", "mum pushes my wheelchair", "the coach pushes me to do my best".
  // Never "off", "over", "down" or "into" a place: those stay disclosures. "pushed me into doing the bungee jump" is persuaded.
  '\\b(?:push|pushes|pushed|pushing)\\s+(?:me|him|her|them|us|my\\s+\\w+|his\\s+\\w+|her\\s+\\w+)\\s+(?:(?:really|so|very|too|a\\s+bit)\\s+)?(?:high(?:er)?\\s+)?(?:on|in|round|around|along\\s+in)\\s+(?:the\\s+|a\\s+|my\\s+|his\\s+|her\\s+|their\\s+)?(?:(?:baby|big|tyre|nest|basket|garden)\\s+)?(?:swings?|roundabout|wheel\\s*chair|chair|buggy|pram|push\\s*chair|trolley|go\\s*karts?|sledge|trike|bike|scooter|hammock|cart)\\b|\\b(?:push|pushes|pushed|pushing)\\s+(?:my|his|her|their|the)\\s+(?:wheel\\s*chair|chair|buggy|pram|push\\s*chair|trolley|swing|bike)\\b(?!\\s+(?:(?:really|so|too|very)\\s+)?(?:into|against|off|over|down|out|away|at|hard|fast|on\\s+purpose))|\\b(?:push|pushes|pushed|pushing)\\s+(?:me|him|her|them|us)\\s+to\\s+(?:(?:do|try|be)\\s+(?:my|his|her|their|our)\\s+best|(?:try|work)\\s+(?:hard|harder|new\\s+things)|keep\\s+(?:going|trying)|practi[sc]e|improve|believe\\s+in)\\b|\\b(?:push|pushes|pushed|pushing)\\s+(?:me|him|her|them|us)\\s+into\\s+(?:doing|trying|going\\s+on|having\\s+a\\s+go\\s+(?:at|on)|signing\\s+up\\s+for|joining|entering)\\s+(?:the|a|an|my)\\s+(?:(?:big|huge|scary|school|charity|fun|tall|high|new)\\s+)?(?:bungee(?:\\s+jump)?|bungee\\s+jumping|zip\\s*wire|sky\\s*dive|parachute\\s+jump|climbing\\s+wall|climb|race|show|play|panto|audition|course|class|club|team|trip|ride|rollercoaster|roller\\s+coaster|slide|swim|run|fun\\s+run|marathon|talent\\s+show|concert|competition|challenge|abseil|jump|dive|assembly|speech|solo)\\b(?![\\s\\S]*\\b(?:pics?|pictures?|photos?|nudes?|touch\\w*|secret|kiss\\w*|naked|undress\\w*|sex\\w*|hurt\\w*|hit\\w*|drugs?|money)\\b)',
  // Looking after oneself as a goal: "make my bed n wash clothes", "learn to do my own washing" (never "nobody washes my clothes", "i have to wash my own clothes").
  '(?<!\\b(?:no\\s*one|nobody|noone|never|doesnt|dont|not|nt|has\\s+to|have\\s+to|had\\s+to|got\\s+to|always)\\s+(?:\\w+\\s+)?)\\b(?:make|making|wash|washing|do|doing)\\s+(?:my|his|her|their)\\s+(?:own\\s+)?(?:bed|clothes|washing|laundry)\\b(?:\\s+(?:and|n)\\s+(?:make|wash|do|tidy|iron)\\s+(?:my|his|her|their)?\\s*(?:own\\s+)?(?:bed|clothes|washing|laundry|room))?(?![^~]{0,40}\\b(?:(?:because|cos|coz|as)\\s+(?:no\\s*one|nobody|mum|dad|they)|sink|by\\s+hand|hand\\s+soap|no\\s+(?:washing|powder|soap|money|machine|water))\\b)',
  // Upset said not to happen, as a parent tells of things going well: "not coming home in bits", "hes not in tears every morning".
  '\\b(?:not|no\\s+longer|never|isnt|hasnt\\s+been|wasnt)\\s+(?:(?:coming|come|came|getting|got|going|gone|being|ending\\s+up|been)\\s+)?(?:(?:home|back|out|in)\\s+)?in\\s+(?:bits|pieces|tears|a\\s+state)\\b(?!\\s+(?:except|apart\\s+from|but|other\\s+than|only))',
  // Everyday upset about an everyday cause: "he comes home a wreck after school", "im falling apart with all these exams".
  EVERYDAY_UPSET_SOURCE,
  // Paid work or a family errand: "my boss pays me to deliver parcels", "my mum gives me money to drop things off at the
  // charity shop". Never with secrecy, a debt, threats, "on the side", drugs or other towns told after it.
  '\\b(?:boss|manager|employer|work|job|mum|mom|dad|nan|nana|gran|grandad|grandma|auntie|aunt|parents|step\\s*(?:mum|dad))\\s+(?:pays?|paid|gives?|gave)\\s+me\\s+(?:(?:some\\s+)?(?:money|cash|pocket\\s+money|\\d+\\s*(?:quid|pounds)?)\\s+)?(?:to|for)\\s+(?:deliver|delivering|drop|dropping|take|taking|carry|carrying)\\s+(?:off\\s+)?(?:the\\s+|some\\s+|her\\s+|his\\s+|their\\s+|our\\s+)?(?:parcels|packages|things|stuff|leaflets|papers|newspapers|post|letters|bags|shopping|clothes|donations)(?:\\s+off)?\\b(?![^~]{0,80}\\b(?:secret|dont\\s+tell|cant\\s+tell|not\\s+(?:allowed|supposed)\\s+to\\s+tell|owe|debt|threat\\w*|hurt|on\\s+the\\s+side|older|drugs|weed|other\\s+towns?|scared|afraid)\\b)',
  // Sorry for an everyday slip, passed on: "tell my teacher im sorry i was late, it wasnt her fault", "sorry i forgot my pe kit".
  // Only with the slip named: "tell her im sorry and it isnt her fault" alone can be a goodbye, and is read as ever.
  '\\bsorry\\s+(?:(?:that|for|about)\\s+)?(?:(?:i\\s+was|i\\s+am|im|i\\s+m|being|coming|getting\\s+(?:in|here))\\s+(?:so\\s+|a\\s+bit\\s+)?late|(?:i\\s+)?(?:forgot|forgetting|didnt\\s+bring|lost|losing)\\s+my\\s+(?:homework|pe\\s+kit|kit|book|books|planner|pencil\\s+case|tie|blazer|lunch|bag|coat)|(?:i\\s+)?(?:missed|missing)\\s+(?:the|my|her|his)\\s+(?:lesson|class|bus|appointment|session|meeting))(?:\\s+(?:today|this\\s+morning|again|to\\s+(?:class|school|college|the\\s+lesson)))?(?:\\s+(?:and\\s+)?(?:it|that)\\s+(?:wasnt|was\\s+not|isnt|is\\s+not)\\s+(?:her|his|their|your|ur|sirs?|misses)\\s+fault)?\\b',
  // A disclosure said not to be one (DENIED_HARM).
  DENIED_HARM_SOURCE,
  // Everyday words that sound like wanting to be gone: a move ("i wont be here next year because we are moving"), a hard
  // workout ("i punish myself at the gym"), a lie-in ("i dont want to wake up early on saturdays").
  '\\b(?:wont|will\\s+not|not\\s+going\\s+to)\\s+be\\s+(?:here|around)\\s+(?:next\\s+(?:year|term|month|week)|in\\s+(?:september|january|the\\s+summer))\\s+(?:because|cos|coz|as)\\s+(?:we|were|we\\s+are|im|i\\s+am|ill\\s+be|i\\s+will\\s+be|my\\s+family)\\s+(?:(?:are|is|will\\s+be)\\s+)?(?:moving|going\\s+to\\s+(?:a\\s+new|another|college|uni|university|live)|starting|changing\\s+school)\\b',
  // Away at a holiday or a day, with the trip said: "i wont be around at xmas, we go to my nans", "wont be here for easter as were going to spain".
  '\\b(?:wont|will\\s+not|not\\s+going\\s+to)\\s+be\\s+(?:here|arr?ound|in)\\s+(?:for|at|over|on|during|this|next)\\s+(?:\\w+\\s+){0,2}?(?:xmas|christmas|easter|half\\s+term|holidays?|summer|birthday|new\\s+year|weekend|week|term)\\s+(?:because\\s+|as\\s+)?(?:we|were|we\\s+are|well\\s+be|we\\s+will\\s+be|im|i\\s+am|ill\\s+be|i\\s+will\\s+be|my\\s+family|going|off)\\s+(?:\\w+\\s+){0,2}?(?:go|goes|going|away|staying|visiting|on\\s+holiday|abroad|to|at|camping|flying)\\b',
  // Comfort in the night: a little brother or sister in my bed after a nightmare, or mum's bed when I'm poorly. Only a
  // younger child, or me in a parent's bed, with the reason said; "my uncle sleeps in my bed" is read as ever, and so is
  // a fear or a dream of a person after it ("when he is scared of our dad", "nightmares about what my uncle did").
  '\\bmy\\s+(?:little|baby|younger|twin)\\s+(?:brother|sister|bro|sis)\\s+(?:sometimes\\s+|always\\s+|still\\s+)?(?:sleeps|comes\\s+in(?:to)?|gets\\s+in(?:to)?|climbs\\s+in(?:to)?)\\s+(?:in\\s+)?my\\s+bed\\s+(?:when|if|whenever|after)\\s+(?:(?:he|she)\\s+(?:has|had|gets|is|s|feels)|hes|shes)\\s+(?:a\\s+)?(?:nightmares?|bad\\s+dreams?|scared|frightened|poorly|ill|sick)\\b(?!\\s+(?:of|by|about|from)\\s+(?:what|who|him|her|them|someone|somebody|people|(?:my|our|his|her|their|your|mums|dads)\\s+\\w+|mum|mummy|dad|daddy|mums|dads|step\\s*\\w+|uncle|auntie|aunt|grandad|nan|cousin|(?:a|the|that)\\s+(?:man|men|woman|lady|boy|boys|girl|girls))\\b|\\s+(?:because|cos|coz|since|when|whenever|if)\\b)|\\bi\\s+(?:sometimes\\s+|still\\s+|always\\s+)?(?:sleep|go|get)\\s+(?:in(?:to)?\\s+)?(?:my\\s+)?(?:mums|mummys|moms|nans|grans|parents)\\s+bed\\s+(?:when|if|whenever)\\s+(?:im|i\\s+am|i\\s+feel|i\\s+get|i\\s+have)\\s+(?:a\\s+bit\\s+|really\\s+)?(?:poorly|ill|sick|a\\s+temperature|a\\s+fever|nightmares?|bad\\s+dreams?)\\b(?!\\s+(?:of|by|about|from)\\s+(?:what|who|him|her|them|someone|somebody|people|(?:my|our|his|her|their|your|mums|dads)\\s+\\w+|mum|mummy|dad|daddy|mums|dads|step\\s*\\w+|uncle|auntie|aunt|grandad|nan|cousin|(?:a|the|that)\\s+(?:man|men|woman|lady|boy|boys|girl|girls))\\b|\\s+(?:because|cos|coz|since|when|whenever|if)\\b)',
  // A parent settling their own young child at night, said by the parent: "his dad gets him to sleep in bed with him or
  // he wont settle", "i let her sleep in my bed when shes poorly". Only him, her or them as the child, a parent as the
  // one who settles them, and the child's own reason after; "he makes me sleep in his bed" is read as ever. Only when the
  // settling words end the message: anything after them ("and its horrible", "then he does stuff", "he is 14") may be
  // what the bed is really about, and a list of worrying words could never name all of it. Never with touch, hurt,
  // bodies or secrecy before it either.
  `(?<!\\b(?:${WORRY_IN_BED})\\b[^~]*)\\b(?:i|we|(?:his|her|their)\\s+(?:dad|daddy|mum|mummy|mam|father|mother))\\s+(?:(?:sometimes|often|always|still|usually|has\\s+to|have\\s+to|had\\s+to)\\s+)?(?:gets?|got|lets?|puts?|has|have|had|takes?|took)\\s+(?:him|her|them)\\s+(?:to\\s+)?(?:sleep|go\\s+to\\s+sleep|settle|lie\\s+down|come)\\s+(?:in|into)\\s+(?:bed\\s+with\\s+(?:him|her|me|us|them)|(?:my|our|his|her|their)\\s+bed)\\s+(?:or|otherwise|or\\s+else|because|cos|coz|as|when|if|whenever|till|until)\\s+(?:(?:he|she|they)\\s+(?:(?:wont|will\\s+not|cant|cannot|doesnt|does\\s+not|dont|never)\\s+(?:settle|sleep|go\\s+off|drop\\s+off|fall\\s+asleep|go\\s+to\\s+sleep)|settles|falls\\s+asleep|goes\\s+off|drops\\s+off|(?:is|gets|feels|has)\\s+(?:really\\s+|so\\s+|very\\s+)?(?:poorly|ill|sick|a\\s+temperature|a\\s+fever|a\\s+cold|nightmares?|bad\\s+dreams?))|(?:hes|shes|theyre)\\s+(?:really\\s+|so\\s+|very\\s+)?(?:poorly|ill|sick))(?=\\s*$)`,
  // A parent saying the young person is not with them as they type ("I'm his MUM doing this for him, right, Harley's not
  // here"): who is chatting, never a goodbye. Only after the parent has said who they are or that they write for the child,
  // with him, her or a name as the one not here (never mum, dad or anyone else at home), and only when it ends the message:
  // "he's not here anymore", "she isn't here and I'm scared" are read as ever.
  `(?<=\\b(?:(?:im|i\\s+am)\\s+(?:his|her|their)\\s+(?:mum|mam|mom|mother|dad|father|carer|foster\\s+carer|step\\s*mum|step\\s*dad|nan|gran|grandma|grandad)|(?:doing|writing|filling\\s+(?:in\\s+)?|answering)\\s+(?:this|it|these)\\s+(?:in\\s+)?for\\s+(?:him|her|them))\\b[^~]*)\\b(?!(?:mum|mums|mam|mams|mom|moms|dad|dads|mother|mothers|father|fathers|step\\w*|uncle\\w*|aunt\\w*|nan\\w*|gran\\w*|brother\\w*|sister\\w*|partner\\w*|boyfriend\\w*|girlfriend\\w*|nobody\\w*|no\\s+one|everyone|every\\s*body)\\b)(?:he|she|they|hes|shes|theyre|[a-z]+s|[a-z]+\\s+(?:is|isnt))\\s+(?:is\\s+|are\\s+|s\\s+)?(?:not|isnt|arent)\\s+(?:here|with\\s+me|here\\s+with\\s+me|(?:here\\s+)?doing\\s+this)(?:\\s+(?:right\\s+now|now|today|at\\s+the\\s+moment|with\\s+me))?(?=\\s*$)`,
  // Fed up with the plan at its read-back ("Looks good. Well it doesn't but I've had enough."): the plan judged, then
  // enough of the chat, never of life. Only the plan's own "looks good ... it doesn't" opening the message, and only when
  // it ends the message: "its fine well it isnt but ive had enough", "... but I've had enough of it", "... of everything",
  // "... I've had enough, I want to die" are read as ever.
  '(?<=^\\s*)(?:it\\s+|that\\s+)?looks?\\s+(?:good|fine|ok|okay|alright|great)\\s+(?:well\\s+|actually\\s+|ok\\s+)?(?:it|that|this)\\s+(?:doesnt|does\\s+not)(?:\\s+really)?\\s+but\\s+(?:ive|i\\s+have|im|i\\s+am)\\s+(?:just\\s+)?(?:had\\s+enough|fed\\s+up)(?:\\s+(?:of|with)\\s+(?:these\\s+questions|this\\s+chat|filling\\s+(?:this|it)\\s+in))?(?=\\s*$)',
  // A step a young child has made ("he's 6 and sleeps on his own at night now", "she sleeps in her own bed now"): a
  // milestone, said with "now" or "at last". Only the phrase is set aside, so harm told beside it still counts.
  '\\b(?:sleeps?|sleeping|slept)\\s+(?:on\\s+(?:his|her|their|my)\\s+own|in\\s+(?:his|her|their|my)\\s+own\\s+(?:bed|room)|by\\s+(?:himself|herself|myself|themselves)|alone|through(?:\\s+the\\s+night)?)(?:\\s+(?:at\\s+night|every\\s+night|all\\s+night|most\\s+nights))?\\s+(?:now|at\\s+last|for\\s+the\\s+first\\s+time)\\b',
  '\\b(?:punish|punishing|punished)\\s+(?:myself|my\\s+body)\\s+(?:at|in|with)\\s+(?:the\\s+)?(?:gym|training|workouts?|weights|pool|football|rugby|running)\\b',
  '\\b(?:dont|do\\s+not|never)\\s+(?:want\\s+to|like\\s+(?:to|having\\s+to))\\s+wake\\s+up\\s+(?:early|so\\s+early|at\\s+\\d+|before\\s+\\d+)\\b(?![^~]{0,20}\\b(?:ever|again|any\\s*more)\\b)',
  // A goal to stop hurting, as a carer writes it: "use his calm space instead of hurting himself or others", "so he doesnt
  // hurt himself". Only the phrase is set aside, so harm told beside it still counts; "myself" is never set aside: a young
  // person's own "instead of hurting myself" tells of self-harm now.
  `\\b(?:instead\\s+of|rather\\s+than|without|so\\s+(?:that\\s+)?(?:he|she|they)\\s+(?:doesnt|does\\s+not|dont|do\\s+not|wont|will\\s+not|cant|cannot|isnt|is\\s+not|arent))\\s+(?:(?:be|being|end\\s+up|ending\\s+up|go|going)\\s+)?(?:hurt|hurts|hurting|harm|harms|harming|hit|hits|hitting|kick|kicks|kicking|bite|bites|biting|injure|injures|injuring)\\s+${NOT_ME}(?:\\s+(?:or|and|n)\\s+${NOT_ME})*\\b`,
  // An instruction about support, not a disclosure: "dont touch him when he is upset", "never hug her if shes anxious".
  '\\b(?:dont|do\\s+not|not|never|try\\s+not\\s+to|no)\\s+(?:to\\s+)?(?:touch|touching|hug|hugging|grab|grabbing|hold|holding|cuddle)\\s+(?:him|her|them)\\s+(?:when|if|while|whilst|until)\\s+(?:he|she|they)\\s*(?:is|s|are|re|gets?|feels?|seems?)?\\s+(?:very\\s+|really\\s+|so\\s+|a\\s+bit\\s+)?(?:upset|angry|cross|distressed|overwhelmed|anxious|stressed|worked\\s+up|dysregulated|in\\s+(?:a\\s+)?meltdown|having\\s+a\\s+meltdown|melting\\s+down|frustrated|scared|sad|wound\\s+up|agitated|shouting|crying)\\b',
  // Editing a sentence: "take out the maybe bit from the sentence, just end it at booking passenger assist myself". Only
  // from a word of editing to "end it at" with no "i", "want" or "to" between (so "remove the word maybe. i just want to end
  // it at this point" is heard), never before a time or a place ("end it at the station tonight"), and only with a few plain
  // words after it to the end of the message (read as ever: only the editing itself is set aside).
  '\\b(?:sentence|bit|word|words|line|paragraph|full\\s+stop|comma)\\b(?:\\s+(?!(?:i|im|id|want|wanna|to|gonna|going|ready|need)\\b)\\w+){0,6}?\\s+(?:just\\s+|and\\s+|then\\s+)?end\\s+it\\s+at\\b(?!\\s+(?:the\\s+|this\\s+|my\\s+|a\\s+)?(?:weekend|night|tonight|today|tomorrow|\\d|school|home|christmas|end|birthday|some\\s+point|point|last|all|station|river|bridge|train|tracks?|roof|cliff|top|park|canal|sea|beach|pills?|rope))(?=(?:\\s+(?!(?:tonight|today|tomorrow|pills?|rope|river|bridge|station|die|dead|life|forever|hits?|hurts?|touch\\w*|kill\\w*|cut\\w*)\\b)\\w+){1,8}\\s*$)',
];


/** Ordinary talk that looks like harm: removed before matching, so anything alarming beside it still counts. */
export const HARMLESS = new RegExp(HARMLESS_PHRASES.join('|'), 'g');

/*
 * Most messages hold none of the words a harmless phrase starts with: the gate (wordGate.ts) says
 * so from one look-up of the message's words, and then the long pattern is not run at all. When
 * any phrase could be there, the whole pattern runs as ever, so what is set aside never changes.
 */
const PHRASE_GATE = new WordGate(HARMLESS_PHRASES.map((source) => new RegExp(source)));

/** The text with every harmless phrase replaced by " ~ " (see HARMLESS). */
export function setAsideHarmless(text: string): string {
  const open = PHRASE_GATE.open(text);
  const ids: number[] = [];
  for (let i = 0; i < open.length; i++) if (open[i]) ids.push(i);
  return ids.length === 0 ? text : text.replace(harmlessAmong(ids), ' ~ ');
}

/*
 * Only the phrases the gate leaves open are tried, in their order in HARMLESS: a phrase that cannot
 * match anywhere in the text never takes part in a replacement, so the result is the one HARMLESS
 * gives. The pattern for each set of open phrases is made once (the phrases have no back-references).
 */
const AMONG_KEPT = 128;
const amongByIds = new Map<string, RegExp>();
function harmlessAmong(ids: readonly number[]): RegExp {
  if (ids.length === HARMLESS_PHRASES.length) return HARMLESS;
  const key = ids.join(',');
  let among = amongByIds.get(key);
  if (!among) {
    among = new RegExp(ids.map((id) => HARMLESS_PHRASES[id]!).join('|'), 'g');
    if (amongByIds.size >= AMONG_KEPT) amongByIds.clear();
    amongByIds.set(key, among);
  }
  return among;
}
