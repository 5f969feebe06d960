"""The diff names what the generated client names: methods, resources, model classes.

The diff asks the generator's naming code rather than copying it; these tests hold it to the
client the pipeline really builds (plan → models → parse) for real specs, including the one
prediction it makes without running datamodel-code-generator: which components are classes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.models import build_models
from generator.parse import Naming, parse
from generator.plan import plan_models
from generator.release.diff._names import _on_cycles, _references, client_names
from generator.spec import load_spec
from generator.spec.traverse import iter_operations
from tests.snapshot_support import CORPUS, ROOT

SPECS = [
    ROOT / "spec" / "openapi.yaml",
    *(
        CORPUS / name
        for name in (
            "petstore3-swagger.yaml",
            "oai-petstore-expanded.yaml",
            "opc-e2e-baseline_openapi_3.1.yaml",
            "twilio_messaging_v1.json",
            "twilio_api_v2010.json",
        )
        if (CORPUS / name).is_file()
    ),
]


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_method_resource_and_class_names_are_the_clients(path: Path) -> None:
    document = load_spec(path).document
    plan = plan_models(document)
    models = build_models(plan.document)
    api = parse(plan.document, models, Naming(None, "0.0.0", ""))
    built = {
        (op.http_method.lower(), op.path): (resource.attribute, op.name)
        for resource in api.resources
        for op in resource.operations
    }
    names = client_names(document)
    predicted = {
        (op.method, op.path): names.methods[op.pointer]
        for op in iter_operations(document)
    }
    assert predicted == built
    assert dict(names.classes) == dict(plan.class_of)
    generated_classes = {
        key for key, name in names.classes.items() if not models.classes[name].is_alias
    }
    # The one prediction: which components are classes. It is exact but for recursive type
    # aliases: datamodel-code-generator makes a RootModel only of the first one on a cycle it
    # defines; the diff calls every alias on a cycle a class (opc-e2e has three such).
    assert generated_classes <= names.models
    schemas = document.get("components", {}).get("schemas", {})
    assert names.models - generated_classes <= _on_cycles(_references(schemas))
