"""Language data: French verbs that introduce reported speech, in the forms articles use them."""

# Past participles, after "a", "ont", "a-t-il" ("a dit", "a-t-elle ajouté").
PARTICIPLES = """
dit déclaré affirmé ajouté expliqué indiqué souligné précisé estimé assuré lancé martelé averti prévenu rappelé
insisté répondu résumé poursuivi confié raconté noté observé analysé commenté tranché glissé reconnu admis dénoncé
déploré regretté jugé annoncé écrit tweeté twitté conclu nuancé relevé ironisé plaidé répété réagi signalé mentionné
soutenu promis avancé confirmé démenti témoigné détaillé lâché tonné scandé souligné argué argumenté objecté
rétorqué répliqué protesté prédit avoué admis clamé proclamé déclaré exhorté appelé demandé interrogé fustigé
salué critiqué regretté martelé prévenu mis en garde fait valoir fait savoir fait remarquer fait observer
""".split()

# Present-tense forms, inverted after a quote ("estime-t-elle", "dit-il", "explique Marie Dupont").
PRESENTS = """
dit déclare affirme ajoute explique indique souligne précise estime assure lance martèle avertit prévient rappelle
insiste répond résume poursuit confie raconte note observe analyse commente tranche glisse reconnaît admet dénonce
déplore regrette juge annonce écrit conclut nuance relève ironise plaide répète réagit signale mentionne soutient
promet avance confirme dément témoigne détaille lâche tonne souffle assène scande s'exclame s'interroge demande
interroge s'étonne s'inquiète se félicite se réjouit rétorque réplique proteste prédit avoue clame proclame exhorte
fustige salue critique argue objecte continue enchaîne renchérit tempère corrige rapporte
""".split()

# Reflexive past forms ("s'est exclamé", "s'est félicitée").
REFLEXIVE_PARTICIPLES = "exclamé félicité réjoui inquiété étonné interrogé indigné emporté défendu justifié".split()

SOURCE_PREPOSITIONS = ("selon", "d'après", "aux yeux de", "de l'avis de")

PRONOUNS = ("il", "elle", "ils", "elles", "on", "lui", "eux")

# Words after which a speaker's noun phrase stops ("a dit Jim Mattis à la presse").
NOUN_PHRASE_STOPS = """
à au aux lors avant après devant dans en pendant sur hier aujourd'hui ce cette mardi lundi mercredi jeudi vendredi
samedi dimanche vers lorsque quand alors que qui dont où et mais car puis lequel laquelle par pour avec sans depuis
jusqu'à face malgré tandis
""".split()
