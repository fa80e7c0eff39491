import { describe, expect, it } from 'vitest';
import { splitHopes } from '../../src/language/splitHopes';
import { hopesIn } from '../../src/language/hopesInMessage';

describe('two hopes in one message', () => {
  it.each([
    ["I want to be a chef and also I'd love to live near my nan", ['I want to be a chef', "I'd love to live near my nan"]],
    ['i want to be a chef and also id love to live near my nan', ['i want to be a chef', 'id love to live near my nan']],
    ["I want to be a chef, and I'd love to live near my nan one day", ['I want to be a chef', "I'd love to live near my nan one day"]],
    ['i want to work with animals and my other dream is to go to america', ['i want to work with animals', 'my other dream is to go to america']],
    ['im hoping to go to college and id love to learn to drive', ['im hoping to go to college', 'id love to learn to drive']],
  ])('"%s" is two hopes', (said, hopes) => {
    expect(splitHopes(said)).toEqual(hopes);
  });

  it.each([
    'cook and sell cakes',
    "I'd like to cook and sell cakes",
    'i want to cook and sell cakes at the market',
    "i'd love to live near my nan and see her every day",
    'id like to make friends and go out with them',
    'go to college and get a job',
  ])('"%s" stays one hope', (said) => {
    expect(splitHopes(said)).toEqual([said]);
  });
});

describe('what a hope brings, joined to it by "n" or "and", is part of that hope', () => {
  it.each([
    'work in a cafe n get paid',
    'i want to work in a cafe and get paid',
    'work in a shop and earn my own money',
    'get a job at the garage n earn a wage',
    'go to college and be happy',
    'play football n have fun',
    'work with horses and feel proud',
  ])('"%s" stays one hope', (said) => {
    expect(splitHopes(said)).toEqual([said]);
  });

  it.each([
    ['work in a cafe n live with my mate', ['work in a cafe', 'live with my mate']],
    ['i want to work in a shop and i also want to have fun with my friends', ['i want to work in a shop', 'i also want to have fun with my friends']],
    ['work with animals n have my own flat', ['work with animals', 'have my own flat']],
  ])('"%s" is still two hopes', (said, hopes) => {
    expect(splitHopes(said)).toEqual(hopes);
  });
});

describe('a path through learning, one place after another, is one hope', () => {
  it.each([
    'go to collage and do games design and then maybe go to uni',
    'go to college and do games design and then maybe go to uni',
    'i want to go to sixth form and then go on to university',
    'do my gcses and then go to college',
  ])('"%s" stays one hope', (said) => {
    expect(splitHopes(said)).toEqual([said]);
  });

  it.each([
    ['go to college and then maybe go to uni and i also want to learn to drive', ['go to college and then maybe go to uni', 'i also want to learn to drive']],
    ['pass my course and go onto level 2 and get the bus to college on my own', ['pass my course', 'go onto level 2', 'get the bus to college on my own']],
  ])('"%s": a hope beside the path is still its own', (said, hopes) => {
    expect(splitHopes(said)).toEqual(hopes);
  });
});

describe('dictated run-on hopes, each started with its own "i want"', () => {
  it.each([
    [
      'i want to live in my own flat with some support and i want to get a job in IT support like on a help desk thats my main one',
      ['i want to live in my own flat with some support', 'i want to get a job in IT support like on a help desk thats my main one'],
    ],
    ['i want to live in my own flat and i want to get a job in it support', ['i want to live in my own flat', 'i want to get a job in it support']],
  ])('"%s" is two hopes', (said, hopes) => {
    expect(splitHopes(said)).toEqual(hopes);
  });

  it.each([
    // Long, and only one "i want": a story kept whole.
    'i want to live in my own flat with some support from my carers who come in every morning and help me get up and get dressed and make breakfast',
    // "it" that leans on the hope before is still one hope.
    'i want to buy a car and i want to drive it to the seaside',
    'I WANT TO BUY A CAR AND I WANT TO DRIVE IT TO THE SEASIDE',
  ])('"%s" stays one hope', (said) => {
    expect(splitHopes(said)).toEqual([said]);
  });
});

describe('a long story with one liking and one wish', () => {
  it('stays one hope: a liking is no wish of its own', () => {
    const said = 'I really like space and I watch all the documentaries about the planets and the stars and black holes and I want to be an astronaut one day';
    expect(splitHopes(said)).toEqual([said]);
  });
});

describe('a thing hoped for, said after another hope with "and"', () => {
  it.each([
    ['more days at work. and my own flat', ['more days at work', 'my own flat']],
    ['more days at work and my own flat', ['more days at work', 'my own flat']],
    ['get a job. and also a girlfriend', ['get a job', 'a girlfriend']],
    ['work in a shop and my own flat one day', ['work in a shop', 'my own flat one day']],
  ])('"%s" is two hopes', (text, hopes) => {
    expect(splitHopes(text)).toEqual(hopes);
  });

  it.each(['a job and my own money', 'live in a flat and my own front door', 'go to college. and make friends there', 'go to college. and a job after'])('"%s" stays one hope', (text) => {
    expect(splitHopes(text)).toHaveLength(1);
  });
});

describe('hopes said as things, one sentence each', () => {
  it.each([
    ['more days at work. and my own flat', ['more days at work', 'my own flat']],
    ['more hours at college. and a girlfriend', ['more hours at college', 'a girlfriend']],
    ['more days at work and my own flat', ['more days at work', 'my own flat']],
  ])('"%s" is two hopes', (text, hopes) => {
    expect(hopesIn(text)).toEqual(hopes);
  });

  it('"more days at work. thats all" is one hope', () => {
    expect(hopesIn('more days at work. thats all')).toEqual(['more days at work']);
  });
});
