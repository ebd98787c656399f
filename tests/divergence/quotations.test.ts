import { describe, expect, it } from 'vitest';
import { quotations } from '../../shared/divergence/text/quotations';

/** The quoted texts, without their marks. */
function quoted(text: string): string[] {
  return quotations(text).map(({ open, close }) => text.slice(open + 1, close));
}

describe('quotations', () => {
  it('pairs each opening mark with the mark that closes it', () => {
    expect(quoted('Три «корзины» ОБСЕ и “baskets” и „Körbe“ и „Körbe” и "cart".')).toEqual(['корзины', 'baskets', 'Körbe', 'Körbe', 'cart']);
  });

  it('finds quotations inside quotations', () => {
    expect(quoted('Он сказал: «это „корзина“, а не рамка».')).toEqual(['это „корзина“, а не рамка', 'корзина']);
  });

  it('pairs straight quotes in turn and leaves unclosed marks alone', () => {
    expect(quoted('"one" and "two" and "three')).toEqual(['one', 'two']);
    expect(quoted('«не закрыта')).toEqual([]);
    expect(quoted('no quotes at all')).toEqual([]);
  });

  it('takes a straight quote after a digit for an inch mark', () => {
    expect(quoted('Photographs 20x16" and 24x20" ship in a "tube".')).toEqual(['tube']);
  });
});
