/** English marker phrases for the gloss and wordplay checks. */
import type { LanguageMarkers } from './types';

/** The English lists. */
export const EN_MARKERS: LanguageMarkers = {
  matchBy: 'word',
  functionWords: [
    'made', 'make', 'makes', 'making', 'get', 'gets', 'got', 'getting', 'even', 'every', 'either', 'neither', 'something',
    'anything', 'nothing', 'everything', 'someone', 'anyone', 'everyone', 'one', 'ones', 'thing', 'things', 'lot', 'lots',
    'really', 'already', 'there', 'here', 'thus', 'hence', 'however', 'therefore', 'just', 'still', 'much', 'many', 'way',
  ],
  gloss: {
    means: ['which means', 'which meant', 'that means', 'which translates as', 'translated as', 'translates as', 'which stands for', 'stands for'],
    literally: ['literally', 'in literal translation'],
    inLanguage: ['in Russian', 'in Ukrainian', 'in English', 'Russian for', 'Ukrainian for', 'Russian word', 'Russian term', 'Russian expression', 'Russian phrase', 'Russian saying'],
    soCalled: ['so-called', 'so called'],
    thatIs: ['i.e.', 'that is to say', 'in other words', 'namely'],
    knownAs: ['known as', 'what is called', 'what Russians call', 'as Russians call'],
    kindOf: ['a kind of', 'a sort of', 'a type of', 'a traditional Russian', 'the Russian equivalent of'],
  },
  glossEvidence: {
    means: ['means', 'mean', 'meant', 'meaning', 'signifies'],
    thatIs: ['for example', 'e.g.', 'for instance'],
    soCalled: ['called', 'named'],
  },
  wordplay: [
    'pardon the pun', 'excuse the pun', 'forgive the pun', 'no pun intended', 'pun intended', 'a play on words',
    'pun on', 'so to speak', 'as they say', 'as the saying goes', 'as it were', 'if you will', 'figuratively speaking',
    'in both senses', 'literally and figuratively',
  ],
  idioms: [
    'time will tell', 'we shall see', 'wait and see', 'break a leg', 'piece of cake', 'raining cats and dogs',
    'the ball is in your court', 'beat around the bush', 'bite the bullet', 'the elephant in the room',
    'once in a blue moon', 'spill the beans', 'kill two birds with one stone', 'let the cat out of the bag',
    'pull someone\'s leg', 'when pigs fly', 'a bird in the hand', 'the last straw', 'cry wolf', 'red herring',
    'hit the nail on the head', 'add insult to injury', 'burn the midnight oil', 'a storm in a teacup',
  ],
};
