"""Renders the whole output tree in memory: {relative path: file text}."""

from __future__ import annotations

import os
import re
from pathlib import Path

import jinja2

from generator import __version__
from generator.emit.models import module_context
from generator.emit.plan import plan_modules
from generator.ir import Api


def templates_dir() -> Path:
    """Installed wheels carry the templates inside the package; a checkout has them beside it."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "templates", here.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("sdkgen templates not found")


def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # output is Python, not HTML; every spec string goes through emit.text
    )


def sdk_version(api: Api) -> str:
    return api.version if re.fullmatch(r"\d+\.\d+\.\d+", api.version) else "0.0.0"


def render_tree(api: Api, package: str) -> dict[str, str]:
    env = environment()
    plans = plan_modules(api)
    common = {
        "api_title": api.title.replace('"', "'").replace("\\", "/"),
        "api_version": api.version.replace('"', "'").replace("\\", "/"),
        "generator_version": __version__,
        "sdk_version": sdk_version(api),
        "package": package,
        "distribution": package.replace("_", "-"),
    }
    files: dict[str, str] = {}
    pkg = package
    for plan in plans.values():
        context = module_context(api, plan, package)
        files[f"{pkg}/types/{plan.name}.py"] = env.get_template("package/models_module.py.jinja").render(module=context, **common)
    exports = [(plan.name, sorted(plan.definitions)) for plan in plans.values()]
    files[f"{pkg}/types/__init__.py"] = env.get_template("package/types_init.py.jinja").render(exports=exports, **common)
    files[f"{pkg}/_models.py"] = env.get_template("runtime/_models.py.jinja").render(**common)
    files[f"{pkg}/__init__.py"] = env.get_template("package/package_init.py.jinja").render(**common)
    files[f"{pkg}/py.typed"] = ""
    files["pyproject.toml"] = env.get_template("package/pyproject.toml.jinja").render(**common)
    return dict(sorted(files.items()))


def template_files() -> list[Path]:
    root = templates_dir()
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))


__all__ = ["environment", "os", "render_tree", "template_files"]
