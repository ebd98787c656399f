import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../shared/lang/detect-language';
import { DETECTABLE_LANG_CODES, KNOWN_LANG_CODES, normalizeLangCode, validateLangCode } from '../../shared/lang/languages';
import { isSverkaError } from '../../shared/errors';

const SAMPLES: Readonly<Record<string, string>> = {
  ru: 'Вчера и сегодня провёл переговоры с руководством ОБСЕ. Разговор был откровенным.',
  uk: 'Вчора і сьогодні провів переговори з керівництвом ОБСЄ. Розмова була відвертою.',
  be: 'Учора і сёння правёў перамовы з кіраўніцтвам АБСЕ. Размова была шчырай.',
  bg: 'Вчера и днес проведох преговори с ръководството на ОССЕ. Разговорът беше откровен.',
  en: 'Yesterday and today, I held talks with the OSCE top officials. The talks were candid.',
  de: 'Gestern und heute habe ich Gespräche mit der Führung der OSZE geführt. Das Gespräch war offen.',
  fr: "Hier et aujourd'hui, j'ai eu des entretiens avec les dirigeants de l'OSCE. La discussion a été franche.",
  es: 'Ayer y hoy mantuve conversaciones con los dirigentes de la OSCE. La conversación fue franca.',
  it: "Ieri e oggi ho avuto colloqui con i vertici dell'OSCE. La conversazione è stata franca.",
  nl: 'Gisteren en vandaag heb ik gesprekken gevoerd met de top van de OVSE. Het gesprek was openhartig.',
  pt: 'Ontem e hoje mantive conversações com os dirigentes da OSCE. A conversa foi franca.',
  pl: 'Wczoraj i dziś przeprowadziłem rozmowy z kierownictwem OBWE. Rozmowa była szczera.',
  cs: 'Včera a dnes jsem jednal s vedením OBSE. Rozhovor byl otevřený.',
  zh: '昨天和今天，我与欧安组织领导人举行了会谈。谈话是坦率的。',
  ja: '昨日と今日、私は欧州安全保障協力機構の指導部と会談した。話し合いは率直だった。',
  ko: '어제와 오늘 나는 유럽안보협력기구 지도부와 회담을 가졌다. 대화는 솔직했다.',
};

describe('detectLanguage', () => {
  for (const [lang, text] of Object.entries(SAMPLES)) {
    it(`detects ${lang}`, () => expect(detectLanguage(text)).toBe(lang));
  }

  it('tells Ukrainian from Russian by і ї є ґ against ы э', () => {
    expect(detectLanguage('Це її країна.')).toBe('uk');
    expect(detectLanguage('Это её страна, мы здесь.')).toBe('ru');
  });

  it('detects the sample pair and is not misled by front matter in another language', () => {
    const ru = readFileSync(new URL('../fixtures/segment/lavrov-ru.txt', import.meta.url), 'utf8');
    const en = readFileSync(new URL('../fixtures/segment/lavrov-en.txt', import.meta.url), 'utf8');
    expect(detectLanguage(ru)).toBe('ru');
    expect(detectLanguage(en)).toBe('en');
    expect(detectLanguage(`${en.slice(0, 3000)}\n${ru.repeat(3)}`)).toBe('ru');
  });

  it('takes Russian without ы э ё for Russian, not Ukrainian or Bulgarian', () => {
    expect(detectLanguage('Пожалуйста, посмотрите изображения для получения подробной информации.')).toBe('ru');
    expect(detectLanguage('Подсоедините удлинительную трубку между камерой и объективом.')).toBe('ru');
    expect(detectLanguage('В своем Twitter Роджерс не объясняет критику в адрес Ардерн.')).toBe('ru');
    expect(detectLanguage('Аз съм тук, във вашия град, и ще остана една седмица.')).toBe('bg');
  });

  it('returns undefined when there are no letters', () => {
    expect(detectLanguage('')).toBeUndefined();
    expect(detectLanguage('12.03.2026 16:47 — !!!')).toBeUndefined();
  });

  it('only returns detectable codes', () => {
    for (const text of Object.values(SAMPLES)) expect(DETECTABLE_LANG_CODES).toContain(detectLanguage(text));
  });
});

describe('validateLangCode', () => {
  it('accepts and normalises known codes', () => {
    expect(validateLangCode('ru')).toBe('ru');
    expect(validateLangCode('RU')).toBe('ru');
    expect(validateLangCode('en-GB')).toBe('en');
    expect(validateLangCode('pt_BR')).toBe('pt');
    expect(validateLangCode('deu')).toBe('de');
    expect(normalizeLangCode('xx')).toBeUndefined();
    expect(KNOWN_LANG_CODES).toContain('zh');
  });

  it('throws lang.unknown with the code for an unknown code', () => {
    for (const code of ['xx', 'russian', '', 'r']) {
      let caught: unknown;
      try {
        validateLangCode(code);
      } catch (error) {
        caught = error;
      }
      expect(isSverkaError(caught)).toBe(true);
      expect(caught).toMatchObject({ key: 'lang.unknown', params: { code } });
    }
  });
});
