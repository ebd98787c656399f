/**
 * English–Russian names the general dictionary lacks: demonyms and adjectives of places, capitals and large
 * cities, regions and international bodies. Country names come from `i18n-iso-countries`. One line per entry:
 * English forms, then Russian forms, alternatives separated by "|".
 */
export const GEOGRAPHIC_NAMES_EN_RU: readonly (readonly [string, string])[] = [
  ['Russian|Russians', 'российский|русский|россиянин|россияне'], ['Ukrainian|Ukrainians', 'украинский|украинец|украинцы'],
  ['American|Americans', 'американский|американец|американцы'], ['Chinese', 'китайский'], ['German|Germans', 'немецкий|германский|немец|немцы'],
  ['French', 'французский|француз'], ['British', 'британский'], ['English', 'английский'], ['European|Europeans', 'европейский|европеец'],
  ['Polish', 'польский'], ['Turkish', 'турецкий'], ['Swiss', 'швейцарский'], ['Moldovan', 'молдавский|молдовский'],
  ['Belarusian', 'белорусский'], ['Baltic', 'балтийский|Прибалтика'], ['Soviet', 'советский'], ['Japanese', 'японский'],
  ['Indian', 'индийский'], ['Italian', 'итальянский'], ['Spanish', 'испанский'], ['Georgian', 'грузинский'],
  ['Armenian', 'армянский'], ['Crimean|Crimea', 'крымский|Крым'], ['Western|West', 'западный|Запад'], ['Eastern|East', 'восточный|Восток'],
  ['Kremlin', 'Кремль'], ['Moscow', 'Москва|московский'], ['Kiev|Kyiv', 'Киев|киевский'], ['Washington', 'Вашингтон'],
  ['London', 'Лондон|лондонский'], ['Paris', 'Париж|парижский'], ['Berlin', 'Берлин|берлинский'], ['Vienna', 'Вена|венский'],
  ['Geneva', 'Женева|женевский'], ['Brussels', 'Брюссель'], ['Beijing|Peking', 'Пекин'], ['Istanbul', 'Стамбул'],
  ['Ankara', 'Анкара'], ['Minsk', 'Минск|минский'], ['Warsaw', 'Варшава'], ['Donbas|Donbass', 'Донбасс'], ['Europe', 'Европа'],
  ['Asia', 'Азия'], ['Africa', 'Африка'], ['Arctic', 'Арктика|арктический'], ['NATO', 'НАТО'], ['UN', 'ООН'],
  ['EU', 'ЕС|Евросоюз'], ['OSCE', 'ОБСЕ'], ['USA|US', 'США'], ['UK', 'Великобритания'], ['BBC', 'Би-би-си'],
  ['CIS', 'СНГ'], ['Security Council', 'СБ'], ['PRC', 'КНР'], ['media', 'СМИ'], ['St Petersburg|Petersburg', 'Петербург|петербургский'],
  ['Siberia|Siberian', 'Сибирь|сибирский'], ['Caucasus', 'Кавказ'], ['Urals', 'Урал'], ['Volga', 'Волга'],
  ['New York', 'Нью-Йорк'], ['Tokyo', 'Токио'], ['Rome', 'Рим'], ['Madrid', 'Мадрид'], ['Helsinki', 'Хельсинки'],
];
