import { firm, saidAsNormal, type Rule } from './shared';

/**
 * Harm at home told through living on edge rather than through the harm: scared at the table every
 * night; asking to sleep at school "not even joking"; careful what one says "or he'll kick off",
 * the children gone quiet too; a bruise with "dont say nothing". Each needs the fear to be at home
 * and to go on, so the dark walk home, a teacher who kicks off about homework or a bruise from
 * football are left alone.
 */

/** Someone at home whose temper is feared. */
const AT_HOME = '(?:he|she|they|dad|mum|my\\s+(?:dad|mum|step\\s*dad|step\\s*mum|partner|husband|wife|boyfriend|girlfriend|brother|uncle|nan|grandad|carer)|his\\s+dad|her\\s+dad|(?:mums|dads)\\s+(?:boyfriend|girlfriend|partner))';

export const ON_EDGE_AT_HOME: readonly Rule[] = [
  // "so i dont have to be scared at dinner every night", "terrified at tea time most nights".
  firm('harm_from_others', '\\b(?:scared|afraid|frightened|terrified|on\\s+edge|shaking)\\s+(?:at|during|before)\\s+(?:dinner|tea|teatime|tea\\s+time|mealtimes?|meal\\s+times?|bedtime|breakfast|home)\\s+(?:every|each|most|all)\\s+(?:night|nights|day|days|evening|evenings|time|morning)\\b'),
  // "can i sleep at school lol. not even joking", "can i live at college, i mean it".
  saidAsNormal('harm_from_others', '\\bcan\\s+i\\s+(?:sleep|stay|live)\\s+(?:at|in)\\s+(?:school|college|the\\s+unit|your\\s+house|yours|the\\s+office)\\b[^~]{0,30}\\b(?:not\\s+(?:even\\s+)?joking|serious(?:ly)?|for\\s+real|i\\s+mean\\s+it|dont\\s+want\\s+to\\s+go\\s+home)\\b'),
  // "i have to be careful what i say or hell kick off", "the kids have learned to go quiet".
  saidAsNormal('domestic_abuse', `\\b(?:have\\s+to|got\\s+to|gotta|must|need\\s+to)\\s+(?:be\\s+)?(?:careful|watch)\\s+(?:what|how)\\s+(?:i|we)\\s+(?:say|do|act|speak|look)\\b[^~]{0,20}\\bor\\s+${AT_HOME}\\s*(?:ll|will|would|d|goes|gets)?\\s*(?:kick\\s+off|go\\s+mad|goes\\s+mad|explode|lose\\s+it|flip|blow\\s+up|start|go\\s+off)\\b(?![^~]{0,40}\\b(?:swear\\w*|cheeky|bad\\s+words|rude\\s+words)\\b)|\\b(?:kids|children|we|my\\s+(?:son|daughter|kids|children))\\s+(?:have\\s+)?(?:learned|learnt|know)\\s+to\\s+(?:go|stay|keep)\\s+quiet\\b(?![^~]{0,30}\\b(?:in\\s+(?:class|assembly|the\\s+library|church)|when\\s+the\\s+baby)\\b)`),
];

export const MARKS_KEPT_QUIET: readonly Rule[] = [
  // "bruse on my leg. dont say nothing", "marks on my arm, please dont tell anyone" (not from football).
  firm('harm_from_others', '\\b(?:bruise|bruises|bruising|marks|a\\s+mark|black\\s+eye|cuts|burns?)\\s+(?:on|all\\s+over|round|around)\\s+my\\s+\\w+\\b(?![^~]{0,80}\\b(?:football|rugby|hockey|training|match|pe|fell|trampoline|netball|bike|skate\\w*|accident)\\b)[^~]{0,15}\\b(?:dont|do\\s+not|please\\s+dont|you\\s+cant|cant|never)\\s+(?:say|tell)\\s*(?:nothing|anything|anyone|nobody|no\\s+one|mum|dad)?\\b(?![^~]{0,60}\\b(?:football|rugby|hockey|training|match|pe|fell|trampoline|netball|bike|skate\\w*|accident)\\b)'),
];

/** This file's families, by name. */
export const ON_EDGE_AT_HOME_FAMILIES = {
  onEdgeAtHome: ON_EDGE_AT_HOME,
  marksKeptQuiet: MARKS_KEPT_QUIET,
};
