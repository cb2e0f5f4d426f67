"""PLACEHOLDER: commands registered on bilat.cli.app.app."""
