"""The public Python API: what the CLI, the web app and users' scripts call.

Sections are owned by the modules that implement them; keep each import block in its section.
"""

from __future__ import annotations

# --- build, documents, annotate, events, actors, timeline (store/CLI) ---

# --- facts, conflicts, ask, reconcile (facts/reconcile) ---

# --- search, export, report, serve (serve) ---
