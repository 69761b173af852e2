"""Language data: the words news pages put around an article (navigation, prompts, credits, bylines).

Data only; `chrome.py` decides with it. Entries are lowercase, without final punctuation.
"""

# A line that is exactly one of these is page chrome.
EXACT = frozenset("""
retour|retour à l'accueil|retour à la une|accueil|menu|rechercher|recherche|fermer|se connecter|connexion|
s'abonner|abonnez-vous|je m'abonne|s'inscrire|inscrivez-vous|mon compte|se déconnecter|déjà abonné|
partager|partager cet article|partager l'article|partagez l'article|partager la page|partagez|partager sur facebook|partager sur twitter|partager sur x|imprimer|envoyer|
envoyer par courriel|courriel|facebook|twitter|x|linkedin|whatsapp|messenger|pinterest|bluesky|copier le lien|lien copié|
plus d'articles|vidéo du jour|rabais de la semaine|publicité|contenu commandité|contenu partenaire|contenu sponsorisé|
lire plus tard|sauvegarder|ajouter à mes favoris|ajouter aux favoris|écouter|écouter l'article|écouter cet article|
lecture audio|commentaires|voir les commentaires|réagir|réagissez|ajouter un commentaire|lire la suite|voir plus|
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
copier|imprimer l'article|envoyer l'article|réagir à l'article|commenter|j'aime|suivre|
ajouter à mes articles|ajouter à ma liste|mes articles|mode lecture|taille du texte|version imprimable|annonce|
aller au menu principal|aller au contenu principal|passer au menu|mon ici|régions|

""".replace("\n", "").strip("|").split("|"))

# Boxes that news sites also put in the middle of an article: they end it only when no paragraph follows.
WEAK_END_MARKERS = frozenset(
    "à lire aussi|lire aussi|à voir aussi|voir aussi|sur le même sujet|à découvrir|à lire également|à voir".split("|")
)

# Lines that close the article: what follows them is teasers, comments or footer.
END_MARKERS = frozenset("""
plus d'articles|vidéo du jour|sur le même sujet|à voir aussi|à lire aussi|les plus lus|les plus populaires|
nos suggestions|articles recommandés|vous aimerez aussi|dans la même rubrique|à découvrir|ailleurs sur le web|
commentaires|voir les commentaires|réagissez|ajouter un commentaire|rabais de la semaine|contenu commandité|
contenu partenaire|contenu sponsorisé|en continu|dernières nouvelles|les dernières nouvelles|à lire également|
lire aussi sur le même sujet|nos autres articles|plus de nouvelles|d'autres articles|autres articles
""".replace("\n", "").strip("|").split("|"))

# A short line starting with one of these is chrome ("Lire aussi : …", "Photo : …", "Par Jean Dupont").
SHORT_PREFIXES = (
    "lire aussi", "à lire aussi", "à lire", "lire :", "voir aussi", "à voir", "regarder :", "écouter :", "en vidéo",
    "vidéo :", "vidéo -", "photo :", "photo:", "photos :", "photo d'archives", "crédit", "illustration :", "source :",
    "sources :", "avec afp", "(avec afp", "par ", "publié le", "publié à", "publié hier", "publié aujourd'hui",
    "mis à jour", "mise à jour", "modifié le", "posté le", "temps de lecture", "lecture :", "durée de lecture",
    "© ", "(c) ", "copyright", "getty images", "partager sur", "suivez ", "abonnez-vous", "inscrivez-vous",
    "télécharger l'application", "télécharger notre application", "écouter l'article", "il y a ", "édition du",
    "texte de ", "propos recueillis", "correspondant", "envoyé spécial", "envoyée spéciale", "collaboration spéciale",
    "image :", "images :", "écrit par", "ouvrir en mode plein écran", "agrandir l'image", "fermer la vidéo",
    "avec les informations", "avec la collaboration", "avec des informations", "d'après les informations de",
)

# Interface verbs: a line of a few words starting with one of them is a button or a link, not a heading.
UI_VERBS = (
    "ajouter", "partager", "écouter", "sauvegarder", "enregistrer", "imprimer", "envoyer", "suivre", "télécharger",
    "afficher", "masquer", "fermer", "ouvrir", "copier", "commenter", "réagir", "signaler", "agrandir", "réduire",
    "offrir", "s'abonner", "s'inscrire", "se connecter", "voir les", "voir le", "voir la", "lire la suite",
)

# Any line starting with one of these is chrome whatever its length (paywalls, cookie banners).
ANY_PREFIXES = (
    "il vous reste", "la suite est réservée", "cet article est réservé", "article réservé aux abonnés",
    "réservé aux abonnés", "vous avez lu", "pour lire la suite", "accédez à tous nos contenus",
    "ce contenu est réservé", "abonnez-vous pour lire", "nous utilisons des cookies", "ce site utilise des cookies",
    "en poursuivant votre navigation", "lire aussi |", "lire aussi :", "à lire aussi :", "vous pouvez lire",
    "temps de lecture", "lecture :", "durée de lecture", "publié le", "publié aujourd'hui", "publié hier",
    "prenez note que cet article", "le texte se poursuit après", "la suite après cette publicité",
    "suite de l'article après", "l'article continue après", "article rédigé par", "rédigé par ",
    "retrouvez tous nos", "pour ne rien manquer", "recevez notre infolettre", "inscrivez-vous à notre",
    "mis à jour le", "mis à jour aujourd'hui", "mise à jour le", "modifié le",
)

# Words that, after "Name, …", make a line a byline rather than a quoted speaker's role.
BYLINE_ROLES = (
    "agence france-presse", "afp", "reuters", "associated press", "la presse canadienne", "le devoir", "le monde",
    "radio-canada", "la presse", "journaliste", "correspondant", "correspondante", "envoyé spécial",
    "envoyée spéciale", "collaboration spéciale", "collaborateur", "collaboratrice", "rédaction", "chroniqueur",
    "chroniqueuse", "reporter", "photographe", "ici ", "franceinfo", "le figaro", "libération",
)

# Credits that end a caption: "… (Photo : Reuters)", "… / AFP".
CREDIT_MARKERS = (
    "photo :", "photo:", "photos :", "crédit :", "crédits :", "(photo", "/ afp", "/afp", "(afp)", "getty images",
    "/ reuters", "(reuters)", "la presse canadienne /", "/ la presse canadienne", "/ associated press", "© ",
    "photo d'archives", "archives afp", "illustration :", "image :",
)

MONTHS = (
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
    "octobre", "novembre", "décembre", "decembre",
)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
