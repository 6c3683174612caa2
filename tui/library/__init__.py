"""The library of things read from the web: no Textual here.

- fetch.py     the one HTTP client and its network hygiene
- feeds.py     RSS 2.0, RSS 1.0 and Atom parsing (feedparser)
- opml.py      subscription lists in and out
- store.py     the SQLite library (feeds, items, read state, articles), migrations
- articles.py  download, extract, store and reopen articles
- refresh.py   subscribe and refresh many feeds in parallel
"""
