"""Language data: French verbs that introduce reported speech, in the forms articles use them. Data only.

One form per line where a form has several words ("mis en garde", "fait valoir"): a split on spaces would make
"en" and "valoir" verbs of their own.
"""


def _forms(block: str) -> tuple[str, ...]:
    return tuple(form.strip() for line in block.strip().splitlines() for form in line.split(",") if form.strip())


# Past participles, after "a", "ont", "a-t-il" ("a dit", "a-t-elle ajouté", "a mis en garde").
PARTICIPLES = _forms("""
dit, déclaré, affirmé, ajouté, expliqué, indiqué, souligné, précisé, estimé, assuré, lancé, martelé, averti, prévenu
rappelé, insisté, répondu, résumé, poursuivi, confié, raconté, noté, observé, analysé, commenté, tranché, glissé
reconnu, admis, dénoncé, déploré, regretté, jugé, annoncé, écrit, tweeté, twitté, conclu, nuancé, relevé, ironisé
plaidé, répété, réagi, signalé, mentionné, soutenu, promis, avancé, confirmé, démenti, témoigné, détaillé, lâché
tonné, scandé, argué, argumenté, objecté, rétorqué, répliqué, protesté, prédit, avoué, clamé, proclamé, exhorté
appelé, demandé, interrogé, fustigé, salué, critiqué, souhaité, espéré, raillé, tempéré, corrigé
rapporté, renchéri, enchaîné, complété, défendu, justifié, tancé, accusé, mis en garde, fait valoir
fait savoir, fait remarquer, fait observer, fait part, fait état, mis en avant, tenu à préciser, tenu à rappeler
tenu à rassurer, tenu à souligner, tenu à nuancer, tenu à saluer, tenu à dire, tenu à répondre, voulu rassurer
publié, posté, communiqué, asséné, anticipé, prévu, pronostiqué, convenu, concédé, décrit, relaté, soupiré, grincé,
cinglé, taclé, fulminé, enjoint, imploré, supplié, ordonné, conseillé, recommandé, suggéré, mis en doute,
souri, plaisanté, interpellé, alerté, acquiescé, approuvé, opiné, crié, hurlé, murmuré, chuchoté, juré,
considéré, constaté, nié, contesté
savouré, exulté, jubilé, pesté, râlé, relativisé, positivé, philosophé, bougonné, maugréé
rassuré, réitéré, certifié, garanti, exigé, réclamé, riposté, minimisé, assumé, revendiqué, balayé, éludé, persiflé
grogné, bredouillé, marmonné, balbutié, menacé, prononcé, maintenu, persisté, réfuté, gémi, sangloté, grondé, tempêté
abondé, embrayé, rebondi, narré, parié, commencé, énuméré
""")

# Present and imperfect forms, inverted after a quote ("estime-t-elle", "dit-il", "expliquait Marie Dupont").
PRESENTS = _forms("""
dit, déclare, affirme, ajoute, explique, indique, souligne, précise, estime, assure, lance, martèle, avertit, prévient
rappelle, insiste, répond, résume, poursuit, confie, raconte, note, observe, analyse, commente, tranche, glisse
reconnaît, admet, dénonce, déplore, regrette, juge, annonce, écrit, conclut, nuance, relève, ironise, plaide, répète
réagit, signale, mentionne, soutient, promet, avance, confirme, dément, témoigne, détaille, lâche, tonne, souffle
assène, scande, demande, interroge, rétorque, réplique, proteste, prédit, avoue, clame, proclame, exhorte, fustige
salue, critique, argue, objecte, continue, enchaîne, renchérit, tempère, corrige, rapporte, raille, complète
disait, expliquait, racontait, confiait, ajoutait, estimait, affirmait, déclarait, précisait, soulignait, assurait
répétait, lançait, notait, résumait, poursuivait, avertissait, reconnaissait, glissait, insistait, prévenait
met en garde, fait valoir, fait savoir, fait remarquer, fait observer
publie, poste, anticipe, prévoit, pronostique, convient, concède, décrit, relate, soupire, grince, cingle, fulmine,
sourit
plaisante, interpelle, s'amuse, s'insurge, s'offusque, s'emporte, se désole, se souvient, se rappelle, se dit,
considère, constate, s'agace, tacle
enjoint, implore, supplie, conseille, recommande, suggère
anticipait, prévoyait, considérait, constatait, jugeait, répondait, martelait, ironisait
remarque, remarquait, signalait, rappelait, observait, admettait, dénonçait, expliquent, estiment, affirment
titrait, titrent, s'interroge, se demande, révèle, révélait, rappellent, soulignent, notent
abonde, abondait, acquiesce, acquiesçait, approuve, opine, alerte, alertait, accuse, accusait, tweete, twitte
tweetait, scandait, crie, criait, hurle, hurlait, murmure, chuchote, jure, jurait
dira, dirait, expliquera, ajoutera, glissera, confiera, lâchera, résumera, assurera, racontera, précisera, reconnaîtra
commentera, conclura, lancera, répondra, affirmera, soulignera, insistera, avouera, soufflera, estimera
savoure, exulte, jubile, peste, râle, relativise, positive, philosophe, bougonne, maugrée
redoute, redoutait, craint, craignait, espère, espérait
justifie, justifiait, défend, défendait, nie, niait, conteste, contestait
pestait, râlait, soupirait, lâchait, tonnait, fulminait, grinçait, souriait, plaisantait, tranchait, regrettait
déplorait, soufflait, commentait, témoignait, détaillait, nuançait, concluait, confirmait, répliquait, rétorquait
clamait, promettait, relevait, demandait, s'amusait, s'insurgeait, s'emportait, se désolait, s'agaçait, tempérait
énumère, énumérait
dixit, dirent, déclara, affirma, ajouta, expliqua, lança, répondit, précisa, souligna, répliqua, rétorqua
s'exclama, murmura, souffla, confia, raconta, résuma, glissa, assura, avoua, reconnut, lâcha, poursuivit, insista
rassure, réitère, certifie, garantit, exige, réclame, riposte, minimise, assume, revendique, balaie, élude, persifle
grogne, bredouille, marmonne, balbutie, menace, prononce, maintient, persiste, réfute, gémit, sanglote, gronde, tempête
embraye, rebondit, narre, parie, commence, commençait
rassurait, réitérait, certifiait, garantissait, exigeait, réclamait, ripostait, minimisait, assumait, revendiquait
balayait, éludait, persiflait, grognait, bredouillait, marmonnait, balbutiait, menaçait, prononçait, maintenait
persistait, réfutait, gémissait, sanglotait, grondait, tempêtait, embrayait, rebondissait, narrait, pariait
indiquait, analysait, annonçait, plaidait, mentionnait, avançait, assénait, interrogeait, protestait, avouait
proclamait, exhortait, fustigeait, saluait, critiquait, arguait, objectait, continuait, enchaînait, corrigeait
rapportait, raillait, complétait, publiait, pronostiquait, concédait, relatait, cinglait, interpellait, taclait
implorait, suppliait, conseillait, recommandait, suggérait, approuvait, opinait, twittait, murmurait, chuchotait
savourait, exultait, jubilait, relativisait, positivait, philosophait, bougonnait, maugréait
""")

# Third person plural of the present and imperfect forms ("précisent les services météo", "témoignent les
# parents"): regular ones are made from the singular, these are not.
IRREGULAR_PLURALS = _forms("""
disent, répondent, avertissent, préviennent, reconnaissent, admettent, écrivent, concluent, promettent
soutiennent, démentent, prédisent, poursuivent, réagissent, renchérissent, sourient, prévoient, conviennent
décrivent, mettent en garde, font valoir, font savoir, font remarquer, font observer, se disent
garantissent, maintiennent, gémissent, rebondissent
""")


# "…», n'hésite pas à affirmer X", "se contente de dire X", "a fini par lâcher X", "s'est borné à répondre X": a
# phrase of will or habit before an infinitive of speech is the speech verb of the clause. The pattern composes a lead
# and an infinitive (app/article/attribution.py) rather than listing every pair.
INFINITIVES = _forms("""
dire, affirmer, rappeler, souligner, préciser, lancer, expliquer, déclarer, ajouter, reconnaître, dénoncer, assurer
avertir, prévenir, confier, raconter, résumer, insister, glisser, noter, relever, répéter, marteler, clamer
lâcher, répondre, commenter, souffler, admettre, avouer, constater, estimer, conclure, rassurer, ironiser
""")
# After a subject, in the present: "n'hésite pas à dire", "finit par lâcher".
LEADS_TO_SPEECH = _forms("""
n'hésite pas à, tient à, se plaît à, aime à, ne manque pas de, ne se prive pas de, se contente de, se borne à
finit par, préfère, choisit de, juge bon de, croit bon de, ne peut s'empêcher de
""")
# After "a": "a fini par lâcher", "a préféré répondre".
PARTICIPLE_LEADS = _forms("""
fini par, préféré, choisi de, jugé bon de, cru bon de, tenu à, voulu
""")
# After "s'est": "s'est contenté de répondre", "s'est bornée à dire".
REFLEXIVE_LEADS = _forms("""
contenté de, contentée de, contentés de, bornée à, borné à, plu à, permis de
""")
PRESENTS = PRESENTS + _forms("""
veut croire, veut y croire, ne cache pas
""")


def _plurals(forms: tuple[str, ...]) -> tuple[str, ...]:
    one_word = [form for form in forms if " " not in form or form.startswith("se ")]  # "se désole", not "met en garde"
    made = [form + "nt" for form in one_word if form.endswith("e")]
    made += [form[:-3] + "aient" for form in one_word if form.endswith("ait")]
    return tuple(dict.fromkeys(form for form in made + list(IRREGULAR_PLURALS) if form not in forms))


# Reflexive forms ("s'est exclamé", "s'exclame", "se félicite").
REFLEXIVES = _forms("""
exclamé, félicité, réjoui, inquiété, étonné, interrogé, indigné, emporté, défendu, justifié, agacé, amusé, désolé
enthousiasmé, lamenté, ému, insurgé, offusqué, esclaffé
exclame, félicite, réjouit, inquiète, étonne, interroge, indigne, emporte, défend, justifie, agace, amuse, désole
enthousiasme, lamente, émeut, insurge, offusque, esclaffe
réjouissent, félicitent, inquiètent, étonnent, indignent, défendent, justifient, désolent, lamentent, insurgent
""")

# "Selon X", "d'après X": the source of a quote named before it.
SOURCE_PREPOSITIONS = (
    "selon",
    "d'après",
    "aux yeux de",
    "de l'avis de",
    "pour reprendre les mots de",
    "pour reprendre les termes de",
    "selon les mots de",
    "selon les termes de",
    "selon les propos de",
    "du côté de",
    "du côté du",
    "du côté des",
    "du côté d'",
    "aux dires de",
    "aux dires du",
    "aux dires des",
    "aux dires d'",
)

PRONOUNS = {"il": "m", "elle": "f", "ils": "m", "elles": "f", "on": None, "lui": "m", "eux": "m"}

# Adverbs and adverbials that may sit between a speech verb and its subject ("a encore martelé", "a dit, lui
# aussi, le ministre").
ADVERBIALS = _forms("""
encore, aussi, ensuite, alors, également, déjà, plus tard, récemment, notamment, simplement, toutefois, pourtant
cependant, enfin, d'ailleurs, de son côté, de leur côté, pour sa part, pour leur part, lui aussi, elle aussi
quant à lui, quant à elle, elle-même, lui-même, publiquement, aussitôt, immédiatement, volontiers, fermement
clairement, sobrement, longuement, tout de suite, plus loin, un peu plus tard, sans détour, avec prudence
du tac au tac, sans ambages, à demi-mot, non sans humour, avec humour, en souriant, en riant, en substance
à son tour, de concert, tout de même, quand même, malgré tout, néanmoins, en outre, par ailleurs, en effet
ainsi, même, de nouveau, à nouveau, une nouvelle fois, une fois de plus, certes, vivement, sèchement, calmement
ironiquement, franchement, tout simplement, sans surprise, sans hésiter, sans attendre, aussi sec, en retour
plus tôt, un peu plus tôt, peu avant, peu après, auparavant, la veille, le lendemain, l'avant-veille
""")

# Prepositions that open a complement: a name after them is where or to whom, not who speaks.
COMPLEMENT_PREPOSITIONS = frozenset(
    """
à au aux en dans sur sous chez lors devant derrière depuis pendant avant après avec sans pour par contre vers
entre parmi selon malgré durant via auprès face hors
""".split()
)

# Verbs a subject is followed by when an article reports what someone says or wants, not in the lists above
# ("Le syndicat parle de « … »", "Les syndicats plaident pour une « … »"): they end the subject.
REPORTING_VERBS = _forms("""
parle, parlent, plaident, réclame, réclament, exige, exigent, demandent, veut, veulent, souhaite
souhaitent, propose, proposent, évoque, évoquent, qualifie, qualifient, dénoncent, jugent
appelle, appellent, promettent, craint, craignent, redoute, redoutent, voit, voient, pense, pensent
défend, défendent, prône, prônent, invoque, invoquent, cite, citent, reconnaissent, regrettent, déplorent
revendique, revendiquent
""")

# Plurals that name what a group wants rather than quote it stay reporting verbs ("Les syndicats plaident pour une
# « fiscalité plus juste »").
PRESENTS = PRESENTS + tuple(form for form in _plurals(PRESENTS) if form not in REPORTING_VERBS)

# Finite forms of the verbs that carry others: a clause's verb stands there.
AUXILIARIES = frozenset(
    "a ont est sont était étaient été sera seront avait avaient fut va vont doit doivent peut peuvent".split()
)
# Words that end the subject's noun phrase ("a dit Jim Mattis à la presse").
NOUN_PHRASE_STOPS = (
    COMPLEMENT_PREPOSITIONS
    | frozenset(
        """
hier aujourd'hui demain lundi mardi mercredi jeudi vendredi samedi dimanche lorsque quand alors que qui qu'
dont où et mais car puis lequel laquelle jusqu'à tandis ce cette ces mercredi soir matin
s'est se s' n' ne s'était se sont cité citée cités citées
installé installée installés installées interrogé interrogée interrogés interrogées rencontré rencontrée
rencontrés rencontrées contacté contactée contactés contactées joint jointe joints jointes croisé croisée
âgé âgée âgés âgées venu venue venus venues arrivé arrivée arrivés arrivées présent présente présents présentes
résidant résidante domicilié domiciliée originaire accompagné accompagnée
publié publiée publiés publiées paru parue parus parues diffusé diffusée diffusés diffusées dévoilé dévoilée
""".split()
    )
    | AUXILIARIES
)
# A verb after the subject's noun ends it too ("Le syndicat parle de"); after a determiner the same word is a noun
# ("le juge", "la critique").
# and so do the verbs a subject most often takes besides speaking ("Le gouvernement wallon reste prudent"), and
# futures: the irregular ones here, the others by their endings ("le syndicat libéral réunira ses instances").
VERB_STOPS = frozenset(form for form in PRESENTS + REPORTING_VERBS if " " not in form) | frozenset(
    """
reste restent fait font semble semblent devient deviennent tient tiennent prend prennent met mettent compte
comptent travaille travaillent refuse refusent attend attendent accuse accusent reproche reprochent devra devront
pourra pourront voudra voudront aura auront invite invitent incite incitent encourage encouragent présente
présentent montre montrent contient contiennent comporte comportent
""".split()
)
FUTURE_ENDINGS = ("era", "eront", "ira", "iront")

# Nouns for what someone said: "Ces propos de Jean Dupont", "Les mots d'Emmanuel Macron".
SAID_NOUNS = (
    r"(?:mots|propos|paroles|phrase|déclarations?|message|tweet|formule|sortie|confidences?|aveux?|témoignages?|récit"
    r"|cri(?: d'alarme| du cœur)?|constat|avertissement|appel|coup de gueule|mise en garde|plaidoyer|réquisitoire)"
)
