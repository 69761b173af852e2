"""What a page declares about its article: JSON-LD first, then Open Graph and <meta>, then <time>.

Publishers fill these for search engines and social networks, so they are more reliable than any guess about the
page's layout. A value that is missing or unusable is None; the heuristics decide only what metadata does not.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime

import lxml.html

from app.article.blocks import PageMetadata
from app.article.chrome import DOMAIN, bare_site, normalized
from app.article.name_words import opens_with_given_name
from app.article.names import is_name_line
from app.regexes import compiled

ARTICLE_TYPES = frozenset(
    "NewsArticle Article ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle BackgroundNewsArticle "
    "ReviewNewsArticle BlogPosting LiveBlogPosting Report ScholarlyArticle SatiricalArticle TechArticle".split()
)
SITE_SUFFIX = compiled(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
BYLINE_PREFIX = compiled(r"^(?:par|by|de)\s+", re.IGNORECASE)
NAME_SEPARATORS = compiled(r"\s*(?:,|;|\s+et\s+|\s+and\s+|\s*&\s*)\s*")
ISO_DATE = compiled(r"\d{4}-\d{2}-\d{2}")


def page_metadata(tree: lxml.html.HtmlElement, json_ld: list[str]) -> PageMetadata:
    article = _json_ld_article(json_ld)
    meta = _meta_tags(tree)
    site_name = meta.get("og:site_name") or _text(article.get("publisher"))
    title = _text(article.get("headline")) or _strip_site(meta.get("og:title") or meta.get("twitter:title"), site_name)
    if not title:
        title_element = tree.find(".//title")
        title = _strip_site(title_element.text_content() if title_element is not None else None, site_name)
    # "RTL Newmedia", the copyright holder, or "sudinfo.be", the owner: the company signing its pages, not a byline;
    # a blogger holding the rights to their own posts ("Jean Dupont") still signs them.
    companies = [meta[key] for key in ("copyright", "owner") if key in meta and not opens_with_given_name(meta[key])]
    author = (
        _authors(article.get("author"), site_name, companies)
        or _authors(meta.get("author") or meta.get("article:author"), site_name, companies)
        or _authors(_microdata_authors(tree), site_name)
        or _authors(_marked_byline(tree), site_name)
    )
    published = (
        _iso(_text(article.get("datePublished")))
        or _iso(
            meta.get("article:published_time")
            or meta.get("datepublished")
            or meta.get("date")
            or meta.get("pubdate")
            or meta.get("publish-date")
            or meta.get("dc.date.issued")
            or meta.get("dcterms.created")
            or meta.get("sailthru.date")
        )
        or _first_time(tree)
    )
    description = _text(article.get("description")) or meta.get("og:description") or meta.get("description")
    url = _text(article.get("url")) or meta.get("og:url") or _canonical(tree)
    body = _text(article.get("articleBody"))
    return PageMetadata(
        title=_clean(title),
        author=author,
        published=published,
        description=_clean(description),
        url=url if url and url.startswith(("http://", "https://")) else None,
        site_name=_clean(site_name),
        body_text=normalized_body(body) if body and len(body.split()) >= 30 else None,
    )


MICRODATA_AUTHORS = 4


def _microdata_authors(tree: lxml.html.HtmlElement) -> list[str]:
    """The byline marked with schema.org microdata (`itemprop="author"`, its `itemprop="name"` when it has one), as
    Le Monde and Le Figaro wrote it; not the authors of comments or of a sidebar's columns."""
    names: list[str] = []
    for element in tree.iterfind('.//*[@itemprop="author"]'):
        if _outside_article(element):
            continue
        # Its name, or its link, or its text: "<a>Jean-Pierre Stroobants</a> (Bruxelles, bureau européen)".
        source = next(iter(element.iterfind('.//*[@itemprop="name"]')), None)
        source = source if source is not None else next(iter(element.iterfind(".//a")), element)
        text = " ".join(source.text_content().split()) if source.tag != "meta" else (source.get("content") or "")
        text = BYLINE_PREFIX.sub("", text)
        if is_name_line(text) and text not in names:
            names.append(text)  # a person's name, not a rubric ("Bourse") or an agency's line
        if len(names) == MICRODATA_AUTHORS:
            break
    return names


# A byline the markup names as one: `id="articleSign"`, `class="author vcard"`, `class="signature"`.
BYLINE_MARK = compiled(r"(?:^|[\s_-])(?:author|auteur|byline|signature|articlesign)(?:$|[\s_-])", re.IGNORECASE)
NOT_IN_ARTICLE = compiled(r"comment|sidebar|related|footer|widget|newsletter", re.IGNORECASE)
INTERVIEW_MARK = compiled(r"^(?:interview|entretien|propos recueillis)\s*(?:>|:|par)\s*", re.IGNORECASE)


def _outside_article(element: lxml.html.HtmlElement) -> bool:
    """Inside a comment or a box of other articles, or in an aside, a footer or a menu of the page: a name there signs
    something else. An `<aside>` of the article itself holds its signature (Sport24's)."""
    ancestors = list(element.iterancestors())
    in_article = any(ancestor.tag == "article" for ancestor in ancestors)
    return any(
        "Comment" in (ancestor.get("itemtype") or "")
        or NOT_IN_ARTICLE.search(f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}")
        or not in_article
        and ancestor.tag in ("aside", "footer", "nav")
        for ancestor in ancestors
    )


def _marked_byline(tree: lxml.html.HtmlElement) -> list[str]:
    """The first element whose class or id names it a byline and which holds a person's name alone ("Interview >
    Patrick Laurent"), outside the article's comments and boxes."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "link", "script", "style", "body", "html"):
            continue
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not BYLINE_MARK.search(marks) or _outside_article(element):
            continue
        text = INTERVIEW_MARK.sub("", BYLINE_PREFIX.sub("", " ".join(element.text_content().split())))
        if is_name_line(text):
            return [text]
    return []


def normalized_body(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# -- JSON-LD ---------------------------------------------------------------------------------------------------


def _json_ld_article(scripts: list[str]) -> dict:
    """The first object typed as an article, found in any script, @graph or list."""
    for script in scripts:
        try:
            data = json.loads(script.strip().rstrip(";"))
        except ValueError:
            continue  # publishers' JSON-LD is often broken; other sources remain
        for item in _objects(data, depth=0):
            types = item.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t in ARTICLE_TYPES for t in types):
                return item
    return {}


def _objects(data: object, depth: int) -> Iterator[dict]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in data and isinstance(data[key], (list, dict)):
                yield from _objects(data[key], depth + 1)


def _text(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _authors(value: object, site_name: str | None, companies: list[str] | None = None) -> str | None:
    """Byline names only, "Prénom Nom, Autre Nom": people before organisations, never the site itself nor the
    company that publishes it, nor a login ("swyngedauw": a name has capitals)."""
    people: list[str] = []
    organisations: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            name, kind = _text(item.get("name")), item.get("@type")
            names = [name] if name else []
        elif isinstance(item, str):
            kind, names = "Person", NAME_SEPARATORS.split(BYLINE_PREFIX.sub("", item.strip()))
        else:
            continue
        for name in names:
            name = BYLINE_PREFIX.sub("", name or "").strip()
            if not name or name.startswith(("http://", "https://", "/")) or len(name.split()) > 6:
                continue
            (organisations if kind == "Organization" else people).append(name)
    sites = {bare_site(site_name or "")} | {bare_site(company) for company in companies or []}

    def signs(name: str) -> bool:
        # The site signing its own article ("Le Monde", "Le Monde.fr avec AFP", "sudinfo.be") is not a byline.
        return bare_site(name) not in sites and not DOMAIN.search(name)

    people = [p for p in dict.fromkeys(people) if signs(p) and not p.islower()]
    organisations = [o for o in organisations if signs(o)]
    return ", ".join(people) or (", ".join(dict.fromkeys(organisations)) if organisations and not people else None)


# -- <meta>, <link>, <time> ------------------------------------------------------------------------------------


def _meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    head = tree.find("head")
    for element in (head if head is not None else tree).iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        content = (element.get("content") or element.get("datetime") or "").strip()
        if key and content and key not in found:
            found[key] = content
    return found


def _canonical(tree: lxml.html.HtmlElement) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return link.get("href")
    return None


def _first_time(tree: lxml.html.HtmlElement) -> str | None:
    """The first <time> that is a real date, the one marked as the publication's first ("pubdate", "published");
    templates also leave broken stamps such as datetime="2012-34-04" in sidebars."""
    dated = []
    for element in tree.iter("time"):
        if element.get("itemprop") in (None, "datePublished") and element.get("datetime"):
            stamp = _iso(element.get("datetime"))
            if stamp:
                marked = element.get("pubdate") is not None or "published" in (element.get("class") or "").split()
                dated.append((not marked, stamp))
    return min(dated, key=lambda pair: pair[0])[1] if dated else None


def _iso(value: str | None) -> str | None:
    """An ISO 8601 date or date-time as the page gives it, checked; None for anything else."""
    if not value:
        return None
    value = value.strip()
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        date = ISO_DATE.match(value)  # "2013-03-04T15h00": the date part, when it is a real day
        try:
            return datetime.strptime(date.group(0), "%Y-%m-%d").date().isoformat() if date else None
        except ValueError:
            return None
    if len(value) <= 10:
        return stamp.date().isoformat()
    return stamp.isoformat()


def _strip_site(title: str | None, site_name: str | None) -> str | None:
    if not title:
        return None
    if site_name and normalized(title).endswith(normalized(site_name)):
        stripped = SITE_SUFFIX.sub("", title)
        return stripped if stripped != title else title
    return SITE_SUFFIX.sub("", title)


def _clean(text: str | None) -> str | None:
    return re.sub(r"\s+", " ", text).strip() or None if text else None
