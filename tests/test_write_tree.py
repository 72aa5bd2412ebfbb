"""Writing the output tree: complete or not at all, never outside the folder, hand-written files kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.emit import swap
from generator.emit.output import MANIFEST, Manifest, read_manifest, write_tree
from generator.errors import GeneratorError

FILES = {
    "pkg/__init__.py": "",
    "pkg/types/a.py": "A = 1\n",
    "pkg/types/b.py": "B = 2\n",
    "docs/index.md": "# Index\n",
    "docs/models/a.md": "# A\n",
    "README.md": "read me\n",
}


def manifest() -> Manifest:
    return Manifest(package="pkg", spec_sha256="0" * 64, fingerprint="f")


def tree_of(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text() for p in folder.rglob("*") if p.is_file()}


def test_a_new_folder_gets_every_file_and_the_manifest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert write_tree(out, FILES, manifest()) == (len(FILES), 0, 0)
    written = tree_of(out)
    assert {k: v for k, v in written.items() if k != MANIFEST} == FILES
    recorded = read_manifest(out)
    assert recorded is not None and sorted(recorded.files) == sorted(FILES)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left behind


@pytest.mark.parametrize("failing", ["pkg/types", "pkg", "docs", "docs/models", ""])
def test_a_failed_write_leaves_no_folder_and_no_staging(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    """Whichever of the two writers fails (each has its own folders), the run leaves nothing."""
    real = swap._write_all

    def write_all(root: str, files: list[tuple[str, bytes]]) -> None:
        if any(relative.rpartition("/")[0] == failing for relative, _ in files):
            raise OSError(28, "No space left on device")
        real(root, files)

    monkeypatch.setattr(swap, "_write_all", write_all)
    out = tmp_path / "out"
    with pytest.raises(GeneratorError, match="cannot write the output: .*No space left"):
        write_tree(out, FILES, manifest())
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rewrite_keeps_the_previous_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    write_tree(out, FILES, manifest())
    before = tree_of(out)

    def fail(root: str, files: list[tuple[str, bytes]]) -> None:
        raise OSError(5, "I/O error")

    monkeypatch.setattr(swap, "_write_all", fail)
    with pytest.raises(GeneratorError, match="cannot write the output"):
        write_tree(out, {**FILES, "pkg/types/a.py": "A = 3\n"}, manifest())
    assert tree_of(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


@pytest.mark.parametrize("relative", ["../escape.py", "/etc/passwd", "pkg/../../x.py", "pkg//x.py", "pkg\\..\\x.py", ""])
def test_paths_that_leave_the_folder_are_refused(tmp_path: Path, relative: str) -> None:
    with pytest.raises(GeneratorError, match="refusing to write outside the output folder"):
        write_tree(tmp_path / "out", {**FILES, relative: "x"}, manifest())
    assert list(tmp_path.iterdir()) == []


def test_a_regeneration_keeps_hand_written_files_and_removes_only_its_own(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, FILES, manifest())
    (out / "pkg" / "types" / "mine.py").write_text("# hand-written\n")
    smaller = {k: v for k, v in FILES.items() if k != "docs/models/a.md"}
    assert write_tree(out, {**smaller, "pkg/types/b.py": "B = 3\n"}, manifest()) == (1, len(smaller) - 1, 1)
    written = tree_of(out)
    assert written["pkg/types/mine.py"] == "# hand-written\n"
    assert written["pkg/types/b.py"] == "B = 3\n"
    assert "docs/models/a.md" not in written


def test_a_file_in_the_way_that_sdkgen_did_not_write_is_an_error(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "pkg").mkdir(parents=True)
    (out / "pkg" / "__init__.py").write_text("# someone else's\n")
    with pytest.raises(GeneratorError, match="was not written by sdkgen"):
        write_tree(out, FILES, manifest())
    assert tree_of(out) == {"pkg/__init__.py": "# someone else's\n"}



def test_the_manifest_text_is_json_dumps_indented_and_sorted() -> None:
    """to_json encodes its members one by one (the name lock once): the text must stay what
    json.dumps(indent=2, sort_keys=True) writes, or every SDK's manifest would change."""
    import json

    from generator import __version__

    made = manifest()
    made.files = {"b/x.py": "1" * 64, "a\ny.md": "2" * 64, "é \u2028.md": "3" * 64}

    def expected() -> str:
        data = {
            "generator": "sdkgen", "generator_version": __version__, "generator_fingerprint": made.fingerprint,
            "package": made.package, "spec_sha256": made.spec_sha256, "config_sha256": made.config_sha256,
            "files": made.files, "names": made.names,
        }
        return json.dumps(data, indent=2, sort_keys=True) + "\n"

    assert made.to_json() == expected()  # an empty lock
    made.names = {"classes": {"#/a": "A", "#/b\n": ["B", {"z": [], "y": {}}]}, "version": 2, "client": None}
    assert made.to_json() == expected()
    made.names = {"classes": {"#/a": "Renamed"}}  # another lock: encoded again, not the first one's text
    assert made.to_json() == expected()
    assert json.loads(made.to_json())["names"] == made.names
