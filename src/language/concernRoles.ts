import { ROLE_PAIRS } from './featureNames';
/**
 * Who does what to whom, for the concern classifier: each word of the normalised message that
 * names a person, an act or a thing in harm's way is read as its role ("@adult", "@hurt", "@me"),
 * and roles that follow one another closely become features ("@adult>@hurt", "@hurt>@me",
 * "@adult>@hurt>@me"). A linear model then learns "a grown-up hurts me" once, for every way of
 * saying it: "the lady who looks after me hurts me" reads like "my uncle hits me".
 */

const ROLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  family: ['dad', 'mum', 'step', 'parent', 'parents', 'uncle', 'aunt', 'auntie', 'grandad', 'grandpa', 'grandma', 'granny', 'nan', 'nana', 'gran', 'brother', 'brothers', 'sister', 'sisters', 'cousin', 'cousins', 'family', 'stepbrother', 'stepsister'],
  adult: ['man', 'men', 'woman', 'women', 'lady', 'adult', 'adults', 'neighbour', 'neighbours', 'teacher', 'teachers', 'coach', 'tutor', 'carer', 'carers', 'babysitter', 'childminder', 'stranger', 'strangers', 'guy', 'guys', 'bloke', 'older', 'landlord', 'boss', 'staff', 'driver', 'leader', 'priest', 'imam'],
  partner: ['boyfriend', 'girlfriend', 'partner', 'ex', 'husband', 'wife', 'fiance', 'fiancee', 'date'],
  peer: ['kids', 'boys', 'girls', 'students', 'pupils', 'classmates', 'friends', 'friend', 'mates', 'mate', 'lads', 'gang', 'group', 'everyone', 'year'],
  someone: ['someone', 'somebody', 'they', 'he', 'she', 'them', 'people', 'person'],
  me: ['me', 'myself', 'i', 'im', 'ive', 'my', 'us', 'we', 'our'],
  body: ['arm', 'arms', 'leg', 'legs', 'neck', 'face', 'wrist', 'wrists', 'thigh', 'thighs', 'stomach', 'tummy', 'head', 'hair', 'throat', 'chest', 'skin', 'body', 'hand', 'hands', 'back'],
  hurt: ['hit', 'hits', 'hitting', 'beat', 'beats', 'beaten', 'punch', 'punched', 'punches', 'kick', 'kicked', 'kicks', 'slap', 'slapped', 'slaps', 'smack', 'smacked', 'smacks', 'hurt', 'hurts', 'hurting', 'grab', 'grabbed', 'grabs', 'push', 'pushed', 'pushes', 'shove', 'shoved', 'choke', 'choked', 'strangle', 'strangled', 'stab', 'stabbed', 'burn', 'burned', 'burnt', 'bruise', 'bruises', 'bruised', 'throw', 'threw', 'throws', 'drag', 'dragged', 'pinch', 'pinched', 'bite', 'bit', 'whack', 'whacked', 'shake', 'shook', 'attack', 'attacked', 'batter', 'battered', 'smashed', 'spat', 'trip', 'tripped', 'corner', 'cornered', 'jumped', 'abuse', 'abused', 'abuses'],
  selfHurt: ['cut', 'cuts', 'cutting', 'carve', 'carved', 'scratch', 'scratched', 'bleed', 'bleeding', 'blade', 'blades', 'razor', 'overdose', 'pills', 'tablets', 'starve', 'starving', 'sick', 'rope', 'ligature', 'jump', 'bridge'],
  sexual: ['touch', 'touched', 'touches', 'touching', 'kiss', 'kissed', 'naked', 'nude', 'nudes', 'sex', 'sexual', 'rape', 'raped', 'private', 'privates', 'undress', 'pants', 'underwear', 'bed', 'shower', 'bath', 'porn', 'feet', 'videos', 'pictures', 'photos', 'webcam', 'sleep'],
  control: ['track', 'tracks', 'tracking', 'check', 'checks', 'checking', 'control', 'controls', 'controlling', 'lock', 'locks', 'locked', 'follow', 'follows', 'followed', 'watch', 'watches', 'jealous', 'allowed', 'let', 'permission', 'location', 'passport'],
  threat: ['threaten', 'threatens', 'threatened', 'kill', 'kills', 'dead', 'die', 'stab', 'or', 'else', 'if', 'unless', 'tell', 'everyone', 'post', 'share', 'send'],
  take: ['take', 'takes', 'took', 'taking', 'owe', 'owes', 'owed', 'debt', 'pay', 'paid', 'pays', 'money', 'cash', 'card', 'bank', 'benefit', 'benefits', 'pip', 'wages', 'savings', 'rent', 'borrow', 'borrows', 'steal', 'stole', 'nick', 'nicked'],
  favour: ['gave', 'gives', 'give', 'bought', 'buys', 'buying', 'free', 'present', 'presents', 'gift', 'gifts', 'trainers', 'phone', 'lifts', 'rides', 'vapes', 'weed', 'drugs', 'drink', 'alcohol', 'favour', 'favours', 'drop', 'deliver', 'carry', 'package', 'parcel', 'bag', 'bags', 'sell', 'errand', 'errands'],
  care: ['food', 'eat', 'eaten', 'fed', 'feed', 'feeds', 'feeding', 'dinner', 'breakfast', 'lunch', 'tea', 'meal', 'meals', 'hungry', 'clean', 'wash', 'washed', 'clothes', 'shoes', 'coat', 'uniform', 'doctor', 'dentist', 'hospital', 'medicine', 'meds', 'inhaler', 'glasses', 'appointment', 'appointments', 'heating', 'cold', 'bed', 'home', 'house', 'teeth', 'nappy', 'wheelchair'],
  absent: ['never', 'nobody', 'noone', 'no', 'nothing', 'alone', 'own', 'left', 'leaves', 'forgot', 'forgets', 'without', 'dont', 'doesnt', 'didnt', 'wont', 'cant', 'not', 'empty'],
  secret: ['secret', 'secrets', 'tell', 'telling', 'told', 'nobody', 'delete', 'hide', 'between'],
  fear: ['scared', 'afraid', 'frightened', 'terrified', 'petrified', 'unsafe', 'danger', 'worried', 'nervous', 'panic'],
  future: ['future', 'point', 'around', 'alive', 'here', 'anymore', 'tomorrow', 'forever', 'gone', 'goodbye', 'end', 'over', 'disappear', 'wake', 'burden', 'better'],
  place: ['school', 'class', 'college', 'bus', 'online', 'snapchat', 'instagram', 'tiktok', 'discord', 'game', 'street', 'streets', 'park', 'flat', 'room', 'car', 'town', 'night', 'party'],
};

const ROLE_OF = new Map<string, string[]>();
for (const [role, words] of Object.entries(ROLE_WORDS)) {
  for (const word of words) {
    const roles = ROLE_OF.get(word) ?? [];
    roles.push(`@${role}`);
    ROLE_OF.set(word, roles);
  }
}

/** How far apart (in words) two roles may be and still read as one act. */
const WINDOW = 4;

/** Role features of a normalised message's tokens: each role, ordered pairs within WINDOW, and agent-act-patient triples. */
export function roleFeatures(tokens: readonly string[], out: Set<string>): void {
  const seen: Array<{ at: number; role: string }> = [];
  tokens.forEach((token, at) => {
    for (const role of ROLE_OF.get(token) ?? []) seen.push({ at, role });
  });
  for (const { role } of seen) out.add(role);
  for (let i = 0; i < seen.length; i++) {
    const a = seen[i]!;
    for (let j = i + 1; j < seen.length; j++) {
      const b = seen[j]!;
      if (b.at === a.at) continue;
      if (b.at - a.at > WINDOW) break;
      const pair = ROLE_PAIRS.of(a.role, b.role);
      out.add(pair);
      for (let k = j + 1; k < seen.length; k++) {
        const c = seen[k]!;
        if (c.at === b.at) continue;
        if (c.at - b.at > WINDOW) break;
        out.add(ROLE_PAIRS.of(pair, c.role));
      }
    }
  }
}
