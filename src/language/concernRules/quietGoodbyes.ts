import { firm, r, type Rule } from './shared';

/**
 * Wanting to be gone told quietly (written from train34's misses): treasured things given away with
 * a goodbye or a sense of "more than a clear out"; goodnights said as if they might be the last;
 * "future me doesnt exist"; a wish for a car to hit one, or to let go of the wheel; "better at
 * hiding it now"; a sorry passed on with "it isnt her fault"; tablets missing and a child gone quiet;
 * and not eating told as the harm it is (purging, an apple a day that feels good, stopped eating and
 * on the scales). Each needs the part that makes it more than ordinary talk, so a clear out for a
 * move, goodbye said like it was the last time before a move, or a fussy eater are left alone.
 */

/** Things a young person treasures and might give away. */
const TREASURED =
  '(?:teddy|teddies|jewellery|jewelry|makeup|make\\s+up|games|console|xbox|playstation|ps\\d|switch|guitar|things|stuff|clothes|posters|books|collection|cards|bike|trainers|favourite\\s+\\w+|necklace|rings?|bracelets?)';
/** What says the giving is a goodbye: a word of farewell, things not needed again, or a worried "more than that". */
const AS_A_GOODBYE =
  '(?:bye|goodbye|wont\\s+need|will\\s+not\\s+need|not\\s+going\\s+to\\s+need|wont\\s+be\\s+needing|remember\\s+me|more\\s+than\\s+(?:that|a\\s+clear\\s*out)|so\\s+(?:flat|quiet|low|down|withdrawn|distant)|not\\s+(?:herself|himself|themselves|myself)|last\\s+time|for\\s+after|(?:she|he|i|they)\\s+(?:loved|loves|treasured|used\\s+to\\s+love)\\s+(?:it|them|that|those|so\\s+much))';

export const THINGS_GIVEN_AWAY: readonly Rule[] = [
  // "i give my teddy to my sister. bye", "she's been giving her friends her jewellery ... feels like more than that".
  r('self_harm_or_suicide', `\\b(?:give|gives|gave|giving|given|handing|handed|hands)\\s+(?:(?:away|out)\\s+)?(?:\\w+\\s+){0,3}?(?:my|his|her|their|all\\s+(?:my|his|her))\\s+(?:\\w+\\s+){0,2}?${TREASURED}\\b(?=[^~]{0,100}\\b${AS_A_GOODBYE}\\b)(?![^~]{0,100}\\b(?:charity|moving|move|grown\\s+out|too\\s+small|doesnt\\s+fit|dont\\s+fit|birthday|christmas)\\b)`),
];

export const LAST_GOODNIGHT: readonly Rule[] = [
  // "i made a list of who gets my stuff", "i wrote letters to everyone i love", "says goodbye at night like he means it".
  firm('self_harm_or_suicide', '\\bwho\\s+(?:gets|should\\s+get|can\\s+have|will\\s+get|is\\s+getting)\\s+(?:all\\s+)?my\\s+(?:stuff|things|games|clothes|money|savings|xbox|playstation|phone|pets?|cat|dog|jewellery|teddies)\\b|\\b(?:wrote|written|writing|write)\\s+(?:letters|notes|cards|messages)\\s+(?:to|for)\\s+(?:everyone|everybody|all\\s+the\\s+people|the\\s+people|my\\s+family|all\\s+my\\s+family)\\s+(?:i\\s+love|i\\s+care\\s+about|who\\s+(?:matters|matter|i\\s+love))\\b|\\b(?:saying|says|said|say)\\s+goodbye\\b[^~]{0,30}\\b(?:at\\s+night|every\\s+night|before\\s+bed|every\\s+time)\\s+(?:\\w+\\s+){0,3}?like\\s+(?:he|she|they)\\s+(?:means?|meant)\\s+it\\b'),
  // "i say goodnight to my mum like it might be the last time" (not "like it was the last time" before a move).
  firm('self_harm_or_suicide', '\\b(?:say|says|said|saying|hug|hugs|hugged|hugging|tell|tells|kiss|kisses)\\b[^~]{0,40}\\b(?:like|as\\s+if|as\\s+though|in\\s+case)\\s+(?:it|this|its)\\s+(?:(?:might|could|may|will|is\\s+going\\s+to)\\s+be|is)\\s+(?:the\\s+)?(?:last|final)\\b'),
  // "i tidy my room every night in case i dont wake up".
  firm('self_harm_or_suicide', '\\bin\\s+case\\s+i\\s+(?:dont|do\\s+not|wont|will\\s+not|never)\\s+(?:wake\\s+up|come\\s+back|see\\s+(?:them|her|him|you)\\s+again|make\\s+it\\s+(?:to|through))\\b(?!\\s+(?:in\\s+time|on\\s+time|early|for|with|before|after|until|till|my\\s+alarm)\\b)'),
];

export const NO_FUTURE_ME: readonly Rule[] = [
  // "future me doesnt exist lol so idk what to put".
  r('self_harm_or_suicide', '\\bfuture\\s+(?:me|self)\\s+(?:doesnt|does\\s+not|dont|wont|will\\s+not|isnt|is\\s+not|aint)\\s+(?:exist|be\\s+(?:here|around|alive|a\\s+thing))\\b|\\b(?:there\\s+(?:is|will\\s+be|wont\\s+be|isnt)\\s+)?no\\s+future\\s+me\\b|\\b(?:every\\s+one|everyone|everybody|people|my\\s+family|they)\\s+(?:is|are|would\\s+be|will\\s+be|d\\s+be)\\s+(?:so\\s+much\\s+|much\\s+|way\\s+)?(?:better|happier)\\s+(?:off\\s+)?with\\s+out\\s+me\\b'),
];

/** Giving up said after it: "so why try", "theres no point". */
const NO_POINT =
  '(?:why\\s+(?:try|bother|keep\\s+going|am\\s+i\\s+(?:here|trying))|(?:theres\\s+|there\\s+is\\s+)?no\\s+point(?!\\s+(?:in\\s+|doing\\s+|going\\s+to\\s+)?(?:the\\s+)?(?:physio|therapy|exercises|appointments?|worrying|football|pe))|whats\\s+the\\s+point|(?:i\\s+)?give\\s+up)';

export const NOTHING_GETS_BETTER: readonly Rule[] = [
  // "life wont get better, so why try", "nothing is ever going to get better so theres no point" (not "things will get better").
  r('self_harm_or_suicide', `\\b(?:nothing\\s+(?:is\\s+)?(?:ever\\s+)?(?:will|is\\s+going\\s+to|going\\s+to|gonna)|(?:my\\s+)?(?:life|things|it\\s+all)\\s+(?:is\\s+|are\\s+)?(?:wont|will\\s+not|will\\s+never|is\\s+never\\s+going\\s+to|never\\s+going\\s+to|never\\s+gonna|never|isnt\\s+going\\s+to|is\\s+not\\s+going\\s+to|aint\\s+gonna))\\s+(?:ever\\s+)?(?:get|gets)\\s+(?:any\\s+)?better\\b[^~]{0,20}\\b${NO_POINT}\\b`),
];

export const WISHED_ACCIDENT: readonly Rule[] = [
  // "i want a car to crash on me", "i wish a bus would hit me", "i hope i get run over".
  firm('self_harm_or_suicide', '\\b(?:want|wants|wish|wished|hope|hoping|pray|praying)\\s+(?:that\\s+)?(?:a|the|some)\\s+(?:car|bus|lorry|truck|train|van)\\s+(?:would\\s+|to\\s+|will\\s+|could\\s+|might\\s+)?(?:just\\s+)?(?:crash(?:es)?\\s+(?:on|in\\s?to)\\s+me|hits?\\s+me|runs?\\s+me\\s+over|knocks?\\s+me\\s+(?:down|over))\\b|\\b(?:wish|hope|want)\\s+(?:i|id)\\s+(?:would\\s+|could\\s+|to\\s+)?(?:get|got)\\s+(?:hit|run\\s+over|knocked\\s+down)\\s+by\\s+(?:a|the)\\s+(?:car|bus|lorry|train|truck|van)\\b'),
  // "some days i drive on the motorway and think about just letting go of the wheel".
  firm('self_harm_or_suicide', '\\b(?:think|thinking|thought|imagine|imagining|tempted|want|wanted)\\s+(?:about\\s+|of\\s+|to\\s+)?(?:just\\s+)?(?:letting|let)\\s+go\\s+of\\s+the\\s+(?:steering\\s+)?wheel\\b'),
];

export const HIDING_IT_BETTER: readonly Rule[] = [
  // "my support worker thinks im doing better but im just better at hiding it now".
  r('self_harm_or_suicide', '\\b(?:im|i\\s+am|i\\s+got|i\\s+have\\s+got|ive\\s+got|i\\s+ve\\s+got|i\\s+just\\s+got|i\\s+get)\\s+(?:just\\s+|only\\s+|really\\s+)?(?:getting\\s+|got\\s+)?better\\s+at\\s+(?:hiding|covering|covering\\s+up|faking|pretending|lying\\s+about)\\s+(?:it|them|how\\s+i\\s+feel|my\\s+(?:feelings|cuts|marks|scars|arms|legs))\\b(?!\\s+(?:in|inside|under)\\b)|\\bi\\s+(?:just\\s+)?(?:hide|hiding)\\s+it\\s+better\\b(?!\\s+(?:in|inside|under)\\b)|\\b(?:thinks|think|say|says|said)\\s+(?:im|i\\s+am)\\s+(?:doing\\s+)?(?:better|fine|ok|okay|happy|good|well)\\s+(?:now\\s+)?but\\s+(?:im|i\\s+am|i)\\s+(?:just\\s+|really\\s+|only\\s+)?(?:hiding|hide|faking|pretending)\\s+(?:it|them|the\\s+cuts|the\\s+marks|how\\s+i\\s+feel)\\b(?!\\s+(?:in|inside|under)\\b)'),
];

export const MARKS_EXPLAINED_AWAY: readonly Rule[] = [
  // "i wear plasters on my arms so mum thinks its scratches" (not a sleeve worn over eczema).
  r('self_harm_or_suicide', '\\b(?:wear|wears|wearing|put|puts|putting|cover|covers|covering|hide|hides|hiding)\\b[^~]{0,40}\\b(?:my|his|her)\\s+(?:arms?|wrists?|legs?|thighs?|stomach|tummy)\\b[^~]{0,30}\\bso\\s+(?:mum|dad|people|everyone|nobody|no\\s+one|they|teachers?|staff|my\\s+\\w+)\\s+(?:thinks?\\s+(?:its|they\\s+are|theyre|it\\s+is|it\\s+was)|wont\\s+(?:see|ask|notice)|doesnt\\s+(?:see|ask|notice)|cant\\s+see|dont\\s+(?:see|ask|notice)|never\\s+(?:see|sees|asks?|notices?)|(?<=\\b(?:nobody|no\\s+one)\\s)(?:sees|notices|asks|can\\s+see))\\b(?![^~]{0,40}\\b(?:eczema|psoriasis|birthmark|tattoos?|sunburn|cast|splint|vitiligo|bruises?\\s+from|rash)\\b)(?<!\\b(?:eczema|psoriasis|birthmark|tattoos?|sunburn|cast|splint|vitiligo|rash|sun\\s*cream)\\b[^~]*)'),
];

export const SORRY_PASSED_ON: readonly Rule[] = [
  // "can you pass on to my key worker that im sorry and it isnt her fault" (not "tell her im sorry i was late").
  r('self_harm_or_suicide', '\\b(?:tell|pass\\s+(?:it\\s+)?on\\s+to|pass\\s+on|let\\s+\\w+(?:\\s+\\w+)?\\s+know|say\\s+to|give)\\b[^~]{0,40}\\b(?:im|i\\s+am)\\s+(?:so\\s+|really\\s+)?sorry\\b[^~]{0,40}\\b(?:(?:it|its|it\\s+is|this|this\\s+is)\\s+not|isnt|wasnt|is\\s+not|was\\s+not|none\\s+of\\s+(?:it|this)\\s+is|not)\\s+(?:her|his|their|your|anyones|my\\s+\\w+s)\\s+fault\\b(?<!\\b(?:late|forgot|forgetting|missed|homework|mess|shout\\w*|rude|swore|swearing|broke|lost|yesterday|earlier)\\b[^~]*)'),
];

export const TABLETS_GONE: readonly Rule[] = [
  // "theres 30 of my tablets missing from the cupboard and hes been really weird and quiet".
  r('self_harm_or_suicide', '\\b(?:\\d+|some|lots|loads|half|a\\s+lot|all|a\\s+load|a\\s+strip|a\\s+box|a\\s+packet)\\s+(?:of\\s+)?(?:my|his|her|the|mums|dads|our)\\s+(?:\\w+\\s+)?(?:tablets|pills|meds|medication|paracetamol|painkillers)\\s+(?:are\\s+|were\\s+|have\\s+gone\\s+|went\\s+|gone\\s+)?missing\\b(?=[^~]{0,100}\\b(?:weird|quiet|withdrawn|low|down|flat|not\\s+(?:himself|herself|themselves)|in\\s+(?:his|her|their)\\s+room|strange|odd|secretive|upset)\\b)'),
];

/** Eating less on purpose (not a food given up, and not at school only). */
const EATING_LESS =
  '(?:(?:stopped|stopping|barely|hardly|isnt|not|wont|refuses\\s+to|refusing\\s+to)\\s+eat(?:s|ing)?(?!\\s+(?:gluten|meat|sugar|dairy|junk|sweets|crisps|chocolate|fish|pork|beef|wheat|eggs|nuts|school\\s+dinners|at\\s+school|with\\s+us|in\\s+the\\s+canteen)\\b)|pushes\\s+(?:it|her\\s+food|his\\s+food|food|her\\s+dinner|his\\s+dinner)\\s+(?:round|around)|hides\\s+(?:her|his)\\s+food|skips\\s+(?:meals|every\\s+meal|breakfast\\s+and\\s+lunch)|wears\\s+(?:really\\s+)?baggy\\s+clothes)';
/** Weight watched closely. */
const WEIGHT_WATCHED =
  '(?:lost\\s+(?:so\\s+much\\s+|loads\\s+of\\s+|a\\s+lot\\s+of\\s+|lots\\s+of\\s+|a\\s+load\\s+of\\s+)?weight|(?:gets|get|got|is|always)\\s+on\\s+the\\s+scales|weighs\\s+(?:herself|himself)|weigh\\s+myself\\s+(?:\\d+|every|all)|counts?\\s+(?:every\\s+)?calories)';
/** An illness, sore teeth or a sensory dislike of food explains it. */
const NOT_ILL = '(?![^~]{0,120}\\b(?:bug|virus|flu|covid|tonsillitis|teeth|tooth|braces|sore\\s+throat|ulcers?|poorly|sensory|textures?|beige|diet|slimming|gym)\\b)';

export const NOT_EATING_AS_HARM: readonly Rule[] = [
  // "i skip meals so i can feel empty", "i chew food and spit it out", "to the toilet straight after every meal to be sick", "weighs herself every morning and cries".
  r('self_harm_or_suicide', '\\bskip\\w*\\s+(?:meals|breakfast|lunch|dinner|tea|food)\\s+(?:so|to|because|cos)\\s+(?:that\\s+)?(?:i\\s+|she\\s+|he\\s+)?(?:can\\s+)?(?:feel\\s+(?:empty|light|in\\s+control|thin|clean)|lose\\s+weight|get\\s+thin\\w*|be\\s+thin\\w*|punish\\s+(?:myself|herself|himself))\\b|\\bcount\\w*\\s+(?:every\\s+|all\\s+(?:my\\s+|the\\s+)?)?calories?\\b[^~]{0,40}\\b(?:dont|wont|do\\s+not|not|never)\\s+eat\\b|\\bi\\s+(?:just\\s+)?chew\\s+(?:my\\s+|the\\s+)?food\\s+(?:and|then)\\s+spit\\s+it\\s+out\\b|\\b(?:toilet|bathroom|loo)\\s+(?:straight\\s+|right\\s+|just\\s+)?after\\s+(?:(?:every|each|all|his|her|my)\\s+)?(?:meal|meals|dinner|tea|lunch|breakfast)\\b[^~]{0,30}\\b(?:sick|runs?\\s+the\\s+taps?|throw\\s+up|vomit\\w*|purg\\w*)\\b|\\b(?:weighs\\s+(?:herself|himself)|weigh\\s+myself)\\s+(?:\\w+\\s+){0,3}?(?:and|then)\\s+(?:cries|cry|crying|panics|screams|says\\s+(?:shes|hes|she\\s+is|he\\s+is)\\s+fat|feel\\s+(?:fat|disgusting|sick))\\b'),
  // "i purge after every meal", "she makes herself sick after tea" (not a tummy bug, nor sick with worry).
  r('self_harm_or_suicide', '\\bbinge\\w*\\s+and\\s+(?:purge|purges|purging|throw\\w*\\s+up|make\\s+myself\\s+sick)\\b|\\b(?:purge|purges|purging|purged)\\b[^~]{0,30}\\b(?:after|meal|meals|eat|eating|food|every|dinner|tea|lunch|breakfast|binge\\w*)\\b|\\b(?:make|makes|made|making)\\s+(?:myself|herself|himself)\\s+(?:be\\s+)?sick\\s+(?:after|when|every|so)\\b(?![^~]{0,30}\\b(?:bug|virus|worry|worried|nerves)\\b)|\\b(?:throw|throws|threw|throwing)\\s+up\\s+(?:on\\s+purpose\\s+)?after\\s+(?:every|each|all|my|her|his)\\s+(?:meal|meals|dinner|tea|lunch)\\b'),
  // "i only eat like an apple a day now and i feel good when my stomach hurts".
  r('self_harm_or_suicide', '\\b(?:feel|feels|felt|feeling)\\s+(?:really\\s+|so\\s+)?(?:good|better|in\\s+control|proud|clean|strong)\\s+(?:when|if)\\s+(?:my\\s+)?(?:stomach|tummy|belly)\\s+(?:hurts|is\\s+empty|rumbles|growls|aches)\\b|\\b(?:feel|feels|felt|feeling)\\s+(?:really\\s+|so\\s+)?(?:good|better|in\\s+control|proud|clean|strong)\\s+(?:when|if)\\s+(?:i|im|she|he|shes|hes)\\s+(?:hungry|starving|empty|skip\\s+\\w+|dont\\s+eat|do\\s+not\\s+eat|not\\s+eating|havent\\s+eaten)\\b|\\bonly\\s+(?:eat|eats|ate|eating|have|having|has)\\s+(?:like\\s+)?(?:an?|one|half\\s+an?|1)\\s+(?:\\w+\\s+)?(?:a|per|each)\\s+day\\b(?=[^~]{0,80}\\b(?:feel\\s+good|feels\\s+good|fat|weight|calories|thin|thinner|skinny|deserve|stomach\\s+hurts)\\b)'),
  // "shes stopped eating properly ... pushes it round the plate, lost loads of weight ... on the scales 5 times a day".
  r('self_harm_or_suicide', `\\b${EATING_LESS}\\b${NOT_ILL}[^~]{0,120}\\b${WEIGHT_WATCHED}\\b|\\b${WEIGHT_WATCHED}\\b${NOT_ILL}[^~]{0,120}\\b${EATING_LESS}\\b`),
];

/** This file's families, by name, in the order they are read. */
export const QUIET_GOODBYE_FAMILIES = {
  thingsGivenAway: THINGS_GIVEN_AWAY,
  lastGoodnight: LAST_GOODNIGHT,
  noFutureMe: NO_FUTURE_ME,
  nothingGetsBetter: NOTHING_GETS_BETTER,
  wishedAccident: WISHED_ACCIDENT,
  hidingItBetter: HIDING_IT_BETTER,
  marksExplainedAway: MARKS_EXPLAINED_AWAY,
  sorryPassedOn: SORRY_PASSED_ON,
  tabletsGone: TABLETS_GONE,
  notEatingAsHarm: NOT_EATING_AS_HARM,
};
