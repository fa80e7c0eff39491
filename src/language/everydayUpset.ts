/*
 * Everyday words for being upset or worn out ("in bits", "a wreck", "falling apart", "gutted", "done
 * in") said about an everyday cause (exams, moving school, the school day, a plan changed): not harm,
 * though the words sound like it. Set aside as an idiom (concernIdioms.ts), so the classifier does not
 * read them as harm; anything alarming said beside them is still read.
 */

/** Upset or worn out, in everyday words, said of a person ("he comes home a wreck"), never of a thing ("my trainers are falling apart", "dog mess"). */
const UPSET =
  '(?:(?:^\\s*|\\b(?:i|im|ive|id|he|hes|she|shes|they|theyre|we|me|him|her|them|my\\s+(?:son|daughter|child|boy|girl))\\s+(?:\\w+\\s+){0,3}?)(?:in\\s+(?:bits|pieces|a\\s+(?:right\\s+)?state|a\\s+heap|tears)|an?\\s+(?:(?:nervous|emotional|complete|total|bit\\s+of\\s+a|right|hot)\\s+)?(?:wreck|mess)(?!\\s+(?:up|on|in|of|everywhere)\\b)|(?:a\\s+)?bag\\s+of\\s+nerves|(?:falling|fall|falls|fell)\\s+(?:apart|to\\s+pieces)|(?:go|goes|going|went|gone)\\s+to\\s+pieces|gutted|done\\s+in|wiped\\s+out|shattered|knackered|exhausted|drained|dead\\s+on\\s+(?:my|his|her|their)\\s+feet))';

/** Everyday causes of it: school and its tests, moving, the day's routine and its changes, results, sport. */
const CAUSE =
  '(?:exams?|tests?|mocks?|sats|gcses?|a\\s*levels?|assessments?|homework|revision|results?|grades?|marks?|school|college|secondary|primary|nursery|uni|class|lessons?|the\\s+(?:school\\s+)?day|after\\s+school|mondays?|sunday\\s+nights?|mornings?|drop\\s+off|the\\s+bus|timetable|routine|plans?\\s+change|changes?|moving|moved|move|new\\s+(?:school|house|class|teacher)|transition|swimming|pe|presentations?|the\\s+(?:match|team|part|play|audition)|interviews?|work|shifts?|(?:didnt|did\\s+not|dont|not)\\s+(?:get|pass|make|win))';

/** Harm said beside the upset: then nothing is set aside. */
const NOT_EVERYDAY = '(?:die|dying|dead(?!\\s+on\\s+(?:my|his|her|their)\\s+feet)|kill\\w*|suicid\\w*|overdose|end\\s+it|hurt\\w*\\s+(?:myself|himself|herself|me\\s+self)|harm\\w*|cut\\w*\\s+(?:myself|my\\s+(?:arms?|legs?|wrists?))|hits?|hitting|beat\\w*|abus\\w*|scared\\s+of\\s+(?:him|her|them|my))';

/**
 * An everyday upset about an everyday cause, as a pattern source for HARMLESS_PHRASES (on concernText
 * output). The look back for harm is made only where an upset word matched: tried at every position it
 * would cost each message its length squared.
 */
export const EVERYDAY_UPSET_SOURCE = `${UPSET}\\b(?<!\\b${NOT_EVERYDAY}\\b[^~]*)(?![^~]*\\b${NOT_EVERYDAY}\\b)(?:(?=[^~]{0,50}\\b${CAUSE}\\b)|(?<=\\b${CAUSE}\\b[^~]{0,50}${UPSET}))`;
