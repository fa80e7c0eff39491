import type { FamilyCases } from './ruleCases';

/**
 * Wordings for the rule families that read harm told sideways (notGrowingUp to hurtWithWhatIsNear in
 * src/language/concernRules): what each must catch on its own, and ordinary look-alikes it must leave
 * alone. Checked family by family in concernFamilies.test.ts.
 */
export const SIDEWAYS_CASES: FamilyCases = {
  notGrowingUp: {
    catches: ['people ask what job i want but i know i wont get older than 16', 'where do i see myself in five years? nowhere sounds good', 'im so tired of existing', 'i just want to stop living', 'once the forms are done im not needed', 'his search history had how to hang yourself', 'she gave away her xbox and her best hoodie and wrote letters to all of us'],
    leaves: ['i wont get older brothers clothes any more', 'in five years i want to live nowhere near here, by the sea', 'im tired of existing on pot noodles', 'i want to stop living with my dad and move in with mum', 'once the forms are done im not needed at the meeting', 'i looked up how to hang a picture', 'she gave away her old toys and wrote a card to her teacher'],
  },
  leftAlone: {
    catches: ['im 8 and i stay on my own all weekend', 'my 7 year old is home by herself overnight when i do nights', 'i get left on my own till midnight and im only 9', 'mum goes out all night and im alone with the baby', 'just me with my little brother all night'],
    leaves: ['im 17 and i stay on my own all weekend when mum is away', 'im 8 and i like playing on my own', 'im alone with the baby for ten minutes while mum showers', 'mum went out all night and my nan stayed with me'],
  },
  foodMissing: {
    catches: ['theres usually only dry bread for tea', 'i have crisps or nothing when i get home', 'my dad doesnt cook any more so i find stuff'],
    leaves: ['theres usually bread and cheese for lunch', 'i have toast or cereal for breakfast', 'my dad doesnt cook but my mum does every night'],
  },
  careStopped: {
    catches: ['i havent taken my tablets for a few weeks since nobody reminds me', 'the carer stopped coming and nobody helps me wash now', 'we missed her last four appointments because i couldnt face going'],
    leaves: ['i havent taken my hayfever tablets for weeks because its winter', 'the carer stopped coming because i can do it myself now', 'we missed her last two appointments because of the snow'],
  },
  inTheirName: {
    catches: ['someone took out a phone contract in my name', 'the man keeps my passport until i work off what i owe', 'my cousin collects all my pip and i get nothing', 'the woman next door has him doing her cleaning for no money', 'i have to hand over half of my wages to him every friday', 'he said do a job for him and he gives me trainers', 'i was running for the olders'],
    leaves: ['i have a phone contract in my name now im 18', 'mum keeps my passport in the drawer', 'my mum collects my pip for me and helps me budget', 'i have to give half of my wages to mum for board', 'i did a job for my nan and she gave me a hug'],
  },
  watched: {
    catches: ['she takes my phone and reads all my messages', 'my husband controls all my money', 'he timed my walks and was so controlling', 'they follow me to school to check im not talking to boys', 'if im seen with a boy my uncle will hurt me'],
    leaves: ['my dad takes my phone and checks it because im 11', 'i control my own money now', 'the coach timed my runs', 'my friends follow me on insta', 'i was seen with a boy at the cinema and my mum said he seems nice'],
  },
  doneToThem: {
    catches: ['her nan pinches her when she gets her sums wrong', 'the staff take away his meals if he doesnt behave', 'the staff mock the way he talks', 'she poured cold water over him because he wouldnt stop crying', 'the teacher keeps shutting my fingers in the door', 'he leaves his belt out to remind us what happens', 'i put my fingers in my ears when they fight', 'people at school say i smell', 'i want to get my mum away from him', 'theyve been posting that theyre going to jump me', 'i want one day without them saying stuff'],
    leaves: ['her nan hit her head on the cupboard', 'we take away his tablet if he doesnt do homework', 'i poured water over my head at the beach', 'the coach leaves his stick by the door', 'i put my headphones on when my brother plays drums', 'i want to get my mum a present', 'theyre going to see me in the school play'],
  },
  noSafePlace: {
    catches: ['we live in our car at the moment', 'we got evicted from our flat and now we are in a hostel', 'i stay with anyone who will have me', 'dad told me to pack my stuff and get out', 'im getting married next month and i dont want to', 'they have picked a husband for her and shes only 14', 'a man online says we should kill all the immigrants', 'i get stoned before every lesson'],
    leaves: ['we stayed in a tent at the festival', 'we live in one room while the kitchen gets done', 'mum told me to pack my bags for the trip', 'my sister is getting married and i want to be a bridesmaid', 'the football training camp was ace', 'i get tired before every lesson'],
  },
  leftInBed: {
    catches: ['the night staff never come to turn me over', 'the agency keeps not turning up so i miss breakfast', 'they leave him in his wheelchair all day at the centre', 'she has a pressure sore from lying in bed', 'i wet myself waiting because nobody came'],
    leaves: ['the staff come every morning and help me dress', 'i stay in bed all day on sundays because i like it', 'my nan has a sore knee from gardening'],
  },
  brokenNotFixed: {
    catches: ['my glasses are broken and nobody will fix them', 'his hearing aid stopped working in march and no one has replaced it', 'my bed broke so i sleep on the floor with no mattress', 'he has no shoes that fit'],
    leaves: ['my glasses broke but mum got me new ones the next day', 'we sleep on the floor at sleepovers for fun', 'my shoes fit nicely'],
  },
  medsRunOut: {
    catches: ['my inhaler ran out weeks ago and nobody got a new one', 'mum keeps forgetting to get more of my insulin', 'the home has not given him his epilepsy meds', 'staff forget my medsin a lot'],
    leaves: ['my inhaler ran out so we went to the chemist straight away', 'i forgot my tablets once but took them later', 'the nurse gives me my meds at lunch'],
  },
  hungerAtHome: {
    catches: ['im hungry all the time at home', 'we only get one meal a day', 'i have cereal for tea every night', 'the kids have been living on crisps', 'there is no money for food', 'he takes food from other kids lunchboxes'],
    leaves: ['im hungry all the time because im growing', 'i have cereal for breakfast every day', 'we raised money for food banks'],
  },
  childInCharge: {
    catches: ['i make tea for my little brothers every night', 'dad goes away for days and i look after my baby sister', 'she leaves them alone for days', 'my mums never home'],
    leaves: ['i make tea for my mum on her birthday', 'dad goes away for work and nan looks after us', 'my mum is never late'],
  },
  moneyMule: {
    catches: ['a lad uses my bank account for his money', 'he got me to open an account and then he uses it', 'there is money going in and out of my account that isnt mine', 'she said take it out in cash and give it to her friend', 'my carer borrows money off me and never pays it back'],
    leaves: ['i use my bank account for my wages', 'i opened an account at the bank with mum', 'my friend borrowed money off me and paid it back the next day'],
  },
  stringsAttached: {
    catches: ['i have to give them my dinner money or they wont be my friends', 'if i loved him i would buy him things', 'they give me free food if i hold stuff for them', 'he said i can pay him back by keeping things at my house', 'they put a debt on me', 'he says i owe him 500'],
    leaves: ['my mates are my friends whatever', 'we get free food if we buy a drink', 'i owe my sister a fiver lol'],
  },
  onTheLine: {
    catches: ['im on the line this weekend', 'they took me to a trap house', 'i do deliveries for some guys and they pay me in trainers', 'i cant stop doing the jobs or they hurt me', 'they give me packages to run to the station', 'i lost the stash and now im scared'],
    leaves: ['i work on the line at the factory', 'i do deliveries for the chinese takeaway on saturdays', 'i cant stop laughing', 'the postman gave me a parcel for my mum'],
  },
  planNotNeeded: {
    catches: ['i wont b around 4 the meeting', 'im not going to be here for my next review', 'i wont be around for the review', 'you dont have to make a plan for me i wont need it', 'after my exams i wont be around', 'i wont be here for the review', 'ill be gone soon so it doesnt matter', 'im planning how to go without hurting anyone'],
    leaves: ['i wont be around for the meeting, i have a dentist appointment', "i'm not around on tuesday", 'i wont b around 4 the meeting on friday', 'cos of football i wont be around for the review', 'i wont need it because i can do it myself now', 'after my exams i wont be around because we go on holiday', 'i wont be here for the review, i have the dentist', 'im planning how to go to college on the bus'],
  },
  goodbyesMade: {
    catches: ['i have goodbye messages saved in my drafts', 'ive said my goodbyes in my head', 'i deleted my pictures for whoever gets my phone', 'he says he wishes he was never been born', 'everyone would be better off without her, she says', 'im scared of what i might do to myself', 'staying alive is hard', 'i dream about being dead'],
    leaves: ['we wrote goodbye cards to our teacher', 'i said my goodbyes at the leaving party', 'we would be better off without him, my dad left us', 'im scared of spiders', 'i dream about being a pilot'],
  },
  hurtWithWhatIsNear: {
    catches: ['i stab my leg with my compass when im stressed', 'i bang my head on the wall so it hurts', 'i scratch my arm till it bleeds', 'he keeps throwing himself down the stairs', 'i walk into the road on purpose', 'i want to get thin enough that i disappear', 'she says she doesnt deserve to eat', 'how many tablets would it take', 'i stood at the edge of the platform and leaned', 'can someone take the blades away from me'],
    leaves: ['i hit my head on the door by accident', 'he scratches his eczema till it bleeds', 'i want to get fit and run a marathon', 'how many tablets do i take a day', 'we stood at the edge of the platform waiting for the train'],
  },
};
