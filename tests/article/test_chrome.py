import pytest

from app.article.chrome import is_chrome, is_end_marker

CHROME = [
    "Retour",
    "Plus d'articles",
    "Vidéo du jour",
    "Rabais de la semaine",
    "Partager",
    "Partager l'article",
    "Lire aussi : La Russie menace l'Ukraine",
    "Lire aussi | Trump et l'OTAN",
    "À lire aussi",
    "Abonnez-vous",
    "Publié le 14 février 2017 à 10 h 32",
    "Mis à jour à 09 h 40",
    "15/02/2017 10:32",
    "Par Jean Dupont",
    "Jean Dupont, Agence France-Presse",
    "Isabelle Porter, Correspondante parlementaire à Québec",
    "Photo : Reuters",
    "Jim Mattis à Bruxelles. (Photo : Reuters / François Lenoir)",
    "3 min de lecture",
    "Il vous reste 65 % de cet article à lire. La suite est réservée aux abonnés.",
    "© Le Monde 2017",
    "Temps de lecture : 4 min",
    "12 commentaires",
    "•",
    "ICI Radio-Canada",
    # Seen as headings on real pages before: share targets, photo credits with links, form labels, players.
    "Viadeo",
    "cc zuk0 https://flic.kr/p/abc123",
    "Description de l'erreur*",
    "play",
    "Caractères restants : 500",
    "Facebook Twitter Flipboard Send Linkedin Messenger",
    "FacebookTwitterLinkedin",
    "Réinitialiser votre mot de passe",
    "Lire l'entretien : Fleur Pellerin : « Il faut renouer les fils du dialogue »",
    "La Libre.be > Actu > Politique belge",
    "Xi Jinping à Berlin, en 2014. Photo Markus Schreiber. AP",
    "Durée de l'audio 4:22",
    "3 articles gratuits",
    "0 commentaire 499 partages",
    "Mis en ligne le 20/11/2012",
    "Entretien avec Jacques Testart",
    "Skip to Main Content",
]
PROSE = [
    "Retour sur une semaine agitée au Parlement, où les débats ont été vifs.",
    "Il y a des raisons d'espérer.",
    "Par ailleurs, le ministre a rappelé que les discussions continuaient.",
    "Partager les coûts entre alliés reste l'objectif affiché de Washington.",
    "Réajuster les budgets militaires",
    "Jim Mattis, secrétaire américain à la Défense",
    "Publicité mensongère : l'entreprise condamnée à une amende record.",
    "Par ailleurs, le ministre a rappelé que les discussions continuaient.",
    "Réagir vite face aux inondations",
]


@pytest.mark.parametrize("line", CHROME)
def test_chrome_lines(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", PROSE)
def test_article_lines_stay(line):
    assert not is_chrome(line)


@pytest.mark.parametrize(
    "line,expected", [("Plus d'articles", True), ("Sur le même sujet", True), ("Retour", False), ("Les plus lus", True)]
)
def test_end_markers(line, expected):
    assert is_end_marker(line) is expected
