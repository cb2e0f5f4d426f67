"""bilat: news articles about relations between countries, as a structured, source-cited record."""

__version__ = "0.1.0"
