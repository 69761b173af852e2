"""Language data: the words news pages put around an article (navigation, prompts, credits, bylines).

Data only; `chrome.py` decides with it. Entries are lowercase, without final punctuation.
"""

from app.article.months import MONTHS as MONTH_NAMES
from app.article.months import UNACCENTED

# Media groups that sign under a journalist's name or instead of one ("franceinfo avec AFP" / "France Télévisions"):
# two capitalised words that are no one's name.
MEDIA_GROUPS = frozenset(
    (
        "france télévisions",
        "radio france",
        "france médias monde",
        "radio-canada",
        "ici radio-canada",
        "cbc/radio-canada",
        "groupe ebra",
        "sud ouest publications",
        "le parisien libéré",
        "altice media",
        "groupe tf1",
        "groupe m6",
        "rossel",
        "ipm group",
    )
)

# A line that is exactly one of these is page chrome.
EXACT = frozenset(
    """
retour|retour à l'accueil|retour à la une|accueil|menu|rechercher|recherche|fermer|se connecter|connexion|
on aime un peu|on aime beaucoup|on aime passionnément|on n'aime pas|on n'aime pas du tout|
données en temps différé|cours en temps différé|données différées|cours différés|
s'abonner|abonnez-vous|je m'abonne|s'inscrire|inscrivez-vous|mon compte|se déconnecter|déjà abonné|
partager|partager cet article|partager l'article|partagez l'article|partager la page|partagez|partager sur facebook|
partager sur twitter|partager sur x|imprimer|envoyer|
envoyer par courriel|courriel|facebook|twitter|x|linkedin|whatsapp|messenger|pinterest|bluesky|copier le lien|
lien copié|actualiser|rafraîchir|rafraîchir la page|charger plus de posts|afficher plus de posts|
charger les posts précédents|charger les posts suivants|afficher les posts précédents|
plus d'articles|vidéo du jour|rabais de la semaine|publicité|contenu commandité|contenu partenaire|contenu sponsorisé|
lire plus tard|sauvegarder|ajouter à mes favoris|ajouter aux favoris|écouter|écouter l'article|écouter cet article|
lecture audio|ecouter l'article|ecouter cet article|
commentaires|voir les commentaires|réagir|réagissez|ajouter un commentaire|lire la suite|voir plus|
afficher plus|charger plus|en savoir plus|newsletter|infolettre|abonnez-vous à notre infolettre|suivez-nous|
à lire aussi|lire aussi|à voir aussi|voir aussi|sur le même sujet|les plus lus|les plus populaires|nos suggestions|
articles recommandés|vous aimerez aussi|dans la même rubrique|à découvrir|ailleurs sur le web|en continu|en direct|
passer au contenu|aller au contenu|aller au contenu principal|ici radio-canada|ici info|ici première|radio-canada|
le devoir|le monde|la presse|afp|reuters|agence france-presse|la presse canadienne|associated press|
à la une|dernières nouvelles|les dernières nouvelles|nouvelles|actualités|mon fil|mes favoris|votre avis|
signaler une erreur|signaler une coquille|précédent|suivant|article suivant|article précédent|haut de page|
tous droits réservés|politique de confidentialité|conditions d'utilisation|nous joindre|aide|faq|
offert par|présenté par|voir la vidéo|voir les photos|regarder la vidéo|galerie photos|diaporama|
offrir l'article|offrir cet article|ajouter à vos sélections|ajouter à mes sélections|lire dans l'application|
écouter l'article en audio|article réservé aux abonnés|réservé aux abonnés|abonné|abonnés|
article réservé à nos abonnés|réservé à nos abonnés|article abonné|contenu abonné|premium|exclusif abonnés|
copier|imprimer l'article|envoyer l'article|réagir à l'article|commenter|j'aime|suivre|
ajouter à mes articles|ajouter à ma liste|mes articles|mode lecture|taille du texte|version imprimable|annonce|
aller au menu principal|aller au contenu principal|passer au menu|mon ici|régions|skip to main content|
skip to content|
skip to navigation|menu principal|navigation principale|aller à la recherche|aller au menu|
répondre|signaler|signaler un abus|signaler ce commentaire|modérer|j'aime pas|voir plus de commentaires|
se souvenir de moi|mot de passe oublié|réinitialiser votre mot de passe|créer un compte|créer mon compte|
s'identifier|identifiez-vous|connectez-vous|déconnexion|valider|envoyer le commentaire|publier|annuler|ok|
vous êtes abonné|vous n'êtes pas abonné|offre spéciale|découvrir l'offre|je découvre|j'en profite|
écouter cet article|écouter le podcast|accéder aux raccourcis d'accessibilité|aller aux raccourcis|lire la vidéo|play|
pause|plein écran|fermer la fenêtre|
continuer à lire ici|lire sur le readermode zen|mode zen|readermode|télécharger|contenu sponsorisé|newsletters|
articles suivants|article suivant|à suivre|direct|en ce moment|les plus commentés|les plus partagés|
abonnez-vous à la newsletter|recevez nos newsletters|restez informé|suivez-nous sur|tous les articles|
voir tous les articles|toute l'actualité|dernière minute|flash info|à la une|sommaire|rubriques|
tous les articles de la thématique|tous les articles du dossier|tous les articles de la rubrique|
tous les articles sur le sujet|voir tous les articles du dossier|voir tous les articles de la rubrique|
haut de la page|retour en haut|retour en haut de page|retour à la page précédente|page précédente|page suivante|
quitter le diaporama|quitter le diaporama et retourner à la page précédente|vidéo|video|vidéos|photos|
envoyer une correction à la rédaction|une correction à cet article? envoyez-la à la rédaction|envoyer une info|
savoir plus|pour en savoir plus|plus d'infos|ce contenu peut vous intéresser|
qu'en pensez-vous|et vous, qu'en pensez-vous|donnez votre avis|donnez-nous votre avis|
passer la publicité|fermer la publicité|accepter|refuser|tout accepter|tout refuser|j'accepte|je refuse|
accepter et fermer|accepter & fermer|accepter et continuer|continuer sans accepter|personnaliser|paramétrer|
paramétrer les cookies|gérer les cookies|gérer mes choix|gérer les préférences|gestion des cookies|
partager l'article sur les réseaux sociaux|partager sur les réseaux sociaux|partagez sur les réseaux sociaux|
l'article a été ajouté à vos favoris|l'article a été retiré de vos favoris|

""".replace("\n", "")
    .strip("|")
    .split("|")
)

# The words a link that opens elsewhere carries for screen readers, copied with it ("(nouvelle fenêtre)").
NEW_WINDOW = frozenset(
    ("nouvelle fenêtre", "ouvre une nouvelle fenêtre", "s'ouvre dans une nouvelle fenêtre", "nouvel onglet")
)
# A box's label over the title of the file of articles on the subject, which it links to.
TOPIC_LABELS = frozenset(("suivez la couverture complète", "tout le dossier", "voir le dossier", "notre dossier"))

# Boxes that news sites also put in the middle of an article: they end it only when no paragraph follows.
WEAK_END_MARKERS = frozenset(
    "à lire aussi|lire aussi|à voir aussi|voir aussi|sur le même sujet|à découvrir|à lire également|à voir|"
    "à découvrir également|à découvrir aussi|lire également|voir également|pour aller plus loin|en savoir plus|"
    "notre dossier|nos articles sur le sujet|à relire|à réécouter|à revoir|à lire|lire|compléments d'informations|"
    "compléments d'information|en complément|pour en savoir plus|sur le même thème|sur le sujet|sur ce sujet|"
    "articles similaires|ces articles peuvent vous intéresser|recommandé pour vous|les plus partagés|"
    "nos dernières infos|dernières infos|nos derniers articles|les derniers articles|les dernières actualités|"
    "plus d'actualités|contenus sponsorisés|source|sources|vidéos recommandées|vidéos suggérées|nos vidéos|"
    "les vidéos du moment|vidéos populaires|à voir en vidéo".split("|")
)

# Lines after which nothing is the article however long it is: comments, forms, footers.
STRONG_END_MARKERS = frozenset(
    """
commentaires|voir les commentaires|réagissez|ajouter un commentaire|laisser un commentaire|laissez un commentaire|
l'espace des contributions est réservé aux abonnés|
écrire un commentaire|rédiger un commentaire|vos commentaires|les commentaires|réactions|vos réactions|
commenter cet article|réagir à cet article|participer à la conversation|la conversation|réagir|
signaler une erreur|signaler une coquille|vous avez repéré une erreur|une erreur dans cet article|
articles suivants|plus d'articles|vidéo du jour|les plus lus|les plus populaires|les plus commentés|
rabais de la semaine|contenu commandité|contenu partenaire|contenu sponsorisé|ailleurs sur le web|
nos autres articles|d'autres articles|autres articles|plus de nouvelles|dernières nouvelles|
les dernières nouvelles|en continu|vous aimerez aussi|nos suggestions|articles recommandés|à lire ensuite|
dans la même rubrique|dans la même catégorie|sur le même thème|les articles les plus lus|le fil info|
sites partenaires|nos partenaires|liens publicitaires|liens sponsorisés|publicités|les plus consultés|
les plus consultés depuis une semaine|les plus vus|les autres titres|fil info|fil infos|fil d'info|fil d'infos|
fil d'actu|fil d'actualité|fil d'actualités|l'actu en continu|votre avis nous intéresse|
""".replace("\n", "")
    .strip("|")
    .split("|")
)

# Lines that close the article: what follows them is teasers, comments or footer.
END_MARKERS = (
    frozenset(
        """
plus d'articles|vidéo du jour|sur le même sujet|à voir aussi|à lire aussi|les plus lus|les plus populaires|
nos suggestions|articles recommandés|vous aimerez aussi|dans la même rubrique|à découvrir|ailleurs sur le web|
commentaires|voir les commentaires|réagissez|ajouter un commentaire|rabais de la semaine|contenu commandité|
contenu partenaire|contenu sponsorisé|en continu|dernières nouvelles|les dernières nouvelles|à lire également|
lire aussi sur le même sujet|nos autres articles|plus de nouvelles|d'autres articles|autres articles|
la rédaction vous conseille|la rédaction vous recommande|nous vous recommandons|nous vous conseillons|
vous pourriez aussi aimer|vous pourriez aimer|vous aimerez peut-être|à lire sur le même sujet|
cet article vous a été utile|cet article vous a-t-il été utile|avez-vous trouvé cet article utile|
cet article vous a plu|vous avez aimé cet article|vous avez apprécié cet article|puisque vous êtes là|
puisque vous êtes ici|avant de partir|un dernier mot avant de partir
""".replace("\n", "")
        .strip("|")
        .split("|")
    )
    | STRONG_END_MARKERS
)

# How a line giving the article's date or its last update begins (a short line of chrome, said to be a date).
PUBLICATION_DATES = (
    "publié le",
    "publié à",
    "publié hier",
    "publié aujourd'hui",
    "mis à jour",
    "mise à jour",
    "modifié le",
    "posté le",
)

# A short line starting with one of these is chrome ("Lire aussi : …", "Photo : …", "Par Jean Dupont").
SHORT_PREFIXES = (
    # A sentence may open so too ("En partenariat avec l'Unicef, la ville…"): chrome only when short.
    "en partenariat avec",
    "en collaboration avec",
    "conformément à la loi",
    "profitez de",
    "lire aussi",
    "à lire aussi",
    # The button over an embedded post, copied with it: "Voir cette publication sur Instagram".
    "voir cette publication sur",
    "voir ce post sur",
    "à lire",
    "a lire",
    "lisez ",
    "a voir",
    "lire nos ",
    "lire notre ",
    "voir nos ",
    "voir notre ",
    "lire :",
    "voir aussi",
    "à voir",
    "regarder :",
    "écouter :",
    "en vidéo",
    "vidéo :",
    "vidéo -",
    "vidéos",
    "videos",
    "en images",
    "[lire aussi]",
    "[à lire aussi]",
    "[vidéo]",
    "notre dossier :",
    "pour aller plus loin :",
    "diaporama",
    "photos",
    "photo :",
    "photo:",
    "photos :",
    "photo d'archives",
    "crédit",
    "illustration :",
    "source :",
    "sources :",
    "source:",
    "sources:",
    "avec afp",
    "(avec afp",
    "par ",
    *PUBLICATION_DATES,
    "temps de lecture",
    "lecture :",
    "durée de lecture",
    "propulsé par",
    "newsletter «",
    'newsletter "',
    "© ",
    "(c) ",
    "copyright",
    "getty images",
    "partager sur",
    "suivez ",
    "abonnez-vous",
    "inscrivez-vous",
    "télécharger l'application",
    "télécharger notre application",
    "écouter l'article",
    "édition du",
    "texte de ",
    "un texte de ",
    "propos recueillis",
    "correspondant",
    "envoyé spécial",
    "envoyée spéciale",
    "collaboration spéciale",
    "image :",
    "images :",
    "écrit par",
    "ouvrir en mode plein écran",
    "agrandir l'image",
    "fermer la vidéo",
    "mis en ligne",
    "dernière mise à jour",
    "actualisé le",
    "par:",
    "par :",
    "rédaction en ligne",
    "la rédaction",
    "redaction en ligne",
    "avec les informations",
    "avec la collaboration",
    "avec des informations",
    "d'après les informations de",
)

# Among the short prefixes, those that sign the article or date it: they mark the end of an article's header.
BYLINE_PREFIXES = (
    "par ",
    "par:",
    "par :",
    "rédaction en ligne",
    "la rédaction",
    "rédaction",
    "redaction en ligne",
    "redaction",
    "texte de ",
    "un texte de ",
    "propos recueillis",
    "écrit par",
    "rédigé par",
    "article rédigé par",
    "correspondant",
    "envoyé spécial",
    "envoyée spéciale",
    "collaboration spéciale",
    "avec afp",
    "(avec afp",
)
DATE_PREFIXES = (
    *PUBLICATION_DATES,
    "édition du",
    "mis en ligne",
    "dernière mise à jour",
    "actualisé le",
)

# Interface verbs: a line of a few words starting with one of them is a button or a link, not a heading.
UI_VERBS = (
    "ajouter",
    "partager",
    "écouter",
    "sauvegarder",
    "enregistrer",
    "imprimer",
    "envoyer",
    "suivre",
    "télécharger",
    "afficher",
    "masquer",
    "fermer",
    "découvrir",
    "découvrez",
    "voir",
    "regarder",
    "ouvrir",
    "copier",
    "commenter",
    "réagir",
    "signaler",
    "agrandir",
    "réduire",
    "offrir",
    "s'abonner",
    "s'inscrire",
    "se connecter",
    "voir les",
    "voir le",
    "voir la",
    "lire la suite",
)

# Openings of notices that an article's sentence may have too ("Publié le 3 mars, le rapport…"): such a line is
# chrome whatever its length, like ANY_PREFIXES below, unless it reads as narration (chrome.py).
PROSE_PRONE_PREFIXES = (
    "publié le",
    "publié aujourd'hui",
    "publié hier",
    "mis à jour le",
    "mis à jour aujourd'hui",
    "mise à jour le",
    "modifié le",
    "vous pouvez lire",
    "vous avez lu",
    "temps de lecture",
    "lecture :",
    "durée :",
    "la newsletter",
    "en cliquant sur",
    "votre commentaire",
    "pour commenter",
    "pour réagir",
    "nous utilisons des cookies",
)

# Any line starting with one of these is chrome whatever its length (paywalls, cookie banners).
ANY_PREFIXES = (
    "advertising",
    "il vous reste",
    "la suite est réservée",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "pour ajouter l'article",
    "découvrir les offres",
    "découvrez les offres",
    "découvrez nos offres",
    "cet article est réservé",
    "article réservé aux abonnés",
    "réservé aux abonnés",
    "pour lire la suite",
    "accédez à tous nos contenus",
    "ce contenu est réservé",
    "abonnez-vous pour lire",
    "ce site utilise des cookies",
    "en poursuivant votre navigation",
    "lire aussi |",
    "lire aussi :",
    "à lire aussi :",
    "durée de lecture",
    "prenez note que cet article",
    "le texte se poursuit après",
    "la suite après cette publicité",
    "suite de l'article après",
    "l'article continue après",
    "article rédigé par",
    "rédigé par ",
    "retrouvez tous nos",
    "pour ne rien manquer",
    "recevez notre infolettre",
    "inscrivez-vous à notre",
    "sponsorisé par",
    "contenu proposé par",
    "copier/coller",
    "copier le lien",
    "lien copié",
    "caractères restants",
    "vous devez être connecté",
    "connectez-vous pour",
    "en vous inscrivant",
    "en vous abonnant",
    "j'accepte",
    "vos données personnelles",
    "ce champ est obligatoire",
    "les champs obligatoires",
    "durée de l'audio",
    "durée de la vidéo",
    "articles gratuits",
    "article gratuit",
    "il vous reste",
    "vous avez atteint",
    "découvrez nos offres",
    "profitez d'une semaine",
    "abonnez-vous à",
    "inscrivez-vous à",
    "recevez gratuitement",
    "chaque jour, recevez",
    "chaque matin, recevez",
    "chaque matin, retrouvez",
    "notre newsletter",
    "nos newsletters",
    "l'infolettre",
    "notre infolettre",
    "télécharger l'application",
    "téléchargez l'application",
    "suivez toute l'actualité",
    "suivez-nous",
    "cet article vous est offert",
    "partagez l'article «",
    "partagez cet article",
    "inscrivez-vous gratuitement",
    "vous pouvez laisser un message",
    "article réservé aux abonné·es",
    "réservé aux abonné·es",
    "vous avez trouvé une erreur",
    "vous avez repéré une erreur",
    "lisez «",
    "lisez aussi",
    "retrouvez cet article dans",
    "retrouvez ce portrait dans",
    "retrouvez cet entretien dans",
    "retrouvez cette enquête dans",
    "retrouvez ce reportage dans",
    "vous avez des informations à nous partager",
    "vous avez une information à nous partager",
    "vous avez des informations sur ce sujet",
    "je m'abonne pour",
    "je m'abonne à partir de",
    "cet article a été publié dans",
    "cet article est paru dans",
    "les cartes blanches sont publiées",
    "les opinions sont publiées sous la responsabilité",
) + PROSE_PRONE_PREFIXES

# Words that, after "Name, …", make a line a byline rather than a quoted speaker's role.
BYLINE_ROLES = (
    "agence france-presse",
    "afp",
    "reuters",
    "associated press",
    "la presse canadienne",
    "le devoir",
    "le monde",
    "radio-canada",
    "la presse",
    "journaliste",
    "correspondant",
    "correspondante",
    "correspondance",  # Le Monde's "Stéphanie Maupas (La Haye, correspondance)"
    "envoyé spécial",
    "envoyée spéciale",
    "collaboration spéciale",
    "collaborateur",
    "collaboratrice",
    "rédaction",
    "chroniqueur",
    "chroniqueuse",
    "reporter",
    "photographe",
    "ici ",
    "franceinfo",
    "le figaro",
    "libération",
)

# Markers that are a credit wherever they stand in a line (chrome.py checks where the others of CREDIT_MARKERS do).
CREDIT_SIGNS = frozenset({"©", "/ afp", "/afp", "(afp)", "/ reuters", "(reuters)", "(photo", "getty images"})
# Credits that end a caption: "… (Photo : Reuters)", "… / AFP".
CREDIT_MARKERS = (
    "photo :",
    "photo:",
    "photos :",
    "crédit :",
    "crédits :",
    "(photo",
    "/ afp",
    "/afp",
    "(afp)",
    "getty images",
    "/ reuters",
    "(reuters)",
    "la presse canadienne /",
    "/ la presse canadienne",
    "/ associated press",
    "©",
    "photo d'archives",
    "archives afp",
    "illustration :",
    "image :",
    "tous droits réservés",
    "capture d'écran",
    "captures d'écran",
    "crédit photo",
)

# Where share bars send an article: a line made only of these is a share bar.
SHARE_TARGETS = frozenset(
    "facebook twitter x flipboard send envoyer linkedin messenger bluesky telegram threads whatsapp pinterest reddit "
    "email courriel e-mail mail copier imprimer print sms mastodon instagram youtube tiktok snapchat viadeo partager "
    "share google+ tumblr pocket".split()
)

# The most frequent French words: prose is made of them, menus and tag lists are not.
FUNCTION_WORDS = frozenset(
    """
le la les l' un une des du de d' à au aux et ou en dans par pour sur avec sans sous entre vers chez que qui quoi
dont où ne pas plus moins très se sa son ses leur leurs ce cet cette ces il elle ils elles on nous vous je tu y
est sont a ont été être avoir fait comme mais si aussi tout tous toute toutes même lui eux qu' n' s' c' j' m'
était étaient avait avaient sera seront selon après avant depuis pendant encore déjà entre contre leurs notre nos
votre vos cela ceci celui celle ceux celles dont alors ainsi donc puis quand lorsque parce puisque chez sous
""".split()
)

GUILLEMETS = ("«", "»", "“", "”")

MONTHS = MONTH_NAMES + UNACCENTED
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
