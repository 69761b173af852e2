"""Language data for French speech text: abbreviations, acronyms, units, currencies, letter names. Data only."""

# Abbreviations as written → as said. Order matters where one is a prefix of another (longest first at use).
ABBREVIATIONS = {
    "av. J.-C.": "avant Jésus-Christ",
    "apr. J.-C.": "après Jésus-Christ",
    "J.-C.": "Jésus-Christ",
    "É.-U.": "États-Unis",
    "E.-U.": "États-Unis",
    "C.-B.": "Colombie-Britannique",
    "Î.-P.-É.": "Île-du-Prince-Édouard",
    "T.-N.-L.": "Terre-Neuve-et-Labrador",
    "N.-B.": "Nouveau-Brunswick",
    "N.-É.": "Nouvelle-Écosse",
    "c.-à-d.": "c'est-à-dire",
    "p. ex.": "par exemple",
    "etc.": "et cetera",
    "cf.": "voir",
    "env.": "environ",
    "boul.": "boulevard",
    "av.": "avenue",
    "bd": "boulevard",
    "vol.": "volume",
    "chap.": "chapitre",
    "éd.": "édition",
    "art.": "article",
    "n°": "numéro",
    "nº": "numéro",
    "N°": "numéro",
    "no.": "numéro",
    "tél.": "téléphone",
    "ex.": "exemple",
    "Tél.": "téléphone",
}

# Titles before a name: "M. Trump", "Mme Hidalgo", "Me Gagnon". Only replaced before a capitalized word.
TITLES = {
    "M.": "monsieur",
    "MM.": "messieurs",
    "Mme": "madame",
    "Mmes": "mesdames",
    "Mlle": "mademoiselle",
    "Mlles": "mesdemoiselles",
    "Dr": "docteur",
    "Dre": "docteure",
    "Pr": "professeur",
    "Pre": "professeure",
    "Me": "maître",
    "Mgr": "monseigneur",
    "St-": "Saint-",
    "Ste-": "Sainte-",
    "St": "saint",
    "Ste": "sainte",
    "St.": "saint",
    "Ste.": "sainte",
}

# Acronyms read as a word (written as the word espeak-ng and Google read right).
WORD_ACRONYMS = {
    "OTAN": "Otan",
    "ONU": "Onu",
    "UNESCO": "Unesco",
    "COVID": "Covid",
    "OPEP": "Opep",
    "NASA": "Nasa",
    "SIDA": "Sida",
    "UNICEF": "Unicef",
    "FIFA": "Fifa",
    "UEFA": "Uefa",
    "INSEE": "Insee",
    "ALENA": "Aléna",
    "ACEUM": "Aceum",
    "CAC": "Cac",
    "ENA": "Éna",
    "OPA": "Opa",
    "DAESH": "Daech",
    "ASEAN": "Asean",
    "SARS": "Sars",
    "CERN": "Cern",
    "ISIS": "Isis",
    "MERCOSUR": "Mercosur",
    "FARC": "Farc",
    "ERASMUS": "Érasmus",
    "UNRWA": "Unrwa",
    "ZAD": "Zad",
    "RIP": "Rip",
    "SAMU": "Samu",
    "SMIC": "Smic",
    "CAF": "Caf",
    "IFOP": "Ifop",
    "BAC": "Bac",
    "OVNI": "Ovni",
    "GIEC": "Giec",
    "COP": "Cop",
}

# Acronyms always spelled letter by letter, even where the rule would read them as a word.
SPELLED_ACRONYMS = frozenset(
    "PIB UE USA PDG ARC SNCF RATP FMI BCE GRC CIA FBI NSA UMP PS LR RN LFI EELV TGV RER HLM CDI CDD SDF TVA RSA "
    "IVG PMA BD DJ PC SMS TV USB ONF CHU CHSLD CLSC SAQ SAAQ CAQ PQ PLQ NPD PCC UQAM CNN BBC AFP ADN ARN "
    "OCDE BERD BEI BRI FNSEA CGT CFDT FO RTL TF BFM RMC RFI EU US UK URSS RDC RCA CPI TPI GES CO ONG OMC OMS CNRS "
    "LGBT CSIS".split()
)

# French words short enough to look like acronyms when a headline shouts: "LE POINT SUR LA SITUATION".
FUNCTION_WORDS = frozenset(
    "le la les l de du des d un une et ou en au aux à sur sous pour par dans avec sans qui que ne pas est sont".split()
)

LETTER_NAMES = {
    "A": "a",
    "B": "bé",
    "C": "cé",
    "D": "dé",
    "E": "eu",
    "F": "effe",
    "G": "gé",
    "H": "ache",
    "I": "i",
    "J": "ji",
    "K": "ka",
    "L": "elle",
    "M": "emme",
    "N": "enne",
    "O": "o",
    "P": "pé",
    "Q": "cu",
    "R": "erre",
    "S": "esse",
    "T": "té",
    "U": "u",
    "V": "vé",
    "W": "double vé",
    "X": "ixe",
    "Y": "i grec",
    "Z": "zède",
}

# Unit symbols after a number: (singular, plural).
UNITS = {
    "km/h": ("kilomètre à l'heure", "kilomètres à l'heure"),
    "km²": ("kilomètre carré", "kilomètres carrés"),
    "km2": ("kilomètre carré", "kilomètres carrés"),
    "m²": ("mètre carré", "mètres carrés"),
    "m2": ("mètre carré", "mètres carrés"),
    "m³": ("mètre cube", "mètres cubes"),
    "m3": ("mètre cube", "mètres cubes"),
    "°C": ("degré Celsius", "degrés Celsius"),
    "°F": ("degré Fahrenheit", "degrés Fahrenheit"),
    "°": ("degré", "degrés"),
    "km": ("kilomètre", "kilomètres"),
    "cm": ("centimètre", "centimètres"),
    "mm": ("millimètre", "millimètres"),
    "m": ("mètre", "mètres"),
    "kg": ("kilogramme", "kilogrammes"),
    "mg": ("milligramme", "milligrammes"),
    "g": ("gramme", "grammes"),
    "t": ("tonne", "tonnes"),
    "Mt": ("mégatonne", "mégatonnes"),
    "ha": ("hectare", "hectares"),
    "l": ("litre", "litres"),
    "L": ("litre", "litres"),
    "ml": ("millilitre", "millilitres"),
    "kWh": ("kilowattheure", "kilowattheures"),
    "MWh": ("mégawattheure", "mégawattheures"),
    "TWh": ("térawattheure", "térawattheures"),
    "kW": ("kilowatt", "kilowatts"),
    "MW": ("mégawatt", "mégawatts"),
    "GW": ("gigawatt", "gigawatts"),
    "Go": ("gigaoctet", "gigaoctets"),
    "Mo": ("mégaoctet", "mégaoctets"),
    "To": ("téraoctet", "téraoctets"),
    "min": ("minute", "minutes"),
    "g/l": ("gramme par litre", "grammes par litre"),
    "mg/l": ("milligramme par litre", "milligrammes par litre"),
    "m/s": ("mètre par seconde", "mètres par seconde"),
    "hab./km²": ("habitant par kilomètre carré", "habitants par kilomètre carré"),
    "s": ("seconde", "secondes"),
    "ans": ("an", "ans"),
}

# Currency symbols: (singular, plural); a multiplier prefix (k, M, G, Md) scales them.
CURRENCIES = {
    "$": ("dollar", "dollars"),
    "€": ("euro", "euros"),
    "£": ("livre sterling", "livres sterling"),
    "¥": ("yen", "yens"),
    "CHF": ("franc suisse", "francs suisses"),
    "USD": ("dollar américain", "dollars américains"),
    "EUR": ("euro", "euros"),
    "CAD": ("dollar canadien", "dollars canadiens"),
}
CURRENCY_MULTIPLIERS = {"k": "mille", "M": "millions", "Md": "milliards", "G": "milliards", "B": "milliards"}

# Feminine nouns after "un"/"vingt et un": "une personne", "vingt et une victimes". Common in news.
FEMININE_NOUNS = frozenset(
    """personne personnes fois heure heures semaine semaines année années minute minutes seconde secondes femme femmes
    voiture voitures maison maisons tonne tonnes victime victimes ville villes journée journées entreprise entreprises
    famille familles livre livres élection élections école écoles région régions province provinces heure
    nuit nuits page pages étape étapes place places classe classes usine usines centaine centaines dizaine dizaines
    mesure mesures vague vagues guerre guerres attaque attaques frappe frappes loi lois voix fille filles
    mairesse ministre chaîne chaînes série séries saison saisons édition éditions session sessions partie parties
    raison raisons question questions réponse réponses manifestation manifestations""".split()
)

# A fraction's denominator as the name of a part: (singular, plural). Above four the ordinal names it ("dixième").
FRACTION_PARTS = {2: ("demi", "demis"), 3: ("tiers", "tiers"), 4: ("quart", "quarts")}

# What follows a fraction of something: "3/4 des voix", "2/3 du budget", "1/3 d'entre eux", "1/4 de ses revenus".
SHARE_OF = (
    "des",
    "du",
    "de la",
    "de l'",
    "d'entre",
    "de ces",
    "de ses",
    "de leurs",
    "de leur",
    "de nos",
    "de notre",
    "de vos",
    "de votre",
    "de mes",
    "de mon",
    "de ma",
    "de son",
    "de sa",
    "de cette",
    "de cet",
    "de ce",
    "de tous",
    "de toutes",
    "de tout",
    "de chaque",
)
# Determiners after which a fraction is a noun without more: "les 2/3 ont voté", "aux 3/4".
PLURAL_DETERMINERS = frozenset("les aux des ces ses leurs nos vos mes".split())
# Determiners after which "un" is not said: "un 1/4 des sièges" → "un quart", "le 1/3 des votes" → "le tiers".
SINGULAR_DETERMINERS = frozenset("un une le la l' ce cet cette son sa leur notre votre mon ma chaque au du en".split())
# Measures a fraction divides ("1/4 d'heure", "3/4 de siècle"), with the article "demi-" takes: "1/2 heure" → "une
# demi-heure".
FRACTION_MEASURES = {
    "heure": "une",
    "minute": "une",
    "journée": "une",
    "semaine": "une",
    "saison": "une",
    "douzaine": "une",
    "bouteille": "une",
    "part": "une",
    "portion": "une",
    "pension": "une",
    "siècle": "un",
    "point": "un",
    "litre": "un",
    "kilo": "un",
    "tour": "un",
    "mandat": "un",
    "verre": "un",
    "mètre": "un",
    "kilomètre": "un",
    "mile": "un",
    "tarif": "un",
}
# Knockout rounds named by a fraction: "1/8 de finale" → "huitième de finale", "1/2 finale" → "demi-finale".
ROUND_DENOMINATORS = frozenset({2, 4, 8, 16, 32, 64})

# Units of a rate after a slash: "3 000 €/mois" → "euros par mois" (unit symbols come from UNITS).
PER_WORDS = frozenset(
    """an ans mois jour jours semaine heure nuit habitant habitants personne personnes tête ménage élève salarié
    baril litre kilo tonne unité action""".split()
)

# Abbreviated months after a day ("18 juil. 2024"); "sept." is also the number, so only after a day.
MONTH_ABBREVIATIONS = {
    "janv.": "janvier",
    "févr.": "février",
    "fév.": "février",
    "avr.": "avril",
    "juil.": "juillet",
    "sept.": "septembre",
    "oct.": "octobre",
    "nov.": "novembre",
    "déc.": "décembre",
}

# Ordinal suffixes after a number ("1er", "1re", "2e", "2nd"), longest first so "ème" wins over "e".
ORDINAL_SUFFIXES = ("ère", "ème", "eme", "nde", "er", "re", "nd", "e")


SYMBOLS = {
    "&": " et ",
    "+": " plus ",
    "=": " égale ",
    "§": " paragraphe ",
    "±": " plus ou moins ",
    "×": " fois ",
    "~": " environ ",
    "@": " arobase ",
    "‰": " pour mille ",
    "%": " pour cent ",
    "½": " un demi ",
    "¼": " un quart ",
    "¾": " trois quarts ",
    "<": " moins de ",
    ">": " plus de ",
    "≤": " au plus ",
    "≥": " au moins ",
}
