"""Language data: capitalized words that are never a person's or an organisation's name. Data only.

A French sentence starts with a capital whatever its first word is; these words are then read as what they are
(a connective, a pronoun, a date), not as someone speaking.
"""

# Compared lowercase: function words, connectives and sentence-opening adverbs, pronouns, dates.
NOT_NAME_LOWER = frozenset(
    """
le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu me te se y en
selon pour mais et ou où comme sur sous dans par avec sans son sa ses leur leurs notre nos votre vos mon ma mes
lors après avant alors ainsi depuis pendant ici là quand si cependant toutefois enfin puis or donc car ni
aussi encore déjà même tout tous toute toutes chaque plusieurs certains certaines aucun aucune autre autres
entre contre vers chez dès jusqu malgré outre parmi via hors face grâce afin tandis lorsque puisque quoique
bref certes désormais néanmoins pourtant sinon surtout voire ensuite enfin d'abord aujourd hier demain
oui non merci bonjour bravo hélas peut-être évidemment finalement heureusement malheureusement notamment
seulement également récemment actuellement longtemps parfois souvent toujours jamais rien personne
quel quelle quels quelles qui que quoi dont comment pourquoi combien est sont était fut a ont avait
c ça cela ceci celui celle ceux celles voici voilà lundi mardi mercredi jeudi vendredi samedi dimanche
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
mme mlle m mm me dr pr mgr madame monsieur mesdames messieurs sir
président présidente ministre premier première secrétaire général générale directeur directrice
chef cheffe maire mairesse député députée sénateur sénatrice porte-parole
citation photo vidéo lire voir source sources crédit crédits
""".split()
)

# Compared as written: capitalized words of other forms that open sentences or headings.
NOT_NAMES = frozenset(
    """
A À Ô Oh Ah Eh Bah Euh Hein Non Oui OK Ok
""".split()
)

# Given names common in French-language news: where a run of capitals meets one, the person's name begins there
# ("le vice-premier ministre Open Vld Alexander De Croo" → Alexander De Croo). Compared lowercase.
FIRST_NAMES = frozenset(
    """
juan luis miguel jorge javier pablo diego fernando alejandro alberto ricardo sergio francisco manuela carmen pilar
adam adrien agnès ahmed aïcha alain alexander alexandra alexandre alexis alice aline alix amélie ana anaïs andré
andrea andreas andrew andrzej andy angela angèle anne anne-marie annie anthony antoine antonio antony ariane arnaud
arthur audrey aurélie aurélien axel barack barbara bart bastien beatriz béatrice ben benjamin benoît bernard bertrand
bill boris brigitte bruno camille carla carlos caroline catherine cécile céline charles charlotte chloé christian
christine christophe chrystia claire clara claude clément colette corinne cyril damien daniel danièle david delphine
denis didier dimitri dmitri dominique donald édouard elena éléonore élisabeth élise elon emma emmanuel emmanuelle
éric erik étienne eva fabien fabienne fabrice fanny fatima félix fleur florence florian francesca francis franck
françois françoise frédéric frédérique gabriel gaël georges gérald gérard gilles giorgia giuseppe guillaume gustave
hélène henri hervé hugo ibrahim igor inès isabelle jack jacques james jan jean jean-baptiste jean-claude jean-françois
jean-luc jean-marc jean-marie jean-michel jean-noël jean-paul jean-pierre jean-yves jeanne jelle jennifer jens jérôme
jim joan joe joël john johan jonathan jordan joseph josé joséphine julia julie julien justin karim karine
kassym-jomart
keir kevin kim lara laura laure laurence laurent léa léon léonard lilian lin louis louise luc luca lucas lucie ludovic
manon manuel marc marcel margaux marguerite maria marie marie-ève marine mario marion mark marlène martin martine
mathieu mathilde matteo matthieu maud maxime mélanie michael michaël michel michèle mickaël mike mohamed muriel
myriam nadia natacha nathalie nicolas nicolás nina noël nora norbert océane olaf olivier pascal pascale patrick paul
pauline pedro pekka philippe pierre pierre-yves rachida rafael raphaël raymond rémi renaud rex richard robert rodrigo
roger roland romain rose rudy sabine sacha salomé samuel sandra sandrine sarah sébastien serge sergueï simon simone
sonia sophie stéphane stéphanie steven sylvain sylvie théo thierry thomas tim tom ursula valérie valentin vanessa
véronique victor vincent virginie vladimir volodymyr walter william xavier yann yannick yves yvonne zoé
hein elio wouter koen kris geert dirk guy sven willy pieter joris jef jos freddy frank filip hendrik herman
kristof maarten maggie marleen mieke nele tinne wim annemie els ingrid hilde katrien liesbeth sofie veerle pieterjan
paul-henri jean-louis jean-jacques jean-charles jean-christophe jean-philippe pierre-henri marc-antoine louis-michel
raoul rené gaston albert baudouin fabiola
abdel abdelkader ali amine amir bilal farid hassan hicham karima khalid leïla malika mehdi mounir nabil najib omar
rachid saïd samir sofiane yasmina youssef zakaria zineb nordine riad slimane djamel fouad kamel
andriy andrii andreï alexeï mikhaïl mykhaïlo oleksandr olena iouri youri viktor vitali petro dmytro sergiy taras
yulia ioulia
novak serena venus iga kylian zinédine thibaut romelu eden dries
mette magdalena silvio enrico paolo marco giorgio carlo alessandro luigi
recep narendra xi shinzo fumio ebrahim mahmoud benyamin yitzhak golda
yair naftali isaac itzhak liz rishi theresa tony gordon nigel hillary bernie
kamala nancy mitch ron jd alexei
""".split()
)

# Nouns for people by what they do: "la syndicaliste", "le dirigeant russe" refer back to someone just named.
PERSON_NOUNS = frozenset(
    """
habitué habituée fidèle piéton piétonne sage
formateur formatrice informateur informatrice préformateur médiateur médiatrice conciliateur conciliatrice
ouvreur talonneur flanker sprinteur sprinteuse grimpeur grimpeuse skipper nageur nageuse
fleuriste boucher bouchère coiffeur coiffeuse maraîcher maraîchère plombier électricien électricienne caissier
caissière chasseur chasseuse livreur livreuse sage-femme kinésithérapeute barman boxeur boxeuse arbitre concierge
gréviste prisonnier prisonnière sous-préfet épidémiologiste virologue infectiologue
membre membres source sources interlocuteur interlocutrice intervenant intervenante participant participante
organisateur organisatrice utilisateur utilisatrice lecteur lectrice auditeur auditrice spectateur spectatrice
professeur professeure chercheur chercheuse maître maîtresse docteur docteure doctorant doctorante
enseignant-chercheur
ministre président présidente chef cheffe dirigeant dirigeante porte-parole maire mairesse député députée
sénateur sénatrice rapporteur rapporteure syndicaliste patron patronne directeur directrice secrétaire responsable
avocat avocate juge
procureur procureure élu élue candidat candidate leader premier première chancelier chancelière diplomate
militant militante opposant opposante entraîneur entraîneuse joueur joueuse capitaine
scientifique expert experte économiste auteur autrice écrivain écrivaine réalisateur réalisatrice acteur actrice
chanteur chanteuse artiste fondateur fondatrice commissaire général générale gouverneur gouverneure frère sœur soeur
père mère fils fille
épouse époux mari femme homme voisin voisine ami amie proche proches témoin témoins victime suspect suspecte accusé
accusée plaignant plaignante habitant habitante manifestant manifestante policier policière gendarme médecin
infirmier infirmière enseignant enseignante élève étudiant étudiante salarié salariée employé employée ouvrier
ouvrière agriculteur agricultrice commerçant commerçante entourage conseiller conseillère collaborateur
collaboratrice inspecteur inspectrice négociateur négociatrice délégué déléguée représentant représentante
spécialiste analyste historien historienne sociologue politologue urgentiste pompier pompiers sauveteur soldat officier
ambassadeur ambassadrice ministre-président bourgmestre échevin échevine préfet préfète coach
footballeur footballeuse attaquant attaquante défenseur défenseuse gardien gardienne milieu buteur buteuse
sélectionneur sélectionneuse technicien technicienne pilote coureur coureuse cycliste nageur nageuse tennisman
athlète champion championne sportif sportive journaliste présentateur présentatrice animateur animatrice
chroniqueur chroniqueuse éditorialiste observateur observatrice magistrat magistrate enquêteur enquêtrice
ingénieur ingénieure chirurgien chirurgienne psychologue psychiatre philosophe juriste prêtre évêque pape imam
rabbin pasteur colonel lieutenant commandant militaire gréviste vice-président vice-présidente vice-premier
vice-première eurodéputé eurodéputée parlementaire ministre-présidente homologue
vainqueur vainqueure gagnant gagnante lauréat lauréate finaliste favori favorite
comédien comédienne musicien musicienne cinéaste romancier romancière humoriste
riverain riveraine passant passante automobiliste retraité retraitée rescapé rescapée survivant survivante
supporter supportrice bénévole soignant soignante parent parents éleveur éleveuse vigneron vigneronne pêcheur
pêcheuse chauffeur chauffeuse artisan artisane patient patiente client cliente locataire propriétaire
portier keeper meneur meneuse ailier arrière latéral remplaçant remplaçante titulaire
passager passagère blessé blessée chômeur chômeuse conducteur conductrice gérant gérante supporteur usager usagère
consommateur consommatrice vacancier vacancière touriste détenu détenue prévenu prévenue otage réfugié réfugiée
migrant migrante internaute mécanicien mécanicienne boulanger boulangère viticulteur viticultrice adjoint adjointe
collègue coéquipier coéquipière lycéen lycéenne collégien collégienne écolier écolière maman papa grand-mère
grand-père oncle tante cousin cousine veuve veuf compagnon compagne conjoint conjointe fiancé fiancée
cadre cadres ténor ténors baron baronne stratège trentenaire quadragénaire quinquagénaire sexagénaire
septuagénaire octogénaire nonagénaire centenaire adolescent adolescente
admirateur admiratrice fan fans abonné abonnée visiteur visiteuse électeur électrice citoyen citoyenne contribuable
fonctionnaire agent agente vendeur vendeuse serveur serveuse restaurateur restauratrice hôtelier hôtelière
aide-soignant aide-soignante stagiaire apprenti apprentie adhérent adhérente sympathisant sympathisante partisan
partisane détracteur détractrice investisseur investisseuse actionnaire entrepreneur entrepreneuse créateur
créatrice architecte notaire huissier greffier greffière juré jurée consultant consultante lobbyiste activiste
écologiste féministe professionnel professionnelle amateur amatrice passionné passionnée collectionneur
collectionneuse résident résidente voyageur voyageuse randonneur randonneuse promeneur promeneuse navigateur
navigatrice alpiniste moniteur monitrice éducateur éducatrice instituteur institutrice proviseur recteur rectrice
doyen doyenne buraliste pharmacien pharmacienne dentiste vétérinaire ambulancier ambulancière secouriste douanier
douanière combattant combattante inconnu inconnue anonyme jeune garçon fillette enfant connaisseur connaisseuse
initié initiée sapeur-pompier sapeurs-pompiers infirmiers commentateur commentatrice producteur productrice metteur
chorégraphe danseur danseuse rappeur rappeuse styliste photographe dessinateur dessinatrice éditeur éditrice
libraire cuisinier cuisinière chef-cuisinier agriculteurs exploitant exploitante salariés habitants riverains
intéressé intéressée impétrant impétrante
""".split()
)

# An institution's noun, then its complement: "la Cour des comptes", "le Conseil d'État", "la Délégation à la
# sécurité routière", "le Haut Conseil pour le climat".
INSTITUTION_HEADS = frozenset(
    "cour conseil banque chambre assemblée autorité agence office institut caisse fédération confédération "
    "commission tribunal parquet délégation direction mission inspection secrétariat comité observatoire "
    "commissariat haut-commissariat".split()
)

# Bodies and media that speak through communiqués and spokespeople ("le gouvernement a indiqué", "selon le parquet").
SPEAKING_BODIES = frozenset(
    """
gouvernement ministère commission police parquet tribunal cour justice armée état-major parti partis syndicat
syndicats entreprise groupe société compagnie agence institut office fédération association ong conseil assemblée
sénat mairie préfecture municipalité autorités services organisation fondation collectif club équipe direction
administration opposition majorité exécutif présidence élysée matignon kremlin pentagone département régie
quotidien journal hebdomadaire magazine chaîne site média médias rédaction gendarmerie douane banque opérateur
famille familles avocats enquêteurs secours pompiers aéroport hôpital université commune ville province région cabinet
musée festival intersyndicale chambre observatoire inspection comité académie rectorat confédération formation écurie
""".split()
)

# Words for many people: a speaker when what follows names people ("des milliers de manifestants").
CROWDS = frozenset(
    "milliers centaines dizaines plusieurs nombre majorité minorité foule groupe partie certains".split()
)

# Given names read as a woman's: "elle" and "la ministre" agree with them. Names borne by both (Camille,
# Dominique, Claude) are in neither list; the others of FIRST_NAMES are read as a man's.
FEMININE_FIRST_NAMES = frozenset(
    """
agnès aïcha alexandra alice aline alix amélie ana anaïs angela angèle anne anne-marie annie ariane audrey aurélie
barbara beatriz béatrice brigitte carla carmen caroline catherine cécile céline charlotte chloé christine chrystia
claire clara colette corinne danièle delphine elena éléonore élisabeth élise emma emmanuelle eva fabienne fanny
fatima fleur florence francesca françoise frédérique giorgia hélène inès isabelle jeanne jennifer joséphine julia
julie karine lara laura laure laurence léa lucie manon manuela margaux marguerite maria marie marie-ève marine
marion marlène martine mathilde maud mélanie michèle muriel myriam nadia natacha nathalie nina nora océane pascale
pauline pilar rachida rose sabine salomé sandra sandrine sarah simone sonia sophie stéphanie sylvie ursula valérie
vanessa véronique virginie yvonne zoé ségolène najat nicole josiane yvette odile geneviève ghislaine joëlle laurette
annick chantal monique jacqueline danielle christiane marianne élodie émilie emilie aurore agathe clémence juliette
louise valentine victoria kamala hillary theresa margaret marina olga tatiana svetlana irina anna elisabeth
maggie marleen mieke nele tinne annemie els ingrid hilde katrien liesbeth sofie veerle fabiola karima leïla malika
yasmina zineb olena yulia ioulia serena venus iga mette magdalena golda liz nancy
patricia laetitia christelle sabrina lina léna elodie jessica amandine paulette denise suzanne germaine madeleine
renée morgane justine alizée mylène gaëlle solène maëlle apolline héloïse romane maya yasmine leila samia adèle
diane margot noémie cindy priscilla magali evelyne évelyne régine carole marie-claude marie-christine marie-france
marie-hélène marie-laure marie-noëlle marie-pierre ginette odette mireille huguette lydie estelle gisèle
sylviane jocelyne nadine viviane eliane éliane rolande claudine josette arlette raymonde sévérine séverine
angélique andrée dorothée bénédicte clémence constance
fatou aminata aïssatou awa mariam aya nayla rania salma nour khadija zohra amina kadiatou oumou bintou rokia
gwenaëlle nolwenn maïwenn soizic katell
""".split()
)
# Men's given names beyond FIRST_NAMES's older list (with the women's above, all are given names).
MORE_FIRST_NAMES = frozenset(
    """
eric léo jules ethan nathan noah yanis rayan lucien fernand maurice cédric loïc kévin quentin baptiste edouard emile
émile hugh carl giovanni lionel rémy thibault grégoire corentin dylan enzo evan gaspard killian mattéo nolan noé
sami timothée tristan gilbert armand augustin léopold marius octave régis gauthier gautier hadrien florent steve
leon constant innocent aimé désiré honoré timothé évariste josué gaëtan
erwan gwenaël tanguy ronan goulven mamadou moussa ibrahima ousmane cheikh abdoulaye bassirou amadou seydou koffi
kouassi kofi souleymane lamine idrissa boubacar youssouf mohammed walid yassine hamza ayoub adama alassane lenny timéo
amédé amédée
""".split()
)
EPICENE_FIRST_NAMES = frozenset("camille dominique claude andrea kim sacha lin ariel".split())


GIVEN_NAMES = FIRST_NAMES | FEMININE_FIRST_NAMES | MORE_FIRST_NAMES


def given_name_alone(name: str) -> bool:
    """Reportage names people by their given name only ("Ahmed, 52 ans", "Léa"): a person, of that name's gender."""
    return " " not in name and name.lower() in GIVEN_NAMES


def opens_with_given_name(name: str) -> bool:
    """ "Jean Dupont", not "RTL Newmedia": the first word is one the lists know as a given name."""
    words = name.split()
    return bool(words) and words[0].lower() in GIVEN_NAMES


def first_name_gender(name: str) -> str | None:
    first = name.split()[0].lower() if name.split() else ""
    if first in FEMININE_FIRST_NAMES:
        return "f"
    if first in GIVEN_NAMES and first not in EPICENE_FIRST_NAMES:
        return "m"
    if "-" in first:
        # A compound given name has the gender of its first part: "Pierre-Louis", "Anne-Sophie", "Marie-Claire";
        # not "Jean-Marie", which the list holds already.
        return first_name_gender(first.split("-", 1)[0])
    return None
