"""The module constant of each operation stays short enough for black and ruff to agree.

Box's spec has operations named like `retrieve_files_id_metadata_enterprise_security_
classification_6_vm_vochw_u_wo`: with that name, `_NAME: Endpoint[T] = Endpoint(` passes the
line length before its brackets, and black (which parenthesises the annotation) and ruff (which
splits the brackets) lay it out differently, so the output was not black-clean.
"""

from __future__ import annotations

from generator.emit.client import endpoint_constant

LONG = "retrieve_files_id_metadata_enterprise_security_classification_6_vm_vochw_u_wo"


def test_short_names_are_the_method_upper_cased() -> None:
    assert endpoint_constant("retrieve") == "_RETRIEVE"
    assert endpoint_constant("list_available_personal_smart_charging_modes") == "_LIST_AVAILABLE_PERSONAL_SMART_CHARGING_MODES"


def test_long_names_are_cut_and_stay_unique() -> None:
    cut = endpoint_constant(LONG)
    other = endpoint_constant(LONG.replace("files", "folders"))
    assert len(cut) <= 64 and len(other) <= 64
    assert cut.startswith("_RETRIEVE_FILES_ID_METADATA") and cut != other
    assert cut == endpoint_constant(LONG)  # the same every run
    assert cut.isidentifier()
