"""Sources stage: publishers' RSS and Atom feeds followed, each new item narrated into the library once.

`feeds` reads a feed (feedparser), `store` keeps sources and items in the library's database, `poller` polls
and narrates. Nothing is imported here: a feed is read in a worker process that needs `feeds` alone."""
