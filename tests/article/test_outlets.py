"""Articles in the shapes other outlets publish: Radio-Canada and AFP text, Le Monde and Le Devoir HTML."""

from tests.article.helpers import parse_fixture, quote_speakers, segments_of


def test_radio_canada_copy():
    article = parse_fixture("radio_canada.txt")
    assert article.title.startswith("Un juge de l'Alberta rejette")
    assert [c.title for c in article.chapters][1:] == ["Un procès en deux temps"]
    speakers = quote_speakers(article)
    assert (
        speakers["Les faits reprochés sont d'une gravité exceptionnelle et la preuve de la Couronne paraît solide."]
        == "Randall Bocock"
    )
    assert any(s == "Julie Gagnon" for s in speakers.values())
    assert any(s == "Pierre Lavoie" for s in speakers.values())
    for chrome in ("Partager l'article", "Marie-Ève Tremblay", "Photo : Radio-Canada / Mike Symington", "Commentaires"):
        assert chrome in article.dropped_texts
    assert not any("Red Deer" in s.text for s in article.segments)


def test_afp_dispatch_with_straight_quotes():
    article = parse_fixture("afp_depeche.txt")
    assert article.title.startswith("Climat : la COP29 s'achève")
    speakers = quote_speakers(article)
    assert speakers["C'est une police d'assurance pour l'humanité"] == "Simon Stiell"
    assert speakers["Ce n'est pas assez, ce n'est pas juste"] == "Juan Carlos Monterrey Gomez"
    assert any(text.startswith("J'avais espéré") and who == "Antonio Guterres" for text, who in speakers.items())
    # A three-word phrase inside the narrator's sentence is not a quote.
    assert not any(text == "un nouveau chapitre" for text in speakers)
    assert "Un séisme de magnitude 6,2 frappe le Japon" in article.dropped_texts
    assert "Temps de lecture : 3 min" in article.dropped_texts


def test_le_devoir_html_keeps_headings_blockquote_and_standfirst():
    article = parse_fixture("le_devoir.html")
    assert article.title == "Québec veut accélérer la construction de logements"
    assert [c.title for c in article.chapters][1:] == ["Des villes divisées", "Un chantier de plusieurs années"]
    assert article.description.startswith("La ministre de l'Habitation dépose un projet de loi")
    assert (
        quote_speakers(article)["Nous voulons des logements, mais pas à n'importe quel prix pour nos quartiers."]
        == "Valérie Plante"
    )
    assert (
        quote_speakers(article)["Il faut construire plus, plus vite et partout au Québec"] == "France-Élaine Duranceau"
    )
    assert article.author == "Isabelle Porter"
    assert article.source_url.startswith("https://www.ledevoir.com/")
    spoken = " ".join(s.text for s in article.segments)
    for chrome in ("Le prix des loyers bondit", "Tous droits réservés", "Jacques Boissinot", "Partager"):
        assert chrome not in spoken


def test_le_monde_html_figure_pull_quote_q_and_paywall():
    article = parse_fixture("le_monde.html")
    assert article.title == "À Bruxelles, l'OTAN cherche à rassurer ses membres européens"
    assert [c.title for c in article.chapters][1:] == ["Un message adressé à Moscou"]
    speakers = quote_speakers(article)
    assert speakers["Nous ne négocierons pas depuis une position de faiblesse."] == "Jim Mattis"
    assert "L'Amérique tiendra ses engagements envers ses alliés" in speakers  # from <q>
    assert speakers["prendre davantage son destin en main"] == "Ursula von der Leyen"
    assert any(s.text == "Un diplomate français" for s in segments_of(article, "attribution"))
    assert any(d.startswith("Il vous reste 62 %") for d in article.dropped_texts)
    assert "Par Jean-Pierre Stroobants" in article.dropped_texts
    assert not any("Photo" in s.text for s in article.segments)


def test_le_monde_copy_with_lists_captions_and_paywall():
    article = parse_fixture("le_monde_copie.txt")
    assert article.title == "Grève des transports : la RATP prévoit un trafic très perturbé lundi"
    assert [c.title for c in article.chapters][1:] == ["Quelles lignes seront touchées ?"]
    texts = [s.text for s in article.segments]
    assert "Les mesures demandées par l'intersyndicale sont les suivantes :" in texts
    assert "- l'embauche de 2 000 agents" in texts  # list items are narrated, never headings
    assert quote_speakers(article) == {
        "Nous n'avons pas le choix": "Marie Dupuis",
        "la direction fait la sourde oreille depuis des mois": "Marie Dupuis",
    }
    for chrome in (
        "Temps de Lecture 3 min.",
        "Offrir l'article",
        "Le métro parisien lors d'une précédente grève, en décembre 2019.",
        "PHOTO : THOMAS SAMSON / AFP",
        "Lire aussi | Grève à la RATP : ce qu'il faut savoir",
    ):
        assert chrome in article.dropped_texts
    assert not any(d.startswith("Il vous reste") for d in texts)


def test_radio_canada_html_pull_quote_signature_and_appositive_speaker():
    article = parse_fixture("radio_canada.html")
    assert article.title == "Les feux de forêt forcent l'évacuation de Fort Nelson"
    assert [c.title for c in article.chapters][1:] == ["Des vents violents attendus"]
    assert article.description.startswith("Plus de 3000 personnes")
    speakers = quote_speakers(article)
    assert speakers["La situation est extrêmement dangereuse et évolue rapidement"] == "Bowinn Ma"
    assert (
        speakers["Nous avons vu les flammes de la maison. Nous sommes partis avec ce que nous avions sur le dos."]
        == "Karen Crosby"
    )
    assert speakers["On a de la place pour tout le monde"] == "Lilia Hansen"
    spoken = " ".join(s.text for s in article.segments)
    for chrome in (
        "Julie Landry",
        "Publié le",
        "Photo : BC Wildfire",
        "cinq questions",
        "commentaires sont fermés",
        "Partager",
    ):
        assert chrome not in spoken


def test_afp_html_wire_dispatch():
    article = parse_fixture("afp_depeche.html")
    assert article.title == "Japon: un séisme de magnitude 6,2 secoue le nord du pays"
    assert len(article.chapters) == 1
    assert "kap/sba/lpt" in article.dropped_texts and "Publié le 3 janvier 2025 à 08 h 15" in article.dropped_texts
    assert list(quote_speakers(article).values()) == ["Tohoku Electric Power"]


def test_title_written_as_a_sentence_and_text_without_title():
    from app.article import parse_article

    article = parse_article(
        "ICI Radio-Canada\nUn incendie ravage un entrepôt à Laval.\nPublié le 3 mars 2024\n"
        "Un violent incendie a ravagé un entrepôt de Laval dans la nuit de lundi à mardi, forçant des évacuations.\n"
        "Aucun blessé n'est à déplorer, selon les pompiers."
    )
    assert article.title == "Un incendie ravage un entrepôt à Laval."
    assert [s.kind.value for s in article.segments] == ["title", "paragraph", "paragraph"]
    untitled = parse_article(
        "Le gouvernement a annoncé mardi un plan de relance de 10 milliards d'euros pour soutenir l'industrie automobile.\n"
        "Les syndicats ont salué une première étape mais réclament davantage."
    )
    assert untitled.title.startswith("Le gouvernement a annoncé mardi") and untitled.title.endswith("…")
    assert [s.kind.value for s in untitled.segments] == ["paragraph", "paragraph"]


def test_le_devoir_copy_section_labels_byline_and_surname_speaker():
    article = parse_fixture("le_devoir_copie.txt")
    assert article.title == "Legault promet une réforme du régime forestier d'ici l'automne"
    assert [c.title for c in article.chapters][1:] == ["Ce que prévoit le projet"]  # "Politique" is a label
    speakers = quote_speakers(article)
    assert speakers["On ne peut plus continuer comme ça"] == "François Legault"  # full name from the caption
    assert speakers["La forêt n'est pas qu'un inventaire de bois à couper."] == "Alice-Anne Simard"
    for chrome in (
        "Marco Bélair-Cirino",
        "Correspondant parlementaire à Québec",
        "14 février 2024",
        "Le texte se poursuit après la publicité.",
        "Abonnez-vous à notre infolettre",
    ):
        assert chrome in article.dropped_texts


def test_read_also_box_mid_article_does_not_end_it():
    from app.article import parse_article

    article = parse_article(
        "Un juge rejette la demande de libération\n"
        "Un ancien policier de Calgary accusé d'agression armée restera derrière les barreaux jusqu'à son procès.\n"
        "À lire aussi :\nUn policier de Calgary suspendu après une intervention filmée\nLa GRC ouvre une enquête\n"
        "La défense, pour sa part, entend porter la décision en appel devant la Cour d'appel de l'Alberta dès la semaine prochaine.\n"
        "À lire aussi\nLes prisons débordent en Alberta\nCommentaires\n"
        "Un lecteur a écrit une longue opinion sur cette décision qui dépasse largement les vingt mots pour ce test précis.\n"
    )
    assert [s.text[:11] for s in article.segments] == ["Un juge rej", "Un ancien p", "La défense,"]
    assert (
        "La GRC ouvre une enquête" in article.dropped_texts
        and "Les prisons débordent en Alberta" in article.dropped_texts
    )


def test_wrapped_text_and_br_separated_html():
    from app.article import parse_article

    wrapped = parse_article(
        "Le Québec annonce un plan de relance\n\n"
        "Le gouvernement du Québec a annoncé mardi un plan de relance de\n2 milliards de dollars destiné aux régions\n"
        "touchées par les feux de forêt, a indiqué la ministre des Finances.\n\n"
        "« Nous serons là pour les familles », a déclaré la ministre lors\nd'un point de presse à Québec.\n"
    )
    assert [s.kind.value for s in wrapped.segments] == ["title", "paragraph", "quote", "attribution"]
    assert wrapped.segments[1].text.endswith(
        "régions touchées par les feux de forêt, a indiqué la ministre des Finances."
    )
    html = parse_article(
        "<html><body><h1>Titre de la page</h1><div class='texte'>Premier paragraphe assez long pour compter comme "
        "du texte d'article.<br><br>Second paragraphe, lui aussi assez long pour compter.<br>Sous-titre sans point"
        "<br>Troisième paragraphe qui termine l'article avec une phrase complète.</div></body></html>"
    )
    assert [(s.kind.value, s.text[:8]) for s in html.segments] == [
        ("title", "Titre de"),
        ("paragraph", "Premier "),
        ("paragraph", "Second p"),
        ("heading", "Sous-tit"),
        ("paragraph", "Troisièm"),
    ]


def test_radio_canada_copy_with_interface_lines_and_credits():
    article = parse_fixture("radio_canada_copie2.txt")
    assert article.title == "Un homme accusé de meurtre au deuxième degré à Gatineau"
    assert article.description == "Le suspect a comparu mardi au palais de justice de Gatineau."
    assert quote_speakers(article) == {"Il s'agit d'un drame conjugal": "Jean-Paul Lemieux"}
    for chrome in (
        "Ajouter à mes articles",
        "Écouter l'article",
        "L'homme a comparu par visioconférence.",
        "Avec les informations de Nathalie Tremblay",
        "Partager la page",
        "Le Canadien s'incline en prolongation",
    ):
        assert chrome in article.dropped_texts
    assert len(article.chapters) == 1 and article.segments[-1].text == "Le prévenu doit revenir en cour le 21 mars."
