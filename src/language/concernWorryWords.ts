/*
 * Words of worry, despair and fear that earn a gentle check ("Are you OK?") without a rule behind them:
 * the classifier alone may read them faintly, and asking costs little.
 */
import { INJURY_ON_BODY } from './concernRules/injuriesSeen';

/**
 * "Can't tell" as a secret kept ("i cant tell anyone", "he said i cant tell"), not a child who cannot
 * yet say or notice ("if he falls over and hurts his knee he cant tell anyone", "she cant tell when
 * shes hungry", "i cant tell the time"): a parent telling of a child's speech, pain or toileting.
 * Harm named beside it is the rules' to catch ("he hurts me and i cant tell anyone"); someone else's harm
 * beside a child who cannot tell ("if someone hurts him he cant tell anyone") still earns the check.
 */
const KEPT_SECRET = String.raw`(?:someone|somebody|anyone|anybody|people|they|other\s+(?:kids|children))\s+(?:hurts?|hits?|touch(?:es|ed)?|upsets?)\s+(?:him|her|them)\b[^~]{0,30}\bcant\s+tell|(?<!\b(?:he|she|hes|shes)\s+(?:still\s+|just\s+|really\s+|even\s+|often\s+)?)cant\s+tell(?!\s+(?:when|if|whether|how|the\s+time|the\s+difference)\b)`;

/**
 * Words of despair or fear that earn a gentle check when the classifier is somewhat worried too.
 * "Empty" after a meal missed is hunger ("I skip breakfast and feel empty by 11"): a need, not despair.
 */
export const WORRY = new RegExp(
  String.raw`\b(?:too\s+much|cant\s+cope|not\s+coping|hopeless|pointless|(?<!\b(?:skip\w*|miss\w*|no|without|(?:havent|hadnt|didnt|not)\s+(?:had|have|eat|eaten))\s+(?:my\s+|any\s+)?(?:breakfast|lunch|dinner|tea|food)\b[^~]{0,25})empty(?!\s+(?:stomach|tummy|belly))|numb|alone\s+all\s+the\s+time|nobody\s+(?:listens|cares|notices)|no\s+one\s+(?:listens|cares|notices)|scared\s+(?:a\s+lot|all\s+the\s+time)|frightened|dont\s+(?:really\s+)?sleep|cant\s+sleep|so\s+tired\s+of|sad\s+all\s+the\s+time|(?:dont|do\s+not)\s+like\s+(?:going\s+)?home|weird\s+at\s+home|at\s+home\s+(?:is|are)\s+(?:a\s+bit\s+)?weird|have\s+a\s+secret|${KEPT_SECRET})\b`);
export const GENTLE_FLOOR = 0.03;
/**
 * Despair said plainly ("everything is too much", "i cant cope") earns a gentle check whatever the
 * classifier makes of the rest of the message (unless it reads as a lesson, a joke or a story):
 * trained on many hard negatives, the classifier can put "...and im confused, what do you mean"
 * below the floor, and asking "Are you OK?" costs little.
 */
export const DESPAIR = /\b(?:(?:everything|it\s+all|life|things|it)\s+(?:is|s|are|feels?)\s+(?:just\s+|all\s+|getting\s+)?too\s+much|(?:cant|cannot|can\s+not)\s+cope|not\s+coping|(?:feel|feeling|im|i\s+am)\s+(?:so\s+)?hopeless)\b/;
/** An injury told of a body with no sport, fall or accident beside it ("i have bruises on my arms"): a gentle check at least. */
export const INJURY_TOLD = new RegExp(INJURY_ON_BODY);
/**
 * Fear of someone at home said plainly ("he gets scared at home when dad shouts"): when the
 * classifier flags it at all, a gentle check rather than nothing, however faint its probability.
 */
export const FEAR_AT_HOME = /\b(?:scared|frightened|afraid|terrified|petrified)\b[^~]{0,25}\b(?:at\s+home\b[^~]{0,20}\bwhen|when\s+(?:my\s+)?(?:dad|mum|step\s*dad|step\s*mum|he|she|mums\s+(?:boyfriend|partner))\s+(?:shouts|yells|screams|drinks|gets\s+(?:angry|drunk|in)|comes\s+home|loses\s+it))\b/;

/**
 * Worry for someone at home because of a partner or parent there, said without any harm named ("I
 * worry about my mum and her boyfriend", "her boyfriend is scary"): a gentle check, however faintly
 * the classifier reads it; "not really" then flags it as domestic abuse.
 */
export const WORRY_FOR_SOMEONE_AT_HOME =
  /\b(?:worry|worried|worries|worrying|scared|afraid|frightened|anxious|nervous)\s+(?:about|for)\s+(?:my\s+)?(?:little\s+|baby\s+)?(?:mum|mam|mom|mummy|sister|brother|nan|gran)\b[^~]{0,30}\b(?:her|his|my|mums|mams)\s+(?:new\s+)?(?:boyfriend|bf|partner|husband|fella|step\s*dad)\b|\b(?:her|his|my\s+mums|my\s+mams|mums|mams)\s+(?:new\s+)?(?:boyfriend|bf|partner|husband|fella)\s+(?:is|s|can\s+be|gets)\s+(?:so\s+|really\s+|very\s+|a\s+bit\s+)?(?:scary|violent|aggressive|nasty|horrible|rough|frightening)\b/;
