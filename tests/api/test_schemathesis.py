"""Property-based checks of the search API against its own served OpenAPI schema.

Runs in-process (ASGI) over the Testland index built with the 'hashing' model: no 5xx, and
every response conforms to the documented status codes, content types and schemas.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from ..search import testland

pytestmark = pytest.mark.slow



@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    app = testland.make_test_app(tmp_path_factory.mktemp("schemathesis"))
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    return schema.include(path_regex=r"^/api/(ask|search|paragraphs|health)")


def test_search_api_conforms_to_its_schema(api_schema):
    # Hypothesis is driven per operation here: schemathesis' pytest plugin (from_fixture)
    # does not run under pytest 9.
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/ask", "/api/search", "/api/health",
                                              "/api/paragraphs/{record_id}"}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate()

        check()
