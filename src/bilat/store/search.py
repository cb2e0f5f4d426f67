"""Full-text search over sentences: SQLite FTS5 (BM25) or PostgreSQL text search (ts_rank)."""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from bilat.models import SearchHit

MARK_START, MARK_END = "[", "]"


def setup_search(conn: Connection, dialect: str, rows: list[dict] | None = None) -> None:
    """Create the index (rows=None) or index new sentences."""
    if dialect == "sqlite":
        if rows is None:
            conn.execute(
                text(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5("
                    "text, doc_id UNINDEXED, idx UNINDEXED, tokenize='porter unicode61')"
                )
            )
        else:
            conn.execute(
                text("INSERT INTO sentences_fts (text, doc_id, idx) VALUES (:text, :doc_id, :idx)"),
                [{"text": r["text"], "doc_id": r["doc_id"], "idx": r["idx"]} for r in rows],
            )
    elif dialect == "postgresql" and rows is None:
        conn.execute(
            text(
                "CREATE INDEX IF NOT EXISTS sentences_tsv ON sentences "
                "USING GIN (to_tsvector('english', text))"
            )
        )


def fts5_query(query: str, prefixes: bool = False, any_word: bool = False) -> str:
    """User words as an FTS5 query: every word must appear (prefix match on the last, or on every word
    when ``prefixes``: word stems such as "appoin"), no operators. ``any_word``: one word is enough, and
    each word is matched by its stem (BM25 still ranks sentences with more of them first)."""
    words = re.findall(r"\w+", query)
    if not words:
        return ""
    if any_word:
        return " OR ".join(f'"{w}"' for w in dict.fromkeys(words))
    quoted = [f'"{w}"' + ("*" if prefixes else "") for w in words]
    if not prefixes:
        quoted[-1] += "*"
    return " ".join(quoted)


def search_sentences(
    conn: Connection, dialect: str, query: str, limit: int, prefixes: bool = False, any_word: bool = False
) -> list[SearchHit]:
    if dialect == "sqlite":
        match = fts5_query(query, prefixes, any_word)
        if not match:
            return []
        rows = conn.execute(
            text(
                "SELECT doc_id, idx, text, snippet(sentences_fts, 0, :a, :b, '…', 24) AS snip, "
                "bm25(sentences_fts) AS rank "
                "FROM sentences_fts WHERE sentences_fts MATCH :q ORDER BY rank LIMIT :n"
            ),
            {"q": match, "n": limit, "a": MARK_START, "b": MARK_END},
        ).mappings()
        return [
            SearchHit(
                doc_id=r["doc_id"],
                sentence=int(r["idx"]),
                text=r["text"],
                snippet=r["snip"],
                score=round(-float(r["rank"]), 4),
            )
            for r in rows
        ]
    if any_word:
        # to_tsquery would read the words as operators: each is stemmed alone, then OR-ed.
        words = [w for w in dict.fromkeys(re.findall(r"\w+", query)) if not w.isdigit() or len(w) > 1]
        if not words:
            return []
        query, parse = " | ".join(words), "to_tsquery"
    elif prefixes:
        words = re.findall(r"\w+", query)
        if not words:
            return []
        query, parse = " & ".join(f"{w}:*" for w in words), "to_tsquery"
    else:
        parse = "websearch_to_tsquery"
    rows = conn.execute(
        text(
            "SELECT doc_id, idx, text, ts_headline('english', text, q, :opts) AS snip, "
            "ts_rank(to_tsvector('english', text), q) AS rank "
            f"FROM sentences, {parse}('english', :q) AS q "
            "WHERE to_tsvector('english', text) @@ q ORDER BY rank DESC, doc_id, idx LIMIT :n"
        ),
        {"q": query, "n": limit, "opts": f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=40"},
    ).mappings()
    return [
        SearchHit(
            doc_id=r["doc_id"],
            sentence=int(r["idx"]),
            text=r["text"],
            snippet=r["snip"],
            score=round(float(r["rank"]), 4),
        )
        for r in rows
    ]
