"""Composing the follow-up: where the earlier documents come from (``sources``), which items it
asks about (``select``, ``coverage``), which angle each takes (``angles``, ``stale``), the wording
of one question (``followup``) and the whole inquiry with title, preamble and signature
(``inquiry``)."""
