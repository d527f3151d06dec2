"""Drafts from a source's text: the pledges, sanctions and figures about people it states, each
with its paragraph and the exact words that state it, for an editor to accept, edit or reject.

Deterministic and offline: rules and well-kept libraries, no hosted model, nothing downloaded at
run time. This package knows nothing of the admin; the admin (and `manage.py draft_source`) call
its public entry points, which are all here:

- `paragraphs(text)`: a source's text cut into its numbered paragraphs, by the rule of
  docs/data-files.md ("Paragraphs").
- `draft(text, published_on)`: the `Drafts` a text gives.
- `IntakeError`: a text that cannot be drafted (empty, too long, not text, not English), with a
  message for the editor.
- `describe(kind, fields)`: the sentence describing a pledge or sanction draft's fields (as the
  drafts' `description`), for fields an editor has corrected; None for other kinds.
"""

from pledges.intake.drafts import Draft, Drafts, IntakeError, describe, draft
from pledges.intake.text import paragraphs

__all__ = ["Draft", "Drafts", "IntakeError", "describe", "draft", "paragraphs"]
