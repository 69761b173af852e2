"""What each block of a page looks like on its own: prose, a short line, a list item, chrome, or an end marker."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.article import chrome_phrases as phrases
from app.article.blocks import Block, Hint
from app.article.chrome import chrome_reason, ends_like_sentence, is_end_marker, is_strong_end_marker
from app.article.names import is_name_line
from app.regexes import compiled


class Kind(StrEnum):
    PROSE = "prose"
    SHORT = "short"
    ITEM = "item"
    CHROME = "chrome"
    END = "end"


@dataclass(frozen=True)
class Classified:
    block: Block
    kind: Kind
    reason: str | None = None
    """Why a CHROME or END block is not spoken."""
    strong_end: bool = False

    @property
    def text(self) -> str:
        return self.block.text

    @property
    def hint(self) -> Hint | None:
        return self.block.hint

    @property
    def words(self) -> int:
        return len(self.block.text.split())


ARROWED = compiled(r"^>>\s")
BULLET = compiled(r"^\s*(?:[-–•·*▪►]|\d{1,2}[.)])\s+\S")
# Minified scripts and styles that escaped into the page's text.
CODE = compiled(r"[{};=<>]|\bfunction\b|\bvar\b|=>|\|\||&&")
LINKS_ARE_TEASERS = 0.5
ENUMERATION_COMMAS = 4
# What an embedded post's blockquote holds besides words: "#FRAITA 29è 2-0", a link.
QUOTED_CHROME = frozenset(("hashtag", "link"))


def classify(block: Block) -> Classified:
    text = block.text
    if block.chrome_reason == "comments" and is_strong_end_marker(text):
        # "Ajouter un commentaire" in the comments' markup: the article is over, whatever the extractor kept after.
        return Classified(block, Kind.END, "end of the article", strong_end=True)
    if block.chrome_reason:
        return Classified(block, Kind.CHROME, block.chrome_reason)
    if block.hint is Hint.CHROME:
        return Classified(block, Kind.CHROME, "caption")
    if is_end_marker(text):
        return Classified(block, Kind.END, "end of the article", strong_end=is_strong_end_marker(text))
    if _looks_like_code(text):
        return Classified(block, Kind.CHROME, "code")
    reason = chrome_reason(text)
    words = len(text.split())
    if block.hint is Hint.HEADING and (
        words > 25 or words > 12 and ends_like_sentence(text) or words >= 5 and text.rstrip().endswith(":")
    ):
        return Classified(block, Kind.PROSE)  # a lede, or a list's introduction, set in a heading's type
    if block.hint is Hint.HEADING and block.link_density > LINKS_ARE_TEASERS:
        return Classified(block, Kind.CHROME, "teaser")  # a heading that links to another page titles a teaser
    if block.hint in (Hint.TITLE, Hint.HEADING):
        return Classified(block, Kind.CHROME, reason) if reason else Classified(block, Kind.SHORT)
    if block.hint in (Hint.QUOTE, Hint.ATTRIBUTION) and reason not in QUOTED_CHROME:
        return Classified(block, Kind.PROSE if block.hint is Hint.QUOTE else Kind.SHORT)
    if reason:
        return Classified(block, Kind.CHROME, reason)
    if block.link_density > LINKS_ARE_TEASERS and not block.located and len(text) > 3:
        return Classified(block, Kind.CHROME, "links")
    if block.hint is None and is_name_line(text):
        return Classified(block, Kind.CHROME, "name")  # a name alone on its line, outside a quote's credit
    if BULLET.match(text) or words >= 3 and text.rstrip().endswith((",", ";")):
        return Classified(block, Kind.ITEM)  # a list item: narrated where the article has it, never a heading
    if ARROWED.match(text) and words <= 12:
        return Classified(block, Kind.SHORT)  # ">> L'Italie vaillante mais pas brillante." is a section's title
    if block.hint is Hint.STANDFIRST and words >= 8:
        return Classified(block, Kind.PROSE)
    # "«Croyez-vous en Dieu ?»": a quoted intertitle asks or exclaims inside its guillemets.
    question = text.rstrip().rstrip('»”"\u00a0 ').endswith(("?", "!"))
    if question and asks_the_reader(text):
        return Classified(block, Kind.PROSE)  # an interview's question, not a section heading
    if (words > 25 or (ends_like_sentence(text) and not (question and words <= 14))) and _reads_like_prose(text):
        return Classified(block, Kind.PROSE)
    if text.rstrip().endswith(":") and words >= 4:
        return Classified(block, Kind.PROSE)  # the sentence that introduces a list
    if block.located and words >= 20:
        return Classified(block, Kind.PROSE)
    return Classified(block, Kind.SHORT)


SECOND_PERSON = compiled(r"\b(?:vous|votre|vos|tu|ton|ta|tes|t')\b", re.IGNORECASE)


def asks_the_reader(text: str) -> bool:
    """ "Vous allez être un président très présent ?", "Publique ?": an interviewer's question. A heading may ask
    too ("Comment réagissent les pêcheurs ?"), but not of "vous", and not in one word."""
    if text.lstrip().startswith(phrases.GUILLEMETS + ('"',)) or SERVICE_QUESTION.match(text.strip()):
        return False
    return bool(SECOND_PERSON.search(text)) or len(re.findall(r"\w+", text)) == 1


# A practical article's section asks on its reader's behalf: "Que faire si vous êtes concerné ?", "Comment savoir
# si vous avez droit à l'aide ?". An interviewer asks the guest, not "si vous …".
SERVICE_QUESTION = compiled(r"^(?i:que faire|comment|où|à qui|quels?|quelles?|quand)\s[^?]{0,40}\bsi vous\b[^?]*\?$")


def _reads_like_prose(text: str) -> bool:
    """French sentences are full of little words; menus and tag lists are capitalized names one after another."""
    words = text.split()
    if len(words) < 8:
        return True
    capitalized = sum(word[0].isupper() for word in words)
    function_words = sum(word.lower().strip(',.;:!?«»"()') in phrases.FUNCTION_WORDS for word in words)
    if capitalized <= 0.6 * len(words) and (len(words) <= 25 or function_words >= 0.12 * len(words)):
        return True
    if text.count(",") >= ENUMERATION_COMMAS and text.rstrip().endswith("."):
        return True  # "Malines: Alibec, Biebauw, Biset, Chen, …, Verlinden.": a squad; menus have no commas or stop
    # "BRUXELLES - Couleur Café confirme 21 nouveaux noms. Au programme, Erykah Badu, De La Soul, Zebda…": a
    # sentence, then the names it announces; a menu never has a sentence.
    first, stop, rest = text.partition(". ")
    return bool(stop and rest) and len(first.split()) >= 6 and _reads_like_prose(first)


def _looks_like_code(text: str) -> bool:
    if len(text) < 40:
        return False
    marks = len(CODE.findall(text))
    return marks >= 5 and marks > len(text) / 30 and not any(mark in text for mark in phrases.GUILLEMETS)
