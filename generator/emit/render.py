"""Renders the whole output tree in memory: {relative path: file text}."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator
from pathlib import Path

import jinja2

from generator import __version__, naming
from generator.config import Config
from generator.emit import text
from generator.emit.auth import auth_of
from generator.emit.client import client_class_name, resource_context
from generator.emit.docs_pages import DocPages
from generator.emit.formatting import cache_root
from generator.emit.models import module_context, types_module_context
from generator.emit.params import param_names, params_module_context
from generator.emit.plan import DEFS, plan_modules
from generator.emit.project import project_files
from generator.ir import Api
from generator.parser.pagination import BODY_CURSORS
from generator.parser.resources import settle_class_names


def templates_dir() -> Path:
    """Installed wheels carry the templates inside the package; a checkout has them beside it."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "templates", here.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("sdkgen templates not found")


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Templates compiled once and kept, as Python keeps .pyc files: compiling them cost 0.08 s of
    every generation. Jinja keys each by its source's checksum, so an edited template recompiles;
    a cache folder that cannot be written only costs that time again."""

    def __init__(self) -> None:
        folder = cache_root() / "templates"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        super().__init__(str(folder))

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - a damaged entry is compiled again, like a missing one
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        bytecode_cache=CompiledTemplates(),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # output is Python, not HTML; every spec string goes through emit.text
    )


def _one_line(value: str) -> str:
    """Spec text that templates put inside one-line strings and docstrings: no breaks, quotes or escapes."""
    cleaned = re.sub(r"[\x00-\x1f\x7f\u2028\u2029\x85]", " ", value).replace('"', "'").replace("\\", "/")
    return " ".join(cleaned.split())[:200] or "API"


def sdk_version(api: Api) -> str:
    return api.version if re.fullmatch(r"\d+\.\d+\.\d+", api.version) else "0.0.0"


CLIENT_ARGUMENTS = (
    "api_token", "base_url", "timeout", "max_retries", "default_headers", "default_query", "http_client",
    "strict_response_validation", "retry_non_idempotent", "self",
)
RUNTIME_MODULES = ("_types", "_exceptions", "_retries", "_tls", "_query", "_multipart", "_response", "_streaming", "_pagination", "_base_client", "_resource", "_models")
EXCEPTIONS = (
    "APIConnectionError", "APIError", "APIResponseValidationError", "APIStatusError", "APITimeoutError",
    "AuthenticationError", "BadRequestError", "ConflictError", "InternalServerError", "InvalidRequestError", "NotFoundError",
    "PermissionDeniedError", "RateLimitError", "UnprocessableEntityError",
)


def _package_lazy(client_name: str) -> list[tuple[str, str]]:
    """The names the package's `__init__` imports on first use, each with its module."""
    return [
        (client_name, "._client"),
        (f"Async{client_name}", "._client"),
        *((name, "._exceptions") for name in EXCEPTIONS),
        ("SyncPage", "._pagination"),
        ("AsyncPage", "._pagination"),
        ("AsyncPaginator", "._pagination"),
        ("APIResponse", "._response"),
        ("AsyncStreamedResponse", "._response"),
        ("StreamedResponse", "._response"),
        ("Stream", "._streaming"),
        ("AsyncStream", "._streaming"),
        ("ServerSentEvent", "._streaming"),
        ("NOT_GIVEN", "._types"),
        ("NotGiven", "._types"),
    ]


def _server_context(api: Api, env_prefix: str) -> tuple[str, list[dict[str, str]]]:
    if not api.servers:
        return '""', []
    server = api.servers[0]
    variables = []
    taken = set(CLIENT_ARGUMENTS)
    # `https://{tenant}.example.com`: the URL itself is a stand-in, and so are its defaults
    stand_in = _PLACEHOLDER.search(re.sub(r"\{[^}]*\}", "", server.url)) is not None
    for variable in server.variables:
        py_name = naming.unique(naming.field_name(variable.name), taken)
        env_name = f"{env_prefix}_{py_name.upper()}"
        choices = [v for v in variable.enum if v]
        default = variable.default.strip() if not is_placeholder(variable.default) and not stand_in else ""
        variables.append({
            "py_name": py_name, "wire": text.string(variable.name), "env": text.string(env_name), "env_name": env_name,
            "annotation": f"Optional[Literal[{', '.join(text.string(v) for v in choices)}]]" if choices else "Optional[str]",
            "default": text.string(default) if default else "", "default_text": default,
        })
    return text.string(server.url), variables


# What a server variable's default is when the spec means "put yours here": RFC 2606's names
# (AMPECO's `tenantUrl` defaults to `example.com`) and the usual stand-ins.
_PLACEHOLDER = re.compile(r"(^|[./_-])example([./_-]|$)|\.(test|invalid|example)$|^your|<|\{|xxx|changeme", re.IGNORECASE)


def is_placeholder(default: str) -> bool:
    """Whether a server variable's default stands for a value each user has (a tenant's host),
    rather than one that works (Sentry's region `us`, Typesense's `http`, `localhost`, `8108`)."""
    return not default.strip() or _PLACEHOLDER.search(default.strip()) is not None


def render_tree(
    api: Api, package: str, config: Config | None = None, sources: dict[str, str] | None = None
) -> dict[str, str]:
    """`config` (sdkgen.yaml) gives the distribution name and the version scheme; with the
    spec's `sources` (generator.emit.project.spec_sources) the SDK gets its own tests and CI."""
    renderer = TreeRenderer(api, package, config, sources)
    return dict(sorted({**renderer.code(), **renderer.docs()}.items()))


class TreeRenderer:
    """The output tree in two parts: the code (to be formatted) and the docs (which are not),
    so that the pipeline can render the docs while the formatter works on the code."""

    def __init__(
        self,
        api: Api,
        package: str,
        config: Config | None = None,
        sources: dict[str, str] | None = None,
        client_name: str | None = None,
    ) -> None:
        """`client_name`: the client's class, when an earlier generation named it (see
        generator.pipeline.kept_client_name); else the package's (emit.client.client_class_name)."""
        self.api, self.package, self.sources = api, package, sources or {}
        self.env = environment()
        self.client_name = client_name or client_class_name(package, api.title)
        client_name = self.client_name
        settle_class_names(api.resources, {*api.models, *api.enums, *api.unions, client_name, f"Async{client_name}"})
        # gives every definition its module, which code and docs both name
        self.plans, self.defs_files = plan_modules(api)
        env_prefix = package.upper()
        self.server_url, self.server_variables = _server_context(api, env_prefix)
        self.common = {
            "api_title": _one_line(api.title),
            "api_version": _one_line(api.version),
            "generator_version": __version__,
            "sdk_version": config.package_version(sdk_version(api)) if config else sdk_version(api),
            "package": package,
            "distribution": (config.distribution if config else None) or package.replace("_", "-"),
            "client_name": client_name,
            "env_prefix": env_prefix,
            "exceptions": EXCEPTIONS,
            "auth": auth_of(api, env_prefix, [*CLIENT_ARGUMENTS, *(v["py_name"] for v in self.server_variables)]),
            "body_cursors": repr(BODY_CURSORS),  # the runtime reads the cursors the parser looked for
        }

    def code(self) -> dict[str, str]:
        """The package, its pyproject and its own tests and CI."""
        return {path: text for part in self.code_parts() for path, text in part.items()}

    def code_parts(self) -> Iterator[dict[str, str]]:
        """The code in three parts (the types, the resources, the rest), so that the formatter
        works on each while the next is rendered and has little left when the last one is."""
        yield from self.types_parts()
        yield from self.client_parts()

    @functools.cached_property
    def params(self) -> dict[str, str]:
        return param_names(self.api)

    def types_parts(self) -> Iterator[dict[str, str]]:
        """The models, the modules that export them and the request dicts, as one part."""
        api, env, common, pkg, plans = self.api, self.env, self.common, self.package, self.plans
        files: dict[str, str] = {}
        models_template = env.get_template("package/models_module.py.jinja")
        for defs in self.defs_files:
            files[f"{pkg}/types/{DEFS}/{defs.name}.py"] = models_template.render(module=module_context(api, defs), **common)
        if self.defs_files:
            files[f"{pkg}/types/{DEFS}/__init__.py"] = '"""The model classes, one small module each; import them from `types`."""\n'
        types_template = env.get_template("package/types_module.py.jinja")
        for plan in plans.values():
            files[f"{pkg}/types/{plan.name}.py"] = types_template.render(module=types_module_context(plan), **common)
        params = self.params
        exports = [(f"{DEFS}.{defs.name}", sorted(defs.definitions)) for defs in self.defs_files]
        params_template = env.get_template("package/params_module.py.jinja")
        for plan in plans.values():
            params_context = params_module_context(api, plan, params)
            if params_context is not None:
                files[f"{pkg}/types/params/{plan.name}.py"] = params_template.render(module=params_context, **common)
                exports.append((f"params.{plan.name}", sorted(d.name for d in params_context.definitions)))
        if params:
            files[f"{pkg}/types/params/__init__.py"] = '"""Request dicts (TypedDicts keyed by wire names); import them from `types`."""\n'
        exports.sort(key=lambda entry: entry[0])
        # `__all__` spelled out: pyright cannot read a computed one (`sorted(_MODULE_OF)`)
        names = sorted({name for _, defined in exports for name in defined})
        files[f"{pkg}/types/__init__.py"] = env.get_template("package/types_init.py.jinja").render(
            exports=exports, names=names, **common
        )
        yield files

    def client_parts(self) -> Iterator[dict[str, str]]:
        """The resources, then the rest: the runtime, the client, the package's project files."""
        api, env, common, pkg, params = self.api, self.env, self.common, self.package, self.params
        files: dict[str, str] = {}
        resource_template = env.get_template("package/resource.py.jinja")
        for resource in api.resources:
            resource_ctx = resource_context(api, resource, params)
            files[f"{pkg}/resources/{resource.name}.py"] = resource_template.render(resource=resource_ctx, **common)
        files[f"{pkg}/resources/__init__.py"] = '"""One module per resource; the client imports each on first use."""\n'
        yield files
        files = {}
        for module in RUNTIME_MODULES:
            files[f"{pkg}/{module}.py"] = env.get_template(f"runtime/{module}.py.jinja").render(**common)
        files[f"{pkg}/_client.py"] = env.get_template("package/client.py.jinja").render(
            resources=api.resources, server_url=self.server_url, server_variables=self.server_variables,
            server_choices=any("Literal" in v["annotation"] for v in self.server_variables), **common
        )
        files[f"{pkg}/_client_modes.py"] = env.get_template("package/client_modes.py.jinja").render(resources=api.resources, **common)
        lazy = _package_lazy(self.client_name)
        files[f"{pkg}/__init__.py"] = env.get_template("package/package_init.py.jinja").render(
            lazy=lazy, names=["API_VERSION", "__version__", "types", *sorted(name for name, _ in lazy)], **common
        )
        files[f"{pkg}/py.typed"] = ""
        files["pyproject.toml"] = env.get_template("package/pyproject.toml.jinja").render(**common)
        files.update(project_files(api, env, common, self.sources))
        yield files

    def docs(self) -> dict[str, str]:
        """The Markdown reference and its mkdocs site."""
        return self.doc_pages.render()

    @functools.cached_property
    def doc_pages(self) -> DocPages:
        """The docs' pages as units of work, which the pipeline deals out to two processes."""
        return DocPages(self.api, self.env, {**self.common, "server_variables": self.server_variables})


def template_files() -> list[Path]:
    root = templates_dir()
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))


__all__ = ["TreeRenderer", "environment", "os", "render_tree", "template_files"]
