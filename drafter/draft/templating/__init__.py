"""The wording templates: found and rendered in a sandbox (``environment``) within bounds on what a
user's template may cost (``limits``)."""
