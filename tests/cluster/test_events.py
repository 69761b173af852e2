"""Progress events across replicas: a change committed by one process wakes the streams of another (LISTEN/NOTIFY)."""

from __future__ import annotations

import asyncio

import pytest

from app.library.events import ArticleEvents
from app.library.pg_events import PostgresEvents
from app.library.postgres_store import PostgresStore

pytestmark = pytest.mark.slow  # the distributed mode: a PostgreSQL server

SCRIPT = {"title": "Titre", "chapters": [{"title": "Titre", "segments": [{"kind": "title", "text": "Titre"}]}]}


def test_a_change_in_another_process_wakes_the_follower(database_url):
    writer = PostgresStore(database_url)  # as a worker would
    writer.add("a" * 16, "Titre", None, SCRIPT, "espeak", 1)
    events = PostgresEvents(database_url)
    assert events.listening.wait(10)

    async def follow() -> list[bool]:
        async with events.follow("a" * 16) as changes:
            changes.interval_s = 30  # only a notification can wake it in time
            writing = asyncio.get_running_loop().run_in_executor(None, writer.progress, "a" * 16, 1, 1, None)
            told = await changes.next()
            await writing
            return [told]

    try:
        assert asyncio.run(follow()) == [True]
    finally:
        events.close()


def test_other_articles_do_not_wake_it(database_url):
    writer = PostgresStore(database_url)
    writer.add("b" * 16, "Titre", None, SCRIPT, "espeak", 1)
    events = PostgresEvents(database_url)
    assert events.listening.wait(10)

    async def follow() -> bool:
        async with events.follow("c" * 16) as changes:
            changes.interval_s = 1.0
            await asyncio.get_running_loop().run_in_executor(None, writer.progress, "b" * 16, 1, 1, None)
            return await changes.next()

    try:
        assert asyncio.run(follow()) is False
    finally:
        events.close()


def test_embedded_streams_look_again_at_a_steady_pace():
    async def follow() -> bool:
        async with ArticleEvents().follow("a" * 16) as changes:
            return await changes.next()

    assert asyncio.run(follow()) is False
