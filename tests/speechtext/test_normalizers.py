"""Each phenomenon as a table of (written, said) pairs, through the whole normalizer pipeline."""

import re

import pytest

from app.speechtext import normalize

CASES = {
    "abbreviations": [
        ("M. Trump a parlé.", "monsieur Trump a parlé."),
        ("Mme Hidalgo et MM. Dupont et Roy.", "madame Hidalgo et messieurs Dupont et Roy."),
        ("Me Julie Gagnon, Dr Martin et Mgr Turcotte.", "maître Julie Gagnon, docteur Martin et monseigneur Turcotte."),
        ("Les É.-U. ont réagi.", "Les États-Unis ont réagi."),
        ("En 52 av. J.-C., etc.", "En cinquante-deux avant Jésus-Christ, et cetera."),
        ("À St-Jérôme et Ste-Foy, en C.-B.", "À Saint-Jérôme et Sainte-Foy, en Colombie-Britannique."),
        ("Le n° 5, p. ex. celui-ci.", "Le numéro cinq, par exemple celui-ci."),
        ("« Éclats du monde » N°52 et nº3.", "Éclats du monde numéro cinquante-deux et numéro trois."),
        ("À Fort St. John, près de St. Albert.", "À Fort saint John, près de saint Albert."),
    ],
    "numbers": [
        ("La ville compte 1 500 000 habitants.", "La ville compte un million cinq cent mille habitants."),
        ("Elle compte 1\u202f500\u202f000 habitants.", "Elle compte un million cinq cent mille habitants."),
        ("Il a 80 ans, 81 chats et 200 poules.", "Il a quatre-vingts ans, quatre-vingt-un chats et deux cents poules."),
        ("Il y a 21 personnes et 1 victime.", "Il y a vingt et une personnes et une victime."),
        ("Le solde est de -12 et +3.", "Le solde est de moins douze et plus trois."),
        ("Le chiffre 3,05 surprend.", "Le chiffre trois virgule zéro cinq surprend."),
        ("De 2015-2017, puis de 10 à 12.", "De deux mille quinze à deux mille dix-sept, puis de dix à douze."),
        ("Il a dépensé 10 milliards de dollars.", "Il a dépensé dix milliards de dollars."),
        ("Il a 1.500.000 abonnés.", "Il a un million cinq cent mille abonnés."),
        ("Soit 1.500.000 300 $.", "Soit un million cinq cent mille trois cents dollars."),
        (
            "La version 2.05 et l'article 49.3.",
            "La version deux point zéro cinq et l'article quarante-neuf point trois.",
        ),
        ("L'article 49.3 a servi.", "L'article quarante-neuf point trois a servi."),
        (
            "Tél. : 514 555-1234.",
            "téléphone: cinq cent quatorze, cinq cent cinquante-cinq, mille deux cent trente-quatre.",
        ),
        (
            "Appelez le 01 23 45 67 89.",
            "Appelez le zéro un, vingt-trois, quarante-cinq, soixante-sept, quatre-vingt-neuf.",
        ),
        (
            "Contact au 02/558.97.80 ou au 081/22 34 56.",
            "Contact au zéro deux, cinq cent cinquante-huit, quatre-vingt-dix-sept, quatre-vingts ou au zéro quatre-vingt-un, vingt-deux, trente-quatre, cinquante-six.",
        ),
    ],
    "ordinals_and_romans": [
        ("Le 1er et la 1re, le 2e et le 21e.", "Le premier et la première, le deuxième et le vingt et unième."),
        ("Au XXIe siècle et sous la Ve République.", "Au vingt et unième siècle et sous la cinquième République."),
        ("Louis XIV, Jean-Paul II et François Ier.", "Louis quatorze, Jean-Paul deux et François premier."),
        ("Le 80e anniversaire.", "Le quatre-vingtième anniversaire."),
        ("Le Canada et De Gaulle.", "Le Canada et De Gaulle."),
    ],
    "dates_and_times": [
        ("Le 14 février 2017 à 14 h 30.", "Le quatorze février deux mille dix-sept à quatorze heures trente."),
        ("Le 1er janvier à 9 h.", "Le premier janvier à neuf heures."),
        ("Le 14/02/2017 à 1 h.", "Le quatorze février deux mille dix-sept à une heure."),
        ("Rendez-vous à 10:30.", "Rendez-vous à dix heures trente."),
        ("Il part à 9 h dans la matinée.", "Il part à neuf heures dans la matinée."),
        ("Le train de 18 h partira en retard.", "Le train de dix-huit heures partira en retard."),
        ("Ils ont 3 h pour finir.", "Ils ont trois heures pour finir."),
        (
            "Appelés vers 21 h lundi, vers 23h dimanche.",
            "Appelés vers vingt et une heures lundi, vers vingt-trois heures dimanche.",
        ),
        (
            "À 9 h 12,5 % avaient voté, à 21 h 30 000 personnes.",
            "À neuf heures douze virgule cinq pour cent avaient voté, à vingt et une heures trente mille personnes.",
        ),
        (
            "À 9 h 20 € la place, à 10 h 15 km du but.",
            "À neuf heures vingt euros la place, à dix heures quinze kilomètres du but.",
        ),
        ("Publié le 18 juil. 2024 à 08:01.", "Publié le dix-huit juillet deux mille vingt-quatre à huit heures une."),
        ("Le 3 sept. 2024, ils étaient sept.", "Le trois septembre deux mille vingt-quatre, ils étaient sept."),
        (
            "À 9h30 et 14 h 05 puis à 8h00 ou 1 h.",
            "À neuf heures trente et quatorze heures cinq puis à huit heures ou une heure.",
        ),
        ("Il a 3 hommes et 9 habitants.", "Il a trois hommes et neuf habitants."),
    ],
    "fractions_and_ratios": [
        ("Il a obtenu 3/4 des voix.", "Il a obtenu trois quarts des voix."),
        ("Les 2/3 du budget et 1/3 d'entre eux.", "Les deux tiers du budget et un tiers d'entre eux."),
        (
            "Plus de 1/2 des électeurs, 1/2 de la population.",
            "Plus de la moitié des électeurs, la moitié de la population.",
        ),
        (
            "Soit 3/10 de la population et 5/8 de ses revenus.",
            "Soit trois dixièmes de la population et cinq huitièmes de ses revenus.",
        ),
        (
            "Un 1/4 des sièges, le 1/3 des votes; les 3/4 ont voté.",
            "Un quart des sièges, le tiers des votes; les trois quarts ont voté.",
        ),
        (
            "Il reste 1/4 d'heure, soit 3/4 d'heure de retard.",
            "Il reste un quart d'heure, soit trois quarts d'heure de retard.",
        ),
        ("Il a attendu 1/2 heure, une 1/2 journée.", "Il a attendu une demi-heure, une demi-journée."),
        ("En 1/4 de finale puis en 1/2 finale.", "En quart de finale puis en demi-finale."),
        ("Les 1/8 de finale et la 1/2 finale.", "Les huitièmes de finale et la demi-finale."),
        ("Il a 7/10 de moyenne et une note de 15/20.", "Il a sept sur dix de moyenne et une note de quinze sur vingt."),
        (
            "Ouvert 24/7, score final 3/1, page 1/1.",
            "Ouvert vingt-quatre sur sept, score final trois sur un, page un sur un.",
        ),
        ("Il a 7,5/10. Un sur deux: 1/2.", "Il a sept virgule cinq sur dix. Un sur deux: un sur deux."),
        ("Ouvert 24h/24 et 7j/7.", "Ouvert vingt-quatre heures sur vingt-quatre et sept jours sur sept."),
        ("La saison 2015/2016.", "La saison deux mille quinze à deux mille seize."),
        (
            "Le 22/07 à 15h55, clôture 15/02 18:05.",
            "Le vingt-deux juillet à quinze heures cinquante-cinq, clôture quinze février dix-huit heures cinq.",
        ),
        ("Attentats du 11/9, le 1/5.", "Attentats du onze septembre, le premier mai."),
        ("Il gagne 3 000 €/mois, 80 $/baril.", "Il gagne trois mille euros par mois, quatre-vingts dollars par baril."),
        (
            "Soit 50 hab./km², 0,5 g/l et 20 €/MWh.",
            "Soit cinquante habitants par kilomètre carré, zéro virgule cinq gramme par litre et vingt euros par mégawattheure.",
        ),
        ("Photo Fred Scheiber/SIPA, et/ou.", "Photo Fred Scheiber Sipa, et ou."),
    ],
    "money_percent_units": [
        ("Le taux est de 3,5 %.", "Le taux est de trois virgule cinq pour cent."),
        ("Soit 2 % du PIB.", "Soit deux pour cent du pé-i-bé."),
        (
            "Un budget de 3,5 M$ et 2 G$.",
            "Un budget de trois virgule cinq millions de dollars et deux milliards de dollars.",
        ),
        ("Il a payé 300 $, 1 € et 1,50 €.", "Il a payé trois cents dollars, un euro et un euro cinquante."),
        ("Il a payé 39,00 € et 1 500,25 $.", "Il a payé trente-neuf euros et mille cinq cents dollars vingt-cinq."),
        ("Les prix en € et en $.", "Les prix en euros et en dollars."),
        ("Une prime de 5 k€ et 3 M€.", "Une prime de cinq mille euros et trois millions d'euros."),
        ("Il fait -5 °C et 1 km de neige.", "Il fait moins cinq degrés Celsius et un kilomètre de neige."),
        ("À 130 km/h sur 200 m².", "À cent trente kilomètres à l'heure sur deux cents mètres carrés."),
        ("Il pèse 2 kg et 1 t.", "Il pèse deux kilogrammes et une tonne."),
        ("Il a payé 20 £.", "Il a payé vingt livres sterling."),
        ("Un budget de 12,5 milliards $.", "Un budget de douze virgule cinq milliards de dollars."),
        ("Elle a couru 1,5 km en 7 min.", "Elle a couru un virgule cinq kilomètre en sept minutes."),
        ("Il a gagné 1 M$.", "Il a gagné un million de dollars."),
        (
            "Les 3 s’en vont, 2 m’ont vu, accepter 4 l’idée.",
            "Les trois s'en vont, deux m'ont vu, accepter quatre l'idée.",
        ),
        (
            "Un loyer de 800 € 12 mois sur 12, payé 5 k€ 3 fois.",
            "Un loyer de huit cents euros douze mois sur douze, payé cinq mille euros trois fois.",
        ),
        (
            "Le livre coûte 28.40 €, le coffret 39.00 € et $2.5M.",
            "Le livre coûte vingt-huit euros quarante, le coffret trente-neuf euros et deux virgule cinq millions de dollars.",
        ),
        (
            "Il vous reste 57.09% de cet article, +1,3 % (+0,5 %).",
            "Il vous reste cinquante-sept virgule zéro neuf pour cent de cet article, plus un virgule trois pour cent (plus zéro virgule cinq pour cent).",
        ),
    ],
    "acronyms": [
        ("La SNCF annonce une grève.", "La esse-enne-cé-effe annonce une grève."),
        ("L'OTAN, l'ONU et l'UNESCO.", "L'Otan, l'Onu et l'Unesco."),
        ("Le PIB de l'UE.", "Le pé-i-bé de l'u-eu."),
        ("Le PDG et les USA.", "Le pé-dé-gé et les u-esse-a."),
        ("Le G7, le G20 et la COVID-19.", "Le gé sept, le gé vingt et la Covid dix-neuf."),
        ("La GRC et la NASA.", "La gé-erre-cé et la Nasa."),
        ("Le programme ARC.", "Le programme a-erre-cé."),
        ("George W. Bush.", "George double vé Bush."),
        ("L’autoroute A13 et l’ONU.", "L'autoroute a treize et l'Onu."),
        ("La CGT-RATP et la CFDT-SNCF.", "La cé-gé-té-erre-a-té-pé et la cé-effe-dé-té-esse-enne-cé-effe."),
        ("LE POINT SUR LA SITUATION - Les combats continuent.", "Le point sur la situation, Les combats continuent."),
        (
            "UNION EUROPÉENNE ÉLECTIONS 2024 MER MÉDITERRANÉE",
            "Union européenne élections deux mille vingt-quatre Mer méditerranée",
        ),
        ("LETTRE EXCLUSIVE ABONNÉS - La CGT.", "Lettre exclusive abonnés, La cé-gé-té."),
        ("DÉCRYPTAGE - LA CGT ET LE PS EN GRÈVE", "Décryptage, La cé-gé-té et le pé-esse en grève"),
        ("BERTRAND GUAY / AFP", "Bertrand Guay a-effe-pé"),
    ],
    "web": [
        ("Voir https://www.radio-canada.ca/info/123.", "Voir radio-canada point ca."),
        ("Écrire à jean.dupont@ledevoir.com.", "Écrire à jean point dupont arobase ledevoir point com."),
        ("Le mot #MeToo 🎉 circule.", "Le mot mot-clic Me Too circule."),
        ("BAKOU (AFP) - Les pays ont signé.", "Bakou. Les pays ont signé."),
        (
            "Il a qualifié l'OTAN d'« obsolète » et dit qu'« on verra ».",
            "Il a qualifié l'Otan d'obsolète et dit qu'on verra.",
        ),
    ],
}


@pytest.mark.parametrize(
    "written,said", [pair for pairs in CASES.values() for pair in pairs], ids=lambda value: value[:30]
)
def test_said_as_a_french_narrator_would(written, said):
    assert normalize(written) == said


@pytest.mark.parametrize("written", [pair[0] for pairs in CASES.values() for pair in pairs])
def test_no_digit_or_symbol_left(written):
    assert not re.search(r"[\d%$€£°@#&/]", normalize(written))


def test_speech_map_points_back_to_the_display_words():
    from app.speechtext import speech_with_map

    text = "M. Trump a parlé. Le taux est de 3,5 %. La SNCF annonce une grève."
    speech, mapping = speech_with_map(text)
    assert [text[a:b] for a, b, _, _ in mapping] == [
        "M. Trump a parlé.",
        "Le taux est de 3,5 %.",
        "La SNCF annonce une grève.",
    ]
    assert [speech[c:d] for _, _, c, d in mapping] == [
        "monsieur Trump a parlé.",
        "Le taux est de trois virgule cinq pour cent.",
        "La esse-enne-cé-effe annonce une grève.",
    ]
