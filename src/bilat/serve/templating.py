"""The Jinja2 environment the web app and the report share (templates, filters)."""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).resolve().parent / "templates"
MARKED = re.compile(r"\[([^\[\]]*)\]")


def snippet(text: str | None) -> Markup:
    """A search snippet (matches in [brackets]) as HTML with <mark>, everything else escaped."""
    return Markup(MARKED.sub(lambda m: f"<mark>{m.group(1)}</mark>", str(escape(text or ""))))


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    env.filters["snippet"] = snippet
    env.globals["quad_names"] = {
        1: "verbal cooperation",
        2: "material cooperation",
        3: "verbal conflict",
        4: "material conflict",
    }
    return env
