// The English word lists the statistics extractor reasons with: function words, verbs, units,
// currencies, magnitudes. Data only — no parsing logic, and nothing tuned to one article.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Cardinal number words and their values ("hundred" etc. are in MULTIPLIERS). */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Words that multiply what precedes them ("two hundred", "a dozen", "3.5 million"). */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['lakh', 1e5], ['million', 1e6], ['crore', 1e7],
  ['billion', 1e9], ['trillion', 1e12],
]);

/** Magnitude abbreviations written after a numeral, glued or spaced ("$3.5bn", "10 mln"). */
export const MAGNITUDE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['K', 1e3], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

/** Currency symbols written before a numeral, longest first, with their ISO codes. */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['NZ$', 'NZD'], ['C$', 'CAD'], ['A$', 'AUD'], ['S$', 'SGD'],
  ['R$', 'BRL'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'],
  ['₴', 'UAH'], ['₩', 'KRW'], ['₺', 'TRY'], ['₦', 'NGN'], ['₪', 'ILS'], ['zł', 'PLN'],
];

/** ISO codes also written as words before or after a numeral ("USD 5m", "5 EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = set(`
  USD EUR GBP JPY CNY CHF CAD AUD INR RUB UAH KRW SEK NOK DKK PLN CZK HUF TRY BRL MXN ZAR NGN ILS SGD HKD NZD
`);

/** Currency names written after a number ("5 million euros"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['yen', 'JPY'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'],
  ['roubles', 'RUB'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['hryvnas', 'UAH'], ['rupee', 'INR'],
  ['rupees', 'INR'], ['franc', 'CHF'], ['francs', 'CHF'], ['pesos', 'MXN'], ['lira', 'TRY'],
  ['shekels', 'ILS'], ['zlotys', 'PLN'], ['zloty', 'PLN'], ['rand', 'ZAR'], ['naira', 'NGN'],
  ['sterling', 'GBP'], ['cents', 'USD'],
]);

/** Units of measure written after a number, as written (case-sensitive abbreviations). */
export const UNIT_ABBREVIATIONS: ReadonlySet<string> = set(`
  km m cm mm mi ft yd kg g mg t lb lbs oz ml mph kph kmh km/h knots kW MW GW kWh MWh GWh TWh GB TB MB Mbps Gbps
  ha sqkm km² km2 m² m2 m³ bpd dB ppm °C °F ° C F
`);

/** Units of measure spelled out (lower case, singular and plural). */
export const UNIT_WORDS: ReadonlySet<string> = set(`
  kilometre kilometres kilometer kilometers metre metres meter meters centimetre centimetres centimeter
  centimeters millimetre millimetres millimeter millimeters mile miles foot feet inch inches yard yards
  kilogram kilograms gram grams tonne tonnes ton tons pound pounds ounce ounces litre litres liter liters
  gallon gallons barrel barrels hectare hectares acre acres degree degrees magnitude knot knots
  megawatt megawatts gigawatt gigawatts kilowatt kilowatts calories decibels volts watts horsepower
  celsius fahrenheit
`);

/** Multi-word units, matched lower case after a number. */
export const UNIT_PHRASES: ReadonlyArray<string> = [
  'square kilometres', 'square kilometers', 'square miles', 'square metres', 'square meters',
  'square feet', 'sq km', 'sq mi', 'cubic metres', 'cubic meters', 'degrees celsius',
  'degrees fahrenheit', 'basis points', 'barrels per day', 'kilometres per hour', 'kilometers per hour',
  'miles per hour', 'km/h', 'm/s',
];

/** Words after a number that make it a time of day ("3 pm", "10 GMT"), lower case. */
export const CLOCK_WORDS: ReadonlySet<string> = set(`am pm a.m p.m o'clock o’clock gmt utc bst cet cest est edt pst pdt et pt hrs h`);

/** Units of time: a number of these is a duration. */
export const TIME_UNITS: ReadonlySet<string> = set(`
  second seconds minute minutes hour hours day days week weeks month months year years decade decades
  century centuries night nights
`);

/** Words that make a following duration a time window rather than a quantity ("the past 24 hours"). */
export const TIME_WINDOW_BEFORE: ReadonlySet<string> = set(`
  past last next previous coming first recent within in after before during over for every per than
`);

/** Words after a duration that make it a point in time or an age ("two years ago", "5 years old"). */
export const TIME_WINDOW_AFTER: ReadonlySet<string> = set('ago later earlier old long younger older from before after');

/** Single words meaning "approximately / bound" right before a number. */
export const APPROX_WORDS: ReadonlySet<string> = set(`
  over around about nearly almost roughly approximately approx some circa under below above
  estimated upwards
`);

/** Multi-word approximations right before a number (lower case, single spaces). */
export const APPROX_PHRASES: ReadonlyArray<string> = [
  'close to', 'more than', 'less than', 'fewer than', 'up to', 'at least', 'at most', 'as many as',
  'as much as', 'as few as', 'upwards of', 'in excess of', 'an estimated', 'just over', 'just under',
  'well over', 'nearly', 'no fewer than', 'no more than', 'not more than', 'not less than', 'some',
];

/** Reference nouns whose number is an identifier, not a quantity ("page 12", "Article 5"). */
export const REFERENCE_NOUNS: ReadonlySet<string> = set(`
  page pages p pp chapter chapters section sections article articles paragraph clause verse line lines vol
  volume issue no nos number episode season part item figure fig table step level phase stage grade room
  gate platform route highway flight bus exit act rule resolution category class lot apartment apt
  unit suite floor building block row seat game round week version v
`);

/** Words after which a small number word refers back to known things ("the two countries"). */
export const ANAPHORIC_BEFORE: ReadonlySet<string> = set(`
  the these those both all each every either neither its their his her our my your whose this that any no
  which someone anyone everyone
`);

/** Words after which "one" is a pronoun or idiom, not a count ("no one", "at one point"). */
export const ONE_IDIOM_BEFORE: ReadonlySet<string> = set('at in on for with from to by as than if like');

/** Nouns that make "one …" an idiom rather than a count ("one thing is clear"). */
export const VAGUE_NOUNS: ReadonlySet<string> = set(`
  thing things way time day point side hand reason question example moment bit kind sort part another other
  others more less of hell story sign case instance such lot way
`);

/** Determiners and possessives (stop a label; skippable inside an "of …" extension). */
export const DETERMINERS: ReadonlySet<string> = set(`
  the a an this that these those its their his her our my your whose each every some any no another
`);

/**
 * Function words, pronouns, auxiliaries and verbs that cannot be nouns: a label never runs across
 * them. Words that are verbs and nouns ("rise", "wins", "cuts", "reports") are left out on purpose:
 * after a number they are the thing counted ("10 wins", "a 5% rise").
 */
export const STOP_WORDS: ReadonlySet<string> = set(`
  the a an this that these those its their his her our my your whose each every some any no another
  in on at to from by with since during over under after before between across into through against among
  per as than like within without about around near toward towards upon via amid despite including
  excluding following until till onto off up down out of for versus vs
  and or but nor while when where which who whom what why how if because so yet though although whether
  he she it they we i you them him us me one ones there here then now also only just even still already
  not never more most less least very too much many such both either neither all other others same
  is are was were be been being am has have had having do does did will would can could should may might
  must shall said says say told tell according reported added noted stated claimed
  include includes included remain remains remained became become becomes got get gets
  brought bringing bring brings made make makes took take takes gave give gives came come comes
  went go goes saw see sees left kept keep keeps held stood
  rose risen rising fell fallen falling grew grown lost won paid spent sold bought reached totaled totalled
  topped killing killed wounded injured died dead missing
  percent per cent
`);

/** Participles that may follow a counted noun and belong to its label ("troops killed or wounded"). */
export const LABEL_PARTICIPLES: ReadonlySet<string> = set(`
  killed wounded injured dead missing displaced detained arrested evacuated captured rescued affected
  infected hospitalized hospitalised destroyed damaged deported released freed employed unemployed
  sold shipped delivered registered
`);

/** Nouns that are plural without a final "s". */
export const IRREGULAR_PLURALS: ReadonlySet<string> = set(`
  people men women children police personnel staff cattle sheep fish deer aircraft spacecraft
  feet teeth mice geese data media criteria phenomena militia livestock troops crew
`);

/** Words ending in "s" that are not plural nouns ("wins", "cuts", "reports" can be, so are not here). */
export const NOT_PLURAL: ReadonlySet<string> = set(`
  was has is its his this thus us yes plus minus news series species gas bus lens bias chaos
  always perhaps besides towards whereas unless afterwards sometimes nevertheless says does goes
  seems means includes becomes makes takes gives comes keeps holds stands
`);

/**
 * Verbs between a subject and its number ("revenue rose to", "the toll stood at", "Nvidia jumps 94%"),
 * skipped when looking back for a label. Forms that are also nouns ("drops", "reports") are here
 * because before a number they are verbs; after a number labels.ts reads only the ones without -s.
 */
export const LINKING_VERBS: ReadonlySet<string> = set(`
  is are was were be been being has have had will would could should may might must can now
  reached reaches rose rises risen fell falls fallen grew grows grown stood stands totaled totalled totals
  topped tops came comes climbed climbs jumped jumps surged surges soared soars dropped drops declined
  slipped slips slides plunges tumbles gained gains lost loses amounted amounts estimated put puts
  bringing brought brings made makes won beat beats drew defeated thrashed edged struck hit hits left
  fled took sent found shot fought flew met paid told bought caught built spent felt kept sold held led
  fed spread shed quit lay saw says said scored shrank shrunk shrinks sank sinks slid swung ran rang
  stay stays remain remains keep keeps reduce reduced increase raise raised lower lowered limited slow
  kills leaves dips spikes slumps expects expect forecasts projects sees see predicts predict estimates
  posts reports records
`);

/** Words linking a number to its subject, skipped when looking back for a label. */
export const BACK_SKIP: ReadonlySet<string> = set(`
  to by at of from with than about around over under nearly almost roughly some close more less up down
  just only approximately estimated an a worth record magnitude
`);

/** Words after a number that name no thing counted ("854 units"): a list row's name labels it instead. */
export const FILLERS: ReadonlySet<string> = set('units unit pieces pcs items');

/** Adjectives and adverbs that follow a figure without naming what it counts ("5 km deep", "-5C overnight"). */
export const DIMENSIONS: ReadonlySet<string> = set(`
  deep long high wide tall old away thick ago later earlier overnight today yesterday tonight daily weekly
  monthly annually apiece each alone altogether
`);

/** Words after a distance that name where it is measured from ("87 km south of the city"). */
export const DIRECTIONS: ReadonlySet<string> = set(`
  north south east west northeast northwest southeast southwest north-east north-west south-east
  south-west away offshore inland
`);

/** Nouns naming an aggregate of things counted elsewhere in the sentence ("the total number"). */
export const AGGREGATE_NOUNS: ReadonlySet<string> = set('number total figure tally count sum');

/** Words that mark a sentence as about sport, making "3-1" a score. */
export const SCORE_CONTEXT: ReadonlySet<string> = set(`
  won win wins winning beat beats beaten defeat defeated defeats victory victories draw drew drawn
  lost loss losses lead leads led trail trailed trailing score scored scores scoring goal goals match
  matches game games final finals half set sets tie tied league cup season vote votes voted
  thrashed edged routed
`);

/** Words before a four-digit number that make it a year ("in 2020", "the 2020 election"). */
export const YEAR_BEFORE: ReadonlySet<string> = set(`
  in since by until till of from to and or the during before after early late mid end start beginning
  year fiscal fy season between through than for
`);

/** Abbreviations whose final period does not end a sentence (lower case, without the period). */
export const ABBREVIATIONS: ReadonlySet<string> = set(`
  mr mrs ms dr prof st gen sen rep gov lt col sgt capt cpt maj adm jan feb mar apr jun jul aug sep sept
  oct nov dec no nos p pp vol fig vs inc corp ltd co jr sr approx est dept univ mt ave blvd etc
  u.s u.k u.n e.g i.e a.m p.m
`);

/** Month names and abbreviations, the triggers for running the date parser on a passage. */
export const MONTH_PATTERN = [
  'Jan(?:uary)?', 'Feb(?:ruary)?', 'Mar(?:ch)?', 'Apr(?:il)?', 'May', 'June?', 'July?', 'Aug(?:ust)?',
  'Sep(?:t(?:ember)?)?', 'Oct(?:ober)?', 'Nov(?:ember)?', 'Dec(?:ember)?',
].join('|');

/** Relative date words, only meaningful when the article's date is known. */
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const RELATIVE_DATE_PATTERN = [
  '[Yy]esterday', '[Tt]oday', '[Tt]onight', '[Tt]omorrow',
  `(?:[Ll]ast|[Nn]ext|[Tt]his) (?:week|month|year|weekend|${WEEKDAYS})`,
  `(?:${WEEKDAYS})`,
  '[a-z]+ (?:days|weeks|months|years) ago',
].join('|');

/** Words before a date that make it the start of a period ("since February 2022"). */
export const PERIOD_START_WORDS: ReadonlySet<string> = set('since from between starting beginning');
