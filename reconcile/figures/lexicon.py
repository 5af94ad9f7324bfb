"""The words news copy writes numbers, scales, hedges and units with.

These tables are language facts, not newsroom choices (those live in ``rules/figures.yaml``),
so they are kept as plain data here, next to the patterns built from them.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    """The white-space separated words of a block: long word lists stay readable."""
    return frozenset(block.split())


UNITS_WORDS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6,
    "crore": 1e7, "crores": 1e7, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "mn": 1e6, "mil": 1e6, "bln": 1e9, "bn": 1e9, "tln": 1e12, "tn": 1e12,
    "billions": 1e9, "millions": 1e6,
}
DOZEN_WORDS: dict[str, int] = {"dozen": 12, "dozens": 12, "dz": 12, "dzs": 12, "doz": 12,
                               "dozs": 12, "score": 20}
"""Multipliers that follow a number ("three dozen"); "dozens" alone is a vague magnitude."""

SUFFIX_SCALES: dict[str, float] = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mm": 1e6, "MM": 1e6, "mn": 1e6, "mln": 1e6,
    "mil": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "g": 1e9, "G": 1e9, "t": 1e12,
    "T": 1e12, "tn": 1e12, "tln": 1e12,
}
"""Scales written straight after the digits ("$1.2bn", "10k", "£600m", "1.2b", "10M")."""

ORDINAL_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 10**6, "billionth": 10**9,
    "trillionth": 10**12, "first": 1, "second": 2,
}
"""Denominators of fractions in words ("two thirds", "a fifth"); plurals add "s"."""

VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}

HEDGES: dict[str, tuple[str, bool]] = {
    # phrase: (which bound the figure gives, approximate?)
    "more than": ("low", False), "over": ("low", False), "above": ("low", False),
    "at least": ("low", False), "upward of": ("low", False), "upwards of": ("low", False),
    "no less than": ("low", False), "not less than": ("low", False),
    "no fewer than": ("low", False), "greater than": ("low", False),
    "larger than": ("low", False), "higher than": ("low", False),
    "bigger than": ("low", False), "well over": ("low", False), "well above": ("low", False),
    "in excess of": ("low", False), "exceed": ("low", False), "exceeds": ("low", False),
    "exceeded": ("low", False), "exceeding": ("low", False), "surpass": ("low", False),
    "surpassed": ("low", False), "just over": ("low", True), "just above": ("low", True),
    # "top" as a verb only after a modal or "to", or in its verb forms: "the top 10" is no bound
    "would top": ("low", False), "will top": ("low", False), "could top": ("low", False),
    "to top": ("low", False), "topped": ("low", False), "tops": ("low", False),
    "topping": ("low", False), "passed": ("low", False), "passes": ("low", False),
    "up to": ("high", False), "no more than": ("high", False),
    "a maximum": ("high", False), "a maximum of": ("high", False),
    "a minimum": ("low", False), "a minimum of": ("low", False),
    "not more than": ("high", False), "fewer than": ("high", False),
    "less than": ("high", False), "under": ("high", False), "below": ("high", False),
    "smaller than": ("high", False), "lower than": ("high", False),
    "well below": ("high", False), "well under": ("high", False), "at most": ("high", False),
    "as many as": ("high", False), "as much as": ("high", False),
    "as high as": ("high", False), "as great as": ("high", False),
    "as large as": ("high", False), "as big as": ("high", False), "just under": ("high", True),
    "just below": ("high", True), "nearly": ("high", True), "almost": ("high", True),
    "about": ("point", True), "around": ("point", True), "some": ("point", True),
    "roughly": ("point", True), "approximately": ("point", True), "approx.": ("point", True),
    "an estimated": ("point", True), "estimated": ("point", True),
    "closer to": ("point", True), "close to": ("point", True), "nearer": ("point", True),
    "nearer to": ("point", True), "near": ("point", True), "perhaps": ("point", True),
    "circa": ("point", True), "c.": ("point", True), "equal to": ("point", False),
    "equals": ("point", False), "above or below": ("point", False),
    "below or above": ("point", False), "more or less than": ("point", False),
    "up to a total of": ("high", False), "between": ("range", False),
    "between the": ("range", False), "from": ("range", False),
    ">": ("low", False), ">=": ("low", False), "<": ("high", False), "<=": ("high", False),
    "less than or equal to": ("high", False), "less or equal than": ("high", False),
    "smaller or equal than": ("high", False), "lower or equal than": ("high", False),
    "equal to or less than": ("high", False), "greater than or equal to": ("low", False),
    "bigger or equal than": ("low", False), "higher or equal than": ("low", False),
    "greater or equal than": ("low", False), "equal to or more than": ("low", False),
    "at least or equal to": ("low", False), "< =": ("high", False), "> =": ("low", False),
    # negated or one-sided: the figure is a ceiling or a floor of what is forecast
    "not exceed": ("high", False), "not to exceed": ("high", False),
    "not exceeding": ("high", False), "never exceed": ("high", False),
    "unlikely to exceed": ("high", False), "unlikely to be more than": ("high", False),
    "unlikely to be above": ("high", False), "unlikely to be over": ("high", False),
    "unlikely to top": ("high", False), "not reach": ("high", False),
    "not quite reach": ("high", True), "unlikely to reach": ("high", False),
    "fail to reach": ("high", False), "failed to reach": ("high", False),
    "fails to reach": ("high", False), "no higher than": ("high", False),
    "no greater than": ("high", False), "not above": ("high", False),
    "not over": ("high", False), "no lower than": ("low", False),
    "unlikely to be less than": ("low", False), "unlikely to fall below": ("low", False),
    "unlikely to be below": ("low", False), "as low as": ("low", False),
    "as little as": ("low", False), "as few as": ("low", False),
}
"""Words before a figure and the interval they imply (see the dev set README). "As high as"
gives a high bound (the figure may reach that far up), so "as low as 123 mln" gives a low
bound: the estimate may go down as far as 123 mln and no further. A negated bound turns over:
"would not exceed 10.5 mln" is at most 10.5 mln, "unlikely to be more than six pct" at most
six."""

TRAILING_HEDGES: dict[str, str] = {
    "or more": "low", "or greater": "low", "or above": "low", "or over": "low",
    "and more": "low", "or higher": "low", "plus": "low",
    "or less": "high", "or fewer": "high", "or below": "high", "or under": "high",
    "or lower": "high",
}

PERCENT_WORDS: dict[str, str] = {
    "%": "percent", "pct": "percent", "percent": "percent", "per cent": "percent",
    "percents": "percent", "percentage": "percent", "pc": "percent",
    "percentage points": "points", "percentage point": "points", "pct points": "points",
    "pct point": "points", "points": "points", "point": "points", "pp": "points",
    "basis points": "basis points", "basis point": "basis points",
}
"""Percent and points; "points" alone is points (an index or a share, never percent)."""

CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "USD$": "USD", "u.s $": "USD", "C$": "CAD", "CAD$": "CAD",
    "Can$": "CAD", "A$": "AUD", "AU$": "AUD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD",
    "Mex$": "MXN", "R$": "BRL", "NT$": "TWD", "Rs.": "INR", "Rs": "INR", "₹": "INR",
    "₩": "KRW", "₽": "RUB", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₦": "NGN", "₺": "TRY",
    "₱": "PHP", "₪": "ILS", "₿": "XBT", "RMB": "CNY", "rmb": "CNY",
    # Francs and crowns as European papers abbreviate them before the amount.
    "SFr": "CHF", "Sfr": "CHF", "SwFr": "CHF", "FFr": "FRF", "BFr": "BEF", "DKr": "DKK",
    "Dkr": "DKK", "SKr": "SEK", "Skr": "SEK", "NKr": "NOK", "Nkr": "NOK", "DM": "DEM",
}
"""Signs written before an amount; the bare ``$ £ € ¥`` come from the conventions."""

ISO_CODES: frozenset[str] = _words(
    """USD EUR GBP JPY CHF CAD AUD NZD CNY HKD SGD INR KRW RUB BRL MXN ZAR SEK NOK DKK
    NLG FRF DEM ITL ESP BEF TWD SAR AED FIM"""
)

CURRENCY_WORDS: dict[str, str] = {
    "dollar": "$", "dollars": "$", "dlr": "$", "dlrs": "$", "cent": "$/100", "cents": "$/100",
    "cts": "$/100", "ct": "$/100", "dime": "$/10", "dimes": "$/10",
    "pence": "GBP/100", "penny": "GBP/100", "p": "GBP/100",
    "pound": "GBP", "pounds": "GBP", "stg": "GBP", "sterling": "GBP", "euro": "EUR",
    "euros": "EUR", "eur": "EUR", "yen": "JPY", "guilder": "NLG", "guilders": "NLG",
    "franc": "FRANC", "francs": "FRANC", "mark": "DEM", "marks": "DEM", "rupee": "INR",
    "rupees": "INR", "yuan": "CNY", "renminbi": "CNY", "元": "CNY", "lira": "ITL",
    "lire": "ITL", "peseta": "ESP", "pesetas": "ESP", "rand": "ZAR", "riyal": "SAR",
    "riyals": "SAR", "won": "KRW", "roubles": "RUB", "rubles": "RUB",
    "kip": "LAK", "€": "EUR", "$": "$", "£": "GBP", "satoshis": "XBT/100000000",
    "rmb": "CNY", "bitcoin": "XBT", "bitcoins": "XBT", "btc": "XBT", "turkish lira": "TRY",
    "markka": "FIM", "markkaa": "FIM", "crown": "CROWN", "crowns": "CROWN", "krona": "SEK",
    "kronor": "SEK", "krone": "CROWN", "kroner": "CROWN",
    # units of account and currencies of the corpora's years: "43.147 European Currency
    # Units (Ecus)", "40.9 mln Special Drawing Rights (SDRs)", "six Australs per tonne"
    "european currency units": "XEU", "european currency unit": "XEU", "ecus": "XEU",
    "ecu": "XEU", "special drawing rights": "XDR", "sdrs": "XDR", "sdr": "XDR",
    "australs": "ARA", "austral": "ARA", "cruzados": "BRC", "cruzado": "BRC",
    "schillings": "ATS", "schilling": "ATS", "pfennigs": "DEM/100", "pfennig": "DEM/100",
    "shillings": "SHILLING", "shilling": "SHILLING",
    # currencies of one country each, as the corpora's years wrote them ("54.45 billion
    # sucres", "407.9 mln kyats", "336.5 billion escudos")
    "bolivars": "VEB", "bolivar": "VEB", "forints": "HUF", "forint": "HUF", "sucres": "ECS",
    "sucre": "ECS", "escudos": "PTE", "escudo": "PTE", "kyats": "MMK", "kyat": "MMK",
    "intis": "PEI", "inti": "PEI", "drachmas": "GRD", "drachma": "GRD", "drachmae": "GRD",
    "zlotys": "PLN", "zloty": "PLN", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
    "naira": "NGN", "shekels": "ILS", "shekel": "ILS",
    # currencies of several countries, read by the country the article names (see
    # ``SHARED_CURRENCIES``)
    "dinars": "DINAR", "dinar": "DINAR", "dirhams": "DIRHAM", "dirham": "DIRHAM",
    "rials": "RIAL", "rial": "RIAL", "pesos": "PESO", "peso": "PESO",
}
"""Currency words after an amount; "$" means the convention's dollar, "/100" a hundredth
(and "/10" a tenth: a dime; "nickel" is left out, a metal in commodity news), and a key of
``SHARED_CURRENCIES`` (CROWN, FRANC, DINAR, ...) the currency of that name of the country
the article is about."""

CROWN_COUNTRIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("SEK", ("swedish", "sweden", "stockholm")),
    ("NOK", ("norwegian", "norway", "oslo")),
    ("DKK", ("danish", "denmark", "copenhagen")),
    ("ISK", ("icelandic", "iceland", "reykjavik")),
    ("CZK", ("czech", "prague")),
)
"""Which crown a bare "crowns" is: that of the first of these countries the article names
(Reuters writes "Sweden's trade surplus of 33.2 billion crowns")."""

FRANC_COUNTRIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("CHF", ("swiss", "switzerland", "zurich", "geneva", "basle", "basel", "berne")),
    ("BEF", ("belgian", "belgium", "brussels", "antwerp")),
    ("LUF", ("luxembourg",)),
    ("FRF", ("french", "france", "paris")),
)
"""Which franc a bare "francs" is: that of the first of these countries the article names
(a Zurich story's "loss of 692 mln francs" is Swiss), else the French franc."""

SHILLING_COUNTRIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("KES", ("kenyan", "kenya", "nairobi", "mombasa")),
    ("TZS", ("tanzanian", "tanzania", "dar es salaam")),
    ("UGX", ("ugandan", "uganda", "kampala")),
    ("SOS", ("somali", "somalia", "mogadishu")),
)
"""Which shilling a bare "shillings" is: that of the first of these countries the article
names, else Kenya's (the shilling most news of the corpora's years quotes)."""

DINAR_COUNTRIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("KWD", ("kuwait", "kuwaiti")), ("IQD", ("iraq", "iraqi", "baghdad")),
    ("BHD", ("bahrain", "bahraini", "manama")), ("JOD", ("jordan", "jordanian", "amman")),
    ("LYD", ("libya", "libyan", "tripoli")), ("TND", ("tunisia", "tunisian", "tunis")),
    ("DZD", ("algeria", "algerian", "algiers")),
    ("YUD", ("yugoslavia", "yugoslav", "belgrade")),
)
DIRHAM_COUNTRIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("AED", ("emirates", "u.a.e.", "uae", "abu dhabi", "dubai", "sharjah")),
    ("MAD", ("morocco", "moroccan", "rabat", "casablanca")),
)
RIAL_COUNTRIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("IRR", ("iran", "iranian", "tehran")), ("OMR", ("oman", "omani", "muscat")),
    ("YER", ("yemen", "yemeni", "sanaa")),
)
PESO_COUNTRIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("MXN", ("mexico", "mexican")), ("PHP", ("philippines", "philippine", "manila")),
    ("CLP", ("chile", "chilean", "santiago")), ("COP", ("colombia", "colombian", "bogota")),
    ("UYP", ("uruguay", "uruguayan", "montevideo")),
    ("DOP", ("dominican republic", "santo domingo")), ("CUP", ("cuba", "cuban", "havana")),
)

SHARED_CURRENCIES: dict[str, tuple[tuple[tuple[str, tuple[str, ...]], ...], str]] = {
    "CROWN": (CROWN_COUNTRIES, ""), "FRANC": (FRANC_COUNTRIES, "FRF"),
    "SHILLING": (SHILLING_COUNTRIES, "KES"), "DINAR": (DINAR_COUNTRIES, ""),
    "DIRHAM": (DIRHAM_COUNTRIES, "AED"), "RIAL": (RIAL_COUNTRIES, "IRR"),
    "PESO": (PESO_COUNTRIES, "MXN"),
}
"""Currencies several countries call by one name: the countries that say which, and the
one meant when the article names none of them ("" where no guess is safe: a crown that no
crown's country names is a race's or a king's, a dinar of no named country an account's,
"756.9 mln Islamic dinars"; such a word is then no currency)."""

COUNTRY_CURRENCIES: dict[str, str] = {
    "us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    "hong kong": "HKD", "h.k.": "HKD", "new zealand": "NZD", "n.z.": "NZD",
    "singapore": "SGD", "taiwan": "TWD", "swiss": "CHF", "belgian": "BEF",
    "french": "FRF", "mexican": "MXN", "danish": "DKK", "swedish": "SEK",
    "norwegian": "NOK", "dutch": "NLG", "finnish": "FIM", "german": "DEM",
    "west german": "DEM", "japanese": "JPY", "british": "GBP", "italian": "ITL",
    "spanish": "ESP", "indian": "INR", "chinese": "CNY", "icelandic": "ISK", "czech": "CZK",
    "kenyan": "KES", "tanzanian": "TZS", "ugandan": "UGX", "somali": "SOS",
    "kuwaiti": "KWD", "iraqi": "IQD", "bahraini": "BHD", "jordanian": "JOD", "libyan": "LYD",
    "tunisian": "TND", "algerian": "DZD", "yugoslav": "YUD", "moroccan": "MAD",
    "iranian": "IRR", "omani": "OMR", "philippine": "PHP", "chilean": "CLP",
    "colombian": "COP", "uruguayan": "UYP", "cuban": "CUP",
}
"""Adjectives that say which dollar, franc, crown, shilling, dinar or peso ("Canadian
dlrs", "Swiss francs", "Kenyan shillings", "Kuwaiti dinars", "Philippine pesos"); the
others are read as part of the currency's name ("Dutch guilders", "Finnish markka")."""

MEASURE_UNITS: dict[str, str] = {
    "tonnes": "tonnes", "tonne": "tonnes", "tons": "tons", "ton": "tons", "t": "tonnes",
    "bpd": "barrels per day", "barrels per day": "barrels per day",
    "barrels a day": "barrels per day", "barrels": "barrels", "barrel": "barrels",
    "ounces": "ounces", "ounce": "ounces", "oz": "ounces", "km": "km", "kms": "km",
    "kilometres": "km",
    "kilometers": "km", "kilometre": "km", "kilometer": "km", "miles": "miles",
    "mile": "miles", "mi": "miles", "metres": "metres", "meters": "metres", "metre": "metres",
    "meter": "metres", "m": "metres", "cm": "cm", "mm": "mm", "kg": "kg",
    "kilograms": "kg", "kilos": "kg", "kilo": "kg", "grams": "grams", "g": "grams",
    "mg": "mg", "lbs": "pounds", "lb": "pounds", "hectares": "hectares", "ha": "hectares",
    "acres": "acres", "sq km": "square km", "square km": "square km",
    "square kilometres": "square km", "square miles": "square miles", "sq mi": "square miles",
    "bushels": "bushels", "bales": "bales", "bags": "bags", "litres": "litres",
    "liters": "litres", "l": "litres", "gallons": "gallons", "cubic metres": "cubic metres",
    "cubic feet": "cubic feet", "feet": "feet", "ft": "feet", "foot": "feet",
    "inches": "inches", "inch": "inches", "mw": "MW", "megawatts": "MW", "gw": "GW",
    "kwh": "kWh", "mph": "mph", "kph": "km/h", "km/h": "km/h", "degrees": "degrees",
    "years": "years", "year": "years", "months": "months", "month": "months",
    "weeks": "weeks", "week": "weeks", "days": "days", "day": "days", "hours": "hours",
    "hour": "hours", "hrs": "hours", "minutes": "minutes", "minute": "minutes",
    "seconds": "seconds", "decades": "decades", "centuries": "centuries",
    "gb": "GB", "mb": "MB", "tb": "TB", "kb": "KB", "ghz": "GHz", "mhz": "MHz",
    # an earthquake's size, however it is written ("6.5 on the Richter scale", "a 9.0
    # magnitude earthquake", "a 6.9-magnitude quake")
    "on the richter scale": "magnitude", "on the open-ended richter scale": "magnitude",
    "on the richter": "magnitude",
    "richter": "magnitude", "magnitude": "magnitude",
}
"""Units of measure after a number, mapped to one spelling so that figures compare."""

IRREGULAR_PLURALS: dict[str, str] = {
    "people": "people", "persons": "people", "person": "people", "police": "police",
    "staff": "staff", "personnel": "personnel", "children": "children", "child": "children",
    "men": "men", "man": "men", "women": "women", "woman": "women", "crew": "crew",
    "cattle": "cattle", "sheep": "sheep", "livestock": "livestock", "aircraft": "aircraft",
    "fish": "fish", "deer": "deer", "infantry": "infantry", "militia": "militia",
    "youth": "youths", "clergy": "clergy", "offspring": "offspring",
}
"""Counted nouns that do not end in "s", and singulars, normalised to one plural."""

STOP_WORDS: frozenset[str] = _words(
    """a an the this that these those its it it's their his her our your my and or but nor
    of to in on at by for from with without into onto as than then vs versus per via
    is are was were be been being has have had do does did will would shall should can
    could may might must said says say told added according against compared up down
    after before since ago earlier later last next this year's also only just about
    around some over under more less most least each every all both either neither
    which who whom whose what when where while why how if so such not no yes
    times time percent pct cent plus minus other others new own same another
    january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    gmt est edt bst cet am pm a.m. p.m. billion million thousand hundred mln bln
    them those us you i we they he she me him
    exceed exceeds exceeded exceeding surpass surpassed surpasses equals
    includes remains becomes comes goes means seems appears represents reflects compares
    stands rises falls several many because known showed below above
    cannot can't won't wouldn't couldn't shouldn't mustn't doesn't don't didn't isn't
    wasn't hasn't haven't hadn't"""
)
"""Words that end a counted-noun search: function words, verbs of saying, time words."""

NOT_PLURAL_ENDINGS: tuple[str, ...] = ("ss", "us", "is", "'s", "’s", "ous", "ics", "news")
