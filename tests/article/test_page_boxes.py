"""Copied pages whose headline sits among rubric labels and links, and boxes that read like prose around a short
article (films showing, sponsored links): the listener hears the article under its own headline."""

import pytest

from app.article import parse_article
from tests.article.test_real_page_shapes import BODY, LEDE, MORE, spoken

HEADLINE = "Un plan pour rénover les écoles du pays"
MENU = "\n".join(["Accueil", "Actu", "Economie", "Culture", "Sports"])
CINEMA = """Sites partenaires
Actuellement au cinéma
Le Hobbit : un voyage inattendu
Bilbo Baggins, comme tous les Hobbits, coule des jours heureux dans la Comté. Mais il est entraîné dans une incroyable aventure lorsque Gandalf et treize nains débarquent chez lui.
Gangster Squad
Los Angeles, 1949. Mickey Cohen, originaire de Brooklyn, est un parrain impitoyable de la mafia qui dirige la ville et récolte les biens mal acquis de la drogue et des armes.
Django Unchained
Sud des Etats-Unis, deux ans avant la guerre civile. Django, un esclave au lourd passé, rencontre un chasseur de primes allemand qui lui promet la liberté contre un service.
The Impossible
Maria, Henry et leurs trois fils passent leurs vacances d'hiver en Thaïlande, ils se réjouissent de ces quelques jours dans un paradis tropical avant la vague."""


def test_the_headline_signed_right_under_it_is_found_under_a_stack_of_teasers():
    text = f"""Aller au contenu
Créer un compte - S'identifier
Le ministère présente ses chantiers
{MENU}
Verso
Le jeu vidéo sans console via Belgacom
Suivre les cours de Bourse à la plage ? Gare aux plongeons !
Travailler en vacances : une autre façon de garder la ligne !
Le grand chantier du siècle est lancé
G. Se
Mis en ligne le 20/08/2012
{LEDE}
{BODY}
{MORE}"""
    article = parse_article(text, "text")
    assert article.title == "Le grand chantier du siècle est lancé"
    assert "Créer un compte" not in spoken(article)


def test_the_next_articles_link_is_not_the_headline():
    text = f"""{MENU}
< Le plan pour les collèges est reporté à l'automne
Le gouvernement présente un plan de rénovation des écoles >
Tweet
Diminuer la taille du texte
Augmenter la taille du texte
Le grand chantier du siècle est lancé
Nicolas Crousse
Samedi 16 février 2013, 22h04
{LEDE}
{BODY}
{MORE}"""
    assert parse_article(text, "text").title == "Le grand chantier du siècle est lancé"


def test_a_caption_credited_to_a_photo_agency_is_not_read():
    caption = "Le ministre visite une école de Charleroi. Photonews"
    text = f"{HEADLINE}\nPar Julie Martin\n{caption}\n{LEDE}\n{BODY}\n{MORE}"
    article = parse_article(text, "text")
    assert article.title == HEADLINE
    assert caption not in spoken(article) and LEDE in spoken(article)


def test_a_short_article_is_read_rather_than_the_films_showing_under_it():
    text = f"""{MENU}
Tragédie de Sierre : toutes nos vidéos
(14/03/2012)
BRUXELLES Découvrez toutes nos vidéos sur l'accident de car qui a bouleversé l'ensemble de notre pays en ce mercredi noir, le plus grave accident de la route.
Pour rappel, le bilan provisoire est de 28 morts dont 22 enfants d'une douzaine d'années.
Haut de la page
Retour à la page précédente
{CINEMA}
Le top 10 des séances cette semaine"""
    for mode, page in (("text", text), ("html", _as_html(text))):
        article = parse_article(page, mode)
        assert "bilan provisoire est de 28 morts" in spoken(article), mode
        assert "Bilbo Baggins" not in spoken(article), mode
        assert "Retour à la page précédente" not in spoken(article), mode


def test_sponsored_links_end_the_article_and_what_follows_is_not_read():
    text = f"""{HEADLINE}
Par Julie Martin
{LEDE}
{BODY}
Liens publicitaires
Ces annonces sont générées automatiquement au regard du contenu de la page, sans intervention de la rédaction.
Nous ne pourrions être tenus responsables ni garantir la qualité de ces associations commerciales."""
    article = parse_article(text, "text")
    assert BODY in spoken(article)
    assert "Ces annonces" not in spoken(article)


def test_a_box_headed_on_the_subject_is_not_taken_for_the_headline():
    text = f"""{MENU}
8 réactions
La rénovation des écoles du pays coûtera deux milliards d'euros sur dix ans
Sur le sujet
Combien coûtera la rénovation de l'école de vos enfants?
{LEDE}
Rédaction en ligne
Publié le jeudi 31 mai 2012 à 12h49
{BODY}
{MORE}"""
    assert (
        parse_article(text, "text").title
        == "La rénovation des écoles du pays coûtera deux milliards d'euros sur dix ans"
    )


def _as_html(text: str) -> str:
    """Each line a paragraph, the way an old news site's template lays them out; film titles are links."""
    films = ("Le Hobbit : un voyage inattendu", "Gangster Squad", "Django Unchained", "The Impossible")
    lines = [
        f"<h3><a href='/film/{i}'>{line}</a></h3>" if line in films else f"<p>{line}</p>"
        for i, line in enumerate(text.split("\n"))
    ]
    return f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'></head><body>{''.join(lines)}</body></html>"


def test_the_sites_copyright_notice_is_not_read_though_it_is_longer_than_the_article():
    notice = (
        "Ce site est protégé par le droit d'auteur, tous droits réservés. Toute reproduction et/ou rediffusion de "
        "contenu par quelque moyen que ce soit est interdite sans l'autorisation préalable de l'éditeur, qui se "
        "réserve le droit d'engager des poursuites contre tout contrevenant, en Belgique comme à l'étranger."
    )
    text = f"""{MENU}
Euro 2012 : Cassano victime de Balotelli
Publié le vendredi 22 juin 2012 à 16h28
Qualifiés pour les quarts de finale, les Italiens continuent leur périple en Ukraine et en Pologne avec le sourire.
Mario Balotelli n'en perd pas une pour aller titiller ses équipiers à l'entraînement.
Aide et options
{notice}"""
    article = parse_article(text, "text")
    assert article.title == "Euro 2012 : Cassano victime de Balotelli"
    assert "Balotelli n'en perd pas une" in spoken(article)
    assert "droit d'auteur" not in spoken(article)


def test_a_chapo_announcing_names_is_read():
    chapo = (
        "BRUXELLES - Couleur Café confirme 21 nouveaux noms. Au programme entre autres, Erykah Badu, Buena Vista "
        "Social Club, De La Soul, Joshua, Tinariwen, Zebda et Psy4 de la Rime."
    )
    text = f"""{MENU}
Mise à jour : vendredi 30 mars 2012 09h24
Erykah Badu et De La Soul à Couleur Café
Erykah Badu sera l'une des stars de Couleur Café.
Toute l'info sur ce thème
Festivals de l'été
Tout sur le festival Couleur Café
{chapo}
{LEDE}
{BODY}"""
    assert chapo in spoken(parse_article(text, "text"))


def test_a_broken_time_stamp_in_the_template_is_not_the_publication_date():
    page = (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Un plan pour les écoles</title></head><body>"
        "<aside><time datetime='2012-34-04'>Samedi 9 mars 2013</time></aside>"
        f"<article><h1>Un plan pour les écoles</h1><time class='updated published' datetime='2013-03-04T15h00' pubdate>"
        f"4 mars 2013</time><p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p></article></body></html>"
    )
    assert parse_article(page, "html").published == "2013-03-04"


def test_a_long_signature_with_its_update_stamp_gives_the_author_and_date():
    text = (
        f"{MENU}\n{HEADLINE}\nPartager l'article\n"
        "Thomas Coëffé / Publié le 4 mars 2016 à 10h30, mis à jour le 21 novembre 2016 à 09h46\n"
        f"{LEDE}\n{BODY}\n{MORE}"
    )
    article = parse_article(text, "text")
    assert (article.author, article.published) == ("Thomas Coëffé", "2016-03-04T10:30")
    assert "Publié le" not in spoken(article)


def test_a_date_line_under_a_long_headline_is_its_date_not_the_headline_going_on():
    text = (
        f"{MENU}\nQuiz : le week-end sportif en 10 questions pour les plus fins connaisseurs\n"
        f"lundi 4 mars 2013 A 09h56\nBenoît Robaye\n{LEDE}\n{BODY}\n{MORE}"
    )
    article = parse_article(text, "text")
    assert article.title == "Quiz : le week-end sportif en 10 questions pour les plus fins connaisseurs"
    assert article.published == "2013-03-04T09:56"


def test_a_question_headline_dated_from_above_wins_over_a_weather_widget():
    text = f"""{MENU}
Ici: Accueil » Conso » Emploi
METEO - Prévisions à 2 semaines
km de bouchons
Mise à jour : samedi 17 mars 2012 08h23
De quel bois sont faits vos cadets au boulot ?
Mail
Print
{LEDE}
{BODY}
{MORE}"""
    article = parse_article(text, "text")
    assert article.title == "De quel bois sont faits vos cadets au boulot ?"
    assert article.published == "2012-03-17T08:23"


def test_a_sentence_ending_on_a_smiley_is_read_and_the_heading_after_it_opens_a_chapter():
    smiley = "Moi qui recherche à participer à des choses qui ont du sens, me voilà pile au bon endroit et j'en suis très heureuse ^.^"
    text = f"{HEADLINE}\nPar Maiwann\n{LEDE}\n{BODY}\n{smiley}\nÇa sent la fin !\n{MORE}\n{LEDE}"
    article = parse_article(text, "text")
    assert smiley in spoken(article)
    assert "Ça sent la fin !" in [chapter.title for chapter in article.chapters]


def test_a_heading_after_a_box_of_promotions_opens_its_chapter_but_a_read_also_link_does_not():
    promotions = f"""{HEADLINE}
Par Julie Martin
{LEDE}
À découvrir
PODCAST - Écoutez le club Le Figaro International
Suivez les informations sur la guerre en Ukraine avec l'application du Figaro
Moscou salue une avancée des forces russes
{BODY}
{MORE}"""
    titles = [chapter.title for chapter in parse_article(promotions, "text").chapters]
    assert "Moscou salue une avancée des forces russes" in titles
    read_also = f"""{HEADLINE}
Par Julie Martin
{LEDE}
Lire aussi :
Article réservé à nos abonnés
Au Brésil, Bolsonaro sort du silence et joue l'apaisement
{BODY}
{MORE}"""
    article = parse_article(read_also, "text")
    assert "Bolsonaro" not in spoken(article) and len(article.chapters) == 1


def test_a_savoir_plus_box_label_is_not_a_name_and_the_heading_under_it_is_a_chapter():
    text = f"""{HEADLINE}
Par Julie Martin
{LEDE}
{BODY}
Savoir Plus
Gilbert : "Je ne sais plus où sont mes limites"
{MORE}
{LEDE}"""
    titles = [chapter.title for chapter in parse_article(text, "text").chapters]
    assert 'Gilbert : "Je ne sais plus où sont mes limites"' in titles


def test_a_hashtag_line_in_an_embedded_posts_blockquote_is_not_read_as_a_quote():
    page = (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>France-Italie</title></head><body>"
        f"<article><h1>France-Italie</h1><p>{LEDE}</p><blockquote class='twitter-video'><p>#FRAITA 29è 2-0</p>"
        f"</blockquote><p>{BODY}</p><p>{MORE}</p></article></body></html>"
    )
    article = parse_article(page, "html")
    assert "FRAITA" not in spoken(article) and BODY in spoken(article)


def test_a_story_in_an_embeds_noscript_fallback_is_read_and_an_enable_javascript_line_is_not():
    page = (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Les meilleurs tweets</title></head><body>"
        "<noscript><img src='/pixel.gif'>Activez JavaScript pour voir cette page.</noscript>"
        "<div class='entry-body'><script src='https://storify.example/story.js'></script><noscript>"
        f"<h1>Les meilleurs tweets</h1><div>{LEDE}</div><div>{BODY}</div><div>{MORE}</div></noscript></div>"
        "</body></html>"
    )
    article = parse_article(page, "html")
    assert LEDE in spoken(article) and MORE in spoken(article)
    assert "JavaScript" not in spoken(article)


def test_a_squad_listed_by_names_is_read_in_copied_text():
    squad = (
        "Malines: Alibec, Biebauw, Biset, Chen, Cordaro, De Witte, Destorme, Diabang, Geudens, Ghomsi, Gorius, "
        "Henkens, Laureys, Pandza, Renard, Sarr, Seth, Soumah, Storm, Vanderbruggen, Van Damme, Verlinden."
    )
    text = f"{HEADLINE}\nPar Julie Martin\n{LEDE}\n{squad}\n{BODY}\n{MORE}"
    assert squad in spoken(parse_article(text, "text"))


def test_the_title_of_a_document_to_download_is_not_a_chapter():
    text = f"""{HEADLINE}
Par Céline Bayet
{LEDE}
La brochure "Migrer vers la Flandre"
Téléchargez pdf (1,4 MB)
{BODY}
{MORE}"""
    html = (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'></head><body><article>"
        f"<h1>{HEADLINE}</h1><p>Par Céline Bayet</p><p>{LEDE}</p><h3>La brochure « Migrer vers la Flandre »</h3>"
        f"<p>Téléchargez pdf (1,4 MB)</p><p>{BODY}</p><p>{MORE}</p></article></body></html>"
    )
    for mode, page in (("text", text), ("html", html)):
        article = parse_article(page, mode)
        assert len(article.chapters) == 1, mode
        assert "Téléchargez" not in spoken(article), mode


def test_nothing_after_the_comments_box_is_read_though_it_reads_like_prose():
    teaser = (
        "Baisse des cotisations sociales, de la dépense publique, de l'impôt sur les sociétés... Voici ce que "
        "demandent les grands patrons français dans un appel au président de la République publié ce dimanche."
    )
    page = (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'></head><body><div class='page'>"
        f"<h1>{HEADLINE}</h1><p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p>"
        "<div class='comments'><p>Ajouter un commentaire</p></div>"
        f"<div class='une'><p>À la une</p><p>{teaser}</p><p>{teaser.replace('dimanche', 'lundi')}</p></div>"
        "</div></body></html>"
    )
    article = parse_article(page, "html")
    assert MORE in spoken(article) and "grands patrons" not in spoken(article)


def test_text_set_straight_in_a_container_runs_on_through_its_links():
    page = (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Japon : pas de radioactivité</title>"
        "</head><body><h1>Japon : pas de radioactivité</h1><div id='articleText'><p><b>Les échantillons sont "
        "collectés chaque jour sur des filtres</b></p><br><b>OSAKA</b> Les résultats des analyses effectuées ce "
        "week-end à la suite de la catastrophe nucléaire au <a href='/sujet/Japon' class='inlinetag'>Japon</a>, "
        "confirment l'absence de radioactivité significative en <a href='/sujet/Belgique' class='inlinetag'>"
        "Belgique</a>, indique lundi soir l'agence sur son site internet.<br><br>Des traces d'iode ont été "
        "identifiées dans l'air à Mol, à Coxyde et à <a href='/sujet/Bruxelles' class='inlinetag'>Bruxelles</a>, "
        "mais les valeurs mesurées sont à peine détectables, poursuit l'agence.</div></body></html>"
    )
    said = spoken(parse_article(page, "html"))
    assert "au Japon, confirment l'absence de radioactivité significative en Belgique, indique" in said
    assert "à Coxyde et à Bruxelles, mais les valeurs" in said


def test_a_date_under_the_headline_does_not_make_the_line_under_it_a_headline():
    text = f"""{MENU}
Contribuez au journal des bonnes nouvelles !
(20/12/2011)
SONDAGE: Quel est l'événement qui constitue, pour vous, la meilleure nouvelle de 2011?
La DH fait appel à vos bons souvenirs et à vos talents d'écriture pour un Noël joyeux
{LEDE}
{BODY}"""
    assert parse_article(text, "text").title == "Contribuez au journal des bonnes nouvelles !"


@pytest.mark.parametrize(
    "declared", ["T", "Écoles : le grand plan du gouvernement - Le Journal", "Un plan pour les écoles - Le Soir"]
)
def test_the_pages_headline_is_the_title_whatever_its_title_element_says(declared):
    page = (
        f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>{declared}</title></head><body><article>"
        f"<h1>Un plan pour les écoles</h1><p>{LEDE}</p><p>{BODY}</p><h3>Un budget sous pression</h3><p>{MORE}</p>"
        "</article></body></html>"
    )
    article = parse_article(page, "html")
    assert article.title == "Un plan pour les écoles"
    assert [chapter.title for chapter in article.chapters] == ["Un plan pour les écoles", "Un budget sous pression"]


def test_a_headline_naming_the_party_by_its_acronym_wins_over_a_dated_promotion():
    # The headline shares one word with the article, the acronym; the promotion above the site's date shares a
    # common word ("mois").
    text = f"""La Libre Accessible
OFFRE TENNIS LIMITEE
3 mois d'abonnement à La Libre -36% + 1 jeu Tennis WII offert!
Jeudi 21 avr 2011
{MENU}
Politic Twist, le blog politique décalé
Lisez la suite de l'interview dans La Libre
Van Quick : "Nous ne lâcherons pas la N-VA"
Martin Buxant
Mis en ligne le 21/04/2011
Le libéral flamand demande que les nationalistes de la N-VA puissent mener les négociations avec le PS.
Votre parti est-il prêt à entrer dans un gouvernement sans la N-VA, après un an de crise ?
Il faut être très clair. Les libéraux ont quitté le gouvernement il y a un an pour plusieurs raisons. D'abord parce que la réforme de l'État n'avançait pas, ensuite parce que le budget dérapait depuis des mois."""
    article = parse_article(text, "text")
    assert article.title == 'Van Quick : "Nous ne lâcherons pas la N-VA"'


def test_a_short_headline_written_with_an_ellipsis_is_found_under_the_sites_links():
    text = f"""{MENU}
RSS
Droit d'auteur
La DH en PDF
DH People > Show-biz
Partager sur Twitter.
Alizée revient...en soutif
(05/12/2012)
Les filles les plus sexy sur notre blog Babes
PARIS Le nouvel album d'Alizée sortira en janvier prochain. En attendant, elle fait la promotion de son single sur les réseaux sociaux.
Une chanson sortie en juillet mais dont le clip sort seulement maintenant. Sur Twitter, Alizée a fait monter la pression avec des photos du tournage, et ses admirateurs ont répondu par milliers en quelques heures.
Voilà qui devrait plaire à ces messieurs qui n'ont certainement pas oublié le poisson rouge de son dernier clip."""
    article = parse_article(text, "text")
    assert article.title == "Alizée revient...en soutif"


def test_a_photos_caption_over_a_shorter_signed_headline_is_not_taken_for_the_headline():
    """A subheading says more than its headline: a longer line over a short signed one is the photo's caption."""
    text = f"""{MENU}
Partager sur Facebook.
Mischael Modrikamen au micro de Twizz Radio
Modrikamen soutient De Wever
IPM
Mis en ligne le 21/04/2011
Pour le président du Parti Populaire, qui était l'invité de Twizz Radio ce matin, le problème de la Belgique vient d'abord des francophones, qui refusent de négocier.
Mischael Modrikamen, président du Parti Populaire, était ce matin l'invité de la grande matinale de la radio bruxelloise, où il a longuement défendu Bart De Wever.
L'homme politique belge a dû faire face à de sérieuses difficultés ces derniers mois au sein de son propre parti, mais il assure que le Parti Populaire se porte bien."""
    assert parse_article(text, "text").title == "Modrikamen soutient De Wever"


def test_a_three_word_headline_with_an_elided_article_wins_over_the_sites_label():
    text = f"""{MENU}
Le Figaro Premium
Services
Tous les sites du Figaro
Abonnez-vous
Football
Coupe du monde
Ronaldo écourte l'entraînement
Partages
Par La rédaction
Mis à jour le 18/06/2014 à 17h03
Cristiano Ronaldo a quitté l'entraînement de la sélection portugaise plus tôt que ses coéquipiers mercredi, à la veille du match contre les États-Unis, en se tenant le genou gauche.
Le staff médical a assuré que l'attaquant du Real Madrid ne souffrait que d'une gêne passagère et qu'il serait bien sur le terrain jeudi soir, à Manaus, pour ce match décisif."""
    assert parse_article(text, "text").title == "Ronaldo écourte l'entraînement"


def test_a_headline_trailing_off_under_a_stack_of_teasers_is_the_title_not_the_teaser_above_it():
    """The stack of teaser titles runs into the article's own text; the headline under it reads as a sentence but is
    the one signed right under it."""
    text = f"""{MENU}
Partager sur Facebook.
Éjaculation précoce: le remède médical miracle?
Amitié homme/femme, possible?
La meilleure musique pendant le sexe est…
Ces étudiantes qui commercialisent leur corps
Qui des hommes ou des femmes mentent le plus ?
La pornographie, une affaire d'hommes? Pas seulement...
Ewa Kuczynski
Mis en ligne le 23/11/2012
En marge au lancement d'un nouveau site destiné aux femmes, l'IFOP lève le voile sur les habitudes des Françaises devant les films pour adultes, et les résultats surprennent.
Que de tabous brisés et d'idées préconçues rejetées, puisque d'après certains résultats, une majorité des femmes interrogées en ont déjà regardé un, seules ou en couple.
Plus surprenant encore, ce genre de passe-temps demeure pratiqué autant en couple qu'en solo, à savoir que la proportion est la même dans les deux cas."""
    article = parse_article(text, "text")
    assert article.title == "La pornographie, une affaire d'hommes? Pas seulement..."


@pytest.mark.parametrize(
    "headline",
    [
        "VIDÉO - Retraites : Élisabeth Borne défend sa réforme à l'Assemblée",
        "EN IMAGES - Les manifestations contre la réforme dans toute la France",
    ],
)
def test_a_headline_opening_with_its_medium_is_the_title_and_a_link_so_labelled_is_not_read(headline):
    teaser = "VIDÉO - Un autre sujet sans rapport avec la réforme"
    text = "\n\n".join(
        [
            "Le Figaro",
            "Politique",
            headline,
            "Par Jean Dupont",
            "Publié le 12/03/2024 à 10:00",
            LEDE,
            BODY,
            teaser,
            MORE,
        ]
    )
    article = parse_article(text, "text")
    assert article.title == headline
    assert teaser not in spoken(article)
