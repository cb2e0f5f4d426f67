"""What the lines around an article say about it, gathered while cleaning: its date and how it was found,
its outlet, author and title.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Metadata:
    published: str | None = None
    published_how: str | None = None
    outlet: str | None = None
    author: str | None = None
    title: str | None = None
    year: str | None = None  # a copyright line's year, for a dateline that gives only month and day
