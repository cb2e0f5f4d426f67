"""``bilat report``: a dyad's view as ONE self-contained HTML file — CSS, the vendored chart libraries,
bilat's script and the data (as JSON) all inline, so it opens from disk with no network at all."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bilat.serve.templating import environment

STATIC = Path(__file__).resolve().parent / "static"
SCRIPTS = ("vendor/vega.min.js", "vendor/vega-lite.min.js", "vendor/vega-embed.min.js", "bilat.js")


def _inline_script(path: Path) -> str:
    """A script's text, safe inside <script>…</script> (a "</script" in it would end the element)."""
    return path.read_text(encoding="utf-8").replace("</script", "<\\/script")


def render_report(data: dict[str, Any], generated: str | None = None) -> str:
    """The HTML of the report for ``data`` as ``bilat.serve.queries.dyad`` returns it."""
    template = environment().get_template("report.html")
    return template.render(
        data=data,
        links=False,
        css=(STATIC / "bilat.css").read_text(encoding="utf-8"),
        scripts=[_inline_script(STATIC / name) for name in SCRIPTS],
        generated=generated or datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )
