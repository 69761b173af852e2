"""Language data: capitalized words that are never a person's or an organisation's name. Data only.

A French sentence starts with a capital whatever its first word is; these words are then read as what they are
(a connective, a pronoun, a date), not as someone speaking.
"""

# Compared lowercase: function words, connectives and sentence-opening adverbs, pronouns, dates.
NOT_NAME_LOWER = frozenset("""
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
""".split())

# Compared as written: capitalized words of other forms that open sentences or headings.
NOT_NAMES = frozenset("""
A À Ô Oh Ah Eh Bah Euh Hein Non Oui OK Ok
""".split())
