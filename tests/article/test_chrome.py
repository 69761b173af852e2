import pytest

from app.article.chrome import chrome_reason, is_chrome, is_end_marker

CHROME = [
    "[Lire aussi] Retraites : le gouvernement recule",
    # Paywall notes, subscription plugs, the magazine an article comes from, and a live blog's buttons.
    "Cet article vous est offert. Pour lire gratuitement tous les articles, connectez-vous",
    "Article réservé aux abonné·es",
    "Propulsé par ETX Studio",
    "Newsletter «Dernières nouvelles»",
    "Vous avez trouvé une erreur? Signalez-la maintenant.",
    "LISEZ « Le Bas-Saint-Laurent attire de plus en plus de jeunes familles »",
    "Cet article a été publié dans « l'Obs » n° 3152 du 6 mars 2025.",
    "Retrouvez cet article dans le magazine Challenges, en kiosque jeudi 13 mars.",
    "Les cartes blanches sont publiées sous la responsabilité de leurs auteurs et n'engagent pas la rédaction.",
    "Charger les posts précédents",
    # An independent site's appeal, and an article's date, reading time and counts in a row.
    "Kréol Actu est un média indépendant, sans publicité. Si vous appréciez notre travail, vous pouvez nous soutenir.",
    "Le Franco du Nord est gratuit et sans mur payant grâce à ses donateurs. Un don mensuel nous permet de continuer.",
    "12 février 2025 · 6 min · 1180 mots · Clara Vuillermoz",
    "👉 Lire aussi : Prime Air Bois : cinq ans après, le bilan en demi-teinte",
    "La salle blanche d'un site de semi-conducteurs à Crolles (Isère), en 2024. afp.com/JEAN-PIERRE CLATOT",
    "La circulation était difficile sur l'autoroute Métropolitaine mardi matin. Photo Agence QMI, Joël Lemay",
    "Devant l'école Chauvinière, à Nantes, le 13 mars 2025. — J. Urbach / 20 Minutes",
    "La couverture en habitation de La Presse Canadienne reçoit le soutien financier de la Fondation pour le "
    "logement abordable. La Presse Canadienne est seule responsable des choix éditoriaux.",
    "Retrouvez ce portrait dans le numéro 3960 de Paris Match, en kiosque jeudi 13 mars.",
    "Le quartier de la gare de Lausanne, où les travaux doivent se poursuivre jusqu'en 2030. Chantal Dervey",
    "Ecouter l'article",
    "Écouter la revue de presse (4 min)",
    "Photo Presqu’île Info / Margaux Delorme",
    "Un utilitaire de plombier stationné rue Paul-Bert, dans le 3e arrondissement. Photo Presqu’île Info / Margaux "
    "Delorme",
    "Lisez Le nombre de campements a doublé en un an à Montréal",
    "Je m'abonne pour 7 € par mois",
    "Vous avez des informations sur ce sujet ? Contactez-nous de manière sécurisée à l'adresse enquetes@site.fr.",
    "Lyon Décryptage ne dépend d'aucun actionnaire ni d'aucun annonceur. Cette enquête a nécessité six mois de "
    "travail : pour qu'il y en ait d'autres, abonnez-vous.",
    "Partagez l'article « Près d'une famille sur cinq à Montréal consacre son revenu au logement » sur vos réseaux",
    "Vous avez des informations à nous partager à propos de cette histoire?",
    "➡️ À lire aussi : Le bilan de la saison",
    "Inscrivez-vous gratuitement et recevez les infos de Vevey, Montreux et environs dès 6 h.",
    "Vous pouvez laisser un message à la famille en commentaire ci-dessous.",
    "9 janvier 2025·Lecture de 5 min·8 commentaires",
    "Notre dossier : la réforme des retraites",
    "Pour aller plus loin : la réforme en dix questions",
    # Notices that read like sentences, but about the site or with no narration after their opening.
    "Publié le 29 septembre 2024 à 05h30, modifié le 29 septembre 2024 à 10h12",
    "Vous avez lu 3 articles gratuits ce mois-ci, l'accès illimité est réservé aux abonnés.",
    "En cliquant sur « Accepter », vous consentez à l'utilisation de traceurs par nos partenaires publicitaires.",
    "Pour réagir, vous devez être connecté à votre compte et respecter la charte de modération du site.",
    "La newsletter Éducation : chaque semaine, recevez l'essentiel de l'actualité dans votre boîte mail.",
    "Retour",
    "Plus d'articles",
    "tous les articles de la thématique",
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
    "Commentaires (23)",
    "Page 1 sur 2 Page suivante",
    "On aime beaucoup",  # Télérama's rating
    "Données en temps différé",
    "•",
    "ICI Radio-Canada",
    "Créer un compte - S'identifier",
    "Berlin, de notre envoyé spécial",
    "Source: L'Avenir",
    "Video",
    "Quitter le diaporama et retourner à la page précédente",
    "Envoyer une correction à la rédaction",
    "En savoir +",
    "Le site d'expo-guide à l'air sérieux, mais méfiez-vous... D.Claes",
    "Quel est l'événement qui constitue, pour vous, la meilleure nouvelle de 2011? depuis creer sondage",
    "Quel nom aurait-il fallu donner à la nouvelle Dexia ? depuis sondage internet",
    "Téléchargez pdf (1,4 MB)",
    "Voir les partenaires de The Conversation France",
    "Retour à la page précédente",
    "Haut de la page",
    "Genk revient en force. Photonews",
    "La France gagne sur des buts de Giroud et Malouda. BELGA_AFP",
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
    # The site speaking to its reader, and contributors' declarations, read like prose but are not the article.
    "Abonnez-vous en moins d'une minute pour recevoir gratuitement par e-mail une sélection de nos articles.",
    "Votre abonnement n'autorise pas la lecture de cet article",
    "Pour plus d'informations, merci de contacter notre service commercial.",
    "Écrivez un article et rejoignez une communauté de plus de 158 800 universitaires et chercheurs.",
    "Cliquez ici pour consulter la vidéo capturée par nos confrères de Sporza.",
    "Claudine Guerrier ne travaille pas, ne conseille pas, ne possède pas de parts dans une entreprise.",
    "Institut Mines-Télécom apporte un financement en tant que membre adhérent de The Conversation FR.",
    "PODCAST - Écoutez le club Le Figaro International",
    "Dominique-Jean Chertier, le médiateur chargé de dénouer la crise, le 10 avril. AP/FRANÇOIS MORI",
    "Quelle culture digitale pour les jeunes ? Pixabay",
    "Par E.P.",
    "+ Chelsea: enquête de la police sur Hazard",
    "#FRAITA 63è 3-1",
    "Regardez la boulette de Xavier Bongibault.",
    "ADVERTISING - ne pas effacer",
    "Stéphane Moreau, le nouveau bourgmestre d'Ans, a prêté serment ©Belga",
]
PROSE = [
    "Il a été reçu à la mairie par M.Dupont",
    "La commune a reçu des financements de la région pour rénover l'école, qui accueillera 300 élèves.",
    # "Il y a" opens a stamp only with a duration and nothing after it ("il y a 3 heures").
    "Il y a dix ans, la ville comptait à peine trois mille habitants",
    "Il y a un besoin de sensibilisation, de démonstration et d'accompagnement,",
    # Sentences with the words of a signature's stamp, a site's name, a form's label or a photo's credit.
    "Le décret, publié le 3 mars au Journal officiel, entre en vigueur demain.",
    "Le rapport a été publié hier par l'Insee.",
    "Le classement, modifié à plusieurs reprises, reste contesté.",
    "Le texte a été rédigé avec l'AFP et plusieurs agences internationales.",
    "Le site lemonde.fr a été piraté mardi.",
    "+ 12 % : c'est la hausse des prix de l'énergie en un an.",
    "Votre courriel sera lu par le médiateur, assure la direction de la SNCF.",
    "Pseudo ou vrai nom, peu importe sur les réseaux sociaux, selon la juge.",
    "La photo d'archives montre le président en 1995, aux côtés de son prédécesseur.",
    "Notre dossier a été transmis au juge.",
    "Vous avez une histoire à raconter, disait-il souvent à ses élèves.",
    "Le match s'est joué à Madrid. Real Madrid - Bayern Munich",
    # A wire's lede under its dateline.
    "PARIS (AFP) – Trains, métros et RER tournaient au ralenti mardi en France, au premier jour d'une grève.",
    "Le SDIS 81 a mobilisé une quarantaine de sapeurs-pompiers.",
    "Pour le savoir, écoutez les habitants : l'actualité du quartier se lit sur les murs.",
    "Cet article de loi vous a été présenté hier, a rappelé la ministre aux sénateurs.",
    "Le maire a reçu les élus de la majorité, dont ceux du LP/PS, en fin de journée lundi.",
    "Le texte, rédigé avec l'aide d'un expert en illustration, sera publié par Ouest-France mardi.",
    # Sentences that open like a newsletter plug, a partner's credit, a time stamp or a comment form.
    "Publié le 3 mars, le rapport de la Cour des comptes dresse un constat sévère de la gestion des hôpitaux.",
    "Mis à jour le mois dernier, le plan prévoit désormais quarante nouvelles places en crèche dans le quartier.",
    "Durée : deux ans, c'est le temps qu'il a fallu pour reconstruire le pont après la crue de la rivière.",
    "En cliquant sur ce lien, les victimes de l'arnaque étaient redirigées vers un faux site de la banque.",
    "Pour commenter la décision, le maire a convoqué une conférence de presse devant l'hôtel de ville.",
    "Chaque matin, dans ma classe de quatrième, je vois arriver des élèves épuisés, inquiets, parfois absents.",
    "En partenariat avec l'Unicef, la ville a ouvert trois centres d'accueil pour les familles sans logement.",
    "Conformément à la loi, le préfet a suspendu l'arrêté municipal en attendant la décision du tribunal.",
    "Le rapport a été remis au ministre de la Justice, qui le transmettra à la commission des droits d'auteur.",
    "Retour sur une semaine agitée au Parlement, où les débats ont été vifs.",
    "Il y a des raisons d'espérer.",
    "Par ailleurs, le ministre a rappelé que les discussions continuaient.",
    "Partager les coûts entre alliés reste l'objectif affiché de Washington.",
    "Réajuster les budgets militaires",
    "Jim Mattis, secrétaire américain à la Défense",
    "Publicité mensongère : l'entreprise condamnée à une amende record.",
    "Par ailleurs, le ministre a rappelé que les discussions continuaient.",
    "Réagir vite face aux inondations",
    "Vous avez peut-être déjà croisé ce militant dans les rues de Lyon, un mégaphone à la main.",
    "« Abonnez-vous à ma chaîne et cliquez sur la cloche », répète le youtubeur à ses fans.",
    "Retrouvez-le à la fin de la saison, a promis l'entraîneur aux supporters.",
    "Les abonnés du club ont découvert leur nouveau stade samedi, sous la pluie.",
    "Regardez les chiffres : le chômage a baissé de deux points en un an dans toute la région, selon l'Insee.",
    "La rédaction du quotidien a été évacuée mardi, a indiqué la direction, qui a contacté la police.",
    "Suivez sa préparation sur notre site dédié au jogging, où Kyra court chaque semaine un peu plus loin.",
    "Jean-Pierre Martin Dupont",
    "Sur le même sujet, le ministre a déclaré qu'il attendrait la fin de l'enquête.",
    "Le 14 juillet, saint Camille a été fêté dans tout le village.",
    "Lisez bien les conditions du contrat avant de signer, conseille l'association de consommateurs.",
    "Photo de famille pour les lauréats",
    "Blast est un média indépendant fondé en 2021 par Denis Robert, qui a annoncé mardi sa fermeture.",
    "☀️ Le soleil brille sur la ville, a constaté le maire ce matin.",
    "Le quartier de la gare attend ses travaux depuis 2030. Saint Martin",
    "Les travaux reprendront lundi. Le Mans",
    "Le chantier, ouvert en 2021, devait durer trois ans. Il en aura finalement duré cinq, et coûté deux fois plus "
    "que prévu, selon la Cour des comptes, qui pointe des erreurs de conception dès l'origine. Jean Dupont",
    "Score final · 3 buts à 1 · 2024 restera une année noire pour le club et ses supporters.",
    "Allier (03)",  # a département and its number, in a list of them
    "Haute-Loire (43)",
]


@pytest.mark.parametrize("line", CHROME)
def test_chrome_lines(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", PROSE)
def test_article_lines_stay(line):
    assert not is_chrome(line)


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Plus d'articles", True),
        ("Sur le même sujet", True),
        ("Retour", False),
        ("Les plus lus", True),
        ("Les + lus", True),
        ("Liens publicitaires", True),
        ("Sur le sujet", True),
        ("Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.", True),
        ("Cet article est réservé aux abonnés", True),
        ("Si le forum ci-dessous est ouvert, vous pouvez réagir...", True),
        ("Réservé aux abonnés", False),  # the label by the headline, not the paywall
        ("La rédaction vous conseille", True),
        ("A lire aussi", True),
        # WordPress: the comments' header names the post; the line under a post files it.
        ("17 commentaires à Déchéance : François Hollande, respectez votre parole !", True),
        ("Cette entrée a été publiée dans Actualité. Vous pouvez la mettre en favoris avec ce permalien.", True),
        ("17 commentaires sur la réforme ont été reçus par le ministère.", False),
        ("L’espace des contributions est réservé aux abonnés.", True),
        (
            "Ce contenu a été rédigé par un expert de l’équipe La Dépêche du Midi Shopping. Les prix mentionnés sont "
            "fournis à titre indicatif.",
            True,
        ),
        ("Fil info", True),  # a ticker of other news under the article
        ("Puisque vous êtes là...", True),  # the site's appeal for support follows
    ],
)
def test_end_markers(line, expected):
    assert is_end_marker(line) is expected


@pytest.mark.parametrize(
    "line,reason",
    [
        ("Votre abonnement n'autorise pas la lecture de cet article", "notice to the reader"),
        ("Claudine Guerrier ne travaille pas, ne conseille pas, ne possède pas de parts.", "disclosure"),
        ("#FRAITA 63è 3-1", "hashtag"),
        ("Par E.P.", "byline"),
        ("B.DAR.", "byline"),  # the journalist's initials alone under the article
        ("C.J. (avec Belga)", "byline"),
        ("+ Chelsea: enquête de la police sur Hazard", "link"),
        ("Stéphane Moreau a prêté serment ©Belga", "credit"),
        ("Regardez la boulette de Xavier Bongibault.", "interface"),
        ("Téléchargez pdf (1,4 MB)", "download"),
        ("Quel nom aurait-il fallu donner à la nouvelle Dexia ? depuis sondage internet", "poll"),
        (
            "Ce site est protégé par le droit d'auteur, tous droits réservés. Toute reproduction et/ou rediffusion "
            "de contenu par quelque moyen que ce soit est interdite sans l'autorisation préalable de l'éditeur, qui "
            "se réserve le droit d'engager des poursuites contre tout contrevenant, en Belgique comme ailleurs.",
            "legal notice",
        ),
        ("Berlin, de notre envoyé spécial", "byline"),
        ("Genk revient en force. Photonews", "credit"),
        ("Il y a 2 jours", "date"),
        ("Mis à jour il y a 12 minutes", "date"),
        ("Et vous, qu'en pensez-vous ?", "interface"),  # the call to comment, over the comments
        ("Ouest-France Mathilde Le Guen.", "byline"),  # the paper, then its journalist
        ("Un texte de Julie Marceau", "byline"),
        ("Les opinions exprimées dans cette tribune n'engagent que leur auteur.", "disclosure"),
        (
            "Camille Bertrand a reçu des financements de l'Agence nationale de la recherche (ANR) dans le cadre du "
            "programme Petites Villes en Transition.",
            "disclosure",
        ),
        ("Vous avez été témoin de l'accident ? Contactez notre rédaction au 0800 12 345.", "notice to the reader"),
        ("Associated Press/Reporters", "credit"),  # agencies joined by a slash
        ("dimanche 13 juillet 2025, Saint Henri", "date"),  # a regional paper's masthead: the date, its saint
        ("Clément Poursain – 7 juillet 2025 à 12h00", "byline"),  # the name, then the date
        ("Source : Bonjour !", "credit"),  # the magazine the story was taken from
        (
            "Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France sur son site, ses applications "
            "et les réseaux sociaux.",
            "notice to the reader",
        ),
        ("France Télévisions", "publisher"),  # the newsroom's group under its journalist's name
        ("Notre dossier sur le PSG", "link"),  # the site's other coverage, between two paragraphs
        ("Retrouvez notre direct", "link"),
        # Captions closed by a regional paper's or a photographer's credit, or marked as only illustrating.
        ("Le quartier des Mordacs a été le théâtre d'une fusillade samedi. LP/Philippe Lavieille", "credit"),
        ("Le maire devant la mairie de Rennes, lundi. Marc Ollivier / Ouest-France", "credit"),
        ("Un bureau de vote à Lille, dimanche matin. DR", "credit"),
        ("Une classe d'un collège de Seine-Saint-Denis, en mars 2024. (Illustration)", "credit"),
        ("afp.com/JENS SCHLUETER", "credit"),
        ("Lecture en 3 min.", "interface"),
        ("Voir cette publication sur Instagram", "interface"),
        ("Tous propos recueillis par MD.", "byline"),
        ("Durée de la vidéo : 2 min", "interface"),
        ("Ce contenu peut vous intéresser", "interface"),
        (
            "L'actualité \"Société\" vous intéresse ? Continuez votre exploration et découvrez d'autres thématiques.",
            "notice to the reader",
        ),
        (
            "Nous avons besoin de vous pour continuer à enquêter sur le terrain, au plus près de ceux qui travaillent.",
            "notice to the reader",
        ),
        (
            "Face à la marchandisation de l'information, l'Humanité fait le choix de l'indépendance. Ce sont nos "
            "lecteurs qui nous font vivre.",
            "notice to the reader",
        ),
        ("Ce contenu est bloqué. Acceptez les cookies pour afficher ce contenu Instagram.", "cookie notice"),
        ("Villeneuve-sur-Lot (Lot-et-Garonne), reportage", "date"),  # where from, and the genre
        ("Plus d'infos", "interface"),
        ("Vous avez un scoop à nous transmettre?", "notice to the reader"),
        (
            "Slate.fr tous les jours: chaque matin, une sélection des meilleurs articles du jour.",
            "notice to the reader",
        ),
        (
            "Chez Reporterre, nous faisons un autre choix : celui d'une information libre, gratuite et sans publicité, "
            "financée à 98 % par les dons de nos lecteurs.",
            "notice to the reader",
        ),
        ("Un paquebot au mouillage dans la rade de Villefranche, le 12 juin dernier. Photo Frantz Bouton", "caption"),
        ("Le futur tracé du m3 doit relier la gare au Flon. Chantal Dervey/Tamedia", "caption"),
        ("Colette Varenne en 1978, sur la scène du Théâtre de la Porte-Saint-Martin. Rue des Archives/RDA", "caption"),
        ("Les colonies ont été cultivées pendant six mois sur du polystyrène. CNRS / E. Marchetti", "caption"),
        ("→ Lire aussi : Pollution de l'air : Bruxelles, mauvaise élève des capitales européennes ?", "interface"),
        (
            "► Lire aussi : Cacao : pourquoi le prix du chocolat va encore augmenter",
            "interface",
        ),  # the button over an embedded post
        ("Ce texte fait partie de notre section Éducation.", "notice to the reader"),
        (
            "Recevez chaque soir la synthèse de la séance boursière et les analyses de nos experts.",
            "notice to the reader",
        ),
        (
            "Pour ne manquer aucune actualité de 01net, suivez-nous sur Google Actualités et WhatsApp.",
            "notice to the reader",
        ),
        ("Ce contenu vous a plu? Soutenez un journalisme libre et indépendant.", "notice to the reader"),
        (
            "Chaque jour à 7 heures, l'actualité de Niort et des Deux-Sèvres directement dans votre boîte mail.",
            "notice to the reader",
        ),
        ("Hélène Marchal · 27 mars 2025 · Lecture 4 min", "byline"),  # the name, a middle dot, the date
        # Captions closed by a photographer and whoever holds the photo, or a regional paper and its photographer.
        ("Relevé d'empreintes sur le site du Rozel (Manche). DOMINIQUE CLIQUET / CNRS", "caption"),
        ("La piscine Le Triangle, à Obernai, en travaux depuis octobre. Photo DNA /Jean-Christophe Dorn", "caption"),
        ("Le tramway ligne 1 sur la place de la Comédie. Midi Libre - Jean-Michel Mart", "caption"),
        ("Marquinhos au sol lors de PSG-Liverpool, le 5 mars 2025 - AFP", "caption"),
        ("Vous avez des informations à nous communiquer sur cette histoire?", "notice to the reader"),
        ("Écrivez-nous à l'adresse redaction@journal.ca ou appelez-nous directement.", "notice to the reader"),
        ("Vous avez une histoire à raconter? Écrivez-nous.", "notice to the reader"),
        ("Tous les mardis, recevez l'essentiel de l'actualité scientifique.", "notice to the reader"),
        ("Le formateur à sa sortie du Palais royal, vendredi. - Belga.", "credit"),
        ("L'incendie a mobilisé une quarantaine de sapeurs-pompiers. SDIS 81", "credit"),
        ("Les données de 33 millions de Français ont fuité // Source : Canva", "credit"),
        # Le Monde's caption: the photo's description, then its photographer in capitals and the agency.
        (
            "Des recherches de fosses communes sont toujours en cours près de la ville côtière de Malindi, trois mois "
            "après la découverte des premières victimes de ce qui a été baptisé le « massacre de la forêt de "
            "Shakahola ». YASUYOSHI CHIBA / AFP",
            "caption",
        ),
        ("Stéphanie Maupas (La Haye, correspondance)", "byline"),  # the place, then the role
        ("Stéphanie Maupas La Haye, correspondance", "byline"),
        # The box's label and its links copied as one line.
        ("Sur le même sujet Côte d'Ivoire : un remaniement sans surprise Démission du gouvernement ivoirien", "link"),
        # The site asking for its readers' support at the end of an article.
        (
            "… on aimerait vous dire un dernier mot. Vous êtes toujours plus nombreux à nous lire. Pour nous aider à "
            "garder notre liberté de ton, votre soutien est précieux. En vous abonnant par exemple, vous aurez accès "
            "à l'intégralité des contenus. Vous pouvez aussi nous soutenir par un don défiscalisé.",
            "notice to the reader",
        ),
        # An interactive map's own words: how to use it, its failure to load, its other view.
        ("SurvolezTouchez les pays pour obtenir plus d'informations.", "interface"),
        ("La carte n'a pas pu charger les données. Rafraîchissez la page", "interface"),
        ("Afficher le bilan en tableau", "interface"),
        # A slideshow's caption with its place in the show.
        ("2/7 - 21EMES VICTOIRES DE LA MUSIQUE AU ZENITH VICTOIRES DE LA MUSIQUE 2006 PHILIPPE KATHERINE", "gallery"),
        ("1/7 - Philippe Katerine et sa compagne Julie Depardieu - Arrivées à la 44ème cérémonie des César", "gallery"),
    ],
)
def test_the_reason_a_listener_is_shown_for_a_dropped_line(line, reason):
    assert chrome_reason(line) == reason
