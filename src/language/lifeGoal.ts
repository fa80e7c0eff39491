/*
 * Life goals that take longer than a key stage: a job or career, a home of one's own, a family,
 * university, fame, a business. They are aspirations (long-term hopes); a step towards one is the
 * outcome.
 */

/** Jobs people dream of, said with or without "a": "be engineer", "become a vet". */
const JOB =
  '(?:engineer|doctor|nurse|vet|teacher|footballer|football\\s+player|youtuber|streamer|gamer|chef|cook|mechanic|pilot|police\\s*(?:man|woman|officer)?|firefighter|fireman|hairdresser|barber|builder|electrician|plumber|carpenter|joiner|artist|singer|actor|actress|astronaut|scientist|lawyer|solicitor|dancer|model|soldier|carer|zookeeper|zoo\\s+keeper|baker|photographer|designer|programmer|developer|architect|paramedic|dentist|boxer|rapper|dj|animator|author|writer|vlogger|influencer|nursery\\s+nurse|care\\s+worker|game\\s+designer|musician|drummer|vet\\s+nurse|farmer|gardener|driver|lorry\\s+driver|bus\\s+driver|train\\s+driver)';

/** A whole field of work, said with no workplace: "a job in IT", "work in retail". */
const FIELD =
  '(?:i\\.t\\.?|tech|technology|computing|computers|gaming|games|the\\s+games\\s+industry|media|the\\s+media|finance|banking|engineering|construction|healthcare|health\\s+care|the\\s+nhs|retail|hospitality|fashion|the\\s+music\\s+industry|film|tv|television|animation|childcare|social\\s+care|science|law|business|sport|sports|the\\s+army|the\\s+forces|the\\s+police|marketing|design|politics|journalism)';

/** Firms known by name that people dream of working for. */
const BIG_NAME =
  '(?:amazon|google|apple|microsoft|nintendo|sony|playstation|xbox|disney|pixar|netflix|nasa|spacex|tesla|rockstar|ea|ubisoft|bbc|itv|sky|mclaren|ferrari|mercedes|lego|marvel|meta|facebook|youtube|tiktok|the\\s+nhs|nhs)';

const LIFE_GOAL = [
  /\b(?:be|become|becoming|being)\s+(?:an?|the)\s+(?!(?:good|better|bit|lot|little|part|member|friend|helper|monitor)\b)[a-z]/i,
  new RegExp(`\\b(?:be|become|becoming|work\\s+as)\\s+(?:an?\\s+)?${JOB}s?\\b`, 'i'),
  /\b(?:be|become)\s+(?:rich|famous|a\s+millionaire|pro|professional|successful)\b/i,
  // A job said with how much of the week it takes ("a job 2 days a week") is a step; a job alone is the dream.
  /\b(?:get|have|find|got|getting|having)\s+(?:an?\s+)?(?:(?:real|proper|paid|good|full[\s-]time)\s+)?(?:job|career)\b(?!\s+(?:experience|placement|coach))(?!\s+(?:in|at|as|with)\s)(?!\s+(?:for\s+)?(?:\d+|one|two|three|four|a\s+few|a\s+couple\s+of)\s+(?:days?|hours?|hrs|mornings?|afternoons?|evenings?|shifts?)\b)/i,
  /\blive\s+(?:on\s+(?:my|his|her|their)\s+own|independent(?:ly)?|by\s+(?:my|him|her|them)sel(?:f|ves)|in\s+(?:my|his|her|their|a)\s+own)/i,
  // "live a happy life", "live long and healthy life": the whole of a life.
  /\blive\s+(?:a\s+)?(?:(?:long|happy|healthy|good|full|normal|great|nice|fulfilling|ordinary)\s+(?:and\s+|,\s*)?)+life\b/i,
  /\blive\s+(?:in\s+(?:a|my|his|her|their)\s+(?:own\s+)?(?:flat|house|home|place|bungalow)|with\s+(?:my\s+|his\s+|her\s+)?(?:friends|partner|girlfriend|boyfriend|wife|husband))\b/i,
  // "live with my boyfrend", "live in america", "live abroad": where and with whom they will live one day.
  /\blive\s+(?:with\s+(?:my\s+|his\s+|her\s+|a\s+)?(?:bf|gf|boy\s*f\w*|girl\s*f\w*|partner|fianc\w*|mates|husband|wife)|abroad|in\s+(?!(?:the\s+)?(?:moment|now|present|school|class)\b)[a-z]+)\b/i,
  // "move into my own flat", "move out".
  /\bmove\s+(?:(?:in)?to\s+(?:my|his|her|their|a)\s+own|out\b|out\s+of\s+home|away\s+from\s+home)/i,
  /\b(?:own|buy)\s+(?:my|his|her|their|a)\s+(?:own\s+)?(?:house|home|flat|place|car)\b/i,
  // "build my own house": a home of their own, built.
  /\bbuild\s+(?:my|his|her|their)\s+own\s+(?:house|home|bungalow|place)\b/i,
  // "be in the SAS", "join the navy": a life in the forces or services (not the cadets, a step to it).
  /\b(?:be|being|join|joining|get\s+into|go\s+into|serve\s+in)\s+(?:in\s+)?the\s+(?:army|navy|royal\s+navy|raf|air\s+force|royal\s+air\s+force|marines|royal\s+marines|sas|sbs|paras|forces|armed\s+forces|police|fire\s+service|fire\s+brigade)\b(?!\s+(?:cadets?|reserves?|youth|taster|open\s+day|club))/i,
  // "own my own garage", "open my own barbers", "run his own shop": anything of their own to run.
  /\b(?:own|open|run|start|set\s+up)\s+(?:my|his|her|their)\s+own\s+[a-z]/i,
  /\b(?:have|get)\s+(?:my|his|her|their)\s+own\s+(?:house|home|flat|place|family|business|cafe|shop|car|salon|barbers?|garage|restaurant|bakery|studio|company|van|farm|gym|band|channel|show|label|brand)\b/i,
  /\b(?:open|start|run)\s+(?:my|his|her|their|a)\s+(?:own\s+)?(?:cafe|shop|business|company|restaurant|salon|garage|barbers?|bakery|studio)\b/i,
  /\b(?:get\s+married|marry\b|have\s+(?:a\s+)?(?:family|kids|children|baby|babies)|own\s+family|travel\s+the\s+world|go\s+(?:to\s+)?(?:uni|university)|have\s+lots\s+of\s+money|(?:go\s+)?travel(?:l?ing)?\s+(?:round|around|across)\s+the\s+world)\b/i,
  // Fame: followers, a record deal, the telly, a gallery, playing for a country or a big club.
  /\b(?:(?:a\s+)?(?:million|mill|\d+\s*(?:k|m|mil|million))\s+(?:subs|subscribers|followers|views|likes)|(?:get|be|getting)\s+signed|record\s+(?:deal|label)|famous|in\s+(?:a|an)\s+(?:gallery|exhibition|film|movie)|on\s+(?:tv|telly|the\s+telly|the\s+radio|(?:britains?|britain's)\s+got\s+talent|x\s+factor|the\s+voice|strictly)|(?:play|playing|perform|performing|sing|singing|dj|djing|gig|gigging)\s+(?:at|in)\s+(?:(?:big|huge|massive|music|the)\s+)?(?:festivals|glastonbury|wembley|the\s+o2|ibiza|arenas|stadiums|(?:a|the)\s+(?:big\s+)?(?:festival|arena|stadium))|world\s+champion|olympics|paralympics|premier\s+league|go\s+(?:to\s+)?(?:space|the\s+moon|mars))\b/i,
  /\bplay\s+(?:\w+\s+)?for\s+(?:england|wales|scotland|ireland|gb|team\s+gb|my\s+country|(?:a|the)\s+(?:pro|professional|premier\s+league|big|real)\s+(?:team|club)|arsenal|chelsea|liverpool|man\s+(?:u|utd|united|city)|spurs|tottenham|everton|leeds|newcastle|villa|west\s+ham|\w+\s+(?:fc|united|utd|city|rovers|town|athletic|wanderers|albion))\b/i,
  /^(?:work)\s+(?:in|at|with|as)\s+(?:an?\s+|the\s+)?\w+$/i,
  // A workplace named with a word or two before it: "work in a garden centre", "work at a car garage" (not one at school).
  /^work\s+(?:in|at)\s+(?:an?\s+|the\s+)?(?!(?:[a-z'-]+\s+)*?(?:school|college|class|tuck)\b)(?:[a-z'-]+\s+){1,2}(?:centre|center|shop|store|supermarket|garage|cafe|restaurant|salon|office|factory|warehouse|hotel|zoo|farm|stables|kennels|bakery|kitchen|hospital|nursery|library|gym|vets|pub|bar|studio|workshop)$/i,
  // Work in a whole industry you work "on": "work on the railway", "work on boats", "work on a farm".
  /^work\s+on\s+(?:an?\s+|the\s+)?(?:railways?|trains?|farms?|boats?|ships?|cruise\s+ships?|ferries|rigs?|oil\s+rigs?|buses|trams|docks|building\s+sites?|the\s+underground)$/i,
  // Running a whole workplace: "manage the garden centre", "manage a hotel" (not the school tuck shop).
  /\bmanage\s+(?:the|a|an|(?:my|his|her|their)\s+own)\s+(?!(?:school|tuck|class)\b)(?:[a-z'-]+\s+){0,2}(?:centre|center|shop|store|cafe|restaurant|salon|garage|business|company|farm|hotel|pub|bar|gym|branch|warehouse|nursery|site|office|department|kitchen|stables|zoo|club)\b/i,
  // The whole career said again as a step: a full-time job, a job in a whole field ("a job in IT"),
  // working as a named job ("work in a nursery as a nursery nurse"), or at a big or famous firm.
  /\b(?:full[\s-]?time|permanent)\s+(?:paid\s+)?(?:job|work|employment|career)\b|\bwork(?:ing)?\s+full[\s-]?time\b|\bfor\s+a\s+living\b/i,
  // "do group work in science" is school work in a lesson, not a career in a field.
  new RegExp(`\\b(?<!\\b(?:group|class|school|home|course|pair|partner|team|table|project)\\s)(?:job|career|work|working|employed)\\s+in\\s+${FIELD}\\b`, 'i'),
  // "a job in it" can only be IT; "work in it" may be "in it" (the garden), so that needs the capitals.
  /\b(?:job|career)\s+in\s+it\b|\b(?:work|working)\s+in\s+IT\b/,
  new RegExp(`\\b(?:work|working|job|employed|get\\s+(?:a\\s+)?(?:job|work))\\b.*\\bas\\s+(?:an?\\s+)?${JOB}s?\\b`, 'i'),
  new RegExp(`\\b(?:work|working|job|jobs|career)\\s+(?:at|for|with)\\s+(?:(?:an?|the)\\s+)?(?:(?:big|large|huge|massive|famous|top|major|well[\\s-]known|proper)\\s+(?:\\w+\\s+)?(?:company|companies|firm|studio|brand|team|club)|${BIG_NAME})\\b|\\b(?:company|firm|studio)\\s+like\\s+${BIG_NAME}\\b`, 'i'),
  // Independence as the whole of adult life: "be fully independent like other adults".
  /\b(?:be|become|live|being)\s+(?:fully|completely|totally|100%|entirely)\s+independent(?:ly)?\b|\b(?:independent(?:ly)?|live)\s+like\s+(?:other|all\s+the\s+other|everyone\s+else|normal)\b/i,
  // A whole life named with another hope: "lots of friends and a happy life".
  /\b(?:and|,)\s+(?:have\s+)?(?:a\s+)?(?:happy|good|normal|full|nice|great|ordinary)\s+life\b|\b(?:a\s+)?(?:happy|good|normal|full|nice|great|ordinary)\s+life\s+(?:and|,)\s+/i,
];

/** "one day", "when he is older", "when I grow up": said about a far-off time (not "one day a week"). */
const FAR_OFF =
  /\b(?:one\s+day(?!\s+(?:a|per|each|every)\s+(?:week|fortnight|month))|some\s*day|when\s+(?:i|he|she|they|(?!there\b|it\b|this\b|that\b|which\b|what\b)[a-z]+)\s*(?:'m|'s|'re|\s+is|\s+am|\s+are|\s+gets?|\s+grows?|\s+will\s+be)\s+(?:older|bigger|grown\s*up|up|an?\s+adult|a\s+grown\s*up|a\s+man|a\s+woman)|when\s+(?:im|i'm)\s+(?:older|grown\s*up|an?\s+adult|bigger)|when\s+i\s+grow\s+up|as\s+an?\s+(?:grown[\s-]*up|adult))\b/i;

/** A course or qualification towards a job: "go to college", "do a course", "get my gcses". */
const STUDY = String.raw`(?:college|course|apprenticeship|traineeship|training|gcses?|a[\s-]?levels?|btec|qualifications?|exams?|level\s+[1-3]|studying|study)`;
/** "... to be a mechanic" after a course: why they study, said after the step itself. */
const JOB_PURPOSE = new RegExp(String.raw`(\b${STUDY}\b.*?)\s+(?:to|so\s+(?:i|he|she|they)\s+can|so\s+i\s+could)\s+(?:be|become)\s+(?:an?\s+)?${JOB}s?\s*$`, 'i');

/** The step without the job it leads to, when the step is a course; as said otherwise. */
function withoutJobPurpose(step: string): string {
  return step.replace(JOB_PURPOSE, '$1');
}

/** A hope for the far future rather than a step for the next year or two (`step` as said, `predicate` without "I want to"). */
export function isLifeGoalStep(said: string, saidPredicate: string, context: { age?: number } = {}): boolean {
  // "get my gcses and go to college to be a mechanic": the job is why; the course is the step.
  const step = withoutJobPurpose(said);
  const predicate = withoutJobPurpose(saidPredicate);
  if (LIFE_GOAL.some((re) => re.test(predicate) || re.test(step))) return true;
  if (FAR_OFF.test(step)) return true;
  // Driving a lorry at twelve is a dream; learning to drive at seventeen can be a step.
  // Nobody drives a train except as their job: "drive train" is the job itself.
  if (/\bdrive\s+(?:an?\s+|the\s+)?(?:trains?|trams?|tube\s+trains?|the\s+tube)\b/i.test(predicate)) return true;
  if (context.age !== undefined && context.age < 16 && /\bdrive\s+(?:an?\s+|the\s+)?(?:lorry|truck|bus|car|train|van|tractor)\b/i.test(predicate)) return true;
  return false;
}
