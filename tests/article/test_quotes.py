"""Direct quotes inside paragraphs: what is quoted, what attributes it, and who speaks."""

import pytest

from app.article.quotes import QuoteSplitter


def pieces(*paragraphs):
    splitter = QuoteSplitter()
    found = [piece for paragraph in paragraphs for piece in splitter.split(paragraph)]
    return [(p.kind.value, p.text, p.speaker) for p in found]


def test_quote_then_attribution_clause():
    assert pieces("« L'alliance reste fondamentale », a dit Jim Mattis à la presse.") == [
        ("quote", "L'alliance reste fondamentale", "Jim Mattis"),
        ("attribution", "a dit Jim Mattis à la presse.", "Jim Mattis"),
    ]


def test_attribution_before_quote_with_colon():
    assert pieces("La ministre Chrystia Freeland a déclaré : « Le Canada ne cédera pas. » Elle est partie.") == [
        ("attribution", "La ministre Chrystia Freeland a déclaré :", "Chrystia Freeland"),
        ("quote", "Le Canada ne cédera pas.", "Chrystia Freeland"),
        ("paragraph", "Elle est partie.", None),
    ]


def test_incise_inside_guillemets():
    got = pieces("Marie Curie a parlé.", "« Nous sommes prêts, affirme-t-elle, à négocier avec tout le monde. »")
    assert got[1:] == [
        ("quote", "Nous sommes prêts,", "Marie Curie"),
        ("attribution", "affirme-t-elle", "Marie Curie"),
        ("quote", "à négocier avec tout le monde.", "Marie Curie"),
    ]


def test_two_quotes_one_attribution_and_demonstrative():
    got = pieces(
        "Un diplomate européen de haut rang a déclaré que les alliés attendaient un geste.",
        "« Nous devons rassembler la famille », a dit ce diplomate. « La situation a été fragilisée. »",
    )
    quotes = [g for g in got if g[0] == "quote"]
    assert [q[1] for q in quotes] == ["Nous devons rassembler la famille", "La situation a été fragilisée."]
    assert {q[2] for q in quotes} == {"un diplomate européen de haut rang"}


def test_nested_quote_stays_inside():
    got = pieces("« Il m'a dit “je reviendrai demain”, et il est revenu », raconte Anne Roy.")
    assert got[0] == ("quote", "Il m'a dit “je reviendrai demain”, et il est revenu", "Anne Roy")


def test_quote_over_two_paragraphs_gets_the_closing_speaker():
    got = pieces(
        "« La première partie de la citation est longue et se poursuit.",
        "« Et la seconde partie la termine enfin », a conclu Paul Martin.",
    )
    assert [g[2] for g in got if g[0] == "quote"] == ["Paul Martin", "Paul Martin"]


def test_selon_names_the_person_not_the_body():
    got = pieces("Selon le porte-parole du Kremlin, Dmitri Peskov, « il n'y a aucune raison de s'inquiéter ».")
    assert got[-1] == ("quote", "il n'y a aucune raison de s'inquiéter", "Dmitri Peskov")


def test_surname_resolves_to_full_name():
    got = pieces("Justin Trudeau était à Ottawa.", "« Nous avons gagné », a lancé M. Trudeau.")
    assert got[1][2] == "Justin Trudeau"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le milliardaire a qualifié l'OTAN d'« obsolète » et critiqué la répartition des coûts.",
        "Il a salué « un discours clair » devant les journalistes.",
        'Le texte marque "un nouveau chapitre" de la coopération.',
    ],
)
def test_scare_quotes_stay_narration(paragraph):
    assert [g[0] for g in pieces(paragraph)] == ["paragraph"]


@pytest.mark.parametrize(
    "paragraph,speaker",
    [
        ("« Nous allons agir », a soutenu en entrevue la ministre Sonia LeBel.", "Sonia LeBel"),
        ("« C'est une erreur », a dit Erin O'Toole.", "Erin O'Toole"),
        ("« Rien n'est réglé », assure la mairesse de Fort St. John, Lilia Hansen.", "Lilia Hansen"),
        ("« La porte reste ouverte », a indiqué M. Paul St-Pierre Plamondon.", "Paul St-Pierre Plamondon"),
    ],
)
def test_names_as_articles_write_them(paragraph, speaker):
    assert pieces(paragraph)[0][2] == speaker


def test_dash_credit_after_a_quote():
    assert pieces("« Nous reconstruirons le quartier. » — Stéphane Boyer, maire de Laval") == [
        ("quote", "Nous reconstruirons le quartier.", "Stéphane Boyer"),
        ("attribution", "— Stéphane Boyer, maire de Laval", "Stéphane Boyer"),
    ]
