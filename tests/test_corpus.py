"""The real-world corpus (tests/corpus/): every small spec generates an SDK that passes every check.

For each spec: generated in a subprocess within the time and memory bounds, every operation
emitted, every module imported and every public type built by pydantic, `black --check` and
`mypy --strict` clean (one run of each over all the packages). The big specs run in
`make corpus` (benchmarks/corpus.py), beside openapi-python-client.
"""

from __future__ import annotations

import re

import pytest

from tests.support import corpus

SMALL = corpus.entries("small")


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, corpus.Result]:
    return {r.entry.name: r for r in corpus.run_all(SMALL, tmp_path_factory.mktemp("corpus"))}


@pytest.mark.parametrize("name", [e.name for e in SMALL])
def test_spec_generates_an_sdk_that_passes_every_check(results: dict[str, corpus.Result], name: str) -> None:
    result = results[name]
    assert corpus.verdict(result) == [], result.stdout + result.stderr
    assert result.exit_code == 0 and result.import_error is None and result.megabytes > 0


def test_the_corpus_is_real_and_documented() -> None:
    everything = corpus.entries()
    assert len(everything) >= 25
    assert len({e.name for e in everything}) == len(everything)
    sources = (corpus.CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for entry in everything:
        assert re.fullmatch(r"[0-9a-f]{40}", entry.commit), entry
        assert entry.licence in ("MIT", "Apache-2.0"), entry
        assert (corpus.CORPUS / (entry.archive or entry.folder or entry.spec)).exists(), entry
        assert f"`{entry.name}`" in sources and entry.commit[:12] in sources, entry.name
        assert (corpus.CORPUS / "licenses" / (entry.repo.replace("/", "+") + ".txt")).is_file(), entry.repo


def test_the_small_specs_cover_both_versions_and_both_formats() -> None:
    texts = {e.name: (corpus.CORPUS / (e.folder or "") / e.spec).read_text(encoding="utf-8") for e in SMALL}
    assert any(re.search(r"openapi['\"]?:\s*['\"]?3\.1", t) for t in texts.values())
    assert any(re.search(r"openapi['\"]?:\s*['\"]?3\.0", t) for t in texts.values())
    assert any(e.spec.endswith(".json") for e in SMALL) and any(e.spec.endswith((".yaml", ".yml")) for e in SMALL)
    assert any(e.folder for e in SMALL)  # a multi-file spec
