import { r, type Rule } from './shared';

/**
 * Harm told plainly in few words (written from the misses of train31 and train32): appointments
 * nobody takes a child to, aids broken and never replaced, medicine going without; a home with no
 * heat or light; meals only at college; "friends" who take a person's money; unkind messages sent
 * again and again. Each rule needs the sign that makes it harm (nobody, never, again, made me), so
 * one appointment missed when ill, a cold day, a friend borrowing a pound or one message is left
 * alone.
 */
const NOBODY = '(?:no\\s*one|nobody|no\\s+body)';
const CARE_PLACE = '(?:hospital|doctors?|gp|dentists?|opticians?|appointments?|clinic|check\\s*ups?|physio|therapy|camhs)';
const MEDICINE = '(?:medication|medicine|meds|inhalers?|tablets|insulin|prescriptions?|epipens?)';

export const APPOINTMENTS_MISSED: readonly Rule[] = [
  // "i miss my hospital day again nobody take me", "i did not go to the doctor. nobody take me".
  r('neglect', `\\b(?:miss|missed|misses|missing|didnt\\s+go|did\\s+not\\s+go|never\\s+go|cant\\s+go|dont\\s+go)\\b[^~]{0,30}\\b${CARE_PLACE}\\b[^~]{0,30}\\b${NOBODY}\\s+(?:to\\s+)?(?:take|takes|took|bring|brings|drive|drives)\\s+(?:me|him|her|us)\\b`),
  // "hospital appointments for my epilepsy but we never go to them".
  r('neglect', `\\b${CARE_PLACE}\\b[^~]{0,40}\\bbut\\s+(?:we|i|he|she|they|mum|dad)\\s+(?:never|dont|doesnt|hardly\\s+ever)\\s+(?:go|goes|take\\s+(?:him|her|me))\\s+(?:to\\s+(?:them|it|any)|anymore|any\\s+more)\\b`),
  // A parent cancelling care over and over: "due her wheelchair review but ive cancelled it three times".
  r('neglect', `\\b(?:ive|i\\s+have|i|weve|we\\s+have|we)\\s+(?:cancelled|canceled|missed|moved)\\s+(?:it|them|(?:the|his|her)\\s+\\w+)\\s+(?:three|four|five|several|so\\s+many|\\d+)\\s+times\\b(?<=\\b(?:review|appointments?|hospital|doctors?|dentist|clinic|physio|wheelchair|hearing|eye|optician)\\b[^~]{0,60})`),
  // Glasses or aids broken long ago and never replaced: "my glasses broke long time ago and no new ones".
  r('neglect', '\\b(?:my|his|her)\\s+(?:glasses|hearing\\s+aids?|wheelchair|splints?|walking\\s+frame|insoles)\\s+(?:broke|broken|got\\s+broken|bust|snapped)\\s+(?:a\\s+)?(?:long\\s+time|ages|months|last\\s+year|a\\s+year)(?:\\s+ago)?\\b[^~]{0,30}\\b(?:no\\s+new|no\\s*one|nobody|never|still\\s+not)\\b'),
  // "i cant afford his medication this month so hes going without it".
  r('neglect', `\\b(?:cant|cannot|couldnt|could\\s+not)\\s+afford\\s+(?:his|her|my|the)\\s+(?:\\w+\\s+)?${MEDICINE}\\b[^~]{0,40}\\b(?:going|goes|gone|go|went|doing|do)\\s+without\\b`),
];

export const COLD_AND_DARK: readonly Rule[] = [
  // "house very cold. no heat", "freezing at home, mum cant pay the gas".
  r('neglect', '\\b(?:house|home|flat|bedroom)\\s+(?:is\\s+)?(?:very\\s+|so\\s+|always\\s+|really\\s+)?(?:cold|freezing)\\b[^~]{0,20}\\bno\\s+(?:heat|heating|hot\\s+water|electric\\w*|gas)\\b|\\b(?:freezing|cold)\\s+(?:at\\s+home|in\\s+(?:the|our|my)\\s+(?:house|flat))\\b[^~]{0,40}\\b(?:no\\s+(?:heat|heating|gas|electric\\w*)|cant\\s+(?:pay|afford)|sleep\\s+in\\s+(?:my|our)\\s+coats?)\\b'),
  // "we got no lights at home", "no heating for weeks".
  r('neglect', '\\b(?:we|i)\\s+(?:have\\s+|got\\s+|get\\s+|had\\s+)?(?:no|never\\s+have)\\s+(?:lights?|heat|heating|hot\\s+water|electric\\w*|gas)\\s+(?:at\\s+home|in\\s+the\\s+(?:house|flat)|at\\s+ours|for\\s+(?:days|weeks|ages|months))\\b(?!\\s+(?:on|for)\\s+the\\s+(?:tree|christmas))'),
];

export const MEALS_ONLY_AWAY: readonly Rule[] = [
  // "i only eat at college": the only meals are away from home.
  r('neglect', '\\b(?:i|he|she)\\s+only\\s+(?:ever\\s+)?(?:eat|eats|get\\s+to\\s+eat|gets\\s+to\\s+eat|get\\s+food|gets\\s+food|get\\s+a\\s+meal|gets\\s+a\\s+meal)\\s+(?:at|in)\\s+(?:school|college|breakfast\\s+club|nursery|the\\s+day\\s+centre|my\\s+nans|the\\s+food\\s+bank)\\b(?!\\s+(?:on|because|cause|when|if)\\b)'),
  // A child left to get herself up and to school: "she gets herself up and most days doesnt make it to school".
  r('neglect', '\\bgets?\\s+(?:herself|himself|themselves|myself)\\s+(?:up|ready|dressed)\\b[^~]{0,60}\\b(?:doesnt|dont|never|hardly\\s+ever|not)\\s+(?:\\w+\\s+)?(?:make\\s+it|get|go)\\s+(?:in\\s+)?to\\s+school\\b'),
  // Personal care refused: "my mum says shes too busy, so ive been in the same clothes all week".
  r('neglect', '\\b(?:been\\s+in|in|wearing|wore|worn)\\s+the\\s+same\\s+(?:clothes|uniform|pants|nappy|pad)\\s+(?:all|every|for\\s+(?:a|the))\\s+(?:week|days?|weekend)\\b(?<!\\b(?:trip|camp|camping|holiday|festival|residential)\\b[^~]{0,60})(?![^~]{0,40}\\b(?:trip|camp|camping|holiday|festival|residential)\\b)'),
];

const FRIENDS = '(?:friends|mates|pals|so\\s+called\\s+friends|new\\s+friends)';
const MONEY = '(?:money|cash|savings|wages|benefits|pip|pocket\\s+money|birthday\\s+money)';
/** One friend or mate, as a person with a learning disability names them ("my friend at the bus stop", "my mate"). */
const FRIENDS_ONE = '(?:(?:my\\s+|a\\s+|this\\s+|her\\s+|his\\s+)?(?:new\\s+|best\\s+|so\\s+called\\s+)?(?:friend|friends|mate|mates|pal|pals))';
/** Who takes the money: a friend, or "she", "he", "they" told of. */
const TAKER = `(?:${FRIENDS_ONE}|she|he|they|people|someone|the\\s+(?:lads|girls|boys))`;

export const FRIENDS_TAKE_MONEY: readonly Rule[] = [
  // "no money. friends take it".
  r('exploitation', `\\b(?:money|cash|benefits|wages|pip)\\b[^~]{0,30}\\b${FRIENDS}\\s+(?:take|takes|took|taking|have|has|spend|spends|spent|keep|keeps)\\s+(?:it|all\\s+of\\s+it|it\\s+all)\\b(?!\\s+(?:in\\s+turns|off|back\\s+to))`),
  // "my friends made me hand over my birthday money".
  r('exploitation', `\\b${FRIENDS}\\s+(?:made|make|makes|making)\\s+(?:me|him|her)\\s+(?:hand\\s+over|give\\s+(?:them|him|her)|give)\\s+(?:all\\s+(?:of\\s+)?)?(?:my|his|her)\\s+(?:\\w+\\s+)?${MONEY}\\b`),
  // Mate crime: "my friend at the bus stop always wants to borrow my money and i cant say no"; the sign is not being able to say no.
  r('exploitation', `\\b${TAKER}\\b[^~]{0,40}\\b(?:borrow|borrows|borrowing|have|has|take|takes|taking|lend|lends|asks?\\s+(?:me\\s+)?for|asking\\s+(?:me\\s+)?for|wants?|begs?\\s+(?:me\\s+)?for)\\s+(?:all\\s+(?:of\\s+)?)?my\\s+(?:\\w+\\s+)?${MONEY}\\b[^~]{0,40}\\bi\\s+(?:cant|cannot|can\\s+not|couldnt|dont\\s+know\\s+how\\s+to|never|feel\\s+i\\s+cant)\\s+say\\s+no\\b|\\bi\\s+(?:cant|cannot|can\\s+not|couldnt)\\s+say\\s+no\\b[^~]{0,30}\\b${TAKER}\\b[^~]{0,30}\\b(?:borrow|borrows|take|takes|asks?\\s+for|wants?|has|have)\\s+(?:all\\s+(?:of\\s+)?)?my\\s+(?:\\w+\\s+)?${MONEY}\\b`),
  // "she had my bus money last week so i had to walk": money taken, and going without because of it.
  r('exploitation', `\\b${TAKER}\\s+(?:had|has|took|takes|take|nicked|nicks|kept|keeps|keep|spent|spends)\\s+(?:all\\s+(?:of\\s+)?)?my\\s+(?:bus|dinner|lunch|food|tea|shopping|pocket|rent|gas|electric|birthday)\\s+money\\b[^~]{0,30}\\b(?:so|and|now)\\s+i\\s+(?:had\\s+to|have\\s+to|got\\s+to)\\s+(?:walk|go\\s+without|starve)\\b|\\b${TAKER}\\s+(?:had|has|took|takes|take|nicked|nicks|kept|keeps|keep|spent|spends)\\s+(?:all\\s+(?:of\\s+)?)?my\\s+(?:\\w+\\s+)?${MONEY}\\b[^~]{0,30}\\b(?:so|and|now)\\s+i\\s+(?:had|have|got)\\s+(?:no|nothing\\s+(?:for|to))\\s+(?:food|dinner|lunch|tea|eat|bus|gas|electric|rent)\\b`),
  // "my friend wont give my money back".
  r('exploitation', `\\b${FRIENDS_ONE}\\s+(?:wont|will\\s+not|never|doesnt|dont|didnt|hasnt|havent)\\s+(?:give|gives|gave|given|pay|pays|paid)\\s+(?:me\\s+)?(?:my\\s+(?:\\w+\\s+)?${MONEY}|the\\s+money)\\s+back\\b`),
  // "her so-called friends walk her to the bank every time her benefits come in".
  r('exploitation', `\\b${FRIENDS}\\s+(?:walk|walks|take|takes|took|bring|brings|go\\s+with)\\s+(?:me|him|her)\\s+to\\s+the\\s+(?:bank|cash\\s*(?:point|machine)|atm|post\\s+office)\\b[^~]{0,40}\\b(?:every\\s+time|whenever|when|the\\s+day)\\b[^~]{0,20}\\b(?:benefits|pip|money|wages|pay)\\b`),
];

const HARM_WORD = '(?:names|ugly|fat|weird|a\\s+freak|freak|stupid|thick|retard\\w*|spaz|disgusting|a\\s+loser|loser|worthless|useless|a\\s+nobody|smelly|to\\s+(?:kill|die|go\\s+die))';

export const UNKIND_MESSAGES: readonly Rule[] = [
  // "i get nasty messages every night", "they keep sending him horrible texts"; never a lesson "if you get nasty messages".
  r('bullying', '(?<!\\bif\\s+(?:you|u|someone|they)\\s)\\b(?:get|gets|getting|got|receive\\w*|sends?\\s+(?:me|him|her)|sending\\s+(?:me|him|her)|sent\\s+(?:me|him|her))\\s+(?:\\w+\\s+){0,3}?(?:nasty|horrible|mean|vile|abusive|hate|hateful|threatening|anonymous|anon|rude|awful|cruel|sick)\\s+(?:messages?|texts?|dms?|voice\\s+notes?|comments?|emails?)\\b'),
  // "messages on his xbox calling him names", "voice notes laughing at how i talk", "texts saying hes going to get him".
  r('bullying', `\\b(?:messages?|texts?|dms?|voice\\s+notes?|comments?|posts?)\\s+(?:\\w+\\s+){0,6}?(?:(?:calling|telling)\\s+(?:me|him|her)\\s+(?:im\\s+|hes\\s+|shes\\s+|i\\s+am\\s+|he\\s+is\\s+|she\\s+is\\s+|so\\s+)?${HARM_WORD}|laughing\\s+at\\s+(?:me|him|her|how\\s+(?:i|he|she))|saying\\s+(?:hes|shes|theyre|they\\s+are|he\\s+is|she\\s+is|theyll|they\\s+will)\\s+(?:going\\s+to|gonna)\\s+(?:get|batter|beat|hurt|jump|kill|stab)\\s+(?:me|him|her)(?!\\s+(?:a|an|some|the)\\b))`),
  // What was said in private, sent round the year: "they screenshot what i say and send it round the whole year".
  r('bullying', '\\b(?:screenshot\\w*|screen\\s+shot\\w*)\\s+(?:\\w+\\s+){0,4}?(?:and\\s+)?(?:send|sends|sent|share|shares|shared|post|posts|posted|put)\\s+(?:it|them)\\s+(?:round|around|to\\s+everyone|on\\s+(?:the\\s+)?(?:group|their\\s+story|snap|insta))\\b'),
];
