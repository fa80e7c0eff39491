/*
 * "be a drummer in a band and play gigs", "be a chef and cook for people", "be a vet and look after
 * animals": a role, then what someone in that role does. The doing is part of being the role, so
 * the two are one hope. Read by the field of life both sides name (music, sport, food...), with the
 * first side saying who they would be.
 */

/** "be a drummer", "become an artist", "being a nurse": who they would be. */
/** "work in a cafe", "a job at the garage", "working with animals": the place of work says the role as well. */
const ROLE = /^(?:.*\b)?(?:(?:be|become|being|becoming|b)\s+(?:a|an|the)\s+\S+|(?:work|wurk|working|job)\s+(?:in|at|as|with)\s+(?:(?:a|an|the|my)\s+)?\S+)/i;

/** Fields of life, each by words of its roles, things and doings. */
const FIELDS: readonly RegExp[] = [
  /\b(?:drum\w*|band|bands|gigs?|gigging|music\w*|songs?|guitar\w*|bass(?:ist)?|sing\w*|concerts?|tours?|touring|albums?|record\w*|dj\w*|piano|pianist|keyboards?|rap\w*|perform\w*|stage|festivals?|tracks?|beats?|producer|produce)\b/i,
  /\b(?:play(?:s|ing)?\s+for|football\w*|rugby|cricket|netball|basketball|team|teams|match(?:es)?|goals?|train\w*|coach\w*|league|swim\w*|races?|racing|athlet\w*|box(?:er|ing)|fights?|player|pitch|tournaments?|games?|sport\w*)\b/i,
  /\b(?:chef|cook\w*|bak\w*|cafe|café|restaurant|kitchen|food|meals?|cakes?|menus?|dishes|coffees?|cofee|coffe|cofees?|teas|drinks|barista|sandwich\w*|serv(?:e|es|ing)\s+(?:food|drinks|customers|people|coffee))\b/i,
  /\b(?:vet|vets|animals?|dogs?|cats?|horses?|pets?|groom\w*|zoo|farm\w*)\b/i,
  /\b(?:nurse|nursing|carer|care|caring|patients?|hospital|doctor|paramedic|look\s+after\s+(?:people|patients|children|kids))\b/i,
  /\b(?:artist|art|paint\w*|draw\w*|actor|actress|act|acting|plays|films?|theatre|drama|shows?|designer|design\w*)\b/i,
  /\b(?:gamer|gaming|youtuber|videos?|stream\w*|cod(?:e|er|ing)|programm\w*|computers?|apps?|games?|developer)\b/i,
  /\b(?:mechanic|cars?|engines?|motorbikes?|bikes?|garage|fix\w*\s+(?:cars|bikes|engines))\b/i,
  /\b(?:hairdresser|barber|hair|haircuts?|cut\w*\s+hair|salon|nails?|make-?up)\b/i,
  /\b(?:teacher|teach\w*|tutor\w*|classroom|pupils|lessons)\b/i,
  /\b(?:builder|build\w*|plumb\w*|electrician|wiring|houses?|bricklay\w*|joiner|carpent\w*)\b/i,
];

/** "go to college for music tech", "learn to drive": a step of its own, never only what the role does. */
const STEP_OF_ITS_OWN = /^(?:(?:to|and|also|then)\s+)*(?:go|goes|going|learn|learning|study|studying|move|moving|live|living|get|getting|have|having|start|starting|pass|passing|save|saving|buy|buying)\b/i;

/** The first side says who they would be, and the second, in its first words, what someone in that role does. */
export function doingOfTheRole(before: string, after: string): boolean {
  if (!ROLE.test(before.trim()) || STEP_OF_ITS_OWN.test(after.trim())) return false;
  const doing = after.trim().split(/\s+/).slice(0, 3).join(' ');
  return FIELDS.some((field) => field.test(before) && field.test(doing));
}
