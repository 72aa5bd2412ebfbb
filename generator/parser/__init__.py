"""Spec -> intermediate model. `build_api` is the entry point."""

from generator.parser.build import build_api

__all__ = ["build_api"]
