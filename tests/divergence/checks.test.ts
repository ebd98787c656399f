import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import { checkDivergences } from '../../shared/divergence/check-divergences';
import { DEFAULT_DIVERGENCE_SETTINGS, resolveDivergenceSettings } from '../../shared/divergence/settings';
import type { Glossary } from '../../shared/glossary/glossary';
import type { Flag, FlagKind, LangCode } from '../../shared/types';
import { documentFromLines } from './documents';

const enRu = loadLexicon('en', 'ru');

function check(src: string | string[], tgt: string | string[], langs: [LangCode, LangCode] = ['ru', 'en'], extra: { glossary?: Glossary; pairs?: { src: number[]; tgt: number[] }[] } = {}): Flag[] {
  const source = documentFromLines(Array.isArray(src) ? src : [src], langs[0]);
  const target = documentFromLines(Array.isArray(tgt) ? tgt : [tgt], langs[1]);
  const pairs = (extra.pairs ?? source.sentences.map((_, k) => ({ src: [k], tgt: [k] }))).map((pair) => ({ ...pair, score: 1 }));
  return checkDivergences({ source, target, pairs, ...(enRu ? { lexicon: enRu } : {}), ...(extra.glossary ? { glossary: extra.glossary } : {}) });
}

function spans(flags: readonly Flag[], kind: FlagKind, text: string | string[]): string[] {
  const lines = Array.isArray(text) ? text : [text];
  return flags.filter((flag) => flag.kind === kind && flag.start !== undefined).map((flag) => (lines[flag.sentence] ?? '').slice(flag.start, flag.end));
}

describe('gloss', () => {
  it('flags bracket, dash and marker glosses and transliterated words', () => {
    const ru = 'Всё лето мы провели на даче под Тверью.';
    for (const en of [
      'We spent the whole summer at the dacha (a summer cottage outside the city) near Tver.',
      'We spent the whole summer at the dacha – a summer cottage outside the city – near Tver.',
      'We spent the whole summer at the dacha, which means “summer cottage” in Russian, near Tver.',
    ]) {
      const found = spans(check(ru, en), 'gloss', en);
      expect(found.some((span) => span.includes('summer cottage')), en).toBe(true);
    }
    expect(spans(check('На депутата собрали компромат.', 'They gathered kompromat on the deputy.'), 'gloss', 'They gathered kompromat on the deputy.')).toEqual(['kompromat']);
  });

  it('takes «буквально» and "literally" for a gloss before a quotation only', () => {
    const glossMarkers = (src: string, tgt: string, langs: [LangCode, LangCode]): string[] =>
      check(src, tgt, langs).filter((flag) => flag.messageKey === 'gloss.marker').map((flag) => String(flag.params.marker));
    expect(glossMarkers('Все кричали о майдане.', 'Everyone shouted about the maidan, literally “square”, all day.', ['ru', 'en'])).toEqual(['literally']);
    expect(glossMarkers('The maidan was full.', 'Майдан, буквально «площадь», был полон.', ['en', 'ru'])).toEqual(['буквально']);
    // WMT22: an intensifier, no gloss.
    expect(glossMarkers('There is virtually no time for campaigning.', 'На избирательные кампании уже буквально нет времени.', ['en', 'ru'])).toEqual([]);
    expect(glossMarkers('They forbid people to leave.', 'Они буквально запрещают людям уходить.', ['en', 'ru'])).toEqual([]);
  });

  it('flags an acronym spelled out next to itself', () => {
    const en = 'The case was handed over to the FSB (Federal Security Service).';
    expect(spans(check('Дело передали в ФСБ.', en), 'gloss', en).join()).toContain('Federal Security Service');
  });

  it('leaves a plain translation and shared brackets alone', () => {
    expect(check('Всё лето мы провели на даче под Тверью.', 'We spent the whole summer at our country house near Tver.').filter((flag) => flag.kind === 'gloss')).toEqual([]);
    expect(check('Это так называемый эффект домино.', 'This is the so-called domino effect.').filter((flag) => flag.kind === 'gloss')).toEqual([]);
  });
});

describe('wordplay', () => {
  it('flags pun markers and idioms on both sides', () => {
    const flags = check('Подняли бучу, извините за каламбур, вокруг этой деревни. Поживём – увидим.', 'A fuss was stirred up, pardon the pun, over that village. We will see.');
    expect(spans(flags.filter((flag) => flag.side === 'src'), 'wordplay', 'Подняли бучу, извините за каламбур, вокруг этой деревни. Поживём – увидим.')).toEqual(['Подняли бучу', 'извините за каламбур', 'Поживём – увидим']);
    expect(flags.some((flag) => flag.kind === 'wordplay' && flag.side === 'tgt')).toBe(true);
  });
});

describe('number', () => {
  it('matches numbers across spellings and flags changed ones', () => {
    const same = check('Ten people came in 2007; prices rose by 2.5 percent, to 1,500 dollars.', 'Десять человек пришли в 2007 г.; цены выросли на 2,5 процента, до 1 500 долларов.', ['en', 'ru']);
    expect(same.filter((flag) => flag.kind === 'number')).toEqual([]);
    const changed = check('The company hired one hundred and thirty workers.', 'Компания наняла сто двадцать рабочих.', ['en', 'ru']);
    expect(changed.filter((flag) => flag.kind === 'number').map((flag) => [flag.messageKey, flag.severity, flag.params.target])).toEqual([['number.changed', 'warning', 'сто двадцать']]);
    const digits = check('The bridge was built in 2007.', 'Мост был построен в 2008 г.', ['en', 'ru']);
    expect(digits.filter((flag) => flag.kind === 'number').map((flag) => [flag.messageKey, flag.severity, flag.params.source, flag.params.target])).toEqual([['number.changed', 'error', '2007', '2008']]);
  });
});

describe('numbers that start a Russian compound', () => {
  it('reads the teens and the tens, the longest number first', () => {
    const numberFlags = (en: string, ru: string): unknown[] => check(en, ru, ['en', 'ru']).filter((flag) => flag.kind === 'number').map((flag) => [flag.messageKey, flag.params]);
    // WMT22: "A young, energetic 18-year-old" = «Молодой, энергичный, восемнадцатилетний парень».
    expect(numberFlags('A young, energetic 18-year-old dreamed of marketing.', 'Молодой, энергичный, восемнадцатилетний парень мечтал о маркетинге.')).toEqual([]);
    // «шестидесятилетний» is 60, not the 6 of «шести».
    expect(numberFlags('They celebrated a 60-year anniversary.', 'Они отметили шестидесятилетний юбилей.')).toEqual([]);
    expect(numberFlags('They celebrated a 6-year anniversary.', 'Они отметили шестидесятилетний юбилей.')).toEqual([['number.changed', { source: '6', target: 'шестидесятилетний' }]]);
  });
});

/** Expects no number flag on any of the English–Russian pairs. */
function expectSameNumbers(pairs: readonly (readonly [string, string])[]): void {
  for (const [en, ru] of pairs) expect(check(en, ru, ['en', 'ru']).filter((flag) => flag.kind === 'number'), en).toEqual([]);
}

describe('words that hold a number', () => {
  it('reads decade, fortnight and twice as numbers', () => {
    // WMT22 sentences whose translations write the number.
    expectSameNumbers([
      ['We have been selling here on eBay for over a decade now.', 'Мы занимаемся продажами здесь на eBay уже более десятилетия.'],
      ['We have over 6 decades of experience in jewelry manufacturing.', 'Мы имеем около 6 десятилетий опыта производства драгоценных изделий.'],
      ['With the elections less than a fortnight away, there is no time.', 'Когда до выборов осталось меньше двух недель, времени нет.'],
      ['For the re-delivery, we will not charge you twice.', 'За повторную доставку мы не возьмем с вас плату второй раз.'],
      ['He called twice.', 'Он звонил дважды.'],
    ]);
  });
});

describe('numbers as nouns', () => {
  it('reads «семерка», «четверка», trios and quartets as the numbers they name', () => {
    // WMT22: the Group of Seven, the Colston Four.
    expectSameNumbers([
      ['The Group of Seven has warned Russia of massive consequences.', 'Большая семерка предупредила Россию о масштабных последствиях.'],
      ['The activists, known as the "Colston Four," are facing a trial.', 'Активисты, известные как «кольстонская четверка», предстанут перед судом.'],
      // The sample: «тройки», «четвёрки» as trios and quartets.
      ['They draw members into bloc-style configurations, such as trios and quartets.', 'Их втягивают в блоковые конфигурации – «тройки», «четвёрки».'],
    ]);
    expect(check('The Group of Eight met.', 'Большая семерка встретилась.', ['en', 'ru']).filter((flag) => flag.kind === 'number').map((flag) => flag.messageKey)).toEqual(['number.changed']);
  });
});

describe('times on the twelve-hour clock', () => {
  const numberFlags = (en: string, ru: string): string[][] =>
    check(en, ru, ['en', 'ru']).filter((flag) => flag.kind === 'number').map((flag) => [flag.messageKey, String(flag.params.source), String(flag.params.target)]);

  it('meets the same time on the 24-hour clock', () => {
    // WMT22: times converted by the translator were flagged as changed numbers (errors).
    expect(numberFlags('He was found just before 5.30pm on Friday.', 'Его нашли в пятницу незадолго до 17:30.')).toEqual([]);
    expect(numberFlags('We offer a Special Delivery 1pm service.', 'Мы предлагаем специальную доставку к 13:00.')).toEqual([]);
    expect(numberFlags('The avalanche was reported about 10:50 a.m. on Saturday.', 'О лавине сообщили около 10:50 в субботу.')).toEqual([]);
    expect(numberFlags('The shop opens at 12 a.m. and closes at 12 p.m.', 'Магазин открывается в 0:00 и закрывается в 12:00.')).toEqual([]);
    expect(numberFlags('Come at 5 pm.', 'Приходите в пять вечера.')).toEqual([]);
  });

  it('still flags a changed time', () => {
    expect(numberFlags('He was found just before 5.30pm on Friday.', 'Его нашли в пятницу незадолго до 18:30.')).toEqual([['number.changed', '5', '18']]);
  });
});

describe('number between languages whose number words Sverka does not read', () => {
  it('compares digits only', () => {
    const source = documentFromLines(['The second line has 3 words.'], 'en');
    const target = documentFromLines(['Die zweite Zeile hat 4 Wörter.'], 'de');
    const flags = checkDivergences({ source, target, pairs: [{ src: [0], tgt: [0], score: 1 }] });
    expect(flags.filter((flag) => flag.kind === 'number').map((flag) => [flag.messageKey, flag.params])).toEqual([['number.changed', { source: '3', target: '4' }]]);
  });
});

describe('name', () => {
  it('matches transliterated names and flags a changed one', () => {
    expect(check('Джонсон встретился с Каммингсом в Лондоне.', 'Johnson met Cummings in London.').filter((flag) => flag.kind === 'name')).toEqual([]);
    const flags = check('Джонсон встретился с Каммингсом в Лондоне.', 'Johnson met Henderson in London.').filter((flag) => flag.kind === 'name');
    expect(flags.map((flag) => flag.messageKey)).toEqual(['name.changed']);
  });

  it('flags a minority spelling of a name across the document', () => {
    const flags = check(['Вчера Синирлиоглу приехал.', 'Потом Синирлиоглу уехал.', 'Сегодня Синирлиоглу вернулся.'], ['Yesterday Sinirlioglu arrived.', 'Then Sinirlioglu left.', 'Today Sinirlioğlu came back.']);
    expect(flags.filter((flag) => flag.messageKey === 'name.variant').map((flag) => [flag.pair, flag.params.usual])).toEqual([[2, 'Sinirlioglu']]);
  });

  it('takes German nouns, compounds included, for no names', () => {
    const deFr = loadLexicon('de', 'fr');
    const nameFlags = (de: string, fr: string): string[] => {
      const source = documentFromLines([de], 'de');
      const target = documentFromLines([fr], 'fr');
      const flags = checkDivergences({ source, target, pairs: [{ src: [0], tgt: [0], score: 1 }], ...(deFr ? { lexicon: deFr } : {}) });
      return flags.filter((flag) => flag.kind === 'name').map((flag) => String(flag.params.name ?? flag.params.source));
    };
    // Text+Berg: every German noun is capitalised.
    expect(nameFlags('In den letzten Jahren wurden neue Berechnungen gemacht.', 'Ces dernières années, on a refait les calculs.')).toEqual([]);
    expect(nameFlags('Die Eiswand und der Osthang waren steil.', 'La paroi et la pente étaient raides.')).toEqual([]);
    expect(nameFlags('Dann kam Trevor Braham zum Lager.', 'Puis il arriva au camp.')).toEqual(['Trevor Braham']);
  });

  it('takes a name kept in the original script beside its transliteration for no variant', () => {
    // WMT22: «Ассам» in the text, "Assam Jatiya Parishad" kept as the organisation writes itself.
    const en = ['Five agitators were killed in Assam.', 'Protests in Assam went on.', 'The Assam Jatiya Parishad observed a black day.'];
    const ru = ['Пятеро протестующих были убиты в штате Ассам.', 'Протесты в штате Ассам продолжились.', 'Партия Assam Jatiya Parishad объявила траур.'];
    expect(check(en, ru, ['en', 'ru']).filter((flag) => flag.messageKey === 'name.variant')).toEqual([]);
    // The same name spelled two ways in one script still is one.
    const ru2 = ['Пятеро протестующих были убиты в штате Ассам.', 'Протесты в штате Ассам продолжились.', 'Партия штата Асам объявила траур.'];
    expect(check(en, ru2, ['en', 'ru']).filter((flag) => flag.messageKey === 'name.variant').map((flag) => flag.params.name)).toEqual(['Асам']);
  });
});

describe('untranslated, unaligned, punctuation', () => {
  it('flags identical sentences and source-script words', () => {
    expect(check('Мы гарантируем быстрое решение.', 'Мы гарантируем быстрое решение.').map((flag) => flag.messageKey)).toContain('untranslated.identical');
    const en = 'We guarantee гарантируем решение quickly.';
    expect(spans(check('Мы гарантируем быстрое решение.', en), 'untranslated', en)).toEqual(['гарантируем решение']);
    expect(check('The item ships today via PayPal.', 'Товар отправляется сегодня через PayPal.', ['en', 'ru']).filter((flag) => flag.kind === 'untranslated')).toEqual([]);
  });

  it('flags source words left in a translation written in the same script', () => {
    const source = documentFromLines(['Das Wetter war schön und wir gingen spazieren.'], 'de');
    const target = documentFromLines(['The weather was nice and wir gingen spazieren.'], 'en');
    const deEn = loadLexicon('de', 'en');
    const flags = checkDivergences({ source, target, pairs: [{ src: [0], tgt: [0], score: 1 }], ...(deEn ? { lexicon: deEn } : {}) });
    const text = target.sentences[0]?.text ?? '';
    expect(flags.filter((flag) => flag.kind === 'untranslated').map((flag) => text.slice(flag.start, flag.end))).toEqual(['gingen spazieren']);
  });

  it('flags sentences with no counterpart', () => {
    const flags = check(['Первое.', 'Второе.'], ['First.'], ['ru', 'en'], { pairs: [{ src: [0], tgt: [0] }, { src: [1], tgt: [] }] });
    expect(flags.filter((flag) => flag.kind === 'unaligned').map((flag) => [flag.side, flag.sentence, flag.pair])).toEqual([['src', 1, 1]]);
  });

  it('flags quotes lost in the translation, not quotes added by its conventions', () => {
    const lost = check('He called it “a communist holiday” on Twitter.', 'Он назвал его коммунистическим праздником в Twitter.', ['en', 'ru']);
    expect(lost.filter((flag) => flag.kind === 'punctuation').map((flag) => flag.messageKey)).toEqual(['punctuation.quotes']);
    const added = check('Tap Settings.', 'Нажмите «Настройки».', ['en', 'ru']);
    expect(added.filter((flag) => flag.kind === 'punctuation')).toEqual([]);
    // WMT22: inch marks are no quotes, with or without an apostrophe elsewhere in the sentence.
    for (const en of ['Large photographs 20x16" and 24x20" are delivered within 20 days.', 'Large photographs 20x16" and 24x20" are delivered within 20 days, it’s true.']) {
      const inches = check(en, 'Большие фотографии 20 × 16 дюймов и 24 × 20 дюймов доставляются в течение 20 дней.', ['en', 'ru']);
      expect(inches.filter((flag) => flag.kind === 'punctuation'), en).toEqual([]);
    }
  });

  it('flags a bracket the translation leaves open, not list numbers or an imbalance of the original', () => {
    const brackets = (src: string, tgt: string): number => check(src, tgt, ['en', 'ru']).filter((flag) => flag.messageKey === 'punctuation.brackets').length;
    // A bracket that opens here and closes in the next sentence, in both versions.
    expect(brackets('The fee (paid once is due now.', 'Сбор (разовый нужно оплатить сейчас.')).toBe(0);
    expect(brackets('The fee (paid once) is due now.', 'Сбор (разовый нужно оплатить сейчас.')).toBe(1);
    // WMT22 steps: the numbers of list items, at the start and after a sentence.
    expect(brackets('1)Go to your Home screen.', '1) Перейдите на главный экран.')).toBe(0);
    expect(brackets('Half of the charge applies again. 2) Use the eBay option.', 'Половина суммы взимается повторно. 2) Воспользуйтесь функцией eBay.')).toBe(0);
    expect(brackets('Pick one (see figure 2) now.', 'Выберите один (см. рисунок 2 сейчас.')).toBe(1);
  });

  it('flags a question rendered as a statement', () => {
    expect(check('Когда Россия перестанет отвергать мир?', 'When will Russia stop rejecting peace.').map((flag) => flag.messageKey)).toContain('punctuation.questionLost');
  });
});

describe('addition and omission', () => {
  it('marks an added clause and an omitted one', () => {
    const en = 'We guarantee that your issue will be solved quickly, and our managers will call your family tomorrow.';
    expect(spans(check('Мы гарантируем, что ваша проблема будет быстро решена.', en), 'addition', en).join()).toContain('family tomorrow');
    const omitted = check('We guarantee that your issue will be solved quickly by our experienced support engineers.', 'Мы гарантируем, что ваша проблема будет быстро решена.', ['en', 'ru']);
    expect(omitted.some((flag) => flag.kind === 'omission' && flag.side === 'src')).toBe(true);
  });
});

describe('terminology and inconsistency', () => {
  it('flags a glossary term not translated as the glossary says', () => {
    const glossary: Glossary = { srcLang: 'ru', tgtLang: 'en', entries: [{ source: 'корзина', targets: ['basket'] }] };
    const flags = check('Хоть в какой «корзине» ОБСЕ работайте.', 'You are free to work within any OSCE framework.', ['ru', 'en'], { glossary });
    expect(flags.filter((flag) => flag.kind === 'terminology').map((flag) => flag.params.expected)).toEqual(['basket']);
    expect(check('Речь о трёх корзинах ОБСЕ.', 'This is about the three OSCE baskets.', ['ru', 'en'], { glossary }).filter((flag) => flag.kind === 'terminology')).toEqual([]);
  });

  it('finds an acronym spelled out in a run of words, never across a break', () => {
    const expanded = (src: string, tgt: string, langs: [LangCode, LangCode]): string[] =>
      spans(check(src, tgt, langs).filter((flag) => flag.messageKey === 'terminology.acronymExpanded'), 'terminology', tgt);
    expect(expanded('Россия начала СВО на Украине.', 'Russia launched a special military operation in Ukraine.', ['ru', 'en'])).toEqual(['special military operation']);
    // WMT22: "CEO" is rendered in two words; across «», — и,» the words after it spelled C-E-O by chance.
    const en = 'Amit Yoran, CEO of the cybersecurity firm Tenable, called it "the single biggest, most critical vulnerability of the last decade" - and possibly the biggest in the history of modern computing.';
    const ru = 'Амит Йоран, исполнительный директор компании по кибербезопасности Tenable, назвал это «крупнейшей единичной, самой критичной уязвимостью за последние десять лет», — и, возможно, самой большой в истории современных компьютеров.';
    expect(expanded(en, ru, ['en', 'ru'])).toEqual([]);
  });

  it('flags a quoted term rendered otherwise than everywhere else', () => {
    const ru = ['Во всех трёх «корзинах» ОБСЕ застой.', 'Мы обсудили три «корзины» ОБСЕ.', 'Хоть в какой «корзине» ОБСЕ работайте.'];
    const en = ['All three OSCE “baskets” are stagnating.', 'We discussed the three OSCE “baskets”.', 'You are free to work within any OSCE framework.'];
    const flags = check(ru, en).filter((flag) => flag.messageKey === 'inconsistency.rendering');
    expect(flags.map((flag) => [flag.pair, flag.side, ru[flag.sentence]?.slice(flag.start, flag.end), flag.params.count])).toEqual([[2, 'src', 'корзине', 2]]);
  });

  it('takes no word of quoted speech or of a quoted title for a term', () => {
    // «корзина» recurs rendered "basket" and is left unrendered in the last pair, as above; only how it is quoted
    // in the first pair changes.
    const rest = ['Мы обсудили три корзины ОБСЕ.', 'Речь о корзинах ОБСЕ.', 'Хоть в какой корзине ОБСЕ работайте.'];
    const en = ['He said this.', 'We discussed the three OSCE baskets.', 'This is about the OSCE baskets.', 'You are free to work within any OSCE framework.'];
    const renderings = (first: string): string[] =>
      check([first, ...rest], en)
        .filter((flag) => flag.messageKey === 'inconsistency.rendering')
        .map((flag) => [first, ...rest][flag.sentence]?.slice(flag.start, flag.end) ?? '');
    // "He said this." renders it no more than the last pair does.
    expect(renderings('Он сказал: «корзина».')).toEqual(['корзина', 'корзине']);
    expect(renderings('Он сказал: «Это одна корзина и есть».')).toEqual([]);
    expect(renderings('Он сказал: «Корзина».')).toEqual([]);
    expect(renderings('Он сказал: «в этой корзине сейчас застой».')).toEqual([]);
  });

  it('flags a repeated sentence translated differently', () => {
    const flags = check(['Спасибо за внимание к этой теме.', 'Мы продолжим.', 'Спасибо за внимание к этой теме.'], ['Thank you for your attention to this topic.', 'We will continue.', 'Thanks for looking at this issue.']);
    expect(flags.filter((flag) => flag.kind === 'inconsistency').map((flag) => flag.pair)).toEqual([2]);
  });
});

describe('settings', () => {
  it('runs only the enabled checks, with defaults filled in', () => {
    const settings = resolveDivergenceSettings({ enabled: { gloss: false } });
    expect(settings.enabled.gloss).toBe(false);
    expect(settings.enabled.number).toBe(true);
    expect(settings.addition).toEqual(DEFAULT_DIVERGENCE_SETTINGS.addition);
    const source = documentFromLines(['Всё лето мы провели на даче.'], 'ru');
    const target = documentFromLines(['We spent the summer at the dacha (a summer cottage).'], 'en');
    const flags = checkDivergences({ source, target, pairs: [{ src: [0], tgt: [0], score: 1 }], settings: { enabled: { gloss: false } } });
    expect(flags.some((flag) => flag.kind === 'gloss')).toBe(false);
  });
});

describe('flags in beads of several sentences', () => {
  it('points at the sentence holding the span, with offsets inside it', () => {
    const ru = ['Всё лето мы провели на даче под Тверью, а осенью вернулись в город.'];
    const en = ['We spent the whole summer near Tver.', 'We stayed at the dacha (a summer cottage outside the city) and came back in autumn.'];
    const flags = check(ru, en, ['ru', 'en'], { pairs: [{ src: [0], tgt: [0, 1] }] });
    const gloss = flags.find((flag) => flag.kind === 'gloss');
    expect(gloss).toMatchObject({ pair: 0, side: 'tgt', sentence: 1, messageKey: 'gloss.transliteration' });
    expect(en[1]?.slice(gloss?.start, gloss?.end)).toBe('dacha');
  });

  it('gives the same flags through flagsForAlignment', async () => {
    const { flagsForAlignment } = await import('../../shared/divergence/flags-for-alignment');
    const source = documentFromLines(['Пришли десять человек.'], 'ru');
    const target = documentFromLines(['Eleven people came.'], 'en');
    const flags = flagsForAlignment(source, target, { pairs: [{ src: [0], tgt: [0], score: 1 }] }, enRu ? { lexicon: enRu } : {});
    expect(flags.filter((flag) => flag.kind === 'number').map((flag) => flag.params)).toEqual([{ source: 'десять', target: 'Eleven' }]);
  });
});

describe('word pairs learned from the document', () => {
  it('pairs words left unmatched together again and again', async () => {
    const { learnWordPairs } = await import('../../shared/divergence/learn-word-pairs');
    const { buildPairContext } = await import('../../shared/divergence/pair-context');
    const { wordKey } = await import('../../shared/lexicon/word-key');
    const ruEn = loadLexicon('ru', 'en');
    const source = documentFromLines(['Без блата никуда не устроиться.', 'Он получил место по блату.', 'Блат решает всё, говорил дед.'], 'ru');
    const target = documentFromLines(['Without schmooze you get nowhere.', 'He got the job through schmooze.', 'Schmooze decides everything, grandfather said.'], 'en');
    const settings = resolveDivergenceSettings();
    const contexts = source.sentences.map((_, k) =>
      buildPairContext(source, target, { src: [k], tgt: [k], score: 1 }, k, { lexicon: ruEn, matchLexicon: ruEn }, undefined, settings),
    );
    const learned = learnWordPairs(contexts, settings);
    expect(learned?.translationsOf(wordKey('блата', 'ru'))?.has(wordKey('schmooze', 'en'))).toBe(true);
    expect(learnWordPairs(contexts, resolveDivergenceSettings({ learning: { minPairs: 4 } }))).toBeUndefined();
  });
});
