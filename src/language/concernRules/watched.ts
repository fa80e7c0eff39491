import { r, type Rule } from './shared';

/**
 * Control and secrecy told through watching: a partner who takes the phone and checks it, money
 * controlled, trips timed; a sister followed to college to make sure she talks to no boys, or
 * warned of what happens if she is seen with one (so-called honour). Parents' ordinary care
 * ("dad checks my phone because im 11") is not read here.
 */
export const WATCHED: readonly Rule[] = [
  r('domestic_abuse', '\\b(?:take|takes|took|grab|grabs|grabbed)(?<!\\b(?:mum|dad|parents?|carers?|teachers?|school|nan|gran)\\b[^~]{0,40})\\s+my\\s+phone\\s+(?:off\\s+me\\s+)?and\\s+(?:check|checks|checked|read|reads|go\\s+through|goes\\s+through|went\\s+through|look\\s+through|looks\\s+through)\\b(?![^~]*\\b(?:mum|dad|parents?|carers?|teacher|school|safe|safety|because\\s+im\\s+(?:\\d+|eleven|twelve|ten))\\b)|\\b(?:boyfriend|girlfriend|partner|husband|wife|ex|he|she)\\s+(?:still\\s+|always\\s+|now\\s+)?(?:controls|controlled|controlling)\\s+(?:all\\s+)?(?:of\\s+)?(?:my|her|his|our)\\s+(?:money|finances|bank\\s+card|benefits|wages|food|clothes|phone|friends)\\b'),
  r('domestic_abuse', '\\b(?:timed|times|timing)\\s+(?:my|her)\\s+(?:shopping|trips|walks|time\\s+out|visits)\\b[^~]{0,80}\\bcontrol\\w*|\\bcontrol\\w*\\b[^~]{0,80}\\b(?:timed|times|timing)\\s+(?:my|her)\\s+(?:shopping|trips|walks|time\\s+out|visits)\\b'),
  r('other', '\\b(?:follow|follows|followed|following|watch|watches|watched|check\\s+on|checks\\s+on)\\s+(?:me|her)\\b[^~]{0,40}\\b(?:make\\s+sure|check|see\\s+if)\\s+(?:im|i\\s+am|shes|she\\s+is)\\s+not\\s+(?:talking|speaking|seeing|with|meeting|texting)\\s+(?:to\\s+|with\\s+)?(?:any\\s+)?(?:boys|girls|a\\s+boy|a\\s+girl|men|lads)\\b|\\bseen\\s+(?:talking\\s+)?with\\s+(?:a\\s+)?(?:boy|boys|lad|lads|man|men)\\b[^~]{0,60}\\b(?:tell\\s+(?:my\\s+)?(?:dad|mum|uncle|brothers?)|hurt|do\\s+something|beat|kill|shame|punish\\w*|learn|send\\s+me)\\b'),
];
