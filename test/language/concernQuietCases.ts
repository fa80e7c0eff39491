/**
 * Wordings for the rule families that hear self-harm, suicide and neglect told quietly, without
 * their names (lettersLeft to parentNotCoping in src/language/concernRules): what each must catch
 * on its own, and ordinary look-alikes it must leave alone, among them a family's everyday care of
 * a child with additional needs (toileting, feeding, nappies, medicines, sleep) and dark jokes.
 * Checked family by family in concernFamilies.test.ts.
 */
export const QUIET_CASES: Record<string, { catches: string[]; leaves: string[] }> = {
  lettersLeft: {
    catches: ['i wrote letters to my mum and my brother for when im not here', 'ive written notes for them to find', 'i wrote a message to my best friend just in case', 'i got as far as writing the texts'],
    leaves: ['i wrote letters to my future self for when im 18', 'i wrote a card for my teacher for when she leaves', 'i wrote a letter to my pen pal in spain', 'i write notes for my speech therapist just in case i forget'],
  },
  withoutMe: {
    catches: ['my family would cope fine without me', 'it would be easier for everyone if i wasnt here', 'i want everyone to forget i ever existed', 'nobody would even miss me', 'you wont have to worry about me much longer'],
    leaves: ['mum will cope fine without me when i go to college', 'the team will be fine without me this week', 'it would be easier if i wasnt so tired', 'nobody would miss me at the party if i left early', 'my cat would miss me'],
  },
  edgeAndTracks: {
    catches: ['i stood on the edge of the multistorey last night', 'i stop on the bridge a bit longer every day', 'i keep thinking about the train tracks behind our house', 'the river near school keeps popping into my head'],
    leaves: ['we stood on the bridge to watch the boats', 'i think about the bridge we built in dt', 'i like trains and i know all the train times', 'i want to walk along the river with my dog'],
  },
  pillsCounted: {
    catches: ['i looked up how many of my tablets it would take', 'i thought about taking all my meds at once', 'is it true you dont feel anything if you take enough sleeping tablets', 'i know where the pills are, i might take them all'],
    leaves: ['how many tablets do i take a day', 'he takes his tablets crushed in yoghurt', 'i take all my meds in the morning with breakfast', 'how much medicine to give for a temperature'],
  },
  whatIDoToMyself: {
    catches: [
      'nobody knows what i do to myself at night',
      'sh again last night',
      'my cuts got infected',
      'the voices tell me to cut',
      'i asked mum to hide the kitchen knives from me',
      'i bite my arm until it breaks the skin',
      'i pinch myself hard when i get it wrong',
      'i put my hand on the hob on purpose just to feel something',
      'it lets the sad out',
      'i wear long sleeves so nobody sees my arms',
    ],
    leaves: [
      'he bites his hand when the hand dryer is loud',
      'i pinch myself to check im awake',
      'she scratches her eczema at night so she wears cotton gloves',
      'i wear long sleeves because i get cold',
      'mum tells me to cut my food small',
      'i hit myself on the door by accident',
      'what i do to help myself calm down is music',
    ],
  },
  noFutureThere: {
    catches: ['i want to be a vet if im still here', 'im not planning on being around', 'there isnt going to be a future for me', 'i dont see myself anywhere after this summer', 'it wont matter soon anyway', 'make it to 18? probably not'],
    leaves: ['if im still here at 5 can you pick me up', 'im not planning on being here for the trip', 'i cant see myself anywhere but hairdressing', 'i dont want to wait that long'],
  },
  daysWithoutFood: {
    catches: ['no food since sunday', 'i didnt have breakfast or tea yesterday', 'i eat dry cereal most nights', 'we only have bread, thats all there is', 'there is never any food at mine', 'my dad forgets to feed us', 'we dont get dinner at home'],
    leaves: ['he only eats dry cereal, its the only thing he will eat', 'there is never enough food at the party', 'i havent eaten since breakfast, starving', 'she is fed through her tube and has her milk at night', 'we are working on him eating with a spoon'],
  },
  aloneTillLate: {
    catches: ['im on my own after school till really late', 'mum goes out drinking and leaves me', 'mum leaves the baby with me all day', 'nobody picks me up so i wait outside till 7', 'the little boy next door is out in just a nappy in the street at night'],
    leaves: ['i can stay on my own for an hour now', 'she is in just a nappy at night because she isnt dry yet', 'mum goes out on friday and my nan looks after us', 'i want to walk to school on my own'],
  },
  nobodyNotices: {
    catches: ['nobody notices when i dont come home', 'no one has noticed ive been off school', 'no one at home cares where i am', 'theres no one to wake me up for school', 'nobody checks if ive eaten'],
    leaves: ['nobody notices my new haircut', 'nobody checks if ive done my homework lol', 'i wake myself up for school with an alarm', 'mum checks i have eaten my lunch'],
  },
  hurtNotSeenTo: {
    catches: ['my ear has been leaking for weeks and dad says stop moaning', 'my tooth has gone black and nobody takes me', 'i have a rash that no one has looked at it', 'he hasnt seen a doctor in years', 'we missed her hospital appointment again, 4 times now', 'we ran out of his inhaler and i havent got more', 'dad forgot to give my insulin all weekend'],
    leaves: ['the doctor looked at my rash and gave me cream', 'we missed the dentist because of the snow and rebooked', 'he has his inhaler before pe', 'she has her meds through her peg at 8'],
  },
  wornThrough: {
    catches: ['my shoes have holes and my feet get wet', 'i dont have a coat', 'i sleep in my coat because its so cold', 'rats come in my room', 'theres dog mess all over the floor', 'nobody changed me and i sat wet all day', 'we dont have a washing machine and i smell'],
    leaves: ['my shoes have holes so mum is getting new ones saturday', 'we change his nappy every two hours', 'she wears pads at night', 'i dont have a coat on today because its sunny lol', 'we use a potty chart for toilet training'],
  },
  parentNotCoping: {
    catches: ['i havent been able to feed my kids properly', 'the kids sort themselves out', 'he mostly brings himself up', 'i dont give him lunch if hes been naughty'],
    leaves: ['i have been able to feed him with a spoon', 'the kids sorted out their toys', 'i dont give him lunch on fridays because he has school dinner'],
  },
  inOtherWords: {
    catches: [
      'not sure ill still be around by then tbh',
      'the worst bit of my day is waking up',
      'i dont want to be hear no more',
      'my goal is to get through the year without doing anything to myself',
      'i keep razors in a box for emergencies',
      'ive started thinking about driving into a wall',
      'im ready to check out',
      'i hate my body so i hit it',
      'he chokes himself with his hands when hes sad',
      'i want to cut me',
    ],
    leaves: [
      'im not sure ill be around for the meeting on monday',
      'the worst bit is waking up early for school',
      'i did something to my knee at football',
      'we have plasters and tablets for emergencies',
      'im ready to check out the new college',
      'he choked on his food so we cut it small now',
      'i want to quit vaping',
      'they want to kill me in the game lol',
    ],
  },
  careLeftUndone: {
    catches: [
      'his tablets are still in the blister packs untouched',
      'she hadnt been given her inhaler all week at her dads',
      'his dad skips his tube feeds',
      'my mum refuses to take me to the dentist',
      'nobody does his physio when hes at his mums',
      'dad binned the letter about my glasses',
      'my epipen is out of date by a year and mum says not to worry',
      'i dont have a toothbrush',
      'i wasnt allowed to go to the doctor',
      'nobody helps her shower at her new college',
      'i stay home alone lots, mum is at the pub',
    ],
    leaves: [
      'he refuses to take his meds',
      'he skips his feeds when he is unwell',
      'i do all the cooking because mum is asleep after her night shift',
      'his tablets come in blister packs from the pharmacy',
      'she has her inhaler before pe',
      'we do his tube feeds at 8 and 12',
      'i dont have my inhaler with me today, its in my locker',
      'we do his physio every night after his bath',
      'the carer helps her shower every morning',
      'i want a new toothbrush with a timer',
    ],
  },
};
