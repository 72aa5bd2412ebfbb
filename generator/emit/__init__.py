"""Intermediate model -> files: planning, rendering (Jinja), formatting and safe writing."""
