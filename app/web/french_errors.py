"""French sentences for what people read about errors: the English detail programs get, matched against a
catalogue of known sentences, else a general sentence for its machine code. Engine notes are translated the
same way (why auto chose a voice, why it fell back)."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.regexes import compiled
from app.web.french import typography

# (code, English sentence as a regular expression, French template). Named groups fill the template; a group
# whose name ends in "_cause" is itself a sentence and is translated too. First match wins.
CATALOGUE: list[tuple[str, str, str]] = [
    # What came in
    ("empty_input", r"The input is empty.*", "Le texte est vide : collez le texte ou le HTML d'un article."),
    (
        "too_large",
        r"The (?:input|text) is (?P<size>[\d.,]+ [kM]B), over the limit of (?P<limit>[\d.,]+ [kM]B)(?::.*)?\.",
        "Le texte fait {size|size}, au-delà de la limite de {limit|size} : un article en fait rarement plus "
        "de quelques centaines.",
    ),
    ("too_large", r"The request is too large\.", "La demande est trop volumineuse."),
    (
        "binary_input",
        r"The input is binary data, not text or HTML.*",
        "Ce contenu est un fichier binaire, pas du texte ni du HTML.",
    ),
    (
        "unreadable_encoding",
        r"The input (?:starts like UTF-16|is not valid UTF-8|is in an encoding).*",
        "Ce texte est dans un codage illisible : enregistrez-le en UTF-8 et recommencez.",
    ),
    (
        "no_article_text",
        r"No article text was found in the HTML.*",
        "Aucun texte d'article n'a été trouvé dans ce HTML : la page ne contient que des scripts, des styles "
        "ou du balisage.",
    ),
    (
        "no_article_text",
        r"No article text was found: the input holds only navigation.*",
        "Aucun texte d'article n'a été trouvé : il n'y a que des menus, des liens ou des titres, aucun paragraphe.",
    ),
    (
        "no_article_text",
        r"No article text was found.*",
        "Aucun texte d'article n'a été trouvé dans ce qui a été collé.",
    ),
    (
        "truncated_html",
        r"The HTML document is truncated.*",
        "Le HTML est incomplet (il s'arrête avant </body></html>) : enregistrez de nouveau la page entière.",
    ),
    (
        "unreadable_html",
        r"The HTML could not be read.*",
        "Ce HTML est illisible : il est vide ou ce n'est pas du HTML.",
    ),
    (
        "one_input_expected",
        r"Send exactly one of text, html or url\.",
        "Remplissez un seul des trois champs : le texte, le HTML ou l'adresse de l'article.",
    ),
    (
        "unknown_engine",
        r"(?:Unknown engine .*|Invalid engine: .*)",
        "Cette voix n'existe pas : choisissez automatique, espeak-ng, Google ou Piper.",
    ),
    (
        "engine_unavailable",
        r"Piper was asked for but cannot speak.*",
        "La voix Piper n'est pas disponible sur ce serveur.",
    ),
    ("invalid_json", r"The request body is not valid JSON\.", "Le corps de la demande n'est pas du JSON valide."),
    (
        "unknown_field",
        r"Unknown field (?P<field>'[^']*'): .*",
        "Champ inconnu {field} : envoyez text, html ou url, et éventuellement engine.",
    ),
    (
        "invalid_body",
        r"The request body must be a JSON object.*",
        'Le corps de la demande doit être un objet JSON, par exemple {{"text": "…"}}.',
    ),
    ("invalid_field", r"Invalid (?P<field>[\w.]+): .*", "Le champ {field} n'est pas valide."),
    # Fetching a page
    (
        "host_not_found",
        r"The address (?P<host>\S+) cannot be found.*",
        "L'adresse {host} est introuvable : vérifiez l'URL.",
    ),
    (
        "unsupported_url",
        r"Only http and https URLs.*",
        "Seules les adresses de pages web (http ou https) peuvent être narrées.",
    ),
    (
        "private_address",
        r"The URL (?P<url>\S+) points to a private or local address.*",
        "L'adresse {url} mène à un réseau privé ou local : Narrateur ne lit que des pages web publiques.",
    ),
    (
        "fetch_timeout",
        r"The page at (?P<url>\S+) did not answer within (?P<seconds>[\d.]+) s.*",
        "La page {url} n'a pas répondu en {seconds} secondes : réessayez plus tard.",
    ),
    (
        "too_many_redirects",
        r"The page at (?P<url>\S+) redirects (?:nowhere|more than (?P<count>\d+) times).*",
        "La page {url} renvoie vers d'autres adresses sans fin : ouvrez-la dans le navigateur et copiez son "
        "adresse finale.",
    ),
    (
        "page_not_found",
        r"The page at (?P<url>\S+) answered HTTP 404.*",
        "La page {url} n'existe pas (erreur 404) : vérifiez l'adresse.",
    ),
    (
        "page_error",
        r"The page at (?P<url>\S+) answered HTTP (?P<status>\d+).*",
        "La page {url} a répondu par une erreur {status}.",
    ),
    (
        "not_a_web_page",
        r"The page at (?P<url>\S+) is (?!larger).*, not a web page.*",
        "L'adresse {url} ne mène pas à une page web.",
    ),
    (
        "not_a_feed",
        r"The (?:page at|address) (?P<url>\S+) is (?:not an RSS or Atom feed|.*, not a feed).*",
        "L'adresse {url} ne mène pas à un flux RSS ou Atom : donnez l'adresse du flux du site.",
    ),
    (
        "page_too_large",
        r"The page at (?P<url>\S+) is larger than (?P<mega>\d+) MB.*",
        "La page {url} dépasse {mega} mégaoctets.",
    ),
    ("fetch_failed", r"The page at (?P<url>\S+) could not be fetched.*", "La page {url} n'a pas pu être récupérée."),
    # Limits, the library
    (
        "rate_limited",
        r"Too many new narrations from this client: try again in (?P<seconds>\d+) seconds\.",
        "Vous avez demandé beaucoup de narrations en une heure : réessayez dans {seconds|wait}.",
    ),
    (
        "queue_full",
        r"Too many narrations are waiting.*",
        "Trop de narrations attendent déjà : réessayez dans quelques minutes.",
    ),
    ("not_found", r"No article with id .*", "Cet article n'existe pas ou a été supprimé."),
    ("not_found", r"No source with id .*", "Cette source n'existe pas ou n'est plus suivie."),
    ("not_found", r"Nothing exists at this address\.", "Cette page n'existe pas : l'adresse est peut-être mal copiée."),
    ("not_found", r"No such chapter\.", "Ce chapitre n'existe pas."),
    (
        "not_ready",
        r"The article \w+ has no .* yet\.",
        "Ce fichier n'est pas encore prêt : la narration est en cours ou a échoué.",
    ),
    ("not_failed", r"Only a failed narration can be retried.*", "Seule une narration qui a échoué peut être relancée."),
    (
        "busy",
        r"Too many articles are being read at once.*",
        "Trop d'articles sont en cours de lecture : réessayez dans quelques secondes.",
    ),
    (
        "disk_full",
        r"The disk is full.*",
        "Le disque du serveur est plein : la narration ne peut pas être enregistrée pour l'instant.",
    ),
    (
        "library_unavailable",
        r"The library's database .* cannot be .*",
        "La bibliothèque ne peut pas être enregistrée pour l'instant : la lecture reste possible.",
    ),
    ("cancelled", r"The service is stopping.*", "Le service redémarre : renvoyez l'article dans un instant."),
    (
        "cancelled",
        r"The work took longer than (?P<seconds>[\d.]+) s and was stopped.*",
        "Le travail a pris plus de {seconds} secondes et a été arrêté.",
    ),
    ("unreadable_page", r"The page is too large to read.*", "Cette page est trop lourde pour être lue."),
    ("unreadable_page", r"The page could not be read.*", "Cette page n'a pas pu être lue."),
    ("unreadable_encoding", r"The request body is not UTF-8.*", "Le corps de la demande n'est pas en UTF-8."),
    (
        "invalid_body",
        r"The request body's JSON is nested too deeply.*",
        "Le JSON de la demande est imbriqué trop profondément.",
    ),
    (
        "invalid_url",
        r"The URL (?P<url>\S+) is not a valid web address.*",
        "L'adresse {url} n'est pas une adresse web valide.",
    ),
    (
        "host_not_found",
        r"The address (?P<host>\S+) could not be looked up in time.*",
        "L'adresse {host} n'a pas pu être trouvée à temps : réessayez plus tard.",
    ),
    (
        "unreadable_page",
        r"The page at (?P<url>\S+) (?:is damaged|is compressed with).*",
        "La page {url} est compressée d'une façon illisible.",
    ),
    ("method_not_allowed", r"This address does not accept that method\.", "Cette adresse n'accepte pas cette action."),
    (
        "admin_token_required",
        r"This action needs the admin token.*",
        "Cette action est réservée : le jeton d'administration est nécessaire.",
    ),
    (
        "form_forbidden",
        r"This form did not come from Narrateur.*",
        "Ce formulaire a expiré ou ne vient pas de Narrateur : rechargez la page et recommencez.",
    ),
    # Narrations that failed (stored with the article)
    (
        "speech_service_failed",
        r"Google's speech service failed after (?P<count>\d+) attempts?(?:: (?P<reason_cause>.*))?\.",
        "Le service vocal de Google n'a pas abouti après {count} essai{count|s}{reason_cause|paren}.",
    ),
    (
        "speech_service_refused",
        r"Google's speech service refused the request \(HTTP (?P<status>\d+)\)\.",
        "Le service vocal de Google a refusé la demande (erreur {status}).",
    ),
    (
        "speech_service_failed",
        r"Google's speech service (?:answered without audio|sent audio that cannot be decoded).*",
        "Le service vocal de Google a renvoyé une réponse inutilisable.",
    ),
    (
        "speech_failed",
        r"gTTS found nothing to say in a segment.*",
        "La voix de Google n'a rien trouvé à dire dans un passage.",
    ),
    (
        "engine_unavailable",
        r"espeak-ng (?:is not installed|failed to start).*",
        "La voix hors ligne espeak-ng n'est pas disponible sur le serveur.",
    ),
    (
        "speech_failed",
        r"espeak-ng (?:has no voice|failed to speak).*",
        "La voix hors ligne espeak-ng n'a pas pu dire un passage.",
    ),
    (
        "speech_failed",
        r"(?:A speech worker process died|\S+ produced .* of audio for|The engine produced only silence|\S+ "
        r"produced no audio).*",
        "La synthèse vocale a produit un son inutilisable pour un passage.",
    ),
    ("audio_failed", r"(?:ffmpeg|A clip at|The encoded clip).*", "La préparation du son a échoué sur le serveur."),
    (
        "storage_failed",
        r"(?:The clip cache at .* cannot be written|Cannot write ).*",
        "Le serveur n'a pas pu enregistrer le son (disque plein ou protégé).",
    ),
    (
        "narration_failed",
        r"The narration failed unexpectedly.*",
        "La narration a échoué de façon inattendue ; l'erreur a été consignée.",
    ),
    (
        "internal_error",
        r"Narrateur failed unexpectedly.*",
        "Narrateur a rencontré une erreur inattendue ; elle a été consignée.",
    ),
    # Causes that come inside other sentences
    ("cause", r"the service could not be reached", "service injoignable"),
    ("cause", r"no answer within (?P<seconds>[\d.]+) s", "pas de réponse en {seconds} secondes"),
    ("cause", r"HTTP (?P<status>\d+)", "erreur {status}"),
    ("cause", r"(?:fake probe|no attempt was made)", "aucune réponse"),
]

# Why a narration has the voice it has (the engine note stored with it).
ENGINE_NOTES: list[tuple[str, str]] = [
    (r"espeak-ng was asked for", "La voix hors ligne (espeak-ng) a été choisie pour cet article."),
    (r"gTTS was asked for", "La voix de Google a été choisie pour cet article."),
    (r"auto: Google's speech service answered", "Choix automatique : le service vocal de Google a répondu."),
    (
        r"auto: Piper voice (?P<voice>\S+) .*",
        "Choix automatique : voix Piper {voice}, installée sur le serveur, parce que le service vocal de "
        "Google n'a pas répondu.",
    ),
    (r"Piper was asked for.*", "La voix Piper a été choisie pour cet article."),
    (
        r"auto: espeak-ng, since google's speech service failed after \d+ attempts?(?:: "
        r"(?P<reason_cause>.*?))?(?: and (?P<piper>.*))?",
        "Choix automatique : voix hors ligne (espeak-ng), parce que le service vocal de Google n'a pas répondu"
        "{reason_cause|paren}{piper|no_piper}.",
    ),
    (
        r"auto: espeak-ng, since .*",
        "Choix automatique : voix hors ligne (espeak-ng), parce que le service vocal de Google n'était pas utilisable.",
    ),
    (
        r"(?P<first>\w+) failed mid-way \((?P<error_cause>.*)\); the whole narration was redone with "
        r"(?P<second>[\w-]+)",
        "La {first|engine} a échoué en cours de route ; toute la narration a été refaite avec la {second|engine}.",
    ),
]

GENERAL = {
    400: "La demande ne peut pas être traitée.",
    401: "Cette action est réservée : le jeton d'administration est nécessaire.",
    403: "Cette action n'est pas autorisée.",
    404: "Cette page n'existe pas.",
    405: "Cette adresse n'accepte pas cette action.",
    409: "Cette action ne correspond pas à l'état de l'article.",
    413: "La demande est trop volumineuse.",
    422: "Cet article ne peut pas être narré tel quel.",
    429: "Trop de demandes : réessayez un peu plus tard.",
    503: "Le service est occupé : réessayez dans quelques minutes.",
    507: "Le disque du serveur est plein.",
    500: "Narrateur a rencontré une erreur inattendue ; elle a été consignée.",
}
ENGINE_NAMES = {
    "espeak": "voix hors ligne (espeak-ng)",
    "gtts": "voix de Google",
    "espeak-ng": "voix hors ligne (espeak-ng)",
    "piper": "voix Piper",
}


def _wait(seconds: str) -> str:
    minutes = max(1, round(int(seconds) / 60))
    return "une minute" if minutes == 1 else f"{minutes} minutes"


FILTERS: dict[str, Callable[[str], str]] = {
    "wait": _wait,
    "s": lambda count: "s" if count.isdigit() and int(count) > 1 else "",
    "paren": lambda text: f" ({text})" if text else "",
    "no_piper": lambda text: " et qu'aucune voix Piper n'est installée" if text else "",
    "engine": lambda name: ENGINE_NAMES.get(name, name),
    "size": lambda size: size.replace(".", ",").replace("kB", "ko").replace("MB", "Mo"),
}
_FIELD = compiled(r"\{(\w+)(?:\|(\w+))?\}")


def _fill(template: str, match: re.Match) -> str:
    values = {name: value or "" for name, value in match.groupdict().items()}
    for name, value in values.items():
        if name.endswith("_cause") and value:
            values[name] = _cause(value) or _lowered(
                translate(value[0].upper() + value[1:].rstrip(".") + ".", default="")
            )

    def field(found: re.Match) -> str:
        value = values.get(found[1], "")
        return FILTERS[found[2]](value) if found[2] else value

    return (
        _FIELD.sub(field, template.replace("{{", "\x00").replace("}}", "\x01"))
        .replace("\x00", "{")
        .replace("\x01", "}")
    )


def _lowered(sentence: str) -> str:
    return (sentence[0].lower() + sentence[1:]).rstrip(".") if sentence else ""


def _cause(text: str) -> str:
    for code, pattern, template in CATALOGUE:
        if code == "cause" and (found := re.fullmatch(pattern, text.strip().rstrip("."), re.IGNORECASE)):
            return _fill(template, found)
    return ""


def _match(detail: str) -> tuple[str, str] | None:
    for code, pattern, template in CATALOGUE:
        if code != "cause" and (found := re.fullmatch(pattern, detail.strip(), re.DOTALL)):
            return code, _fill(template, found)
    return None


def code_of(detail: str) -> str | None:
    """The machine code of a known English sentence."""
    found = _match(detail)
    return found[0] if found else None


def translate(detail: str | None, status: int | None = None, default: str | None = None) -> str:
    """The French sentence for an English error sentence; a general one for its status when it is unknown."""
    found = _match(detail or "")
    if found:
        sentence = found[1]
        return typography(sentence[0].upper() + sentence[1:])
    if default is not None:
        return default
    return typography(GENERAL.get(status or 422, GENERAL[422]))


def engine_note(note: str | None) -> str:
    """Why the narration has its voice, in French ("" when nothing is known)."""
    for pattern, template in ENGINE_NOTES:
        if note and (found := re.fullmatch(pattern, note.strip().rstrip("."), re.DOTALL)):
            return typography(_fill(template, found))
    return ""
