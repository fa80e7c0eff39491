import { describe, expect, it } from 'vitest';
import { isGreetingOnly, readVolunteered } from '../../src/language/volunteered';
import { readWho } from '../../src/language/whoAnswer';

/** Facts typed before they are asked: who is chatting, the young person's name, their age or school year. */
describe('what people tell about themselves before they are asked', () => {
  it.each([
    ['hi im Jade im 15', { who: 'young_person', name: 'Jade', nameSure: true, age: { age: 15 } }],
    ["I'm his mum, he's 6, called Leo", { who: 'parent_or_carer', pronoun: 'he', name: 'Leo', nameSure: true, age: { age: 6 } }],
    ["it's for my son Sam who is in year 3", { who: 'parent_or_carer', pronoun: 'he', name: 'Sam', nameSure: true, age: { schoolYear: 3 } }],
    ['hiya my name is tyler and im in year 10', { who: 'young_person', name: 'Tyler', nameSure: true, age: { schoolYear: 10 } }],
    ['yo its kai, 16', { who: 'young_person', name: 'Kai', nameSure: true, age: { age: 16 } }],
    ['hello i am mother of Ali he is 7 years old', { who: 'parent_or_carer', pronoun: 'he', name: 'Ali', nameSure: true, age: { age: 7 } }],
    ['helo i am Ali mum', { who: 'parent_or_carer', name: 'Ali', nameSure: true }],
    ["I'm Sarah, Leo's mum", { who: 'parent_or_carer', name: 'Leo', nameSure: true }],
    ['my name is Sarah and my son is Leo', { who: 'parent_or_carer', name: 'Leo', nameSure: true }],
    ['this is for my daughter Maisie shes 4', { who: 'parent_or_carer', pronoun: 'she', name: 'Maisie', nameSure: true, age: { age: 4 } }],
    ['im fifteen', { who: 'young_person', age: { age: 15 } }],
    ['im a TA', { who: 'supporter' }],
    ['hiya my naem is jayden and i am 9 yeras old', { who: 'young_person', name: 'Jayden', nameSure: true, age: { age: 9 } }],
  ])('"%s" is read as it was meant', (said, facts) => {
    expect(readVolunteered(said)).toMatchObject(facts);
  });

  it('a parent telling their own name does not give it as the child’s', () => {
    expect(readVolunteered("I'm Sarah, Leo's mum")?.name).toBe('Leo');
    expect(readVolunteered('im his mum')?.name).toBeUndefined();
  });

  it('checks a name typed in small letters with nothing else before keeping it', () => {
    expect(readVolunteered('im jade')).toMatchObject({ name: 'Jade', nameSure: false });
    expect(readVolunteered('hi im jade')).toMatchObject({ name: 'Jade', nameSure: true });
  });

  it.each(['hello', 'hi', 'yes', 'no', '1', '2', 'standard', 'easy read pls', 'im not sure', 'i dont know', 'hi im bored', 'im good thanks', 'its me', 'Jade', 'ok'])(
    '"%s" tells nothing to keep',
    (said) => {
      expect(readVolunteered(said)).toBeUndefined();
    },
  );

  it('never takes a feeling or a state for a name', () => {
    for (const said of ['im tired', 'im shy lol', 'im autistic', 'im in year 9', 'im 15']) expect(readVolunteered(said)?.name).toBeUndefined();
  });

  it('hears a greeting on its own', () => {
    for (const said of ['hi', 'hello there', 'hiya!', 'hey bot']) expect(isGreetingOnly(said)).toBe(true);
    for (const said of ['hi im Jade', 'hello i want easy read']) expect(isGreetingOnly(said)).toBe(false);
  });
});

describe('who is chatting, typed quickly', () => {
  it.each(['me n my mum', 'me & my carer', 'me + mum'])('"%s" is the young person, helped', (said) => {
    expect(readWho(said)?.who).toBe('young_person_helped');
  });
});

describe('a setting named as whose staff it is', () => {
  it('"We have the nursery teacher Mrs Bello, is she the key worker?" gives no school year', () => {
    expect(readVolunteered('Yes it is OK. What is a key worker please? We have the nursery teacher Mrs Bello, is she the key worker?')?.age).toBeUndefined();
  });
  it.each(['she is in nursery', 'he goes to nursery, his nursery teacher is Mrs Bello'])('leave alone: %j is still nursery', (said) => {
    expect(readVolunteered(said)?.age).toEqual({ schoolYear: -1 });
  });
});

describe('a carer who says who they are doing this for', () => {
  it.each([
    ["Im his foster carer, Lisa. Doing this for Kayden, hes 9", 'Kayden'],
    ['hi im Sarah, filling this in for Mia who is 6', 'Mia'],
    ["I'm his nan. I'm doing this on behalf of Jayden", 'Jayden'],
  ])('%j names the child, not the carer', (typed, name) => {
    const read = readVolunteered(typed);
    expect(read?.name).toBe(name);
    expect(read?.nameSure).toBe(true);
  });

  it('"doing this for school" names nobody', () => {
    expect(readVolunteered("im his mum, doing this for school, hes 9")?.name).toBeUndefined();
  });
});

describe('the adult said not to be chatting', () => {
  it.each(['me. not my mum for once', 'not my dad this time', 'hi its me not my dad for once lol', 'me, not my mum, she is at work'])('"%s" is the young person, with no name', (said) => {
    expect(readWho(said)?.who).toBe('young_person');
    expect(readVolunteered(said)?.name).toBeUndefined();
  });

  it('"me, not my mum, my TA is helping" is the young person, helped', () => {
    expect(readWho('me, not my mum, my TA is helping')?.who).toBe('young_person_helped');
  });

  it('"im his nan, not his mum" is still a carer', () => {
    expect(readWho('im his nan, not his mum')?.who).toBe('parent_or_carer');
  });

  it('"im Jade not my mum. im 15" keeps the name and the age', () => {
    expect(readVolunteered('im Jade not my mum. im 15')).toMatchObject({ name: 'Jade', age: { age: 15 } });
  });
});
