import type { FamilyCases } from './ruleCases';

/**
 * Wordings for the rule families that read care that is missing (neglect, care withheld or not given)
 * and risks away from care (leaving home, drugs, other risks): what each must catch on its own, and
 * ordinary look-alikes it must leave alone. Checked family by family in concernFamilies.test.ts.
 */
export const CARE_CASES: FamilyCases = {
  careWithheld: {
    catches: ['mum cancelled my operation twice', 'dad stopped giving me my medication', 'the doctor said i need glasses but we never went back', 'i havent had a check up in three years', 'i dont get dinner most nights', 'havent had a proper meal since tuesday', 'the only proper food i get is at school', 'my shoes are too small and my feet bleed', 'we have no pads so i use tissue', 'no lights work in our flat', 'im on my own most nights till really late', 'its just me and my baby sister, i change her nappies', 'the heating has been off since november', 'mum was too drunk to drive me to hospital', 'im sick of being hungry', 'mum forgets to collect me from school all the time', 'dad leaves me on my own from friday to sunday', 'i was home alone for 4 days'],
    leaves: ['mum cancelled my appointment because i was ill and booked another', 'the doctor stopped my medication because i got better', 'i havent had dinner yet', 'the only food i like is pasta', 'my shoes are too small so we are buying new ones', 'i dont have a coat with me today', 'the lights dont work in the school hall', 'i help mum change my baby sisters nappies', 'the heating was off for an hour this morning', 'im sick of being asked what i want to be', 'mum forgot to collect my prescription but got it the next day', 'i was home alone for an hour'],
  },
  neglect: {
    catches: [
      'there is never any food at home',
      'no one takes me to the dentist',
      'my hearing aid has been broken for months and nobody fixes it',
      'me and my little sister stay on our own till morning',
      'they went on holiday and left me and my brother with no money',
      'i have to look after my baby brother at night while mum goes out',
      'i have to go to my neighbours for food',
      'my medication ran out three weeks ago and my dad has not got more',
      'i have had nits for ages and my mum says she cant be bothered with it',
      'no heating no hot water',
      'dads not been home for like a week',
      'mum dont give me my tablets for my fits',
      'left alone all day',
      'im left on my own every night',
      'no one helps me wash',
    ],
    leaves: ['i want to learn to cook my own tea', 'i go to the dentist every six months', 'i stayed on my own until 6 while mum was at the shop', 'they went on holiday and left me with my nan', 'mum says we cant go to the dentist till tuesday', 'the fridge is empty because we go shopping tomorrow', 'my inhaler ran out so i got a new one from the chemist', 'he can be left alone for an hour now', 'help gets less each week until he does it alone'],
  },
  absentCare: {
    catches: [
      'mum never collected my inhaler from the chemist',
      'dad keeps forgetting my tablets for days',
      'the chemist keeps ringing but nobody picks up her insulin',
      'mum hasnt come home since saturday',
      'i dont know where my dad went, he went out on tuesday and',
      'dad is too drunk to get up and take me to school',
      'i was home alone for four days',
      'the only hot meal i get is at school',
      'theres nothing for tea again',
      'i have no clean socks for school',
      'nobody brushes my hair',
      'the flat is filthy and it smells and theres mice',
      'i havent got a toothbrush at home',
      'my nappy isnt changed till lunch',
      'the hospital sends letters but dad bins them',
      'mum left on thursday and its sunday',
      'i have had the same uniform since year 3',
    ],
    leaves: ['mum forgot my inhaler but she brought it at lunch', 'dad collected my glasses from the opticians', 'mum came home late from work', 'i was home alone for an hour while mum went to the shop', 'the only food i hate is fish', 'my room is messy but mum makes me tidy it', 'i dont know where my dad put the remote'],
  },
  careMissing: {
    catches: ['ive never been to a dentist', 'he hasnt been to the doctor in his whole life', 'theres no running water at ours', 'nobody came to pick me up after the school trip', 'we hardly ever have food in', 'im hungry in the holidays cos there are no school dinners', 'she plays outside alone till dark, shes only three', 'his feeds ran out and she says just wait till next week'],
    leaves: ['i havent been to the dentist this year yet', 'the water was off for an hour while they fixed the pipe', 'mum came to pick me up after the trip', 'we have food in the freezer', 'she can play in her room alone now, shes 12', 'the printer ink ran out'],
  },
  medicalCareMissed: {
    catches: ['i have a lump and no one will take me to the doctors', 'my son hasnt seen a doctor about his seizures because his dad wont take him', 'mum says dentists are a waste of money', 'i just cant face taking her to the GP', 'nobody has ever taken me to the opticians'],
    leaves: ['mum takes me to the dentist every six months', 'i havent been to the dentist this year yet', 'i want to be a doctor', 'my dad took me to the hospital when i broke my arm'],
  },
  keptUnclean: {
    catches: ['i have nits and no one sorts them', 'my nappies dont get changed enough and i get sore', 'i wear the same clothes all week', 'my teeth are all black and they hurt', 'my bed has no sheets and the mattress is wet'],
    leaves: ['a girl keeps spreading that i have nits and now nobody will be my partner', 'mum changes his nappy before nursery', 'i wear the same hoodie a lot because i love it', 'my teeth are white after the dentist'],
  },
  homeUnfit: {
    catches: ['its freezing in my house, we dont have heating', 'there are mice in my bedroom and nobody does anything', 'our house is full of rubbish and dog poo', 'there are needles and bottles all over our kitchen', 'the electric ran out and we have been in the dark for days'],
    leaves: ['we had no hot water for a day when the boiler broke', 'we have no heating at school today so we wear coats', 'i have pet rats in my bedroom', 'i hate needles at the doctors'],
  },
  nothingToWear: {
    catches: ['i dont have a coat and its winter', 'i have holes in my shoes', 'he hasnt got any shoes that fit'],
    leaves: ['i dont have a coat for the wedding yet', 'i have holes in my jeans, its the fashion', 'he has new shoes for school'],
  },
  nobodyWatching: {
    catches: ['nobody knows where i am at night and nobody asks', 'nobody wakes me up for school so i just miss it', 'my baby brother cries all night and no one goes to him', 'i go to bed when i want, no one bothers'],
    leaves: ['i keep going missing overnight and nobody knows where i go', 'nobody knows where i am going to college yet', 'mum wakes me up for school every day'],
  },
  foodFound: {
    catches: ['i eat out of the bins sometimes', 'i have to steal food from the shop because there is nothing to eat', 'there is never anything in the fridge', 'i dont hav food at home', 'i have breakfast club and thats my only meal'],
    leaves: ['people steal my lunch and then tell me to eat out of the bin', 'there is nothing to eat that i like at the canteen', 'we threw the food in the bin after the party', 'breakfast is my favourite meal'],
  },
  other: {
    catches: [
      'my parents are making me marry my cousin in the summer',
      'my aunt says i will be cut like the other girls in our family',
      'a man online says i should join them and fight for the cause',
      'i ran away from home last night',
      'i have nowhere to sleep tonight',
      'i drink vodka every morning before school',
      'im addicted to crack',
      'right now im in a night shelter',
      'my sister is being married to a man she has never met',
      'they are planning his wedding abroad and he doesnt understand what married means',
      'we are going to somalia this summer and my aunties will do the thing to me',
      'they said bring a knife to the meeting',
      'the man online says the shooter was a hero and i could be one too',
    ],
    leaves: ['my cousin is getting married next year', 'i want to run a marathon', 'we learned about fgm in pshe', 'i could do more on my own', 'im addicted to my phone', 'i volunteer at a night shelter'],
  },
  leavingHome: {
    catches: ['im sleeping in the car park behind the shops', 'me and mum live in our car now', 'got kicked out last week, staying wherever', 'the police keep finding me miles from home at night', 'i run off and hide in the woods all night', 'i have been living on mates sofas since christmas'],
    leaves: ['we slept in a tent on our camping holiday', 'i got kicked out of the game for lagging', 'mum and dad live in different houses', 'i ran away from my brother in a game of tag', 'we live in a flat near the park'],
  },
  substanceUse: {
    catches: ['i drink my dads vodka when hes at work', 'i take cough medicine for the high', 'a couple of cans and a joint every day helps', 'got so wasted i woke up in hospital'],
    leaves: ['i drink my dads orange juice', 'i took cough medicine for my cold', 'my dad has a few cans when the football is on', 'i woke up in hospital after my operation'],
  },
  otherRisks: {
    catches: ['i have cider in the toilets at school every lunch', 'i think i have a problem with ket', 'my uncle says im getting married in the summer and im 15', 'im marrying a man my parents chose, its already decided', 'i dont really live anywhere at the moment', 'the hostel is full of drunk men and i dont feel safe', 'some religions should be wiped out'],
    leaves: ['i drink water at school every lunch', 'i had a problem with my maths homework', 'my sister got married when she was 25', 'i want to live somewhere near the sea', 'we stayed in a hostel on the trip', 'some sweets should be banned'],
  },
  doneAlone: {
    catches: ['i have to do everything on my own, nobody is ever home', 'no one cooks, i do all the cooking myself'],
    leaves: ['i can do everything myself now', 'nobody helps me with my maths, i do it all myself'],
  },
  medicineForgotten: {
    catches: ['my tablets. when i get them. nite staff forget sumtimes', 'my meds, the carers forget at weekends', 'nobody gives him his inhaler at school', 'staff dont give me my seizure tablets on time'],
    leaves: ['i forget my tablets sometimes so i have an alarm', 'staff remind me to take my tablets', 'my tablets help. staff forget my name sometimes'],
  },
  nobodyCameToAFit: {
    catches: ['i had a fit in the nite last month an no one come till morning', 'nobody came when i had a seizure last week'],
    leaves: ['i had a fit at college and nobody panicked, staff knew what to do', 'no one came to my party after i had a fit of giggles'],
  },
};
