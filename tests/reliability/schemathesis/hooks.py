"""The conformance fuzzer's own check, loaded through SCHEMATHESIS_HOOKS by conformance.chaos.spec.ts.

positive_data_acceptance is told that 422 may answer a request the document says is valid, because
some rules cannot be said by a schema: the business rules (a period outside the COM, a unit's bounds,
a date before 2000, a mode unchanged) and an idempotency key already used for another request. This
check takes back the rest of it: such a 422 must be one of those refusals, never a field the server
finds invalid while the document accepts it.
"""

import schemathesis

# Refusals of a well-formed request that no schema can foresee.
BEYOND_SCHEMAS = {"/problemes/regle-metier", "/problemes/cle-idempotence-reutilisee"}
# Validation rules that depend on the day: asOf may not be a future date.
RULES_OF_THE_DAY = {"passe"}


@schemathesis.check
def schema_valid_request_passes_validation(ctx, response, case):
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 422:
        return None
    try:
        problem = response.json()
    except ValueError:
        problem = {}
    kind = problem.get("type")
    if kind in BEYOND_SCHEMAS:
        return None
    errors = problem.get("errors") or []
    if kind == "/problemes/validation" and errors and all(e.get("rule") in RULES_OF_THE_DAY for e in errors):
        return None
    raise AssertionError(
        "Une requête que le document dit valide est refusée comme invalide : "
        f"{problem.get('detail', response.text[:300])}"
    )
