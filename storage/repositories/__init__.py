"""Repositories: queries over one session; they flush when they need an id but never commit."""
