import { r, saidAsNormal, type Rule } from './shared';

/**
 * Bullying told without the word: what others keep doing to one person, passed off as "banter" or
 * "a joke" (locked in a storeroom "as a joke", "its just banter apparently, every single day"); a
 * voice put on whenever one speaks; spit in one's bag; a post about one's body again; school
 * avoided because of the others. Each needs who does it to whom, or that it goes on, so a play
 * voice, a llama at the farm, a door locked by mistake or a day off for exams are left alone.
 */

/** The others at school, college or work who may do it. */
const OTHERS =
  '(?:people|they|kids|boys|girls|lads|students|someone|somebody|others|the\\s+others|everyone|my\\s+class|my\\s+(?:form|year|team)|(?:the\\s+)?(?:lads|boys|girls|kids|people)\\s+(?:on|at|in)\\s+my\\s+\\w+|half\\s+(?:my|the)\\s+(?:\\w+\\s+)?(?:class|flat|year|team|group))';

export const BANTER_APPARENTLY: readonly Rule[] = [
  // "its not bullying its just banter apparently. every single day though", "they say its a joke but they do it every day".
  saidAsNormal('bullying', '\\b(?:just\\s+|only\\s+)?(?:banter|a\\s+joke|a\\s+laugh|joking|messing\\s+(?:about|around))\\s+apparently\\b|\\b(?:they|he|she|teachers?|miss|sir|staff|everyone)\\s+(?:say|says|said|call|calls)\\s+(?:its|it\\s+is|it\\s+was|it)\\s+(?:just\\s+|only\\s+)?(?:banter|a\\s+joke|a\\s+laugh|messing\\s+about|joking)\\b[^~]{0,40}\\b(?:every\\s+(?:single\\s+)?(?:day|time|lesson)|all\\s+the\\s+time|again|still|always|hurts|though)\\b'),
  // "the lads on my apprenticeship keep locking me in the storeroom as a 'joke'".
  saidAsNormal('bullying', `\\b${OTHERS}\\s+(?:\\w+\\s+){0,3}?(?:keep|keeps|kept|always|still)\\s+(?:locking|shutting|trapping|tripping|pushing|shoving|binning|throwing|hiding)\\s+(?:me|my\\s+\\w+)\\b[^~]{0,40}\\b(?:as\\s+a\\s+(?:joke|laugh|prank)|for\\s+(?:a\\s+)?(?:laugh|joke|fun)|banter)\\b|\\b(?:keep|keeps|kept|always)\\s+(?:locking|shutting)\\s+me\\s+in\\s+(?:the\\s+)?(?:storeroom|store\\s+room|cupboard|toilets?|locker|lockers|shed|van|changing\\s+rooms?|stock\\s+room)\\b`),
];

export const MOCKED_WHEN_I_SPEAK: readonly Rule[] = [
  // "every time i speak in seminars someone does a slow voice", "they copy the way i talk".
  r('bullying', '\\b(?:every\\s+time|whenever|each\\s+time|when)\\s+i\\s+(?:speak|talk|answer|read\\s+out|say\\s+anything|put\\s+my\\s+hand\\s+up)\\b[^~]{0,40}\\b(?:does|do|did|doing|put\\s+on|puts\\s+on|putting\\s+on)\\s+(?:a\\s+)?(?:slow|stupid|funny|thick|baby|robot|posh|deaf|silly|retard\\w*)\\s+voice\\b|\\b(?:copy|copies|copying|copied|mimic|mimics|mimicking|mimicked|imitate|imitates|imitating|take\\s+off|takes\\s+off|taking\\s+off)\\s+(?:my\\s+(?:voice|stammer|stutter|speech|lisp|accent|walk|limp|laugh)|the\\s+way\\s+i\\s+(?:talk|speak|walk|move|laugh))\\b(?!\\s+(?:notes?|messages?|memos?|recordings?|files?)\\b)(?![^~]{0,30}\\b(?:in|for)\\s+(?:the\\s+|a\\s+|our\\s+)?(?:play|show|drama|sketch|panto|video\\s+we\\s+made)\\b)'),
];

export const SPAT_AND_POSTED: readonly Rule[] = [
  // "maybe people spitting in my bag", "they spat on my food again".
  r('bullying', `\\b${OTHERS}\\s+(?:keep\\s+|keeps\\s+|kept\\s+|always\\s+|been\\s+)?(?:spit|spits|spat|spitting|gob|gobs|gobbed|gobbing)\\s+(?:in|on|into|at)\\s+(?:me|my\\s+(?:bag|food|hair|face|drink|coat|stuff|lunch|back|locker|chair|books?))\\b`),
  // "half my uni flat tagged me in a meme about my weight. again".
  r('bullying', '(?<!\\b(?:i|we|ive|i\\s+have|i\\s+just|we\\s+have)\\s+)\\b(?:tagged|tag|tags|tagging|added|sent|shared|posted|posting)\\s+(?:me\\s+)?(?:in\\s+)?(?:a\\s+|another\\s+)?(?:meme|memes|video|post|pic|picture|photo|tiktok|edit)\\s+(?:about|of|mocking|making\\s+fun\\s+of)\\s+(?:my|me\\s+and\\s+my)\\s+(?:weight|size|face|body|teeth|skin|spots|hair|voice|stammer|wheelchair|hearing\\s+aids?|glasses|disability|autism|legs|belly|chest|boobs|nose)\\b'),
];

export const SCHOOL_AVOIDED: readonly Rule[] = [
  // "i dont want to go school cos of the boys", "i hate going to college because of what the girls say".
  r('bullying', '\\b(?:dont|do\\s+not|never|doesnt|does\\s+not)\\s+(?:want|wanna|wants)\\s+(?:to\\s+)?go\\s+(?:to\\s+|in\\s+to\\s+|into\\s+)?(?:school|college|class|lessons?|uni|work|pe|the\\s+canteen)\\s+(?:cos|because|coz|cause|cuz|as)\\s+(?:of\\s+)?(?:the\\s+)?(?:boys|girls|kids|lads|others|people\\s+there|year\\s+\\d+s|older\\s+(?:boys|girls|kids)|what\\s+(?:they|people|the\\s+\\w+)\\s+(?:say|do|said|did))\\b(?!\\s+(?:football|rugby|netball|team|match|toilets|changing|tournament))'),
];

/** This file's families, by name. */
export const JOKES_THAT_HURT_FAMILIES = {
  banterApparently: BANTER_APPARENTLY,
  mockedWhenISpeak: MOCKED_WHEN_I_SPEAK,
  spatAndPosted: SPAT_AND_POSTED,
  schoolAvoided: SCHOOL_AVOIDED,
};
