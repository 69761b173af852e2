"""Shapes real news pages have, in both input modes: what a listener hears and what the script says of the page."""

import json
import re

import pytest

from app.article import parse_article
from app.article.sniff import looks_like_html

LEDE = (
    "Le gouvernement a présenté mardi un plan de rénovation des écoles qui doit toucher plus de trois cents "
    "établissements d'ici la fin de la décennie, selon le ministère de l'Éducation."
)
BODY = (
    "Les premiers chantiers commenceront dès la rentrée dans les départements les plus touchés par la vétusté des "
    "bâtiments, a précisé le ministère dans un communiqué publié en fin de journée."
)
MORE = (
    "Les syndicats d'enseignants saluent l'effort mais jugent le calendrier trop lent pour les établissements dont "
    "les toits fuient depuis des années et dont les classes restent glaciales en hiver."
)


def spoken(article) -> str:
    return " ".join(segment.text for segment in article.segments)


def html_page(body: str, head: str = "", body_attributes: str = "") -> str:
    return f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>{head}</head><body {body_attributes}>{body}</body></html>"


def test_the_byline_marked_with_microdata_is_the_author_not_a_commenter():
    page = html_page(
        "<aside><p>La chronique de <span itemprop='author'>Paul Durand</span></p></aside><article><h1>Un plan pour les écoles</h1><p class='meta'><time>Le 01.01.2016 à 15h22</time> | "
        "<span class='signature_article'>Propos recueillis par <span itemprop='author' class='auteur'>"
        "<a href='/journaliste/jean-pierre-stroobants/'>Jean-Pierre Stroobants</a> (Bruxelles, bureau européen)"
        f"</span></span></p><p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p></article>"
        "<section itemscope itemtype='http://schema.org/Comment'><span itemprop='author'>Paul Durand</span></section>"
    )
    assert parse_article(page, "html").author == "Jean-Pierre Stroobants"


def test_an_aside_of_the_article_itself_may_hold_its_microdata_byline():
    page = html_page(
        "<article><h1>Un plan pour les écoles</h1><aside class='art-meta'><p itemprop='author' itemscope "
        "itemtype='https://schema.org/Person'>Par <span itemprop='name'>David Reyrat</span></p></aside>"
        f"<p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p></article>"
    )
    assert parse_article(page, "html").author == "David Reyrat"


@pytest.mark.parametrize(
    "byline,author",
    [
        ("<p id='articleSign'> Interview > Patrick Laurent </p>", "Patrick Laurent"),
        (
            "<p>lundi 01 février 2016, par <span class='author vcard'><a class='url fn n'>Audrey Garric</a></span></p>",
            "Audrey Garric",
        ),
        # signed surname first, read given name first
        ("<p class='signature'>Baufayt Cédric</p>", "Cédric Baufayt"),
    ],
)
def test_a_byline_the_markup_names_as_one_is_the_author(byline, author):
    page = html_page(
        f"<div class='post'><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p>{byline}</div>"
        "<div class='comments'><p class='comment-author'>Paul Durand</p><p>Très bon article, merci.</p></div>"
    )
    assert parse_article(page, "html").author == author


@pytest.mark.parametrize(
    "head,byline,author",
    [
        # the company holding the rights, a CMS login, the site itself under the headline: no journalist signs
        ("<meta name='author' content='RTL Newmedia'><meta name='copyright' content='RTL Newmedia'>", "", None),
        ("<meta name='author' content='swyngedauw'><meta name='owner' content='www.sudpresse.be'>", "", None),
        ("<meta property='og:site_name' content='Le Figaro Etudiant'>", "<p>Par Figaro Etudiant</p>", None),
        # a blogger holding the rights to their own posts still signs them
        ("<meta name='author' content='Jean Dupont'><meta name='copyright' content='Jean Dupont'>", "", "Jean Dupont"),
    ],
)
def test_who_publishes_the_page_is_no_byline(head, byline, author):
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1>{byline}<p>{LEDE}</p><p>{BODY}</p></article>", head=head
    )
    assert parse_article(page, "html").author == author


def test_layout_class_on_the_page_wrapper_does_not_hide_the_article():
    page = html_page(
        f"<div id='warp' class='clearfix bdaia-sidebar-right'><div class='panel-display zen-one-sidebar-second'>"
        f"<h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p></div>"
        f"<aside class='sidebar'><ul><li><a href='/a'>Autre article très lu cette semaine</a></li></ul></aside></div>",
        body_attributes="class='home sidebar-primary1'",
    )
    article = parse_article(page, "html")
    assert article.title == "Un plan pour les écoles"
    assert LEDE in spoken(article) and MORE in spoken(article)
    assert "Autre article très lu cette semaine" not in spoken(article)


def test_paragraphs_a_metered_site_wraps_in_paywall_markup_are_read_and_its_notice_is_not():
    paragraphs = "".join(
        f"<div class='paywall-wrapper'><div class='article-paragraph'><p>{text}</p></div></div>"
        for text in (LEDE, BODY, MORE)
    )
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1>{paragraphs}<div class='paywall'><p>Cet article est réservé aux "
        "abonnés.</p><a href='/abo'>Je m'abonne</a></div></article>"
    )
    article = parse_article(page, "html")
    assert LEDE in spoken(article) and MORE in spoken(article)
    assert "réservé" not in spoken(article)


def test_what_a_paywall_hides_is_not_read_though_the_pages_metadata_carries_it():
    hidden = "Les syndicats réclament une seconde tranche de travaux avant la fin de la décennie dans tout le pays."
    metadata = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Un plan pour les écoles",
        "isAccessibleForFree": False,
        "articleBody": f"{LEDE} {BODY} {hidden}",
    }
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{BODY}</p>"
        "<div class='paywall'><p>Il vous reste 78 % de cet article à lire.</p></div></article>",
        head=f"<script type='application/ld+json'>{json.dumps(metadata)}</script>",
    )
    article = parse_article(page, "html")
    assert BODY in spoken(article)
    assert hidden not in spoken(article) and "Il vous reste" not in spoken(article)


def test_page_metadata_comes_first_and_a_sidebar_chronicler_is_not_the_author():
    metadata = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Un plan pour les écoles",
        "author": [{"@type": "Person", "name": "Claire Martin"}],
        "datePublished": "2024-03-12T08:30:00+01:00",
        "description": "Trois cents établissements seront rénovés d'ici 2030.",
    }
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p class='article__chapo'>Trois cents établissements seront rénovés "
        f"d'ici 2030.</p><p>{LEDE}</p><p>{BODY}</p></article>"
        "<aside><h3>La chronique de Paul Durand</h3><p>Par Paul Durand</p></aside>",
        head=f"<script type='application/ld+json'>{json.dumps(metadata)}</script>",
    )
    article = parse_article(page, "html")
    assert (article.author, article.published) == ("Claire Martin", "2024-03-12T08:30:00+01:00")
    assert article.standfirst == "Trois cents établissements seront rénovés d'ici 2030."
    assert article.segments[1].text == article.standfirst  # the chapô is also spoken, first


def test_teasers_scripts_and_newsletter_plugs_are_not_read():
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p>"
        "<p><a href='/x'>Lire aussi Article réservé à nos abonnés Les écoles rurales attendent toujours leurs travaux</a></p>"
        '<div class=\'fig-embed\'>!function(){"use strict";window.addEventListener("message",function(a){if(void 0!==a.data)'
        '{var e=document.querySelectorAll("iframe");for(var t in a.data){e[t].style.height=a.data[t]+"px";}}})}();</div>'
        f"<p>{BODY}</p><p>{MORE}</p>"
        "<p>Chaque matin, recevez gratuitement notre newsletter Éducation dans votre boîte mail.</p></article>"
    )
    article = parse_article(page, "html")
    assert [chapter.title for chapter in article.chapters] == ["Un plan pour les écoles"]
    said = spoken(article)
    assert "function" not in said and "Lire aussi" not in said and "newsletter" not in said
    assert [entry.reason for entry in article.dropped if entry.text.startswith("!function")] == ["code"]


def test_html_pasted_as_text_is_read_as_the_page():
    page = html_page(f"<h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{BODY}</p>")
    article = parse_article(page, "text")
    assert article.title == "Un plan pour les écoles"
    assert "<" not in spoken(article)


@pytest.mark.parametrize(
    ("pasted", "as_html"),
    [
        (f"<h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{BODY}</p>", True),
        # A copied blog page: its comment form quotes the tags it allows, and that is all the markup there is.
        (
            f"Un plan pour les écoles\n\n{LEDE}\n\n{BODY}\n\n{MORE}\n\nLaisser un commentaire\n\nVous pouvez "
            'utiliser ces balises et attributs HTML : <a href="" title=""> <abbr title=""> <b> <blockquote cite=""> '
            '<cite> <code> <em> <i> <q cite=""> <strike> <strong>',
            False,
        ),
    ],
)
def test_auto_reads_markup_as_html_and_a_copied_page_quoting_tags_as_text(pasted, as_html):
    article = parse_article(pasted, "auto")
    assert article.title == "Un plan pour les écoles"
    assert "<br>" not in spoken(article) and "</p>" not in spoken(article)
    assert ("balises" in spoken(article) or "balises" in " ".join(e.text for e in article.dropped)) is not as_html


def test_text_broken_by_br_tags_is_markup():
    assert looks_like_html(f"{LEDE}<br>{BODY}<br>{MORE}")


def test_newlines_in_the_html_source_are_spaces_and_br_breaks_lines():
    wrapped = LEDE.replace(" de ", "\nde ")
    page = html_page(f"<h1>Un plan pour les écoles</h1><p>{wrapped}</p><p>{BODY}<br>{MORE}</p>")
    article = parse_article(page, "html")
    assert [s.text for s in article.segments[1:]] == [LEDE, BODY, MORE]


def test_a_pull_quote_repeating_the_text_is_heard_once():
    quote = "Nous ne laisserons aucune école avec un toit qui fuit"
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p>"
        f"<p>« {quote} », a promis la ministre Anne Leroy devant les députés réunis en commission.</p>"
        f"<blockquote><p>« {quote} »</p><cite>Anne Leroy</cite></blockquote><p>{BODY}</p></article>"
    )
    article = parse_article(page, "html")
    assert spoken(article).count(quote) == 1
    assert {entry.reason for entry in article.dropped if quote in entry.text} == {"pull-quote repeated from the text"}


def test_a_page_laid_out_in_a_table_is_read_block_by_block_in_its_column():
    page = html_page(
        "<table><tr><td class='colonne-centre'><h1>Un plan pour les écoles</h1>"
        f"<div class='accroche'>{LEDE}</div><div class='texte'><p>{BODY}</p>"
        f"<div class='subtitle'>Un chantier de trois ans</div><p>{MORE}</p></div></td></tr></table>"
    )
    article = parse_article(page, "html")
    assert [(s.kind.value, s.text) for s in article.segments[1:]] == [
        ("paragraph", LEDE),
        ("paragraph", BODY),
        ("heading", "Un chantier de trois ans"),
        ("paragraph", MORE),
    ]


def test_a_marked_heading_under_a_box_of_links_opens_the_next_section():
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{BODY}</p>"
        "<div class='embed-more'><p class='embed-more__label'>À voir aussi</p>"
        "<a href='/gap.html'>Gap : le Théâtre du Quai fête ses dix ans avec une saison gratuite</a></div>"
        f"<h2>La mairie pose ses conditions</h2><p>{MORE}</p></article>"
    )
    article = parse_article(page, "html")
    assert [chapter.title for chapter in article.chapters][1:] == ["La mairie pose ses conditions"]
    assert MORE in spoken(article)


def test_a_quotation_that_credits_itself_is_no_pull_quote_of_the_name_under_it():
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{BODY}</p>"
        "<p>« On s'est battus pour chaque ballon, c'est toujours dur de voir un voisin descendre », a réagi "
        "l'entraîneur vitréen, Jérémy Hamon.</p><table><tr><td>ES Pays de Fougères</td><td>1 – 2</td></tr></table>"
        "</article>"
    )
    article = parse_article(page, "html")
    said = [segment.speaker for segment in article.segments if segment.kind.value == "quote"]
    assert said == ["Jérémy Hamon"]


def test_a_quotation_set_above_the_text_is_the_voice_that_says_it_further_down():
    quote = "Nous ne laisserons aucune école avec un toit qui fuit, où qu'elle soit"
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p class='chapo'>« {quote} »</p><p>{LEDE}</p>"
        f"<p>« {quote} », a promis la ministre Anne Leroy devant les députés réunis en commission.</p>"
        f"<p>{BODY}</p></article>"
    )
    article = parse_article(page, "html")
    said = [segment.speaker for segment in article.segments if segment.kind.value == "quote" and segment.text == quote]
    assert said == ["Anne Leroy", "Anne Leroy"]


COPIED = f"""Accueil
Politique
Société
Éducation
Se connecter
ÉDUCATION
Un plan pour les écoles
Trois cents établissements seront rénovés d'ici 2030, promet le gouvernement.
Par Claire Martin
Publié le 12 mars 2024 à 8 h 30
Partager
{LEDE}
{BODY}
{MORE}
Réagir
Connectez-vous pour commenter
Caractères restants : 500
12 réactions
Soumis par lecteur75, le mardi 12 mars 2024 à 9h14
Encore un plan qui ne verra jamais le jour, comme les précédents annoncés en grande pompe par tous les gouvernements depuis vingt ans.
Soumis par marie.b, le mardi 12 mars 2024 à 9h40
Dans notre village l'école attend des travaux depuis 2015 et personne n'est jamais venu constater l'état des classes ni du préau.
Réinitialiser votre mot de passe
"""


def test_copied_page_title_byline_date_and_end_of_article():
    article = parse_article(COPIED, "text")
    assert article.title == "Un plan pour les écoles"
    assert (article.author, article.published) == ("Claire Martin", "2024-03-12T08:30")
    assert article.standfirst == "Trois cents établissements seront rénovés d'ici 2030, promet le gouvernement."
    said = spoken(article)
    assert MORE in said and "Encore un plan" not in said and "Dans notre village" not in said
    assert "Caractères restants" not in said and "mot de passe" not in said
    assert {"ÉDUCATION", "Réagir", "Soumis par lecteur75, le mardi 12 mars 2024 à 9h14"} <= set(article.dropped_texts)


def test_copied_headline_over_its_subheading_and_the_rubric_label():
    text = COPIED.replace("Un plan pour les écoles\n", "Un plan pour les écoles\nLa rénovation prendra six ans\n")
    assert parse_article(text, "text").title == "Un plan pour les écoles"


def test_a_subheading_longer_than_its_headline_over_a_credited_photo_is_read_and_the_headline_kept():
    """Le Journal de Montréal: the headline, its subheading, the photo's credit first and its caption, then the
    signature and the date."""
    headline = "Garderies : 35 000 enfants toujours en attente d'une place à Montréal"
    deck = "Des parents doivent renoncer à leur emploi faute de place en service de garde"
    caption = "Marie-Ève Tremblay, ici avec sa fille Léa, 18 mois, attend une place en CPE depuis sa grossesse."
    lede = (
        "Plus de 35 000 enfants de la région de Montréal sont toujours inscrits sur la liste d'attente pour une place "
        "en garderie, selon les plus récentes données du ministère de la Famille."
    )
    more = (
        "Derrière ces chiffres, des parents à bout de souffle. Marie-Ève Tremblay, infirmière, a dû renoncer à "
        "reprendre son emploi après son congé parental faute de place pour sa fille."
    )
    lines = ["Actualité", "Société", headline, deck, "Photo Chantal Poirier", caption, "Sarah-Maude Lefebvre"]
    article = parse_article("\n".join([*lines, "Mardi, 14 mai 2024 20:14", "Partager", lede, more, MORE]), "text")
    assert article.title == headline
    assert deck in spoken(article) and lede in spoken(article)
    assert caption not in spoken(article)


def test_a_heading_under_a_pull_quote_in_large_type_opens_its_chapter():
    pulled = "« Les toits fuient depuis des années et personne ne vient »"
    lines = ["Un plan pour les écoles", "Par Léa Martin", LEDE, BODY, pulled, "Des syndicats sceptiques", MORE]
    article = parse_article("\n".join(lines), "text")
    assert [chapter.title for chapter in article.chapters][1:] == ["Des syndicats sceptiques"]
    assert MORE in spoken(article)


def test_a_heading_under_a_box_of_market_figures_opens_its_chapter():
    lines = [
        "Un plan pour les écoles",
        "Par Léa Martin",
        LEDE,
        BODY,
        "CAC 40",
        "7.612,35",
        "-2,41 %",
        "Données en temps différé",
        "Des syndicats sceptiques",
        MORE,
    ]
    article = parse_article("\n".join(lines), "text")
    assert [chapter.title for chapter in article.chapters][1:] == ["Des syndicats sceptiques"]


def test_the_title_of_a_video_under_its_label_is_no_chapter():
    lines = [
        "Un plan pour les écoles",
        "Par Léa Martin",
        LEDE,
        "Vidéo",
        "Les écoles attendent leurs travaux",
        "Le 19h30 / 2 min. / aujourd'hui à 19:30",
        BODY,
        MORE,
    ]
    article = parse_article("\n".join(lines), "text")
    assert len(article.chapters) == 1
    assert "Les écoles attendent leurs travaux" not in spoken(article)


def test_a_drop_cap_copied_on_a_line_of_its_own_joins_its_word():
    lines = ["Un plan pour les écoles", "Par Léa Martin", "L", LEDE[1:], BODY, MORE]
    article = parse_article("\n".join(lines), "text")
    assert LEDE in spoken(article)


def test_interview_questions_are_read_not_chapters():
    text = (
        "Entretien\nLa ministre Anne Leroy : « Aucune école ne sera oubliée »\nPar Claire Martin\n"
        f"Publié le 12 mars 2024\n{LEDE}\nPourquoi maintenant ?\n{BODY}\nEt les écoles rurales ?\n{MORE}\n"
        "C'est-à-dire ?\nLes travaux commenceront par les écoles dont les toits menacent de céder cet hiver.\n"
    )
    article = parse_article(text, "text")
    assert len(article.chapters) == 1
    assert "Pourquoi maintenant ?" in [segment.text for segment in article.segments]


def test_every_dropped_line_says_why():
    article = parse_article(COPIED, "text")
    assert all(entry.reason for entry in article.dropped)
    reasons = {entry.text: entry.reason for entry in article.dropped}
    assert (reasons["Se connecter"], reasons["Éducation"], reasons["Réagir"]) == (
        "interface",
        "before the article",
        "end of the article",
    )


TEASERS = [
    (
        "Des frappes qui rebattent les cartes en Asie",
        "La décision de la Maison Blanche pourrait inquiéter le régime "
        "nord-coréen et son grand allié chinois, selon plusieurs diplomates en poste à Séoul.",
    ),
    (
        "Les Etats-Unis manœuvrent au large de la Corée",
        "Après sa rencontre avec le président chinois, le président "
        "américain a décidé d'envoyer un porte-avions nucléaire vers la péninsule coréenne.",
    ),
    (
        "La Russie dénonce une agression et garde sa ligne",
        "Pour le Kremlin, les frappes américaines sont une violation "
        "du droit international, et l'idée d'un rapprochement avec Washington s'éloigne.",
    ),
]


def test_teasers_after_the_article_are_not_read_though_they_read_like_prose():
    items = "".join(
        f"<li><p class='live-datetime'><a href='/{n}'>07.04.17</a></p><a class='slug' href='/{n}'>Diplomatie</a>"
        f"<h3><a href='/{n}'>{title}</a></h3><p>{blurb}</p></li>"
        for n, (title, blurb) in enumerate(TEASERS)
    )
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p><p>{LEDE[:80]} encore.</p>"
        "</article><div class='share'><a href='/f'>Facebook</a> <a href='/t'>Twitter</a></div>"
        "<div><span>Offre numérique</span></div><div>Après cet article</div>"
        f"<div class='category-container'><ul class='live-items'>{items}</ul></div>"
    )
    article = parse_article(page, "html")
    assert LEDE in spoken(article) and MORE in spoken(article)
    for _, blurb in TEASERS:
        assert blurb not in spoken(article)
        assert any(entry.text == blurb or blurb in entry.text for entry in article.dropped)


def test_a_heading_with_guillemets_is_a_chapter_in_copied_text():
    heading = "La Chine appelle à la «retenue» après le tir de missile balistique hypersonique de la Russie"
    text = f"Un plan pour les écoles\n\n{LEDE}\n\n{BODY}\n\n{heading}\n\n{MORE}\n"
    article = parse_article(text, "text")
    assert [chapter.title for chapter in article.chapters][1:] == [
        "La Chine appelle à la « retenue » après le tir de missile balistique hypersonique de la Russie"
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "«Croyez-vous en Dieu ?»",
        "« J'en ai vu un écrire ! »",
        # sixteen words as the page wrote them: the elided article is no word of its own once « is spaced
        "Le Kazakhstan, allié de Moscou, renforce ses mesures de sécurité en raison de l'«escalade en Ukraine»",
    ],
)
def test_a_quoted_or_long_intertitle_is_a_chapter_in_copied_text(heading):
    text = f"Un plan pour les écoles\n\n{LEDE}\n\n{BODY}\n\n{heading}\n\n{MORE}\n"
    article = parse_article(text, "text")
    assert len(article.chapters) == 2
    assert re.findall(r"\w+", article.chapters[1].title) == re.findall(r"\w+", heading)


def test_a_list_copied_without_bullets_is_read_and_a_heading_after_a_colon_stays_a_heading():
    items = ["Le manque de temps", "La peur de ne pas s'intégrer à la communauté", "Ne pas savoir par où commencer"]
    text = "\n\n".join(
        [
            "Un plan pour les écoles",
            LEDE,
            "Les freins que les enseignants retiennent le plus souvent sont les suivants :",
            "\n".join(items),
            BODY,
            "Voici les miens :",
            "Merci à tous",
            MORE,
        ]
    )
    article = parse_article(text, "text")
    for item in items:
        assert item in spoken(article)
    assert [chapter.title for chapter in article.chapters][1:] == ["Merci à tous"]


MEASURES = [
    "Rénovation des toitures de trois cents écoles avant l'hiver prochain",
    "Chauffage remplacé dans les établissements les plus vétustes",
    "Cours d'école végétalisées dans les départements les plus chauds",
    "Sanitaires refaits dans les écoles des quartiers prioritaires",
    "Fenêtres isolées dans toutes les écoles construites avant 1975",
    "Accès pour les élèves handicapés dans chaque nouvelle école",
    "Cantines rénovées dans les écoles rurales du ministère",
    "Ventilation des classes contrôlée chaque année par le ministère",
    "Plan de désamiantage des bâtiments scolaires les plus anciens",
    "Budget des écoles publié chaque année par le ministère",
    "Chantiers des écoles confiés en priorité aux entreprises locales",
    "Calendrier des travaux des écoles affiché dans chaque établissement",
]
OTHER_NEWS = [
    "Tempête : des milliers de foyers privés d'électricité en Bretagne",
    "Football : le PSG s'impose à Marseille au bout du suspense",
    "Cinéma : le dernier film de la saga bat des records d'entrées",
    "Bourse : le CAC 40 termine la semaine en légère hausse",
    "Météo : retour de la neige en plaine dès jeudi matin",
    "Santé : la campagne de vaccination contre la grippe prolongée",
    "Justice : un ancien maire condamné pour favoritisme à Lyon",
    "Automobile : les ventes de voitures électriques reculent encore",
    "Tennis : la numéro un mondiale éliminée dès le premier tour",
    "Musique : le festival des Vieilles Charrues dévoile sa programmation",
    "Transports : grève des contrôleurs aériens annoncée pour lundi",
    "Sciences : une nouvelle espèce de grenouille découverte en Guyane",
]
NEXT_STORY = (
    "Un automobiliste a été flashé à deux cents kilomètres à l'heure sur une route départementale de la Sarthe "
    "dimanche soir, avant de prendre la fuite à travers champs, a indiqué la gendarmerie dans la matinée de lundi."
)


def test_a_long_list_on_the_articles_topic_does_not_cut_off_the_paragraphs_after_it():
    """Twelve short lines in a row (the measures of a plan) between paragraphs: the paragraphs after them are the
    article's too. Twelve headlines of other news between the article and other prose still end it."""
    after = [MORE, "Le ministère promet un premier bilan des travaux dans un an, et une réunion avec les maires."]
    text = "\n".join(["Un plan pour les écoles", LEDE, BODY, "Les mesures du plan", *MEASURES, *after, "Partager"])
    assert all(paragraph in spoken(parse_article(text, "text")) for paragraph in after)
    text = "\n".join(["Un plan pour les écoles", LEDE, BODY, MORE, "Toute l'actualité", *OTHER_NEWS, NEXT_STORY])
    article = parse_article(text, "text")
    assert MORE in spoken(article) and NEXT_STORY not in spoken(article)


def test_a_list_goes_on_through_an_item_the_page_marked_with_a_comma():
    """And its item "Il y a un besoin de…" is not a date stamp ("il y a 3 heures")."""
    items = [
        "Il y a un besoin de sensibilisation, de démonstration des possibilités des logiciels et d'accompagnement,",
        "Les écoles ont besoin d'indépendance, de communiquer et de collaborer",
        "Il faut aller voir les enseignants pour savoir ce dont ils ont besoin",
    ]
    text = "\n\n".join(["Un plan pour les écoles", LEDE, "Le groupe fourmille d'idées, je retiens pêle-mêle :"])
    article = parse_article("\n\n".join([text, "\n".join(items), BODY, MORE]), "text")
    for item in items:
        assert item in spoken(article)


def test_names_listed_after_a_sentence_introducing_them_are_read_in_both_modes():
    """A name alone on its line is usually a signature or a credit; after "… ont été retenus :" it is the list."""
    names = ["Mike Maignan", "Brice Samba", "Alphonse Areola"]
    intro = "Parmi les gardiens de but, trois noms ont été retenus par le sélectionneur pour le stage :"
    text = "\n\n".join(["Un plan pour les écoles", LEDE, intro, *names, BODY, MORE])
    html = html_page(
        "<article><h1>Un plan pour les écoles</h1>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in (LEDE, intro, *names, BODY, MORE))
        + "</article>"
    )
    for mode, page in (("text", text), ("html", html)):
        article = parse_article(page, mode)
        for name in names:
            assert name in spoken(article), mode
        assert BODY in spoken(article), mode


LABELLED = [
    ("Vision :", "Créer un manifeste et des rencontres entre enseignants et parents d'élèves"),
    ("Accès au savoir et appropriation :", "Publier les plans des travaux dans chaque établissement concerné"),
    ("Accueil :", "Avoir un référent du projet dans chaque école, joignable par les familles."),
    ("Gestion du temps (et de l'argent) :", "Mesurer le temps passé sur chaque chantier pour mieux le prévoir."),
]


def test_labels_each_heading_one_line_open_chapters_and_their_lines_are_read():
    """Headings set in bold and ending with a colon, each over one line ("Vision :" / "Créer un manifeste…"), even
    "Accueil :", which a menu never writes with a colon; and the same in a page's <h3>, however long the label."""
    lines = [line for pair in LABELLED for line in pair]
    text = "\n\n".join(["Un plan pour les écoles", LEDE, "Le groupe a trouvé plusieurs pistes :", *lines, BODY, MORE])
    html = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>Le groupe a trouvé plusieurs pistes :</p>"
        + "".join(f"<h3>{label}</h3><p>{line}</p>" for label, line in LABELLED)
        + f"<h3>La suite</h3><p>{BODY}</p><p>{MORE}</p></article>"
    )
    for mode, page in (("text", text), ("html", html)):
        article = parse_article(page, mode)
        titles = [chapter.title for chapter in article.chapters]
        assert [label for label, _ in LABELLED] == [title for title in titles if title.endswith(":")], mode
        for _, line in LABELLED:
            assert line in spoken(article), mode


def test_an_interviews_turns_under_repeated_labels_are_not_chapters():
    turns = [
        ("Question :", "Pourquoi ce plan arrive-t-il maintenant, si tard dans le mandat du gouvernement"),
        ("Réponse :", "Parce que les budgets des départements étaient enfin prêts, et les entreprises aussi."),
        ("Question :", "Les syndicats jugent le calendrier trop lent pour les écoles les plus vétustes"),
        ("Réponse :", "Nous commencerons par elles, dès la rentrée, dans les départements les plus touchés."),
    ]
    lines = [line for pair in turns for line in pair]
    article = parse_article("\n\n".join(["Un plan pour les écoles", LEDE, *lines, BODY, MORE]), "text")
    assert len(article.chapters) == 1


def test_the_last_paragraph_after_a_box_is_read_when_the_byline_signs_it():
    """A box of four short lines ("Repères" and three dates) before the last paragraph does not end the article
    when the byline's name signs that paragraph; the teasers after the signature are still not read."""
    last = (
        "Le ministre de l'Éducation a appelé les maires et les syndicats à reprendre le chemin du dialogue avant la "
        "rentrée."
    )
    lines = [
        "Un plan pour les écoles",
        "Par Claire Dubois",
        LEDE,
        BODY,
        "Repères",
        "1975 : première loi sur les bâtiments scolaires",
        "1995 : plan de désamiantage",
        "2018 : plan numérique",
        last,
        "Claire Dubois",
        "Partager sur Facebook",
        "Sur le même sujet",
        "Grève : les prévisions de trafic pour jeudi",
    ]
    article = parse_article("\n\n".join(lines), "text")
    assert last in spoken(article)
    assert "prévisions de trafic" not in spoken(article)


def test_a_short_turn_of_a_dialogue_set_with_dashes_is_read_in_both_modes():
    turns = [
        "— On ne lâchera rien, lance un enseignant croisé devant l'école.",
        "— Et les parents ?",
        "— Ils comprennent, je crois. La plupart nous soutiennent.",
    ]
    text = "\n\n".join(["Un plan pour les écoles", LEDE, BODY, *turns, MORE])
    html = html_page(
        "<article><h1>Un plan pour les écoles</h1>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in (LEDE, BODY, *turns, MORE))
        + "</article>"
    )
    for mode, page in (("text", text), ("html", html)):
        article = parse_article(page, mode)
        assert "— Et les parents ?" in spoken(article), mode
        assert len(article.chapters) == 1, mode


@pytest.mark.parametrize("credit", ["LP/Philippe Lavieille", "(Illustration)"])
def test_a_photos_caption_between_the_standfirst_and_the_byline_is_not_the_title(credit):
    caption = (
        f"Une école de Champigny-sur-Marne (Val-de-Marne), où les travaux doivent commencer en septembre. {credit}"
    )
    lines = ["Faits divers", "Un plan pour les écoles", LEDE, caption, "Par Léa Martin", BODY, MORE]
    article = parse_article("\n".join(lines), "text")
    assert article.title == "Un plan pour les écoles"
    assert "Champigny" not in spoken(article)


def test_a_standfirst_under_its_rubric_in_capitals_is_not_the_title():
    """20 Minutes sets its chapô under a rubric in capitals and without a full stop, right above the byline."""
    standfirst = (
        "ÉDUCATION Le gouvernement a présenté mardi un plan de rénovation des écoles qui doit toucher plus de trois "
        "cents établissements"
    )
    lines = [
        "Actualité",
        "Un plan pour les écoles",
        standfirst,
        "J.L. avec AFP",
        "Publié le 31/03/24 à 23h05",
        BODY,
        MORE,
    ]
    article = parse_article("\n".join(lines), "text")
    assert article.title == "Un plan pour les écoles"
    assert "trois cents établissements" in spoken(article)


def test_initials_signing_with_a_second_journalist_are_the_byline_not_the_title():
    header = "Faits divers\nUn plan pour les écoles\nC. L. avec Maxime Trichet\nLe 23/05/2024 à 06:42"
    article = parse_article(f"{header}\n{LEDE}\n{BODY}", "text")
    assert article.title == "Un plan pour les écoles"
    assert article.author == "C. L., Maxime Trichet"
    assert "Trichet" not in spoken(article)


CAPTION = "Une école de Champigny-sur-Marne, où les travaux doivent commencer en septembre."


@pytest.mark.parametrize(
    "photo",
    [
        [CAPTION, "(Lou Benoist/AFP)"],  # the credit alone under the caption
        [CAPTION, "Archives Thierry David / SUD OUEST"],
        [CAPTION, "Juanmonino / Getty Images", CAPTION],  # HuffPost copies the caption again under its credit
        ["PHOTO MARCO CAMPANOZZI, ARCHIVES LA PRESSE", CAPTION],  # La Presse: the credit first
        ["Photo: Jacques Nadeau Le Devoir", CAPTION],
    ],
)
def test_a_photos_caption_told_by_its_credit_line_is_not_read(photo):
    lines = ["Un plan pour les écoles", LEDE, "Par Léa Martin", "Publié le 3 mars 2024 à 10h00", *photo, BODY, MORE]
    article = parse_article("\n".join(lines), "text")
    assert "Champigny" not in spoken(article)
    assert LEDE in spoken(article) and BODY in spoken(article)


def test_an_interviews_first_question_under_a_lone_photo_credit_is_read():
    question = "Il y a trois ans, tu jouais en National 2 et tu travaillais à côté. Tu réalises le chemin parcouru ?"
    lines = ["Un plan pour les écoles", LEDE, "Propos recueillis par Léa Martin", "Photo : Iconsport", question, BODY]
    assert question in spoken(parse_article("\n".join(lines), "text"))


def test_the_last_paragraph_over_a_wires_signature_is_read():
    last = "Une première évaluation est prévue en novembre, sous la présidence du vice-président."
    lines = ["Un plan pour les écoles", LEDE, "Par Léa Martin", BODY, MORE, last, "ats/afp/dac", "Les plus lus"]
    assert last in spoken(parse_article("\n".join(lines), "text"))


def test_a_standfirst_over_a_captioned_credit_that_names_its_subject_is_read():
    """ "Steven Vanackere, Belga" under a chapô that names him is the photo's caption with its credit: the chapô is
    the article's."""
    standfirst = (
        "Le ministre des Affaires étrangères, Steven Vanackere, est opposé à la livraison d'armes aux rebelles."
    )
    lines = [
        "Un plan pour les écoles",
        "Publié le 3 mars 2024 à 10h00",
        standfirst,
        "Steven Vanackere, Belga",
        BODY,
        MORE,
    ]
    assert standfirst in spoken(parse_article("\n".join(lines), "text"))


def test_the_sites_name_under_the_headline_and_its_source_box_are_not_read():
    """Courrier international signs with its own name, the page's first line, and ends on the box of the paper it
    translates ("Source", its name, its city, its site, a sentence about it)."""
    about = "Fondé en 1976, El País est le quotidien le plus vendu d'Espagne."
    lines = [
        "Courrier international",
        "Menu",
        "Un plan pour les écoles",
        LEDE,
        "Courrier international",
        "Publié le 8 juillet 2024 à 15h10",
        BODY,
        MORE,
        "Source",
        "El País",
        "Madrid",
        "www.elpais.com",
        about,
        "Lire la suite",
    ]
    article = parse_article("\n".join(lines), "text")
    assert [chapter.title for chapter in article.chapters] == ["Un plan pour les écoles"]
    assert MORE in spoken(article)
    assert "Courrier" not in spoken(article) and about not in spoken(article)


def test_a_practical_question_asked_on_the_readers_behalf_is_a_heading():
    """ "Que faire si vous êtes concerné ?" asks for the reader, not of an interviewee: a section, like the other."""
    lines = [
        "Un plan pour les écoles",
        LEDE,
        "Quelles écoles sont concernées ?",
        BODY,
        "Que faire si vous êtes concerné ?",
    ]
    article = parse_article("\n".join([*lines, MORE]), "text")
    titles = [chapter.title for chapter in article.chapters]
    assert titles == [
        "Un plan pour les écoles",
        "Quelles écoles sont concernées ?",
        "Que faire si vous êtes concerné ?",
    ]


def test_a_matchs_score_box_under_the_standfirst_is_not_the_title():
    headline = "Le Standard renverse Anderlecht dans un Clasico fou"
    standfirst = (
        "Menés au repos, les Rouches se sont imposés 2-1 grâce à un doublé de Dussenne et ont fait chavirer Sclessin."
    )
    lines = [headline, standfirst, "Standard 2 - 1 Anderlecht", "Buts : Dolberg (24e) ; Dussenne (63e, 88e)"]
    lines += ["Thomas Delrée", "Publié le 27-10-2024 à 22h41", BODY, MORE]
    article = parse_article("\n".join(lines), "text")
    assert article.title == headline
    assert standfirst in spoken(article)


def test_a_films_facts_under_its_reviews_headline_are_neither_title_nor_byline():
    headline = "« La Dernière Saison », de Marion Vasseur : une ode aux paysans du Vercors"
    facts = ["Drame", "Marion Vasseur", "France | 1h52 | 2025", "Avec Jeanne Balibar, Grégory Gadebois, Rose Marchal"]
    lines = [headline, *facts, LEDE, "Jacques Morice", "Publié le 19 mars 2025 à 08h00", BODY, MORE]
    article = parse_article("\n".join(lines), "text")
    assert article.title == headline
    assert article.author == "Jacques Morice"


WITNESS = "« Je ne vais pas pouvoir tenir longtemps sans toucher à mes prix », confie Nathalie, boulangère à Rennes."


def test_an_explainers_question_headings_are_chapters_though_a_witness_says_je():
    """Four questions, each over third-person paragraphs: an explainer's sections; the "je" of a witness quoted in
    guillemets is not an interviewee answering."""
    questions = ["Quelles écoles sont concernées ?", "Pourquoi une telle hausse ?", "Les maires vont-ils payer ?"]
    questions.append("Comment faire baisser la note ?")
    lines = ["Un plan pour les écoles", LEDE]
    for question, paragraph in zip(questions, [BODY, MORE, f"{BODY} {WITNESS}", MORE], strict=True):
        lines += [question, paragraph]
    article = parse_article("\n".join(lines), "text")
    assert [chapter.title for chapter in article.chapters][1:] == questions


def test_numbered_question_headings_open_chapters():
    questions = ["1. Qui est concerné ?", "2. Quelle durée et quel format ?", "3. Que prévoit le programme ?"]
    lines = ["Un plan pour les écoles", LEDE]
    for question, paragraph in zip(questions, [BODY, MORE, BODY], strict=True):
        lines += [question, paragraph]
    article = parse_article("\n".join(lines), "text")
    assert [chapter.title for chapter in article.chapters][1:] == questions


def test_a_live_blogs_entry_titles_open_chapters_even_in_guillemets_or_under_a_refresh_button():
    entries = [
        ("13:40", "Le zouave a les pieds dans l'eau", BODY),
        ("13:12", "La préfecture appelle à la prudence", MORE),
        (
            "12:20",
            "« Du jamais vu depuis 2018 »",
            "Un hydrologue de Vigicrues estime que la crue reste importante. " + BODY,
        ),
    ]
    lines = ["EN DIRECT - Crue de la Seine : le niveau continue de monter à Paris", LEDE, "Actualiser"]
    for time, title, text in entries:
        lines += [time, title, text]
    article = parse_article("\n".join(lines), "text")
    assert [chapter.title for chapter in article.chapters][1:] == [title for _, title, _ in entries]
    assert not any(segment.kind == "quote" for segment in article.segments)


def test_a_short_heading_right_under_a_read_also_link_opens_its_chapter():
    """ "À lire aussi", a link's long headline, then a short section heading over a paragraph: the heading is the
    article's; a second link as long as the first is not."""
    link = "Roubaix : la mairie veut racheter les cellules commerciales vides du centre"
    lines = ["Un plan pour les écoles", LEDE, BODY, "À lire aussi", link, "La mairie promet un plan", MORE]
    article = parse_article("\n".join(lines), "text")
    assert [chapter.title for chapter in article.chapters][1:] == ["La mairie promet un plan"]
    assert "Roubaix" not in spoken(article) and MORE in spoken(article)
    labelled = ["Un plan pour les écoles", LEDE, BODY, "À voir également sur Le HuffPost :", link]
    article = parse_article("\n".join([*labelled, "La mairie promet un plan", MORE]), "text")
    assert [chapter.title for chapter in article.chapters][1:] == ["La mairie promet un plan"]
    second = "Lille : le marché de Wazemmes rouvre ses portes après deux mois de travaux"
    article = parse_article("\n".join([*lines[:5], second, MORE]), "text")
    assert len(article.chapters) == 1 and "Wazemmes" not in spoken(article)
    # A shorter headline over a heading two thirds its length.
    shorter = [*lines[:4], "Dinosaures : les iguanodons vivaient-ils vraiment en troupeaux ?"]
    article = parse_article("\n".join([*shorter, "Un site menacé par l'exploitation", MORE]), "text")
    assert [chapter.title for chapter in article.chapters][1:] == ["Un site menacé par l'exploitation"]
    # A link that asks reads as a sentence; it is still the box's.
    asking = [*lines[:4], "Centres-villes : le programme « Action cœur de ville » a-t-il tenu ses promesses ?"]
    article = parse_article("\n".join([*asking, "Des propriétaires qui préfèrent attendre", MORE]), "text")
    assert [chapter.title for chapter in article.chapters][1:] == ["Des propriétaires qui préfèrent attendre"]
    assert "Centres-villes" not in spoken(article)
    # As long as a link that reads as a headline, when the heading itself does not.
    shaped = [*lines[:4], "Transports : ces villes qui ont déjà franchi le pas"]
    article = parse_article("\n".join([*shaped, "Un coût de 4 millions par an", MORE]), "text")
    assert [chapter.title for chapter in article.chapters][1:] == ["Un coût de 4 millions par an"]


def test_the_paragraph_a_paywall_cuts_mid_sentence_is_read():
    cut = (
        "Le coût de l'opération, estimé à 1,8 million d'euros, sera pris en charge par l'entreprise, selon la "
        "métropole. Une information que l'opposition"
    )
    lines = ["Un plan pour les écoles", LEDE, BODY, cut, "Il vous reste 72% de cet article à lire.", "Se connecter"]
    article = parse_article("\n".join(lines), "text")
    assert cut in spoken(article)


def test_an_author_box_comments_a_dotted_byline_a_read_also_paragraph_and_an_instagram_post_are_not_read():
    page = html_page(
        "<article><h1>Un plan pour les écoles</h1>"
        "<div class='byline'>Mathieu Perrin · <time>02/11/2025 23:10</time></div>"
        f"<p>{LEDE}</p><p class='lire-aussi'><a href='/x'>Frelon asiatique : un nid géant découvert à Rennes</a></p>"
        f"<p>{BODY}</p>"
        "<blockquote class='instagram-media'><p>Mon piège ce matin : 3 frelons et 2 abeilles #frelonasiatique</p>"
        "<a href='/i'>Une publication partagée par Jardins de Mamie (@jardinsdemamie)</a></blockquote>"
        f"<p>{MORE}</p>"
        "<section class='author-box'><h3>Sofia Benhamou</h3><p>Journaliste au service Marseille depuis 2018, elle suit "
        "l'éducation et la vie des quartiers nord.</p></section>"
        "<div class='commentaires'><h3>Commentaires (12)</h3><div class='com'><b>Pierrot40</b><p>Encore les petits "
        "producteurs qui trinquent, comme toujours dans ce pays.</p></div></div></article>"
    )
    article = parse_article(page, "html")
    assert [chapter.title for chapter in article.chapters] == ["Un plan pour les écoles"]
    assert MORE in spoken(article)
    for chrome in ("Mathieu Perrin", "Frelon", "frelons", "Jardins", "Sofia", "Pierrot40", "trinquent"):
        assert chrome not in spoken(article), chrome
    reasons = {d.text: d.reason for d in article.dropped}
    assert reasons["Sofia Benhamou"] == "author box" and reasons["Pierrot40"] == "comments"


def test_a_live_blogs_short_entries_under_their_times_are_read():
    entries = [
        ("22h55", "C'est terminé ! Lyon s'impose face à la Juventus grâce à un but de Lucas Tousart."),
        ("22h12", "Anthony Lopes sauve les siens devant Higuain, sur une frappe à bout portant en fin de match."),
        ("21h31", "BUUUUT ! Lucas Tousart ouvre le score !"),
        ("21h00", "Coup d'envoi !"),
    ]
    lines = [
        "Accueil",
        "Sport",
        "DIRECT. Ligue des champions : Lyon-Juventus",
        "Publié le 26 février 2020 à 20h00",
        LEDE,
    ]
    for time, entry in entries:
        lines += [time, entry]
    article = parse_article("\n\n".join([*lines, "Les plus lus", "Le PSG en difficulté"]), "text")
    for _, entry in entries:
        assert entry in spoken(article)
    assert "Le PSG en difficulté" not in spoken(article)


def test_a_live_blogs_entry_titles_under_their_times_open_chapters_and_its_hosts_sign_it():
    entries = [
        ("18:40", "Kiev annonce la reprise de trois villages", LEDE),
        ("17:55", "Moscou dément tout recul", BODY),
        ("16:20", "Les Vingt-Sept débattent d'une nouvelle aide militaire", MORE),
    ]
    lines = [
        "International",
        "EN DIRECT",
        "Guerre en Ukraine : l'armée ukrainienne affirme avoir repris trois villages dans le Sud",
        "Le président Volodymyr Zelensky a salué samedi une avancée de ses troupes, tandis que Moscou dément tout recul.",
        "Live animé par Marie Dupont et Jean Martin",
        "Publié le 26 août 2023 à 06h12",
    ]
    for time, title, paragraph in entries:
        lines += [time, title, paragraph, "Partager"]
    article = parse_article("\n\n".join([*lines, "Charger plus de contenus"]), "text")
    assert [chapter.title for chapter in article.chapters][1:] == [title for _, title, _ in entries]
    assert article.author == "Marie Dupont, Jean Martin"
    assert "Live animé" not in spoken(article)


SIGNED_ENTRIES = [
    ("Alexandre Pedro le 26 février à 22h55", "C'est terminé ! Lyon s'impose face à la Juventus (1-0)"),
    ("Alexandre Pedro le 26 février à 22h12", LEDE, "Les Lyonnais tiennent bon malgré la pression italienne"),
    ("Alexandre Pedro le 26 février à 21h31", "Lucas Tousart ouvre le score pour Lyon sur un centre de Houssem Aouar"),
    ("Alexandre Pedro le 26 février à 21h20", BODY),
    ("Alexandre Pedro le 26 février à 21h05", MORE),
]


@pytest.mark.parametrize("mode", ["text", "html"])
def test_a_live_blogs_signed_time_stamps_are_not_read_and_its_entries_lines_open_no_chapter(mode):
    """Each entry under "<journalist> le 26 février à 22h55": the stamp is the entry's signature, not its text; an
    entry's line without a full stop, alone or last, is read as its text, not taken for the title of the next entry."""
    title = "Ligue des champions : Lyon bat la Juventus en huitième de finale aller"
    if mode == "text":
        page = "\n\n".join([title, *(line for entry in SIGNED_ENTRIES for line in entry), "Les plus lus"])
    else:
        entries = "".join(
            f"<section><p>{stamp}</p>{''.join(f'<p>{line}</p>' for line in lines)}</section>"
            for stamp, *lines in SIGNED_ENTRIES
        )
        page = html_page(f"<main><h1>{title}</h1>{entries}</main>")
    article = parse_article(page, mode)
    assert [chapter.title for chapter in article.chapters] == [title]
    for stamp, *lines in SIGNED_ENTRIES:
        assert all(line in spoken(article) for line in lines)
        assert stamp not in spoken(article)


def test_a_name_then_a_date_without_a_time_is_not_an_entrys_signature():
    """ "Griffonné le 30 novembre 2017" closes a blog post; "Paris le 26 février à 22h12 il pleut" is a sentence."""
    from app.article.chrome import signed_stamp

    assert signed_stamp("Le Monde, 26/02/2020 22:12")
    assert not signed_stamp("Griffonné le 30 novembre 2017")
    assert not signed_stamp("Paris le 26 février à 22h12 il pleut")


ONE_SCREEN_NOTICE = [
    "Lecture du Monde en cours sur un autre appareil.",
    "Vous pouvez lire Le Monde sur un seul appareil à la fois",
    "Continuer à lire ici",
    "Ce message s'affichera sur l'autre appareil.",
    "Pourquoi voir ce message ?",
    "Parce qu'une autre personne (ou vous) est en train de lire Le Monde avec ce compte sur un autre appareil.",
    "Comment ne plus voir ce message ?",
    "En cliquant sur « Continuer à lire ici » et en vous assurant que vous êtes la seule personne à consulter Le Monde.",
    "Y a-t-il d'autres limites ?",
    "Vous ignorez qui est l'autre personne ?",
]


@pytest.mark.parametrize("first", [0, 1])
@pytest.mark.parametrize("mode", ["text", "html"])
def test_the_notice_that_the_account_is_read_on_another_screen_is_not_read(mode, first):
    """Every page of Le Monde carries it, hidden, after the article: its questions are not chapters, its answers
    not paragraphs; also copied without its first line."""
    title = "La réforme des retraites adoptée sans vote à l'Assemblée nationale"
    if mode == "text":
        page = "\n".join([title, LEDE, BODY, MORE, *ONE_SCREEN_NOTICE[first:]])
    else:
        notice = "".join(f"<p>{line}</p>" for line in ONE_SCREEN_NOTICE[first:])
        body = f"<article><h1>{title}</h1><p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p></article>"
        page = html_page(f"<main>{body}<section class='capping'>{notice}</section></main>")
    article = parse_article(page, mode)
    assert [chapter.title for chapter in article.chapters] == [title]
    assert MORE in spoken(article)
    assert "appareil" not in spoken(article) and "ce message" not in spoken(article)


def test_the_notice_that_the_account_is_read_on_another_screen_copied_first_is_not_the_title():
    title = "La réforme des retraites adoptée sans vote à l'Assemblée nationale"
    notice = [*ONE_SCREEN_NOTICE[:4], "Découvrir les offres multicomptes", "Le Monde", "Planète"]
    article = parse_article("\n".join([*notice, title, LEDE, "Par Hélène Castagné", BODY, MORE]), "text")
    assert article.title == title
    assert "appareil" not in spoken(article) and "Continuer" not in spoken(article)


@pytest.mark.parametrize("mode", ["text", "html"])
def test_a_fact_sheets_label_and_value_lines_are_read(mode):
    """ "Stade : Groupama Stadium", "Arbitre : Felix Brych": short, but the article's facts, in a row."""
    facts = ["Stade : Groupama Stadium", "Arbitre : Felix Brych", "Diffusion : Canal+ à 21 heures"]
    title = "Ligue des champions : Lyon reçoit la Juventus en huitième de finale aller"
    if mode == "text":
        page = "\n\n".join([title, LEDE, *facts, BODY, MORE])
    else:
        lines = "".join(f"<p>{line}</p>" for line in facts)
        page = html_page(f"<article><h1>{title}</h1><p>{LEDE}</p>{lines}<p>{BODY}</p><p>{MORE}</p></article>")
    article = parse_article(page, mode)
    assert all(fact in spoken(article) for fact in facts)


CONSENT_BANNER = [
    "Votre vie privée est importante pour nous",
    "Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et "
    "accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement "
    "à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité.",
    "Avec nos partenaires, nous traitons les données suivantes :",
    "Paramétrer les cookies",
    "Accepter & Fermer",
]
BLOCKED_EMBED = (
    "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. Ce contenu est fourni par "
    "Twitter. Pour pouvoir le visualiser, vous devez accepter l'usage étant opéré par Twitter avec vos données."
)


def test_a_cookie_banner_copied_with_the_page_and_a_blocked_embeds_notice_are_not_read():
    """A copy made with the consent banner open: its title is not the headline, its text is not the lede; the
    newspaper's "Passer la publicité" between two paragraphs is not a chapter."""
    title = "La réforme des retraites adoptée sans vote à l'Assemblée nationale"
    about_cookies = (
        "La CNIL a condamné Google pour ne pas avoir permis aux internautes de refuser les cookies aussi facilement "
        "que de les accepter, une décision saluée par les associations."
    )
    page = "\n".join(
        [*CONSENT_BANNER, title, LEDE, "Passer la publicité", BODY, BLOCKED_EMBED, "J'accepte", about_cookies, MORE]
    )
    article = parse_article(page, "text")
    assert article.title == title
    assert [chapter.title for chapter in article.chapters] == [title]
    assert LEDE in spoken(article) and about_cookies in spoken(article) and MORE in spoken(article)
    assert "cookies ou technologies" not in spoken(article) and "Twitter" not in spoken(article)
    assert "J'accepte" not in spoken(article)


@pytest.mark.parametrize(
    "signature",
    [
        ["Article rédigé par", "Margaux Duguet", "France Télévisions"],
        ["Article rédigé par Margaux Duguet - France Télévisions"],
        ["Article rédigé par", "franceinfo avec AFP", "France Télévisions"],
    ],
)
def test_a_public_broadcasters_signature_names_its_journalist_and_its_buttons_are_not_read(signature):
    """franceinfo signs "Article rédigé par", the journalist, then its newsroom; a sharing button under the header is
    not a chapter, and the reader's poll at the end ("Cet article vous a été utile ?") is not read."""
    title = "Réforme des retraites : le gouvernement engage sa responsabilité"
    head = [title, LEDE, *signature, "Publié le 16/03/2023 15:12", "Temps de lecture : 3min"]
    page = "\n".join(
        [
            *head,
            "Partager l'article sur les réseaux sociaux",
            BODY,
            MORE,
            "Cet article vous a été utile ?",
            "Oui",
            "Non",
        ]
    )
    article = parse_article(page, "text")
    assert article.author == ("Margaux Duguet" if "Margaux" in " ".join(signature) else None)  # not its newsroom
    assert [chapter.title for chapter in article.chapters] == [title]
    assert MORE in spoken(article) and "utile" not in spoken(article)


def test_a_slideshows_caption_and_credit_a_poll_and_a_link_here_are_not_read_but_measures_in_brackets_are():
    """<div class="caption"> and <div class="copyright"> under a photo, a sidebar's poll, "Voir ici les classements
    complets", none is the article; "(0,1 à 0,5 millibecquerel/m3)" is a measure, not a photographer's credit."""
    measured = (
        "Les traces de césium contenues dans l'air se situent aux limites de détection (0,1 à 0,5 millibecquerel/m3), "
        "de même que pour les dépôts surfaciques (1,5 à 4 becquerel/m2)."
    )
    photo = (
        "<div id='photoset'><div class='caption'>Plusieurs courses au programme de Kyra en attendant le marathon."
        "<div class='copyright'>EdA - Jacques Duchateau</div></div></div>"
    )
    poll = (
        "<div class='poll'><h2>Sondage</h2><p class='title'>Uniformes espagnols</p>"
        "<p class='question'>Comment trouvez-vous les uniformes de la délégation espagnole ?</p>"
        "<p><span>Horribles. Je les plains de devoir porter ça</span></p></div>"
    )
    body = f"<p>{LEDE}</p>{photo}<p>{BODY}</p><p>{measured}</p><p>Voir ici les classements complets de la course</p>"
    page = html_page(f"<article><h1>Un plan pour les écoles</h1>{body}<p>{MORE}</p></article>{poll}")
    article = parse_article(page, "html")
    assert [chapter.title for chapter in article.chapters] == ["Un plan pour les écoles"]
    assert measured in spoken(article) and MORE in spoken(article)
    for chrome in ("Plusieurs courses", "Duchateau", "uniformes", "Horribles", "Voir ici"):
        assert chrome not in spoken(article)


def test_a_caption_marked_on_an_inline_element_under_its_photo_is_not_read():
    """7sur7 sets a photo's caption in <span class="figcaption"> inside a <section> that holds no block: the
    section's text is all caption, a sentence about the article's subject but not the article."""
    caption = (
        "Dans la catégorie des biens, c'est l'entreprise de lingerie Maille France, créée par Carine Gilson, qui l'a "
        "emporté."
    )
    photo = f"<section class='photo'><img src='x.jpg'><span class='figcaption'>{caption}</span></section>"
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{BODY}</p>{photo}<p>{MORE}</p></article>"
    )
    article = parse_article(page, "html")
    assert caption not in spoken(article) and MORE in spoken(article)
    assert any(dropped.reason == "caption" and "Maille France" in dropped.text for dropped in article.dropped)


@pytest.mark.parametrize("mode", ["text", "html"])
def test_how_a_review_asks_to_be_cited_is_not_read(mode):
    """ "Pour citer cet article :" and the reference with its ISSN close a journal's article: not a chapter, not read."""
    citation = [
        "Pour citer cet article :",
        "Jean Dupont, « Le souci des autres », La Vie des idées, 19 mars 2013. ISSN : 2105-3030. URL : https://x.fr",
    ]
    title = "Martha Nussbaum et le souci des autres"
    if mode == "text":
        page = "\n\n".join([title, LEDE, BODY, MORE, *citation])
    else:
        body = "".join(f"<p>{line}</p>" for line in (LEDE, BODY, MORE, *citation))
        page = html_page(f"<article><h1>{title}</h1>{body}</article>")
    article = parse_article(page, mode)
    assert [chapter.title for chapter in article.chapters] == [title]
    assert MORE in spoken(article) and "ISSN" not in spoken(article) and "citer" not in spoken(article)


@pytest.mark.parametrize(
    ("over_the_chapo", "line", "standfirst"),
    [
        (
            "Les filles les plus sexy sur notre blog Babes",
            "La chanteuse a laissé tomber le poisson mais joue la carte sexy",
            True,
        ),
        (
            "SONDAGES: votre avis sur les mesures du gouvernement",
            "Selon Cimabel, augmenter les accises est trop simple",
            True,
        ),
        ("Photo News", "Legear à la presse russe : « Ce n'était pas un gros accident »", False),
        ("Photo News", "Cinébel, notre site 100% cinéma !", False),
        ("Photo News", "Vidéo: les images de Mohamed Merah, sur France 2", False),
    ],
)
def test_a_chapo_without_its_full_stop_over_the_lede_past_a_promotion(over_the_chapo, line, standfirst):
    """The headline, its date, a promotion of the site, then the chapô right over the dateline's lede; a related
    headline or the site's own plug in that place is no chapô."""
    lede = "PARIS " + LEDE
    page = "\n\n".join(["Alizée revient en soutif", "(05/12/2012)", over_the_chapo, line, lede, BODY])
    article = parse_article(page, "text")
    assert article.title == "Alizée revient en soutif"
    assert (article.standfirst == line) is standfirst
    assert over_the_chapo not in spoken(article)


def test_a_match_reports_last_entry_under_its_minute_is_read_and_its_minutes_are_not():
    lines = ["DIRECT. PSG - OM : suivez le Classique en live", LEDE, "Publié le 17 mars 2024 à 20h30"]
    entries = [("90+3'", BODY), ("64'", MORE), ("1'", "Coup d'envoi !")]
    for minute, entry in entries:
        lines += [minute, entry]
    article = parse_article("\n\n".join([*lines, "Les plus lus", "Mercato : le PSG prépare une offre"]), "text")
    for _, entry in entries:
        assert entry in spoken(article)
    assert "90+3" not in spoken(article) and "Mercato" not in spoken(article)


def test_a_chats_short_turns_are_read_not_made_chapters():
    turns = [
        "Marc Durand : Bonjour à tous et merci d'être si nombreux, je répondrai à un maximum de vos questions.",
        "Pierre de Namur : Est-ce intéressant de changer de fournisseur maintenant ?",
        "Marc Durand : " + BODY,
        "Anonyme : Le tarif social va-t-il être élargi ?",
        "Marc Durand : " + MORE,
        "Julie : Merci pour vos réponses",
        "Marc Durand : Merci pour toutes vos questions, ce chat est terminé.",
    ]
    text = "\n\n".join(["Chat : vos questions sur la hausse des factures d'énergie", LEDE, *turns, "Réagir"])
    article = parse_article(text, "text")
    assert len(article.chapters) == 1
    for turn in turns:
        assert turn in spoken(article)


def test_a_numbered_heading_between_paragraphs_opens_a_chapter_and_a_numbered_list_stays_a_list():
    items = ["1. Repérer les passoires thermiques", "2. Isoler les combles", "3. Changer les fenêtres"]
    text = "\n\n".join(
        [
            "Un plan pour rénover les écoles du pays",
            LEDE,
            "1. L'âge des bâtiments en question",
            BODY,
            "Les étapes à suivre sont les suivantes :",
            "\n".join(items),
            MORE,
        ]
    )
    article = parse_article(text, "text")
    assert [chapter.title for chapter in article.chapters][1:] == ["1. L'âge des bâtiments en question"]
    for item in items:
        assert item in spoken(article)


def test_a_section_of_a_numbered_series_is_a_chapter_after_a_short_line():
    text = "\n\n".join(
        [
            "Les cinq commandements pour un Internet plus sûr",
            LEDE,
            "1 - Des rumeurs tu te méfieras",
            BODY,
            "Quelques comptes à suivre : @decodeurs / @snopes",
            "2 - Ta porte à clef tu fermeras",
            MORE,
            "3 - Les intrusions tu éviteras",
            BODY.replace("écoles", "collèges"),
        ]
    )
    titles = [chapter.title for chapter in parse_article(text, "text").chapters][1:]
    assert titles == [
        "1 - Des rumeurs tu te méfieras",
        "2 - Ta porte à clef tu fermeras",
        "3 - Les intrusions tu éviteras",
    ]


def test_an_address_is_read_and_a_sentence_introducing_a_list_is_not_a_chapter():
    text = "\n\n".join(
        [
            "Où sortir ce week-end à Bruxelles",
            LEDE,
            "5 - 7 Quai au bois à brûler - 1000 Bruxelles",
            BODY,
            "Ils rejoignent :",
            MORE,
        ]
    )
    article = parse_article(text, "text")
    assert [chapter.title for chapter in article.chapters] == ["Où sortir ce week-end à Bruxelles"]
    assert "1000 Bruxelles" in spoken(article)


def test_cards_of_other_articles_opening_in_a_new_window_are_not_read():
    cards = [
        "Armée, défense… Emmanuel Macron va faire des annonces majeures",
        "(nouvelle fenêtre)",
        "Publié le 11 juillet 2025 à 13h40",
        "Proche-Orient : Emmanuel Macron souhaite un débat au Parlement",
        "(nouvelle fenêtre)",
        "Publié le 20 juin 2025 à 13h02",
    ]
    text = "\n".join(
        ["Un plan pour rénover les écoles", "Par Raphael Bazile", "(nouvelle fenêtre)", "Publié le 16 juin 2025"]
    )
    text += "\n\n" + "\n\n".join(
        [LEDE, BODY, MORE, "Raphael Bazile", "Sur le\nmême thème", "#LCI Direct\n" + "\n".join(cards)]
    )
    article = parse_article(text, "text")
    assert article.author == "Raphael Bazile"
    assert "Macron" not in spoken(article) and "fenêtre" not in spoken(article)
    reasons = {entry.text: entry.reason for entry in article.dropped}
    assert reasons[cards[0]] == reasons[cards[3]] == "teaser"  # what the listener is told they were


def test_a_link_opening_in_a_new_window_inside_a_paragraph_keeps_the_paragraph():
    broken = "\n".join(
        [
            "Certains établissements proposent un cashback SCPI",
            "(nouvelle fenêtre)",
            "attractif, versé dès le premier mois.",
        ]
    )
    text = "\n\n".join(["Un plan pour rénover les écoles", LEDE, broken, BODY, MORE])
    said = spoken(parse_article(text, "text"))
    assert "Certains établissements proposent un cashback SCPI" in said and "fenêtre" not in said


def test_a_pull_quote_copied_as_text_is_a_quotation_of_the_name_under_it_not_a_chapter():
    text = "\n\n".join(
        [
            "Un plan pour rénover les écoles",
            LEDE,
            BODY,
            "« Si l'État m'appelle pour s'excuser, je retirerai mon recours »",
            "Jean-Michel Aulas",
            MORE,
        ]
    )
    article = parse_article(text, "text")
    assert [chapter.title for chapter in article.chapters] == ["Un plan pour rénover les écoles"]
    quoted = [(s.text, s.speaker) for s in article.segments if s.kind.value == "quote"]
    assert quoted == [("Si l'État m'appelle pour s'excuser, je retirerai mon recours", "Jean-Michel Aulas")]


def test_the_topic_a_page_links_to_is_not_a_heading():
    text = "\n\n".join(
        [
            "Un plan pour rénover les écoles",
            "Suivez la couverture complète",
            "Rénovation des écoles : le grand chantier du quinquennat",
            LEDE,
            BODY,
            MORE,
        ]
    )
    article = parse_article(text, "text")
    assert [chapter.title for chapter in article.chapters] == ["Un plan pour rénover les écoles"]
    assert "grand chantier" not in spoken(article)


def test_a_regional_papers_masthead_date_and_the_tags_over_the_date_are_not_the_title():
    text = "\n".join(
        [
            "Ma ville",
            "Faits divers",
            "Menu",
            "dimanche 13 juillet 2025, Saint Henri",
            "20° / 29°",
            "Toulouse",
            "Accueil",
            "Un plan pour rénover les écoles rurales du Lot",
            "Faits divers, Éducation, Lot",
            "Publié le 12/07/2025 à 19:32",
            "La rédaction du Lot",
        ]
    )
    article = parse_article(text + "\n\n" + "\n\n".join([LEDE, BODY, MORE]), "text")
    assert article.title == "Un plan pour rénover les écoles rurales du Lot"
    assert {entry.text: entry.reason for entry in article.dropped}["Faits divers, Éducation, Lot"] == "tags"


def test_a_long_question_over_its_signed_byline_is_the_headline():
    question = (
        "L'Europe doit-elle se doter de sa propre dissuasion nucléaire face à la Russie? Si oui, en est-elle capable?"
    )
    text = "\n\n".join(["Monde\n" + question, "Clément Poursain – 7 juillet 2025 à 12h00", LEDE, BODY, MORE])
    article = parse_article(text, "text")
    assert (article.title, article.author) == (question, "Clément Poursain")


def test_a_newsletter_box_set_inside_the_text_is_not_read():
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p>"
        "<section class='inread js-services-inread'><div class='inread__headline'><span>Newsletter</span></div>"
        "<a href='/newsletters/afrique/'><div class='inread__title'>« Le Monde Afrique »</div>"
        "<div class='inread__desc'>Chaque samedi, retrouvez une semaine d'actualité et de débats, par la rédaction "
        "du « Monde Afrique »</div><div class='inread__cta'>S'inscrire</div></a></section>"
        f"<p>{BODY}</p><p>{MORE}</p></article>"
    )
    article = parse_article(page, "html")
    assert "Chaque samedi" not in spoken(article) and BODY in spoken(article)
    promotions = [entry.text for entry in article.dropped if entry.reason == "advertising"]
    assert any(text.startswith("Chaque samedi") for text in promotions)  # what the listener is told it was


def test_a_chart_stamped_with_a_date_inside_the_article_does_not_end_it():
    after = (
        "L'Europe, qui a dépassé jeudi 100 000 cas recensés, est désormais le continent le plus touché par l'épidémie."
    )
    text = "\n\n".join(
        [
            "Un plan pour rénover les écoles",
            LEDE,
            BODY,
            "En dehors de Chine, foyers principaux de Covid-19\n"
            "MIS À JOUR LE · Cas confirmés de Covid-19 depuis le 17 février 2020 en Europe et ailleurs dans le monde",
            after,
            MORE,
        ]
    )
    assert after in spoken(parse_article(text, "text"))


def test_a_chapo_copied_with_its_boxs_label_is_read_without_it():
    text = "\n\n".join(
        ["Un plan pour rénover les écoles", "Publié le 12/07/2025 à 19:32", "l'essentiel " + LEDE, BODY, MORE]
    )
    said = spoken(parse_article(text, "text"))
    assert LEDE in said and "essentiel" not in said


def test_a_signature_after_its_date_names_the_authors():
    text = "\n\n".join(
        [
            "Marchés publics : les contrats opaques d'une grande agglomération",
            LEDE,
            "12 mars 2024 | Par Jean Dupont et Marie Durand",
            BODY,
            MORE,
        ]
    )
    article = parse_article(text, "text")
    assert article.author == "Jean Dupont, Marie Durand"
    assert article.published == "2024-03-12"


def test_a_chat_signed_under_each_time_reads_the_questions_and_answers_not_the_names():
    entries = [
        ("12:01", "Marc Durand", "Bonjour à tous, nous allons commencer."),
        ("12:02", "Julie", "Pourquoi le prix du gaz augmente-t-il autant ?"),
        ("12:04", "Marc Durand", BODY),
        ("12:05", "Pierre", "Faut-il changer de fournisseur ?"),
        ("12:07", "Marc Durand", MORE),
    ]
    lines = ["Chat : vos questions sur la hausse des factures d'énergie", LEDE]
    for time, author, words in entries:
        lines += [time, author, words]
    article = parse_article("\n\n".join([*lines, "Réagir"]), "text")
    assert len(article.chapters) == 1
    for _, _, words in entries:
        assert words in spoken(article)
    assert "Julie" not in spoken(article)
    assert {entry.reason for entry in article.dropped if entry.text == "Julie"} == {"author of the entry"}


def test_a_chat_page_in_html_reads_its_timed_turns_without_making_questions_chapters():
    turns = [
        ("12:01", "Marc Durand", "Bonjour à tous, nous allons commencer."),
        ("12:02", "Julie", "Pourquoi le prix du gaz augmente-t-il autant ?"),
        ("12:04", "Marc Durand", BODY),
        ("12:05", "Pierre", "Faut-il changer de fournisseur ?"),
        ("12:07", "Marc Durand", MORE),
    ]
    chat = "".join(
        f'<div class="msg"><span class="time">{time}</span> <strong>{who}</strong> : {words}</div>'
        for time, who, words in turns
    )
    page = html_page(f"<h1>Chat : vos questions sur l'énergie</h1><p>{LEDE}</p><div class='chat'>{chat}</div>")
    article = parse_article(page, "html")
    assert len(article.chapters) == 1
    assert "Faut-il changer de fournisseur ?" in spoken(article)


def test_a_match_lives_commentary_in_html_is_read_not_taken_for_readers_comments():
    entries = [("90+3'", BODY), ("45'", "Mi-temps"), ("1'", MORE)]
    feed = "".join(
        f'<div class="live-match-comment"><span class="minute">{minute}</span><p>{text}</p></div>'
        for minute, text in entries
    )
    page = html_page(f"<h1>DIRECT. PSG - OM : suivez le Classique</h1><p>{LEDE}</p><div class='live-feed'>{feed}</div>")
    article = parse_article(page, "html")
    for _, text in entries:
        assert text in spoken(article)


@pytest.mark.parametrize("mark", ["article-teaser", "pub-info"])
def test_a_chapo_in_a_box_named_like_chrome_is_read_and_the_teasers_of_other_articles_are_not(mark):
    page = html_page(
        f"<article><h1>Retraites : ce que contient la réforme</h1><div class='{mark}'><p>{LEDE}</p></div>"
        f"<p>{BODY}</p><p>{MORE}</p></article>"
        "<div class='teasers'><a href='/x'>Un autre article sur la réforme des retraites du gouvernement</a></div>"
    )
    article = parse_article(page, "html")
    assert LEDE in spoken(article)
    assert "Un autre article" not in spoken(article)


def test_a_match_reports_one_word_entries_are_read():
    entries = [("90+3'", BODY), ("45'", "Mi-temps"), ("30'", "Penalty"), ("1'", MORE)]
    lines = ["DIRECT. PSG - OM : suivez le Classique en live", LEDE]
    for minute, entry in entries:
        lines += [minute, entry]
    article = parse_article("\n\n".join(lines), "text")
    assert "Mi-temps" in spoken(article) and "Penalty" in spoken(article)


def test_an_embedded_tweet_is_not_read_but_the_quotation_the_article_introduces_is():
    text = "\n\n".join(
        [
            "Un plan pour les écoles",
            LEDE,
            "Le ministre a réagi sur son compte Twitter. Il y déclare :",
            "Un accord historique pour nos écoles, merci à tous ! #education @gouvernement",
            "— Jean Dupont (@jeandupont) Novembre 20, 2012",
            "(« Un accord historique pour nos écoles »)",
            BODY,
            MORE,
        ]
    )
    article = parse_article(text, "text")
    assert "@gouvernement" not in spoken(article) and "(@jeandupont)" not in spoken(article)
    assert {entry.reason for entry in article.dropped if "jeandupont" in entry.text} == {"embedded post"}
    assert "Un accord historique pour nos écoles" in [s.text for s in article.segments if s.kind.value == "quote"]


def test_an_embedded_tweet_in_html_is_not_read():
    tweet = (
        "<blockquote class='twitter-tweet'><p>Un accord historique pour nos écoles, merci à tous ! "
        "<a href='https://twitter.com/gouv'>@gouvernement</a></p>— Jean Dupont (@jeandupont) "
        "<a href='https://twitter.com/jeandupont/status/1'>Novembre 20, 2012</a></blockquote>"
    )
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p>{tweet}<p>{BODY}</p><p>{MORE}</p></article>"
    )
    article = parse_article(page, "html")
    assert BODY in spoken(article)
    assert "@gouvernement" not in spoken(article) and "jeandupont" not in spoken(article)
    assert any(entry.reason == "embedded post" and "jeandupont" in entry.text for entry in article.dropped)


def test_a_chapo_between_the_signature_and_a_read_also_box_is_the_standfirst():
    chapo = "Trois cents établissements seront rénovés d'ici la fin de la décennie. Les syndicats restent prudents."
    text = "\n\n".join(
        [
            "Un plan pour les écoles",
            "Véronique Lamquin",
            "Samedi 12 janvier 2013, 18h42",
            chapo,
            "Lire aussi",
            "Les écoles wallonnes attendent leurs travaux",
            "La rentrée sous tension dans les lycées",
            LEDE,
            BODY,
            MORE,
        ]
    )
    article = parse_article(text, "text")
    assert article.standfirst == chapo
    assert article.segments[1].text == chapo
    assert "La rentrée sous tension dans les lycées" not in spoken(article)


def test_a_heading_that_links_to_another_page_is_a_teaser_not_a_chapter():
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><h2><a href='#calendrier'>Le calendrier</a></h2>"
        f"<p>{BODY}</p><h3><a href='/autre-article'>Les lycées attendent leur tour</a></h3><p>{MORE}</p></article>"
    )
    article = parse_article(page, "html")
    assert [chapter.title for chapter in article.chapters][1:] == ["Le calendrier"]
    assert any(entry.reason == "teaser" for entry in article.dropped)


def test_an_essays_question_headings_are_chapters_and_an_interviews_questions_are_read():
    essay = "\n\n".join(
        ["Un plan pour les écoles", LEDE, "Pourquoi rénover maintenant ?", BODY, "Quelles écoles d'abord ?", MORE]
    )
    assert [c.title for c in parse_article(essay, "text").chapters][1:] == [
        "Pourquoi rénover maintenant ?",
        "Quelles écoles d'abord ?",
    ]
    questions = ["Pourquoi maintenant ?", "Et les lycées ?", "Quel calendrier ?", "C'est-à-dire ?"]
    interview = "\n\n".join(["Un plan pour les écoles", LEDE, *[f"{q}\n\n{BODY}" for q in questions], MORE])
    article = parse_article(interview, "text")
    assert len(article.chapters) == 1
    assert all(q in spoken(article) for q in questions)


ESSAY_QUESTIONS = [
    "Pourquoi les écoles vieillissent-elles si mal ?",
    "Qui paiera les travaux des toitures ?",
    "Quelles écoles seront rénovées en premier ?",
    "Comment chauffer les classes pendant les chantiers ?",
]


def test_an_essay_asking_itself_four_full_questions_still_has_chapters():
    """Four questions no one is asked and no one answers as "je", none a terse follow-up: an essay's section
    headings, in copied text and all the more when the page marks them as <h2>."""
    paragraphs = [BODY, MORE, LEDE.replace("mardi", "jeudi"), BODY.replace("dès", "avant")]
    sections = [line for pair in zip(ESSAY_QUESTIONS, paragraphs, strict=True) for line in pair]
    article = parse_article("\n\n".join(["Un plan pour les écoles", LEDE, *sections]), "text")
    assert [chapter.title for chapter in article.chapters][1:] == ESSAY_QUESTIONS
    html_sections = "".join(f"<h2>{q}</h2><p>{p}</p>" for q, p in zip(ESSAY_QUESTIONS, paragraphs, strict=True))
    asked = "".join(
        f"<h2>{q.replace('Qui paiera', 'Paierez-vous')}</h2><p>{p}</p>"
        for q, p in zip(ESSAY_QUESTIONS, paragraphs, strict=True)
    )
    for body in (html_sections, asked):
        page = html_page(f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p>{body}</article>")
        assert len(parse_article(page, "html").chapters) == 5


def test_a_short_line_of_two_sentences_between_paragraphs_is_read_not_a_heading():
    line = "Mais quels usages ? Et marcher, oui, mais dans quelle direction ?"
    article = parse_article("\n\n".join(["Un plan pour les écoles", LEDE, BODY, line, MORE]), "text")
    assert len(article.chapters) == 1
    assert line in [segment.text for segment in article.segments]


def test_the_lines_about_the_author_at_the_end_are_not_read():
    bio = "Titiou Lecoq est journaliste indépendante et blogueuse. En 2011, elle a publié un roman."
    text = "\n\n".join(["Un plan pour les écoles", "Par Titiou Lecoq", "12/03/2024", LEDE, BODY, MORE, bio])
    article = parse_article(text, "text")
    assert article.author == "Titiou Lecoq"
    assert MORE in spoken(article) and bio not in spoken(article)
    assert {entry.text: entry.reason for entry in article.dropped}[bio] == "about the author"


def test_the_paragraph_set_apart_above_the_signature_is_the_chapo_even_when_the_lede_is_marked_as_one():
    chapo = "Menée par une attaque de feu, l'équipe a balayé ses adversaires en match amical, vendredi soir."
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{chapo}</p><p>Par Jean Saint-Marc</p>"
        f"<p>Publié le 01/06/18 à 23h03</p><p itemprop='description'>{LEDE}</p><p>{BODY}</p><p>{MORE}</p></article>"
    )
    article = parse_article(page, "html")
    assert article.standfirst == chapo
    assert LEDE in spoken(article)


def test_a_short_chapo_without_its_full_stop_is_the_standfirst_and_is_read_first():
    chapo = "Trois cents écoles rénovées en six ans, promet le gouvernement"
    article = parse_article("\n\n".join(["Un plan pour les écoles", "(31/10/2012)", chapo, LEDE, BODY, MORE]), "text")
    assert article.standfirst == chapo
    assert article.segments[1].text == chapo


COMMENTS = [
    "Encore une fois le gouvernement promet sans tenir. Les parents qui attendent ces travaux depuis dix ans "
    "devraient réfléchir à ce que cela signifie pour leurs enfants.",
    "Il était temps, les écoles de mon quartier tombent en ruine et les enfants ont froid tout l'hiver dans des "
    "classes mal isolées.",
]


@pytest.mark.parametrize(
    "first,second",
    [
        (["Jean-Luc_Bxl | 14/12/2012 17:45"], ["marie.d | 14/12/2012 18:02"]),
        (["Jean-Luc_Bxl", "14/12/2012 à 17:45"], ["marie.d", "14/12/2012 à 18:02"]),
        (["Jean-Luc_Bxl", "il y a 3 heures"], ["marie.d", "il y a 2 heures"]),
        (["Jean-Luc a écrit le 14/12/2012 :"], ["Marie a écrit le 14/12/2012 :"]),
        (["viretlange_d à écrit le 21/08/2016 à 17:43"], ["Esra à écrit le 17/08/2016 à 9:42"]),
        (["[5] aspic dit le 11/05/2012, 23:26"], ["[4] wajaja dit le 11/05/2012, 23:23"]),
        (["Le 22/07 à 15h47jeanmi"], ["Le 22/07 à 16h02marie.d"]),  # the author glued to the stamp by the copy
        (["Posté par Jean-Luc le 14/12/2012 à 17:45"], ["Posté par marie.d le 14/12/2012 à 18:02"]),
        (["14/12/2012 17:45 - Jean-Luc_Bxl"], ["14/12/2012 18:02 - marie.d"]),
    ],
)
def test_readers_comments_copied_without_their_heading_end_the_article(first, second):
    """Each comment under a signature (its author and the time it was posted, on one line or two); the article's own
    byline, signed the same way above it, stays a byline."""
    thread = [*first, COMMENTS[0], *second, COMMENTS[1]]
    text = "\n".join(["Un plan pour les écoles", "Belga | 14/12/2012 17:05", LEDE, BODY, MORE, *thread, "Signaler"])
    article = parse_article(text, "text")
    assert MORE in spoken(article)
    assert COMMENTS[0] not in spoken(article) and COMMENTS[1] not in spoken(article)
    assert (first[0], "comments") in [(d.text, d.reason) for d in article.dropped]


def test_a_live_blogs_dated_entries_are_not_taken_for_signed_comments():
    entries = ["Le 22/07 à 15h47 Contador attaque", LEDE, "Le 22/07 à 16h02 Evans revient", BODY]
    article = parse_article(
        "\n".join(["Le Tour en direct", MORE, *entries, MORE.replace("syndicats", "coureurs")]), "text"
    )
    assert LEDE in spoken(article) and BODY in spoken(article)
    assert "comments" not in [d.reason for d in article.dropped]


def test_a_numbered_comment_thread_with_its_buttons_ends_even_a_short_article_it_outgrows():
    """ "124. VHB dit le 24/01/2013, 14:38" over each comment, "Signaler un abus" and a vote under it; the thread is
    longer than the article, whose run a "Lire aussi" box cuts short: the article is still the one above."""
    thread = []
    for rank, name in ((3, "VHB"), (2, "L'Enfer du Décor"), (1, "un type")):
        comment = " ".join(COMMENTS * 2)
        thread += [
            f"{rank}. {name} dit le 16/01/2013, 03:3{rank}",
            comment,
            "Signaler un abus",
            "Message constructif ?",
        ]
        thread.append("oui 0 non 0")
    head = ["Un plan pour les écoles", "Pierre Dupont", "Samedi 12 janvier 2013, 18h42", LEDE, "Lire aussi"]
    article = parse_article("\n".join([*head, "La neige paralyse le pays", "Plus", MORE, *thread]), "text")
    assert article.title == "Un plan pour les écoles"
    assert LEDE in spoken(article) and MORE in spoken(article)
    assert COMMENTS[0] not in spoken(article)
    assert ("3. VHB dit le 16/01/2013, 03:33", "comments") in [(d.text, d.reason) for d in article.dropped]


def test_a_teaser_further_down_a_read_also_box_is_not_the_headline_signed_above_it():
    """The box under "Lire aussi" runs on past its first teaser ("Plus", a link of the same topic); a headline signed
    above the box stays the title, though a line of interface sits between it and its byline."""
    head = [
        "Diminuer la taille du texte",
        "Augmenter la taille du texte",
        "Trois cents millions pour rénover les écoles de la capitale d'ici à 2030, annonce la ministre",
        "Rédaction web",
        "Par Pierre Dupont, publié le samedi 12 janvier 2013 à 18h42",
        LEDE,
    ]
    box = ["Lire aussi", "La neige paralyse le pays pour la troisième journée", "Les trains sont supprimés", "Plus"]
    teaser = "Les chantiers des syndicats d'enseignants dès la rentrée"
    article = parse_article("\n".join([*head, *box, teaser, BODY, MORE]), "text")
    assert article.title == head[2]
    assert LEDE in spoken(article) and BODY in spoken(article)


def test_a_heading_marked_over_a_list_or_a_sub_heading_opens_its_chapter():
    """<h2>Les mesures du plan</h2> then a <ul>: the heading opens a chapter (it was dropped as a short line); a
    marked label over a line that heads the text itself ("Sondage" over a poll's title) opens none."""
    items = "<ul><li>Rénovation des toitures en 2025</li><li>Chauffage remplacé en 2026</li></ul>"
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{MORE}</p><h2>Les mesures du plan</h2>{items}"
        f"<p>{BODY}</p></article>"
    )
    article = parse_article(page, "html")
    assert [chapter.title for chapter in article.chapters][1:] == ["Les mesures du plan"]
    assert "Rénovation des toitures en 2025" in spoken(article)
    poll = (
        "<h3>Sondage</h3><p>Les uniformes de la délégation</p><p>Comment trouvez-vous les uniformes de l'équipe ?</p>"
    )
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{MORE}</p>{poll}<p>{BODY}</p></article>"
    )
    assert "Sondage" not in [chapter.title for chapter in parse_article(page, "html").chapters]
    # A section's heading right over its first sub-section's: both open chapters (the first was dropped).
    sections = f"<h2>Un calendrier serré</h2><h3>Les premiers chantiers</h3><p>{BODY}</p>"
    page = html_page(f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{MORE}</p>{sections}</article>")
    titles = [chapter.title for chapter in parse_article(page, "html").chapters][1:]
    assert titles == ["Un calendrier serré", "Les premiers chantiers"]
    # Over a one-line section that the next marked heading ends, the line is the section's text, not a heading.
    sections = (
        "<h4>Vision :</h4><p>Créer un manifeste et des rencontres entre enseignants et parents d'élèves</p>"
        f"<h4>Accès au savoir et appropriation par tous :</h4><p>{BODY}</p>"
    )
    page = html_page(f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{MORE}</p>{sections}</article>")
    assert [chapter.title for chapter in parse_article(page, "html").chapters][1:2] == ["Vision :"]


def test_a_marked_heading_over_several_titled_items_opens_its_chapter():
    """A weekend's outings: <h4>Musique classique</h4>, then each outing's name over its blurb; the heading opens a
    chapter though the first line under it heads a text too (unlike a poll's label over its title)."""
    outings = (
        f"<h4>Musique classique</h4><p>Le Concert de Noël</p><p>{BODY}</p><p>Le Messie à Liège</p><p>{MORE}</p>"
        f"<h4>Théâtre et danse</h4><p>Le Lac des cygnes</p><p>{LEDE}</p><p>Une revue de fin d'année</p><p>{BODY}</p>"
    )
    page = html_page(f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{MORE}</p>{outings}</article>")
    titles = [chapter.title for chapter in parse_article(page, "html").chapters]
    assert "Musique classique" in titles and "Théâtre et danse" in titles


def test_a_list_the_last_sentence_announces_ends_the_article_in_both_modes():
    """ "La liste des gagnants :" then one short line per prize: read, up to the signature and the teasers' box."""
    winners = [
        'MEILLEUR FILM: "A perdre la raison" de Joachim Lafosse',
        "MEILLEURE ACTRICE: Emilie Dequenne pour le même film",
        "MEILLEUR ACTEUR: Olivier Gourmet pour L'Exercice de l'Etat",
        "MEILLEUR SON: Julie Brenta et Olivier Hespel",
    ]
    tail = ["Alain Lorfèvre", "Sur le même sujet:", "Jamel, un président anormal", "Toute l'actu cinéma"]
    lines = ["Un plan pour les écoles", LEDE, BODY, MORE, "La liste des gagnants:", *winners, *tail]
    html = "".join(f"<p>{line}</p>" for line in lines[1:])
    for source, mode in (("\n".join(lines), "text"), (html_page(f"<h1>{lines[0]}</h1>{html}"), "html")):
        article = parse_article(source, mode)
        assert all(winner in spoken(article) for winner in winners), mode
        assert "Jamel, un président anormal" not in spoken(article), mode
    # A run of forty headlines after the last sentence is the page's links, however it was announced.
    links = [f"Les résultats du tournoi numéro {number} de la saison" for number in range(40)]
    article = parse_article(
        "\n".join(
            [
                "Un plan pour les écoles",
                LEDE,
                BODY,
                MORE,
                "Les autres tournois de la saison sont les suivants :",
                *links,
            ]
        ),
        "text",
    )
    assert links[0] not in spoken(article)


def test_a_read_also_box_of_four_links_in_the_middle_does_not_cut_the_lede_off():
    """ "Lire aussi :" then four teasers' headlines and an ad's label, and the article goes on: its first paragraphs
    are read (they were dropped "before the article", the box's links counting as the end of the text)."""
    box = [
        "Lire aussi :",
        "Marseille : la rue d'Aubagne, cinq ans après l'effondrement des immeubles",
        "Logement insalubre : le plan de la ville jugé insuffisant par les associations",
        "Les marins-pompiers de Marseille face à la multiplication des feux de poubelles",
        "Habitat indigne : ce que prévoit la loi votée en 2024",
        "Publicité",
    ]
    after = [MORE, BODY.replace("dès la rentrée", "au printemps"), LEDE.replace("mardi", "jeudi")]
    head = ["Un plan pour les écoles", "Par Claire Dubois", "Publié le 12 mars 2024 à 07h10", LEDE, BODY]
    article = parse_article("\n".join([*head, *box, *after]), "text")
    assert LEDE in spoken(article) and BODY in spoken(article) and MORE in spoken(article)
    assert box[2] not in spoken(article)


def test_a_newsletter_box_in_the_middle_of_the_text_is_not_read():
    box = [
        "Inscrivez-vous à notre newsletter Économie",
        "Chaque semaine, l'essentiel de l'actualité économique dans votre boîte mail.",
        "S'inscrire",
    ]
    article = parse_article("\n".join(["Un plan pour les écoles", LEDE, BODY, *box, MORE]), "text")
    assert MORE in spoken(article) and box[1] not in spoken(article)
    assert (box[1], "interface") in [(d.text, d.reason) for d in article.dropped]
    # Between two ads' labels, the article's own paragraph stays.
    article = parse_article("\n".join(["Un plan pour les écoles", LEDE, "Publicité", BODY, "Publicité", MORE]), "text")
    assert BODY in spoken(article)


def test_a_signature_with_its_full_stop_names_the_author():
    head = ["Un plan pour les écoles", "Mathilde Le Guen.", "Publié le 12/03/2024 à 10h00"]
    article = parse_article("\n".join([*head, LEDE, BODY, MORE]), "text")
    assert article.author == "Mathilde Le Guen"
    assert "Mathilde Le Guen" not in spoken(article)


def test_a_chapo_without_its_full_stop_over_the_signature_is_read_first():
    """The headline, the rubric's label, then the chapô with no full stop, then "20 Minutes avec AFP" and the date."""
    chapo = "Le conducteur, âgé de 27 ans, a été placé en garde à vue pour tentative d'homicide sur un policier"
    headline = "Paris : un homme interpellé après avoir foncé sur des policiers avec sa voiture"
    lede = "Un homme de 27 ans a été interpellé mardi soir à Paris après avoir foncé sur des policiers avec sa voiture."
    head = [headline, "FAITS DIVERS", chapo, "20 Minutes avec AFP", "Publié le 03/04/24 à 09h12"]
    article = parse_article("\n".join([*head, lede, BODY, MORE]), "text")
    assert article.title == headline
    assert article.standfirst == chapo
    assert article.segments[1].text == chapo


def test_a_one_word_heading_that_is_a_common_noun_opens_a_chapter():
    """ "Conclusion", "Performances": capitalized like a name, but a common noun by its ending; a name alone
    ("Bruxelles") between paragraphs stays out of the chapters."""
    for word, chapter in (("Conclusion", True), ("Performances", True), ("Bruxelles", False)):
        article = parse_article("\n\n".join(["Un plan pour les écoles", LEDE, BODY, word, MORE]), "text")
        assert (word in [c.title for c in article.chapters]) is chapter, word


def test_a_heading_under_a_long_line_without_its_full_stop_opens_a_chapter():
    """Two headline-like lines in a row are links, not a section; a line of twenty words that lost its full stop is
    no link's headline, and the heading under it opens its chapter."""
    cut = (
        "Les écoles rurales attendent toujours les crédits promis lors du précédent plan de rénovation annoncé en 2019"
    )
    article = parse_article("\n\n".join(["Un plan pour les écoles", LEDE, cut, "Un calendrier serré", MORE]), "text")
    assert "Un calendrier serré" in [chapter.title for chapter in article.chapters]
    links = ["Les écoles rurales attendent leurs crédits", "Un calendrier serré"]
    article = parse_article("\n\n".join(["Un plan pour les écoles", LEDE, *links, MORE]), "text")
    assert "Un calendrier serré" not in [chapter.title for chapter in article.chapters]


def test_an_interviews_lone_short_question_is_read_when_the_page_says_it_is_an_interview():
    """Most questions carry "vous" and are read as paragraphs; the one terse follow-up left is asked too, not a
    chapter, when the page says "Propos recueillis par"."""
    lines = [
        "Un plan pour les écoles",
        "Propos recueillis par Marie Lefort",
        "Vous défendez ce plan depuis deux ans. Pourquoi maintenant ?",
        LEDE,
        "Et le calendrier des chantiers ?",
        BODY,
        "Vous attendiez-vous à la colère des syndicats ?",
        MORE,
    ]
    article = parse_article("\n\n".join(lines), "text")
    assert len(article.chapters) == 1
    assert "Et le calendrier des chantiers ?" in spoken(article)


def test_a_name_alone_between_two_long_paragraphs_heads_a_section():
    """Portraits put each person's name over their section; after a quotation a name is its credit, and at the end
    of the text the author's signature."""
    long = f"{BODY} {MORE}"
    article = parse_article("\n\n".join(["Un plan pour les écoles", LEDE, long, "Marie Dupont", long]), "text")
    assert "Marie Dupont" in [chapter.title for chapter in article.chapters]
    quoted = "« Nos enfants ont froid en classe tout l'hiver, et personne ne fait rien depuis des années pour eux »"
    lines = ["Un plan pour les écoles", LEDE, long, quoted, "Marie Dupont", long, "Paul Durand"]
    article = parse_article("\n\n".join(lines), "text")
    assert "Marie Dupont" not in [chapter.title for chapter in article.chapters]
    assert "Paul Durand" not in [chapter.title for chapter in article.chapters]


def test_a_dated_headline_after_the_paragraphs_starts_another_piece():
    """Copied text: related articles each under their date with a blurb, or the next article of an endless page
    with its byline and date: neither is read as the article's end, and the title stays the article's own."""
    head = ["Accueil", "Un plan pour les écoles", "Pierre Dupont", "Publié le 12/03/2012 à 10h23", LEDE, BODY, MORE]
    related = [
        "La neige paralyse le pays pour la troisième journée",
        "11/03/2012",
        "Les trains sont supprimés et les écoles fermées dans plusieurs provinces, les routes restent dangereuses.",
    ]
    following = [
        "Un incendie ravage un entrepôt à Liège",
        "Marie Durand",
        "Publié le 12/03/2012 à 09h10",
        "Un violent incendie s'est déclaré dans la nuit dans un entrepôt de la zone industrielle des Hauts-Sarts, a "
        "indiqué la zone de secours, qui a mobilisé une quarantaine de pompiers pendant six heures.",
        "Aucun blessé n'est à déplorer, mais les dégâts sont considérables selon le bourgmestre de la commune.",
    ]
    for tail in (related, following):
        article = parse_article("\n".join(head + tail), "text")
        assert article.title == "Un plan pour les écoles"
        assert LEDE in spoken(article) and MORE in spoken(article)
        assert tail[0] not in spoken(article) and tail[-1] not in spoken(article)


def dated_header(author: str) -> list[str]:
    """A copied article's header: its headline, its date, its author."""
    return ["Un plan pour les écoles qui fuient et les classes sans chauffage", "Publié le 12/03/2012 à 10h23", author]


def test_short_sentences_over_the_headline_do_not_make_the_dated_headline_another_piece():
    """Copied text: lines that read as sentences above the headline (a promotion, a photo's caption) are no article
    of their own: the headline over its date and byline is the article's, not the start of the next piece."""
    promotions = [
        "Abonnez-vous pour un euro le premier mois.",
        "Votre journal dans votre boîte aux lettres chaque matin.",
        "Jouez et gagnez des places pour le concert de ce soir.",
    ]
    head = dated_header("Pierre Dupont")
    article = parse_article("\n".join(["Accueil", *promotions, *head, LEDE, BODY, MORE]), "text")
    assert LEDE in spoken(article) and MORE in spoken(article)
    assert (article.title, article.author) == (head[0], "Pierre Dupont")
    assert not any(promotion in spoken(article) for promotion in promotions)


def test_a_menus_teaser_of_the_article_is_not_its_title_when_the_headline_stands_further_down_over_its_date():
    """The site's menu lists its editorials as "author headline"; the article's own headline comes later, over its
    date and signature: the article starts there, and what stands between is not read."""
    menu = [
        "Les éditos",
        "Natacha Polony Pas de contacts, pas de restos : bienvenue dans une vie sans plaisir",
        "Jack Dion Un plan pour les écoles qui fuient et les classes sans chauffage",
        "Voir tous",
        "Débattons !",
        "Tribunes, entretiens, blogs, éditos, forum des lecteurs… Ils ne pensent pas (forcément) comme nous.",
        "Rejoindre le débat",
        *["Éditos", "Entretiens", "Tribunes", "Billets", "Blogs", "Forum"],
    ]
    head = dated_header("Jack Dion")
    article = parse_article("\n".join(["Accueil", *menu, *head, LEDE, BODY, MORE]), "text")
    assert (article.title, article.author) == (head[0], "Jack Dion")
    assert article.published and article.published.startswith("2012-03-12")
    assert "Débattons" not in spoken(article) and LEDE in spoken(article)


def test_the_papers_notice_to_its_readers_is_not_read_and_the_section_after_it_keeps_its_heading():
    notice = (
        "La manifestation de ce jeudi pourrait avoir perturbé la diffusion du journal dans sa version papier. Nous "
        "prions nos lecteurs de bien vouloir nous excuser des désagréments qu'ils pourraient subir."
    )
    lines = [
        "Un plan pour les écoles",
        LEDE,
        BODY,
        "A voir",
        "Le 11h02 : « Un rapport de force »",
        "A nos lecteurs",
        notice,
        "Les syndicats restent prudents",
        MORE,
    ]
    article = parse_article("\n".join(lines), "text")
    assert "A nos lecteurs" not in spoken(article) and "diffusion du journal" not in spoken(article)
    assert "Les syndicats restent prudents" in [chapter.title for chapter in article.chapters]
    assert MORE in spoken(article)


def test_a_note_about_the_author_is_not_read_and_names_the_author_the_page_did_not_give():
    note = (
        "Titiou Lecoq Titiou Lecoq est journaliste indépendante et blogueuse. En 2011, elle a publié un roman, "
        "« Les Morues », et une encyclopédie de la culture du Web."
    )
    lines = [
        "Un plan pour les écoles",
        LEDE,
        BODY,
        MORE,
        "Titiou Lecoq (Sur le modèle des analyses de Brain).",
        "L'AUTEUR",
        note,
    ]
    article = parse_article("\n".join(lines), "text")
    assert article.author == "Titiou Lecoq"
    assert "Titiou" not in spoken(article) and MORE in spoken(article)


def test_a_photo_gallerys_counters_and_captions_are_not_read():
    gallery = [
        "Photo 1/5",
        "Une école de Liège dont le toit fuit depuis des années.",
        "Photo 2/5",
        "Des élèves en classe avec leurs manteaux en plein hiver.",
    ]
    article = parse_article("\n".join(["Un plan pour les écoles", LEDE, BODY, *gallery, MORE]), "text")
    assert LEDE in spoken(article) and MORE in spoken(article)
    assert not any(line in spoken(article) for line in gallery)
    assert [(d.text, d.reason) for d in article.dropped][:2] == [(gallery[0], "gallery"), (gallery[1], "caption")]


OTHER_NEWS_CARDS = [
    "La neige paralyse le pays pour la troisième journée",
    "Les trains sont supprimés et les routes restent très dangereuses dans plusieurs provinces du pays.",
    "Anderlecht battu à domicile par Genk",
    "Les Mauves ont encaissé deux buts en fin de match et perdent la tête du championnat au profit de Bruges.",
    "Un incendie ravage un entrepôt à Liège",
    "Un violent incendie s'est déclaré dans la nuit dans la zone industrielle des Hauts-Sarts, sans faire de blessé.",
]


@pytest.mark.parametrize("heading", [[], ["Sur le même sujet"], ["Nos dernières infos"], ["Articles similaires"]])
def test_teasers_of_other_news_after_the_article_are_not_read(heading):
    """Each teaser a headline over its blurb, under "Sur le même sujet" (which the article's paragraphs do not
    resume after) or under nothing, speaking of other things; sections of the article itself stay."""
    head = ["Un plan pour les écoles", "Pierre Dupont", "Publié le 12/03/2012 à 10h23", LEDE, BODY, MORE]
    article = parse_article("\n".join(head + heading + OTHER_NEWS_CARDS), "text")
    assert MORE in spoken(article)
    assert not any(line in spoken(article) for line in heading + OTHER_NEWS_CARDS)
    sections = [
        "Un calendrier serré",
        "Les premiers chantiers des écoles commenceront à la rentrée dans les communes touchées par la vétusté.",
        "Des syndicats sceptiques",
        "Les syndicats d'enseignants jugent le plan de rénovation trop lent pour les écoles les plus vétustes.",
    ]
    article = parse_article("\n".join(head + sections), "text")
    assert all(line in spoken(article) for line in sections)
    # An article that is itself a list of items under their titles (a selection, tweets) is read whole.
    selection = ["La sélection du week-end", "Pierre Dupont", "Publié le 12/03/2012", *OTHER_NEWS_CARDS[:2], *sections]
    article = parse_article("\n".join(selection + OTHER_NEWS_CARDS[2:]), "text")
    assert all(line in spoken(article) for line in OTHER_NEWS_CARDS)


@pytest.mark.parametrize("heading", ["Sur le même sujet", "Nos dernières infos", "Articles similaires"])
def test_related_teasers_under_their_heading_are_not_read_though_they_share_the_articles_words(heading):
    teasers = [
        "Les écoles de Liège attendent toujours leurs travaux",
        "La ville promet un chantier dans les écoles les plus vétustes avant la fin de l'année scolaire.",
        "Le ministre défend son plan pour les écoles",
        "Face aux critiques des syndicats, le ministre assure que les écoles rurales ne seront pas oubliées.",
    ]
    head = ["Un plan pour les écoles", "Pierre Dupont", "Publié le 12/03/2012 à 10h23", LEDE, BODY, MORE]
    article = parse_article("\n".join([*head, heading, *teasers]), "text")
    assert MORE in spoken(article)
    assert not any(line in spoken(article) for line in [heading, *teasers])


def test_a_read_also_link_over_a_paragraph_then_a_section_does_not_end_the_article():
    """ "Lire aussi", its one link, then the article's paragraph and an intertitle over its section: the link and
    the paragraph, then the intertitle and its paragraph, look like two teasers, but paragraphs run on after them."""
    lines = [
        "Un plan pour les écoles",
        "Pierre Dupont",
        "Publié le 12/03/2012 à 10h23",
        LEDE,
        BODY,
        "Lire aussi",
        "Les écoles de Liège attendent toujours leurs travaux",
        MORE,
        "Des syndicats sceptiques",
        "Les syndicats d'enseignants jugent le plan de rénovation trop lent pour les écoles les plus vétustes, "
        "où les familles se plaignent depuis des années du froid dans les classes.",
        "Le ministre promet une deuxième vague de chantiers en 2026 si les premiers travaux tiennent leur calendrier "
        "et si les communes trouvent de quoi financer leur part.",
        "La ministre de l'Enseignement doit présenter le détail du calendrier aux syndicats la semaine prochaine, "
        "lors d'une réunion prévue au cabinet.",
    ]
    article = parse_article("\n".join(lines), "text")
    assert all(line in spoken(article) for line in [LEDE, BODY, MORE, *lines[8:]])
    assert "Les écoles de Liège attendent toujours leurs travaux" not in spoken(article)
    assert "Des syndicats sceptiques" in [chapter.title for chapter in article.chapters]


HEADLINE = "Un plan pour rénover les écoles rurales"


def test_a_headline_shown_with_its_sections_label_is_the_headline_the_page_declares():
    page = html_page(
        f"<article><h1>{HEADLINE} <span class='categorie'>Le Monde Festival</span></h1>"
        f"<p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p></article>",
        head=f"<meta property='og:title' content='{HEADLINE}'>",
    )
    assert parse_article(page, "html").title == HEADLINE


def test_a_headline_longer_than_its_shortened_og_title_is_kept_whole():
    page = html_page(
        f"<article><h1>{HEADLINE} reçoit le feu vert</h1><p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p></article>",
        head=f"<meta property='og:title' content='{HEADLINE}'>",
    )
    assert parse_article(page, "html").title == f"{HEADLINE} reçoit le feu vert"


def test_a_copied_headline_with_its_sections_label_is_the_line_the_page_gave_above():
    menu = "\n".join(["Accueil", "International", "Politique", "Société", "Éco", "Culture", "Idées", "Planète"])
    copied = (
        f"Connexion\n{HEADLINE}\nPartager\nTweeter\n{menu}\nÉdition Abonnés\n{HEADLINE} Le Monde Festival\n\n"
        f"Le Monde | 09.09.2015 à 15h11 | Par Rosita Boisseau\n\n{LEDE}\n\n{BODY}\n\n{MORE}"
    )
    assert parse_article(copied, "text").title == HEADLINE


@pytest.mark.parametrize(
    "signature,names",
    [
        ("Par Jean Dupont • 12/03/2020 - 19:31", "Jean Dupont"),
        ("Par Euronews avec AFP • Dernière MAJ: 09/05/2020 - 19:31", None),  # a desk and its update, no person
        # the paper and its dates, then the signature, on one line
        ("Le Monde | 01.01.2016 à 09h12 • Mis à jour le 03.01.2016 à 15h22 | Par Aline Leclerc", "Aline Leclerc"),
        ("Par E.P.", "E.P."),  # initials are the signature the paper gives
        ("C.J. (avec Belga)", "C.J."),
    ],
)
def test_a_signature_cut_by_a_bullet_names_only_people(signature, names):
    from app.article.header import byline_names

    assert byline_names(signature) == names


def test_a_name_over_the_time_stamp_under_the_headline_is_the_author_in_copied_text():
    text = (
        "L'Ours d'or décerné au drame roumain\n\nNicolas Crousse\nSamedi 16 février 2013, 22h04 | mis à jour à 00:27"
        f"\n\n{LEDE}\n\n{BODY}\n\n{MORE}\n"
    )
    assert parse_article(text, "text").author == "Nicolas Crousse"


@pytest.mark.parametrize("mode", ["text", "html"])
def test_a_paywall_badge_glued_to_the_headline_is_not_part_of_the_title(mode):
    headline = "Technologies de haut vol (de voitures)article bloqué"
    text = f"{headline}\n\n{LEDE}\n\n{BODY}\n\n{MORE}\n"
    page = html_page(f"<article><h1>{headline}</h1><p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p></article>")
    article = parse_article(text if mode == "text" else page, mode)
    assert article.title == "Technologies de haut vol (de voitures)"


def test_the_headline_over_its_signature_and_date_is_the_title_not_the_line_under_them():
    text = (
        "Où sortir ce week-end?\n\nM.C.\n\nMis en ligne le 22/04/2011\n\n"
        "Pacrock Festival, Fiess'Tival, Les Folies Bourgeoises, Redcup Party,... Vos sorties du week-end!\n\n"
        f"{LEDE}\n\n{BODY}\n\n{MORE}\n"
    )
    assert parse_article(text, "text").title == "Où sortir ce week-end?"


@pytest.mark.parametrize(
    "pulled",
    [
        # the name on the line under the quotation, its role on the next
        "« Nous devons dépenser plus et mieux pour notre sécurité commune. »\nJens Stoltenberg\nSecrétaire général",
        # straight quotes without the full stop, the role after the name
        '"Nous devons dépenser plus et mieux pour notre sécurité commune"\n\nJens Stoltenberg, secrétaire général',
    ],
)
def test_a_pull_quote_copied_as_text_keeps_its_speaker(pulled):
    article = parse_article(f"Un plan pour les écoles\n\n{LEDE}\n\n{pulled}\n\n{BODY}\n\n{MORE}", "text")
    quotes = [segment for segment in article.segments if segment.kind.value == "quote"]
    assert [(quote.text.rstrip("."), quote.speaker) for quote in quotes] == [
        ("Nous devons dépenser plus et mieux pour notre sécurité commune", "Jens Stoltenberg")
    ]


def test_a_blockquote_without_guillemets_credited_by_a_name_on_its_last_line():
    quote = "Nous ne laisserons aucune école avec un toit qui fuit, où qu'elle soit"
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><blockquote>{quote}<br>Anne Leroy</blockquote>"
        f"<p>{BODY}</p><p>{MORE}</p></article>"
    )
    said = [(s.kind.value, s.speaker) for s in parse_article(page, "html").segments if s.kind.value != "paragraph"]
    assert said[1:] == [("quote", "Anne Leroy"), ("attribution", "Anne Leroy")]


def test_an_interviews_question_without_vous_is_read_among_questions_asked_as_paragraphs():
    """The questions asking "vous" are read as paragraphs; the one that asks without it is the interviewer's too,
    not a chapter, while the interview's intertitle stays one."""
    lines = [
        "Un plan pour les écoles",
        "Propos recueillis par Marie Lefort",
        "Vous défendez ce plan depuis deux ans. Pourquoi maintenant ?",
        LEDE,
        "Les difficultés du terrain",
        "Vous décrivez des équipes épuisées. Le mot n'est-il pas trop fort ?",
        BODY,
        "Les primes versées en éducation prioritaire ne suffisent-elles pas à les retenir ?",
        MORE,
        "Que demandez-vous au ministère ?",
        LEDE,
    ]
    article = parse_article("\n\n".join(lines), "text")
    assert [chapter.title for chapter in article.chapters][1:] == ["Les difficultés du terrain"]
    assert "Les primes versées en éducation prioritaire ne suffisent-elles pas à les retenir ?" in spoken(article)


def test_a_box_of_the_most_read_set_inside_the_article_does_not_end_it():
    """HTML: the box's title and links are left out, the paragraphs and the heading after it are read."""
    box = (
        "<div class='moduletable'><h3>Les plus lus</h3><ul>"
        "<li><a href='/a'>Sion: la place de la Planta bientôt sans voitures</a></li>"
        "<li><a href='/b'>Monthey: l'usine chimique investit 120 millions</a></li>"
        "<li><a href='/c'>FC Sion: deux renforts avant la reprise</a></li></ul></div>"
    )
    after = (
        "Le consortage du bisse, qui réunit une septantaine de propriétaires, cherche depuis trois ans quelqu'un pour "
        "reprendre l'entretien du canal, sans succès malgré les annonces passées dans toutes les communes voisines."
    )
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{BODY}</p>{box}"
        f"<h2>Une succession introuvable</h2><p>{after}</p><p>{MORE}</p></article>"
        f"<footer><h3>Les plus lus</h3><ul><li><a href='/d'>Un autre article de la semaine</a></li></ul></footer>"
    )
    article = parse_article(page, "html")
    assert [chapter.title for chapter in article.chapters][1:] == ["Une succession introuvable"]
    assert after in spoken(article) and MORE in spoken(article)
    assert "Monthey" not in spoken(article) and "Les plus lus" not in spoken(article)


def test_a_kicker_inside_the_declared_headline_is_not_the_title():
    """JSON-LD's headline differs from the <h1>; the kicker above it is a few words of that headline, not it."""
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Faute de gardiens, la piscine de '
        'La Tour-de-Peilz restera fermée cet été"}</script>'
    )
    page = html_page(
        "<article><div class='surtitre'>La Tour-de-Peilz</div><h1>La Tour-de-Peilz ferme sa piscine de plein air "
        f"faute de gardiens de bain</h1><p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p></article>",
        head=ld,
    )
    assert (
        parse_article(page, "html").title == "La Tour-de-Peilz ferme sa piscine de plein air faute de gardiens de bain"
    )


def test_a_blogs_post_title_set_as_a_heading_under_the_blogs_name_is_the_title():
    """Blogger: the <h1> is the blog's name; the post's title, the one the page declares, is an <h3>."""
    title = "Saint-Guénolé : la criée perd deux chalutiers, les mareyeurs s'inquiètent"
    page = html_page(
        "<header><h1 class='title'><a href='/'>Infos du Pays Bigouden</a></h1><p class='description'>L'actualité "
        "de Pont-l'Abbé à Penmarc'h, au jour le jour, depuis 2011</p></header>"
        "<div class='sidebar'><h2>Pages</h2><ul><li><a href='/'>Accueil</a></li><li><a href='/p'>Pêche</a></li>"
        "</ul></div><div class='blog-posts'><h2 class='date-header'><span>mardi 8 avril 2025</span></h2>"
        f"<h3 class='post-title entry-title'>{title}</h3><div class='post-body'><p>{LEDE}</p><p>{BODY}</p>"
        f"<p>{MORE}</p></div></div>",
        head=f"<meta property='og:title' content=\"{title}\"/>",
    )
    article = parse_article(page, "html")
    assert article.title == title
    assert "Infos du Pays Bigouden" not in spoken(article) and len(article.chapters) == 1


def test_a_caption_set_as_a_paragraph_of_its_own_class_is_not_read():
    caption = "Mathieu Rossier (au centre) fête le but de la victoire avec ses coéquipiers. Damien Schorderet"
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p class='legende'><em>{caption}</em></p>"
        f"<p>{BODY}</p><p>{MORE}</p></article>"
    )
    article = parse_article(page, "html")
    assert "Rossier" not in spoken(article) and BODY in spoken(article)


def test_numbered_steps_after_a_box_of_links_go_on_with_the_article():
    """Copied text: "Lire aussi" and its link, then the section's lead-in and its steps, each a sentence."""
    steps = [
        "1. Pendant la secousse, abritez-vous sous une table solide ou dans l'angle d'un mur porteur.",
        "2. Si vous êtes à l'extérieur, éloignez-vous des bâtiments, des arbres et des lignes électriques.",
        "3. Après la secousse, coupez le gaz et l'électricité, et sortez sans prendre l'ascenseur.",
    ]
    lines = [
        "Un plan pour les écoles",
        LEDE,
        BODY,
        "Lire aussi",
        "Risque sismique : votre commune est-elle concernée ? Consultez notre carte",
        "Les autorités rappellent les bons réflexes à adopter :",
        *steps,
    ]
    article = parse_article("\n".join(lines), "text")
    assert all(step[3:] in spoken(article) for step in steps)
    assert "Consultez notre carte" not in spoken(article)


@pytest.mark.parametrize(
    "player",
    [
        "<div class='media-video'><div class='media-video__player' data-dm-id='x9f2k1c'></div>"
        "<p class='media-video__title'>Une journée avec les sauveteurs en mer <span>(1 min 34)</span></p></div>",
        "<div class='sc-vd7e3b-0'><div role='button' aria-label='Lire la vidéo'></div>"
        "<p>Une journée avec les sauveteurs en mer</p><p><span>Durée de 2 minutes 18 secondes</span> 2:18</p></div>",
        "<div class='embed'><iframe src='https://www.youtube-nocookie.com/embed/Rk4bT9pQm2w'></iframe>"
        "<p class='embed__title'>Une journée avec les sauveteurs en mer — 4 min 10</p></div>",
    ],
)
def test_a_video_players_title_and_duration_are_not_read(player):
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p>{player}<p>{BODY}</p><p>{MORE}</p></article>"
    )
    article = parse_article(page, "html")
    assert "sauveteurs" not in spoken(article) and BODY in spoken(article)
    # What the listener is shown as left out, and why.
    assert any(line.reason == "video" and "sauveteurs" in line.text for line in article.dropped)


def test_the_articles_header_with_its_video_on_top_keeps_its_headline():
    page = html_page(
        "<article><header class='article-header'><div class='c-video-player' data-video-id='42'></div>"
        f"<h1>Un plan pour les écoles</h1></header><p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p></article>"
    )
    assert parse_article(page, "html").title == "Un plan pour les écoles"


def test_an_instagram_post_embedded_without_caption_leaves_the_paragraph_above_it_read():
    embed = (
        "<div class='embed embed--instagram'><blockquote class='instagram-media'><div><a href='https://www.instagram"
        ".com/reel/DPa1x/'>Voir cette publication sur Instagram</a></div><p><a href='https://www.instagram.com/reel/"
        "DPa1x/'>Une publication partagée par Ville de Charleroi (@villedecharleroi)</a></p></blockquote></div>"
    )
    quoted = "Le bourgmestre, Laurent Verhaegen, assume la mesure. « Je ne suis pas contre la trottinette », dit-il."
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{quoted}</p><p>{BODY}</p>{embed}"
        f"<p>{MORE}</p></article>"
    )
    article = parse_article(page, "html")
    assert BODY in spoken(article) and "Instagram" not in spoken(article)
    assert [segment.speaker for segment in article.segments if segment.kind.value == "quote"] == ["Laurent Verhaegen"]


def test_a_blogs_post_title_linking_to_the_post_is_the_title_and_the_blogs_tagline_is_not_read():
    """Overblog: the <h1> is the blog's name over its tagline; the post's title is an <h2> that links to it."""
    title = "Lormes : le dernier médecin part, la commune offre un logement à son successeur"
    page = html_page(
        "<h1 id='blog-title'><a href='/'>L'Indépendant du Morvan</a></h1><p class='blog-description'>Nouvelles du "
        "Haut-Morvan, de Lormes à Château-Chinon, depuis 2009</p><div class='post'><div class='date'>17 Février 2025"
        f"</div><h2 class='post-title'><a href='/2025/02/lormes.html'>{title}</a></h2><div class='post-content'>"
        f"<p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p></div></div>",
        head=f"<meta property='og:title' content=\"{title}\">",
    )
    article = parse_article(page, "html")
    assert article.title == title
    assert "Nouvelles du Haut-Morvan" not in spoken(article)


def test_a_newsletter_box_named_in_camel_case_is_not_read():
    box = (
        "<div class='NewsletterTeaser_root__Yk6Rp'><p class='NewsletterTeaser_title__Fn1Xs'>Économie régionale</p>"
        "<p class='NewsletterTeaser_text__Ju7Bm'>Chaque lundi, l'actualité des entreprises de l'Arc jurassien.</p>"
        "<a href='/newsletters'>S'inscrire</a></div>"
    )
    page = html_page(f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p>{box}<p>{BODY}</p><p>{MORE}</p></article>")
    article = parse_article(page, "html")
    assert "Arc jurassien" not in spoken(article) and BODY in spoken(article)


def test_a_sites_name_with_its_full_stop_atop_the_page_is_not_the_title_and_recommended_videos_end_it():
    """Copied text of a video site: "Brut." over its menu; the headline over the video's counters and the byline;
    after the text, recommended videos, each a headline over its duration."""
    lines = [
        "Brut.",
        "Vidéos",
        "Articles",
        "Société",
        "Un plan pour les écoles de la ville",
        "Regarder la vidéo",
        "2:14",
        "Publié le 03/03/2025 à 10:14",
        "Par Brut.",
        LEDE,
        BODY,
        MORE,
        "Vidéos recommandées",
        "Ce boulanger ouvre sa boutique la nuit pour les travailleurs de l'aube",
        "1:48",
        "Ce village breton a racheté son dernier café pour éviter sa fermeture",
        "2:31",
    ]
    article = parse_article("\n".join(lines), "text")
    assert article.title == "Un plan pour les écoles de la ville"
    assert "boulanger" not in spoken(article) and "village breton" not in spoken(article)


def test_a_list_of_prices_by_duration_is_read_not_taken_for_time_stamps_or_a_heading():
    prices = ["30 minutes : gratuit", "1 heure : 1,50 €", "1 h 30 : 2,40 €", "2 heures : 3,50 €"]
    lines = [
        "Un plan pour les écoles",
        LEDE,
        "Dans la zone rouge, le stationnement sera limité à deux heures. Voici les prix :",
        *prices,
        BODY,
        MORE,
    ]
    article = parse_article("\n".join(lines), "text")
    assert all(price in spoken(article) for price in prices)
    assert len(article.chapters) == 1


def test_the_next_article_of_an_endless_page_with_its_subheading_over_its_byline_is_not_read():
    lines = [
        "Un plan pour les écoles",
        LEDE,
        BODY,
        MORE,
        "Sujets associés",
        "Carburant",
        "Immobilier : les taux de crédit passent sous la barre des 3 % pour la première fois depuis 2023",
        "Selon le courtier Meilleurtaux, le taux moyen des prêts immobiliers sur 20 ans s'établit à 2,98 %.",
        "Julie Cailliau",
        "Le 17/03/2025 à 09:40",
        "Partager",
        "Bonne nouvelle pour les ménages qui souhaitent acheter. Pour la première fois depuis près de deux ans, le "
        "taux moyen des crédits immobiliers repasse sous la barre symbolique des 3 %, selon les courtiers.",
    ]
    article = parse_article("\n".join(lines), "text")
    assert MORE in spoken(article) and "Meilleurtaux" not in spoken(article) and "ménages" not in spoken(article)


def test_a_long_headline_without_its_full_stop_over_its_subheading_and_byline_is_the_title():
    title = (
        "Près d'une famille sur cinq à Montréal consacre désormais plus de la moitié de son revenu au logement, "
        "révèle une nouvelle étude de l'Institut de recherche urbaine"
    )
    lines = [
        "Actualités",
        "DOSSIER",
        title,
        "Les locataires des quartiers centraux sont les plus touchés par la hausse fulgurante des loyers.",
        "Marc-Olivier Lévesque",
        "La Presse",
        "Publié à 5 h 00",
        "Partager",
        LEDE,
        BODY,
        MORE,
    ]
    assert parse_article("\n".join(lines), "text").title == title


def test_a_headline_of_three_words_over_its_chapo_and_byline_is_the_title_not_the_series_kicker_above():
    lines = [
        "Les Jours",
        "Menu",
        "Épisode n° 4 de l'obsession « Les fermes de l'avenir »",
        "Épisode 4/9",
        "Le grand gâchis",
        "Dans la Drôme, des centaines de tonnes de pêches finissent chaque été à la benne. Pas assez belles.",
        "Texte",
        "Camille Hérault",
        "Lecture 9 min",
        LEDE,
        BODY,
        MORE,
    ]
    article = parse_article("\n".join(lines), "text")
    assert article.title == "Le grand gâchis"
    assert "obsession" not in spoken(article)


def test_a_reviews_one_word_section_headings_are_chapters():
    lines = ["Un plan pour les écoles", LEDE, "Design", BODY, "Verdict", MORE, "Pratique", LEDE]
    article = parse_article("\n".join(lines), "text")
    assert [chapter.title for chapter in article.chapters][1:] == ["Design", "Verdict", "Pratique"]


def test_an_interviewers_short_question_after_a_dash_between_answers_is_read():
    question = "— Être une femme dans le monde brassicole, c'est compliqué?"
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p><strong>{question}</strong></p><p>{BODY}</p>"
        f"<p>{MORE}</p></article>"
    )
    assert "Être une femme dans le monde brassicole" in spoken(parse_article(page, "html"))


def test_a_heading_shaped_like_a_name_and_a_role_is_no_pull_quotes_credit():
    """A live blog's next entry titled "Simone Weil, une autrice rarement tombée au bac": a heading, and the paragraph
    above it is no quotation of hers."""
    heading = "Simone Weil, une autrice rarement tombée au bac"
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{BODY}</p><h3>{heading}</h3><p>{MORE}</p>"
        f"<p>{LEDE}</p></article>"
    )
    article = parse_article(page, "html")
    assert [chapter.title for chapter in article.chapters][1:] == [heading]
    assert not [segment for segment in article.segments if segment.kind.value == "quote" and segment.text in BODY]


def test_a_videos_title_set_as_a_paragraph_of_its_own_class_is_not_read():
    player = (
        "<amp-video width='640' height='360'><source src='/video/loup.mp4' type='video/mp4'></amp-video>"
        "<p class='video-titre'>Vidéo. Loup en Haute-Vienne : les éleveurs à bout (durée 1'52)</p>"
    )
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p>{player}<p>{BODY}</p><p>{MORE}</p></article>"
    )
    assert "éleveurs à bout" not in spoken(parse_article(page, "html"))


def test_a_video_boxs_title_beside_its_player_is_not_read_though_the_player_is_dropped():
    player = (
        "<div class='css-b7q2y0'><div class='css-0'><video controls><source src='/v/zfe.mp4' type='video/mp4'>"
        "</video><div class='css-9s1k2q'>Trois artisans lyonnais racontent leur casse-tête</div>"
        "<div class='css-1f2h0ka'>3:05</div></div></div>"
    )
    page = html_page(
        f"<article><h1>Un plan pour les écoles</h1><p>{LEDE}</p>{player}<p>{BODY}</p><p>{MORE}</p></article>"
    )
    assert "artisans lyonnais" not in spoken(parse_article(page, "html"))
