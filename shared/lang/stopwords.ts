/**
 * The most frequent function words of each language Sverka detects by words (lower case). Data for
 * detect-language.ts: a text's share of each list is a robust signal even for a few dozen words.
 */
import type { LangCode } from '../types';

/** Frequent words by language, space-separated. */
export const STOPWORDS: Readonly<Record<LangCode, string>> = {
  en: 'the of and to in a is that for it as was with be by on not he i this are or his from at which but have an they you were her she there been one all we their has would when if will no so can more what who my me its them about also out up do than',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man ich wir',
  fr: 'de la le et les des en un du une que est pour qui dans par au sur pas plus ne se il sont avec ce nous mais ou comme été elle son sa ses leur cette aux vous je on lui y été très avait',
  es: 'de la que el en y a los del se las por un para con no una su al es lo como más pero sus le ya o fue este ha muy también entre cuando sin sobre ser hay yo él esta todo',
  it: 'di e il la che in a per un è del non le si con da una i dei al alla gli ha sono come più lo nel ma anche della delle questo ci ne se essere era mi io',
  nl: 'de en van het een in is dat op te zijn die niet met voor aan er hij ook als bij door maar om dan naar nog wel uit zo wordt deze heeft ze al was ik je',
  pt: 'de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito nos já também pelo pela isso eu',
  pl: 'i w na z się nie do to że jest o jak po a co ale od za przez dla tak są jego już by czy tym tylko może być był jej oraz ich jako ten',
  cs: 'a se na v je že to s z do o jako ale i by k jsem jsou po pro tak od jeho které který ve bylo byl aby není už jak když jen také nebo však jsme',
  sk: 'a sa na v je že to s z do o ako ale i by k som sú po pre tak od jeho ktoré ktorý vo bolo bol aby nie už keď len tiež alebo však sme',
  sv: 'och i att det som en på är av för med till den inte har de ett om var jag men så han vi från kan ska vid eller sig också',
  da: 'og i at det en til er som på de med han af for ikke der var mig sig men et har om vi min havde ham hun nu over da fra du ud også',
  no: 'og i det som en på er til at av for med har de ikke den han var jeg seg men et om vi fra hun kan ble skal også',
  fi: 'ja on ei se että oli hän ovat mutta kun jos niin myös tai kuin mukaan joka sen hänen ole vain voi olla siitä ne nyt ovat',
  tr: 've bir bu da de için ile çok olarak daha gibi ama en o ne var mı ki olan sonra kadar değil şey her ancak ise',
  ro: 'și de în a la cu că nu o pe din un se este care mai pentru sunt ca sau fost după dar au el ei lui această',
  hu: 'a az és hogy nem is egy van meg ez de csak már el mint ki volt kell még vagy lesz azt amely pedig',
  ca: 'de la i el que a en les per del no es amb un una els al com més però ha són hi va seu aquest',
  hr: 'i u je se na da za su od s ne to koji kao iz a ali o što bi sam smo ili još biti bio ja',
  ru: 'и в не на я что он с как а то все она так его но да ты к у же вы за бы по только ее её мне было вот от меня еще ещё нет о из ему когда даже ну ли если уже или быть был него до вас это который которые также этот мы их для при после может будет были есть нас вам этого этом чтобы',
  uk: 'і в не на що він з як а то все вона так його але та ти до у же ви за би по тільки її мені було від мене ще ні про із йому коли навіть чи якщо вже або бути був це який також цей є для ми їх',
  be: 'і ў не на што ён з як а гэта усё яна так яго але ты да у жа вы за б па толькі яе мне было ад мяне яшчэ пра яму калі нават ці ўжо або быць быў які таксама гэты ёсць для мы іх',
  bg: 'и в не на че да се с за от е а като по към са той тя го но ще ли ако ги или бе бил беше това което които също още може има след при ние',
  sr: 'и у је да се на за су од с не то који као из а али о што би сам смо или још бити био ја',
  mk: 'и во не на што се со за од е а како по кон тој таа го но ќе ли ако ги или беше ова кое кои исто уште може има',
  kk: 'және мен бұл бір да де үшін ол деп еді жоқ бар сол осы оның біз олар қазақ',
};
