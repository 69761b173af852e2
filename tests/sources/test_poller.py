"""Following feeds: new items narrated once each, old ones skipped unless backfilled, an unchanged feed costs one
304, a broken item fails alone and is tried again later, a failing feed is said and polled less often."""

from __future__ import annotations

import pytest

from app.errors import FetchError
from tests.local_site import atom, rss
from tests.sources.helpers import following, item, settle

FEEDS = {"rss": ("application/rss+xml", rss), "atom": ("application/atom+xml", atom)}


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_three_items_three_narrations_then_only_the_fourth(tmp_path, kind):
    content_type, feed = FEEDS[kind]
    with following(tmp_path) as (poller, clock, site):
        items = [item(site, index) for index in range(3)]
        url = site.put("/feed", content_type, feed("Le fil", items))
        source, created = poller.add(url, backfill=3)
        assert created and source.title == "Le fil" and source.counts == {"pending": 3}
        narrated = settle(poller)
        assert sorted(o.item.link for o in narrated) == sorted(link for _, link, _ in items)
        assert all(o.error is None for o in narrated) and len({o.article_id for o in narrated}) == 3
        records = {r.id: r for r in poller.library.store.list()}
        assert {records[o.article_id].status for o in narrated} == {"ready"}
        assert records[narrated[0].article_id].title in {
            "À Bruxelles, l'OTAN cherche à rassurer ses membres européens",
            "Japon: un séisme de magnitude 6,2 secoue le nord du pays",
            "Les feux de forêt forcent l'évacuation de Fort Nelson",
        }

        site.put("/feed", content_type, feed("Le fil", items + [item(site, 3)]))
        clock.advance(source.interval_s + 1)
        fourth = settle(poller)
        assert [o.item.link for o in fourth] == [f"{site.url}/a/3.html"]
        assert [site.count(f"/a/{index}.html") for index in range(4)] == [1, 1, 1, 1]
        assert len(poller.library.store.list()) == 4


def test_old_items_are_skipped_unless_backfilled(tmp_path):
    with following(tmp_path) as (poller, clock, site):
        url = site.put("/rss", "application/rss+xml", rss("Le fil", [item(site, index) for index in range(3)]))
        source, _ = poller.add(url, backfill=1)
        assert source.counts == {"pending": 1, "skipped": 2}
        narrated = settle(poller)
        assert [o.item.link for o in narrated] == [f"{site.url}/a/2.html"]  # the newest (3 January)
        assert site.count("/a/0.html") == site.count("/a/1.html") == 0


@pytest.mark.slow
def test_an_unchanged_feed_answers_304_and_nothing_is_fetched_again(tmp_path):
    with following(tmp_path) as (poller, clock, site):
        url = site.put("/rss", "application/rss+xml", rss("Le fil", [item(site, 0)]))
        source, _ = poller.add(url, backfill=1)
        settle(poller)
        before = list(site.requests)
        clock.advance(source.interval_s + 1)
        assert settle(poller) == []
        assert site.requests[len(before) :] == [("/rss", 304)]
        assert poller.sources.get(source.id).polled_at is not None


def test_a_polled_feed_waits_for_its_interval(tmp_path):
    with following(tmp_path) as (poller, clock, site):
        url = site.put("/rss", "application/rss+xml", rss("Le fil", [item(site, 0)]))
        poller.add(url, interval_s=600)
        poller.run_once()
        clock.advance(599)
        poller.run_once()
        assert site.count("/rss") == 1  # the add's own fetch, and no poll before 600 s
        clock.advance(2)
        poller.run_once()
        assert site.count("/rss") == 2


@pytest.mark.slow
def test_an_item_is_narrated_once_even_when_its_entry_changes(tmp_path):
    with following(tmp_path) as (poller, clock, site):
        url = site.put("/rss", "application/rss+xml", rss("Le fil", [item(site, 0)]))
        source, _ = poller.add(url, backfill=1)
        settle(poller)
        # Same guid, another title and another link: the publisher edited the entry.
        site.put("/rss", "application/rss+xml", rss("Le fil", [("guid-0", f"{site.url}/a/1.html", "Titre corrigé")]))
        clock.advance(source.interval_s + 1)
        assert settle(poller) == [] and site.count("/a/1.html") == 0
        assert poller.sources.get(source.id).counts == {"done": 1}


@pytest.mark.slow
def test_a_broken_item_fails_alone_and_is_tried_again_later(tmp_path):
    with following(tmp_path) as (poller, clock, site):
        items = [item(site, 0), ("cassé", f"{site.url}/a/absent.html", "Cassé"), item(site, 1)]
        url = site.put("/rss", "application/rss+xml", rss("Le fil", items))
        source, _ = poller.add(url, backfill=3)
        outcomes = settle(poller)
        failed = [o for o in outcomes if o.error]
        assert len(outcomes) == 3 and len(failed) == 1
        assert "answered HTTP 404" in failed[0].error and failed[0].item.attempts == 1
        assert failed[0].next_attempt_at is not None
        assert poller.sources.get(source.id).counts == {"done": 2, "pending": 1}

        assert settle(poller) == [] and site.count("/a/absent.html") == 1  # not before its time
        clock.advance(61)
        site.put("/a/absent.html", "text/html; charset=utf-8", site.pages["/a/2.html"].body)
        again = settle(poller)
        assert [(o.item.key, o.error) for o in again] == [("cassé", None)]


def test_an_item_failing_every_time_is_left_failed_with_its_error(tmp_path):
    with following(tmp_path, source_max_attempts=2) as (poller, clock, site):
        url = site.put("/rss", "application/rss+xml", rss("Le fil", [("x", f"{site.url}/a/absent.html", "Absent")]))
        source, _ = poller.add(url, backfill=1)
        first = settle(poller)
        clock.advance(61)
        second = settle(poller)
        assert first[0].next_attempt_at and second[0].next_attempt_at is None and second[0].item.attempts == 2
        clock.advance(10_000)
        assert settle(poller) == [] and site.count("/a/absent.html") == 2
        failed = poller.sources.items(source.id)
        assert [(i.status, i.attempts) for i in failed] == [("failed", 2)] and "HTTP 404" in failed[0].error


@pytest.mark.slow
def test_a_failing_feed_is_said_and_polled_less_often(tmp_path):
    with following(tmp_path) as (poller, clock, site):
        url = site.put("/rss", "application/rss+xml", rss("Le fil", [item(site, 0)]))
        source, _ = poller.add(url, interval_s=100)
        site.put("/rss", "text/html", "<p>maintenance</p>", status=503)
        clock.advance(101)
        problems = poller.run_once().problems
        assert [p.error for p in problems] == [f"The page at {url} answered HTTP 503."]
        assert poller.sources.get(source.id).error == problems[0].error
        clock.advance(101)
        assert len(poller.run_once().problems) == 1
        clock.advance(101)  # the second failure waits two intervals
        assert poller.run_once().problems == []
        clock.advance(100)
        assert len(poller.run_once().problems) == 1


def test_adding_a_page_that_is_no_feed_says_so(tmp_path):
    with following(tmp_path) as (poller, clock, site):
        with pytest.raises(FetchError, match="is text/html, not a feed"):
            poller.add(f"{site.url}/a/0.html")
        assert poller.sources.list() == []


def test_adding_the_same_feed_twice_finds_the_first(tmp_path):
    with following(tmp_path) as (poller, clock, site):
        url = site.put("/rss", "application/rss+xml", rss("Le fil", [item(site, 0)]))
        first, created = poller.add(url)
        again, created_again = poller.add(url + " ")
        assert created and not created_again and again.id == first.id and site.count("/rss") == 1
