"""Reads each Atom file given with feedparser and prints one JSON line per file: what a feed reader sees."""
import json
import sys

import feedparser

for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        parsed = feedparser.parse(f.read())
    entries = parsed.entries
    print(json.dumps({
        'file': path,
        'bozo': bool(parsed.bozo),
        'problem': str(parsed.get('bozo_exception', '')),
        'version': parsed.version,
        'id': parsed.feed.get('id', ''),
        'title': parsed.feed.get('title', ''),
        'updated': parsed.feed.get('updated', ''),
        'self': next((l.get('href', '') for l in parsed.feed.get('links', []) if l.get('rel') == 'self'), ''),
        'entries': len(entries),
        'incomplete': [e.get('id', '?') for e in entries
                       if not (e.get('id') and e.get('title') and e.get('updated') and e.get('link'))],
        'ids': [e.get('id', '') for e in entries],
    }))
