"""`narrateur worker`: one narration worker of the distributed mode, until SIGTERM or Ctrl+C.

It reconnects on its own: when PostgreSQL restarts or cannot be reached, the worker stops taking jobs, waits
and starts again (the narration it was rendering goes on meanwhile, its writes waiting for the server)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import time

from app.config import load_settings
from app.errors import ConfigError
from app.logs import configure_logging

log = logging.getLogger(__name__)
RECONNECT_FIRST_S = 1.0
RECONNECT_MAX_S = 10.0
STEADY_S = 60.0


def worker_command(args: argparse.Namespace) -> int:
    settings = load_settings()
    if not settings.distributed:
        raise ConfigError(
            "narrateur worker runs narrations from the queue of the distributed mode: set NARRATEUR_DATABASE_URL "
            "(PostgreSQL); the embedded service (narrateur serve) narrates by itself"
        )
    from app.cluster import preflight, worker_runtime

    preflight(settings)
    configure_logging(settings.log_level, settings.log_format)

    worker, close = worker_runtime(settings)
    try:
        asyncio.run(_run(worker, settings))
    finally:
        close()
    return 0


async def _run(worker, settings) -> None:
    from app.cluster import database_url
    from app.library.queue import CLIPS_QUEUE, QUEUE, procrastinate_app

    main = asyncio.current_task()

    def stop() -> None:
        log.info("stopping: the narrations under way go back to the queue")
        worker.stopping.set()
        worker.jobs.stop(0)
        if main is not None:
            main.cancel()

    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signal_number, stop)
    pause = RECONNECT_FIRST_S
    while not worker.stopping.is_set():
        app = procrastinate_app(database_url(settings), settings.database_pool_size, asynchronous=True)
        worker.register(app)
        started = time.monotonic()
        try:
            async with app.open_async():
                sweeps = [
                    asyncio.create_task(worker.give_back_stalled(app)),
                    asyncio.create_task(worker.requeue_forgotten()),
                ]
                try:
                    await app.run_worker_async(
                        queues=[CLIPS_QUEUE, QUEUE],
                        concurrency=settings.worker_concurrency,
                        name=f"narrateur-{os.getpid()}",
                        install_signal_handlers=False,
                        update_heartbeat_interval=settings.worker_heartbeat_s,
                        stalled_worker_timeout=settings.worker_stalled_s,
                    )
                finally:
                    for sweep in sweeps:
                        sweep.cancel()
            if time.monotonic() - started > STEADY_S:
                pause = RECONNECT_FIRST_S  # a new incident, not the same one going on
            if not worker.stopping.is_set():
                log.warning("the worker lost the queue's database: reconnecting in %.0f s", pause)
        except asyncio.CancelledError:
            return
        except Exception as error:  # noqa: BLE001 - the database went away: wait for it and start again
            log.warning("the queue's database cannot be reached (%s): reconnecting in %.0f s", error, pause)
        if not worker.stopping.is_set():
            await asyncio.sleep(pause)
            pause = min(pause * 2, RECONNECT_MAX_S)
