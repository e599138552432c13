"""Turn raw JSON into an MlaRequest, with errors that name a field path but never its value."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from assistant.schemas.request import ASSISTANCE_TYPES, MlaRequest

# Messages pydantic writes that may quote the input; replaced by a neutral sentence.
_NEUTRAL = {
    "union_tag_invalid": "unknown assistance type; expected one of: "
    + ", ".join(ASSISTANCE_TYPES),
    "union_tag_not_found": "each assistance module needs a 'type'",
    "extra_forbidden": "unknown field",
    "missing": "required field missing",
}


def json_path(loc: tuple[Any, ...]) -> str:
    """('assistance', 0, 'records', 'institution') -> 'assistance[0].institution'."""
    out = ""
    previous: Any = None
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(previous, int) and part in ASSISTANCE_TYPES:
            pass  # the discriminator tag pydantic inserts into the location
        else:
            out += f".{part}" if out else str(part)
        previous = part
    return out or "(body)"


def error_list(err: ValidationError) -> list[dict[str, str]]:
    """[{field, message, type}] without input values (they may be case facts)."""
    errors = []
    for e in err.errors(include_url=False, include_input=False, include_context=False):
        message = _NEUTRAL.get(e["type"], e["msg"])
        errors.append({"field": json_path(tuple(e["loc"])), "message": message,
                       "type": e["type"]})
    return errors


class RequestInvalid(ValueError):
    def __init__(self, errors: list[dict[str, str]]):
        self.errors = errors
        super().__init__("; ".join(f"{e['field']}: {e['message']}" for e in errors[:5]))


def parse_request(data: Any) -> MlaRequest:
    if not isinstance(data, dict):
        raise RequestInvalid([{"field": "(body)", "message": "expected a JSON object",
                               "type": "model_type"}])
    try:
        return MlaRequest.model_validate(data)
    except ValidationError as err:
        raise RequestInvalid(error_list(err)) from None
