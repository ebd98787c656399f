import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../shared/segment/segment-document';

const split = (text: string, lang: string): string[] => segmentDocument(text, lang).sentences.map((sentence) => sentence.text);

/** [what, language, sentences]: the sentences are joined with a space and must come back as they were. */
type Case = readonly [string, string, readonly string[]];

const CASES: readonly Case[] = [
  // Abbreviations
  ['т.е. / т.к.', 'ru', ['Это важно, т.е. Президент сказал так, т.к. Министр согласился.', 'Всё.']],
  ['т. е. with a space', 'ru', ['Это важно, т. е. Президент сказал так.', 'Всё.']],
  ['г. after a year ends a sentence', 'ru', ['Встреча прошла в 2025 г.', 'Г-н И.Кассис приехал.']],
  ['г. after a year inside a sentence', 'ru', ['Встреча прошла в 2025 г. на полях ООН, а в марте 2025 г., через три месяца, снова.']],
  ['г. before a city name', 'ru', ['Он родился в г. Москве и учился в г. Казани.']],
  ['гг. after years', 'ru', ['Это было в 1999–2000 гг.', 'Потом всё изменилось.']],
  ['им.', 'ru', ['Университет им. М.В.Ломоносова основан давно.']],
  ['и т.д. at the end', 'ru', ['Мы обсудили транспорт, логистику и т.д.', 'Затем перешли к другому.']],
  ['и т.д. inside', 'ru', ['Транспорт, логистика и т.д. обсуждались долго.']],
  ['рис. before a number', 'ru', ['См. рис. 5 Приложения.']],
  ['Mr. / Mrs. / Dr.', 'en', ['Mr. Cassis met Mrs. Smith and Dr. Brown.', 'They talked.']],
  ['U.S.', 'en', ['The U.S. President spoke.', 'Nobody listened.']],
  ['e.g. / i.e.', 'en', ['Some tools, e.g. Hunalign, are old, i.e. They predate neural methods.']],
  ['etc. at the end', 'en', ['We discussed transport, logistics, etc.', 'Then we left.']],
  ['No. before a number', 'en', ['See No. 5 On the list.']],
  ['p.m. after a number ends a sentence', 'en', ['We met at 5 p.m.', 'Then we left.']],
  ['z.B. / usw.', 'de', ['Manche Berge, z.B. Makalu, sind hoch.', 'Andere sind niedriger, usw.', 'Das ist klar.']],
  ['z. B. with a space', 'de', ['Manche Berge, z. B. Makalu, sind hoch.']],
  ['Dr. / Nr.', 'de', ['Dr. Hagen schrieb in Nr. 4 Einen Bericht.', 'Er war gut.']],
  ['M. / Mme', 'fr', ['M. Dupont et Mme Durand sont arrivés.', 'Ils sont partis.']],
  ['p. ex.', 'fr', ['Certains sommets, p. ex. Makalu, sont hauts.']],
  ['av. J.-C. at the end', 'fr', ['Cela date de 52 av. J.-C.', 'Puis vint la paix.']],
  ['т.зв. / ім.', 'uk', ['Це т.зв. Велика угода, підписана ім. Шевченка.', 'Все.']],
  ['р. after a year', 'uk', ['Зустріч відбулася у 2025 р.', 'Потім усе змінилося.']],
  // Initials
  ['initials without spaces', 'ru', ['С.В.Лавров провёл переговоры.', 'Они были долгими.']],
  ['initials with spaces', 'ru', ['С. В. Лавров провёл переговоры.', 'Они были долгими.']],
  ['initials before a surname', 'en', ['V.V. Putin and J. R. R. Tolkien never met.', 'That is certain.']],
  ['I is not an initial', 'en', ['Chen was satisfied, and so was I.', 'At those moments I was happy.']],
  ['Дж. as an initial', 'ru', ['При Дж. Байдене НАТО расширилась.']],
  // Numbers and dates
  ['dates and decimals', 'ru', ['06.02.2026 в 16.47 рост составил 3.5 процента.', 'Это много.']],
  ['decimals', 'en', ['Growth was 3.5 percent on 6.02.2026.', 'That is a lot.']],
  ['German ordinal before a month', 'de', ['Am 3. Oktober fand die Feier statt.', 'Sie war schön.']],
  ['German ordinal after an article', 'de', ['Der 2. Weltkrieg endete 1945.', 'Danach kam der Frieden.']],
  ['German year at a sentence end', 'de', ['Das war im Jahr 1999.', 'Danach kam der Frieden.']],
  // Ellipses
  ['ellipsis before a capital', 'ru', ['Он замолчал…', 'Потом продолжил.']],
  ['ellipsis before lower case', 'ru', ['Он замолчал… и продолжил.']],
  ['three dots', 'en', ['He paused...', 'Then he went on.']],
  ['three dots before lower case', 'en', ['He paused... and went on.']],
  // Quotes
  ['sentence end inside «»', 'ru', ['Он сказал: «Мы придём.»', 'Все согласились.']],
  ['question inside «» then an author’s words', 'ru', ['«Когда Россия перестанет?» – спрашивают они.', 'Ответа нет.']],
  ['exclamation inside «» then an em dash', 'ru', ['«Идём!» — сказал он.', 'Мы пошли.']],
  ['sentence end inside “”', 'en', ['He said: “We will come.”', 'Everyone agreed.']],
  ['question inside “” then lower case', 'en', ['“Did I fail?” he asked.', 'Nobody answered.']],
  ['„“ quotes', 'de', ['Er sagte: „Wir kommen.“', 'Alle waren einverstanden.']],
  ['»« quotes', 'de', ['Er sagte: »Wir kommen.«', 'Alle waren einverstanden.']],
  ['« » with spaces inside', 'fr', ['Il a dit : « Nous viendrons. »', 'Tout le monde était d’accord.']],
  ['« » with no-break spaces inside', 'fr', ['Il a dit\u00a0: «\u00a0Nous viendrons.\u00a0»', 'Tout le monde était d’accord.']],
  ['question inside « » then the author', 'fr', ['« Quand viendrez-vous ? » demanda-t-il.', 'Personne ne répondit.']],
  ['«» quotes', 'uk', ['Він сказав: «Ми прийдемо».', 'Усі погодилися.']],
  ['quote broken off with a dash', 'en', ["'A few more goes and I'd have had you, though—'", "'Is that right?' protested Trinket."]],
  // Dashes
  ['dialogue dashes', 'ru', ['– Привет, – сказал он.', '– Как дела?']],
  ['dash inside a sentence', 'en', ['You are free to work within any framework – military-political, economic.', 'Their line is the same.']],
  // Speaker labels
  ['label without a space', 'en', ['Question:In your opening remarks, you spoke about a crisis.', 'This was the main topic.']],
  ['Russian label', 'ru', ['Вопрос: Во вступительном слове Вы говорили о кризисе.', 'Это главное.']],
  ['name label after a year', 'ru', ['Это было в 2025 г.', 'С.В.Лавров: Я десять минут пытался ответить.']],
  ['label after a sentence end with no space', 'en', ['Did I fail?', 'Sergey Lavrov:I have spent ten minutes.']],
  ['French labels', 'fr', ['Question : Que pensez-vous de cela ?', 'Réponse : Rien.']],
  ['Ukrainian labels', 'uk', ['Питання: Що ви думаєте?', 'Відповідь: Нічого.']],
  ['German labels after an ordinal', 'de', ['Das war am 3.', 'Frage: Was denken Sie?']],
  ['label with a parenthesis', 'ru', ['Вопрос (перевод с английского): На этой неделе прошёл раунд.', 'Итог неясен.']],
  // List items
  ['numbered list inside a paragraph', 'en', ['Steps: 1. Open the file.', '2. Save it.']],
  ['Roman numeral list', 'ru', ['IV. Заключение.', 'Всё сказано.']],
  // Brands
  ['mixed-case brand after a full stop', 'ru', ['Вы можете отменить заказ.', 'eBay отображает дату доставки.']],
  // Chinese and Japanese
  ['Chinese 。！？', 'zh', ['昨天我们会谈了。', '谈话很坦率！', '你满意吗？']],
  ['Chinese closing quote after 。', 'zh', ['那男孩道：“呸，你不会摔交。”', '韦小宝道：“谁说不会？”']],
  ['Chinese ellipsis closing a quote', 'zh', ['温家兄弟还不出钱来，自会乘皇上不在……”', '韦小宝道：“皇上？”']],
  ['Chinese opening quote after 。', 'zh', ['刘老老道“这倒也不然。', '‘谋事在人，成事在天’，咱们谋到了。']],
  ['Japanese 。 and 」', 'ja', ['「おはよう。」と彼は言った。', '次だ！']],
];

describe('sentence rules', () => {
  for (const [what, lang, sentences] of CASES) {
    it(`${lang}: ${what}`, () => {
      const joiner = lang === 'zh' || lang === 'ja' ? '' : ' ';
      expect(split(sentences.join(joiner), lang)).toEqual(sentences);
    });
  }

  it('moves a closing quote after a space to the sentence it closes', () => {
    expect(split('那男孩道：“呸，你不会摔交。 ”韦小宝道：“谁说不会？”', 'zh')).toEqual(['那男孩道：“呸，你不会摔交。 ”', '韦小宝道：“谁说不会？”']);
  });

  it('keeps a sentence per list-item line', () => {
    const document = segmentDocument('Steps:\n1. Open the file.\n2. Save it.\n• Done', 'en');
    expect(document.sentences.map((sentence) => sentence.text)).toEqual(['Steps:', '1. Open the file.', '2. Save it.', '• Done']);
    expect(document.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['paragraph', 'list-item', 'list-item', 'list-item']);
  });

  it('marks short unpunctuated lines as headings', () => {
    const document = segmentDocument('Moscow, February 6, 2026\nYesterday we met. It went well.', 'en');
    expect(document.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['heading', 'paragraph']);
  });

  it('falls back to Intl.Segmenter alone for a language without rules', () => {
    expect(split('Hyvää päivää. Kiitos paljon!', 'fi')).toEqual(['Hyvää päivää.', 'Kiitos paljon!']);
    expect(split('Hello there. Bye.', 'xx-unknown')).toEqual(['Hello there.', 'Bye.']);
  });
});
